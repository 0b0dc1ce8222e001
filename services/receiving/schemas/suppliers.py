"""Suppliers, their approved items and what a receipt of each item must carry."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field, model_validator

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.vocabulary import Code, Command, Gln, Gtin, Text
from services.receiving.schemas.common import Country


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


class ReceivingRequirements(Command):
    """What a receipt of this supplier's item must carry; nothing is required by default."""

    supplier_lot: bool = False
    expiry_date: bool = False
    production_date: bool = False
    certificate_of_analysis: bool = False
    # The lot-code rule that assigns this item's TLCs; none means the default rule.
    lot_code_rule: Code | None = None


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
