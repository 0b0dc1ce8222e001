"""Suppliers, their approved items and what a receipt of each item must carry."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field, model_validator

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.vocabulary import Code, Command, Gln, Gtin, Text, decimal_text
from services.receiving.domain.quantities import PERCENT_DIGITS
from services.receiving.domain.shelf_life import MAX_MINIMUM_DAYS, check_share
from services.receiving.schemas.common import Country

# In percent of a lot's whole shelf life, production to expiry: NUMERIC(5, 2), above 0.
ShelfLifeShare = decimal_text(PERCENT_DIGITS, check=check_share, example="60")


class Contact(Command):
    name: Text | None = None
    email: Annotated[str, Field(max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None = (
        None
    )
    phone: Annotated[str, Field(pattern=r"^\+?[0-9 ()./-]{3,32}$")] | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Contact:
        if self.name is None and self.email is None and self.phone is None:
            raise ValueError("a contact needs a name, an email or a phone number")
        return self


class CreateSupplier(Command):
    code: Code
    name: Text
    country: Country
    gln: Gln | None = None
    contact: Contact | None = None
    # The supplier labels its lots with FSMA 204 TLCs that receiving keeps (default: assign).
    assigns_traceability_lot_codes: bool = False


class TlcAssignment(Command):
    """REST body of SetSupplierTlcAssignment; the supplier comes from the path."""

    assigns_traceability_lot_codes: bool = False


class SetSupplierTlcAssignment(TlcAssignment):
    supplier_code: Code


class MinimumShelfLife(Command):
    """What must be left of a lot's shelf life at receipt: days until its expiry, or a percent
    of its whole shelf life (production to expiry); exactly one of the two."""

    days: Annotated[int, Field(ge=1, le=MAX_MINIMUM_DAYS)] | None = None
    percent: ShelfLifeShare | None = None

    @model_validator(mode="after")
    def _one_measure(self) -> MinimumShelfLife:
        if (self.days is None) == (self.percent is None):
            raise ValueError("give the minimum shelf life either in days or in percent")
        return self


class ReceivingRequirements(Command):
    """What a receipt of this supplier's item must carry; nothing is required by default."""

    supplier_lot: bool = False
    expiry_date: bool = False
    production_date: bool = False
    certificate_of_analysis: bool = False
    # The lot-code rule that assigns this item's TLCs; none means the default rule.
    lot_code_rule: Code | None = None
    # Shorter-dated goods are refused at receipt (expired goods always are); none: no minimum.
    minimum_shelf_life: MinimumShelfLife | None = None


class ItemApproval(Command):
    """REST body of an approval; the supplier comes from the path."""

    item_code: Code
    gtin: Gtin | None = None
    description: Text | None = None
    receiving_requirements: ReceivingRequirements = ReceivingRequirements()


class ApproveSupplierItem(ItemApproval):
    supplier_code: Code


class SetReceivingRequirements(Command):
    supplier_code: Code
    item_code: Code
    requirements: ReceivingRequirements = ReceivingRequirements()


class ApprovedItemView(BaseModel):
    supplier_code: str
    item_code: str
    gtin: str | None
    description: str | None = None
    receiving_requirements: ReceivingRequirements
    approved_by: str
    approved_at: datetime


class ContactView(BaseModel):
    name: str | None
    email: str | None
    phone: str | None


class SupplierView(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    country: str
    gln: str | None
    contact: ContactView | None
    assigns_traceability_lot_codes: bool
    approved_items: list[ApprovedItemView]
    created_by: str
    created_at: datetime


class SupplierQuery(Command):
    country: Country | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class SupplierPage(BaseModel):
    suppliers: list[SupplierView]
    next_page_token: str = ""
