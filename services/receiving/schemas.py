"""Receiving API models, shared by REST and gRPC."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from services.receiving.domain import (
    REC20_UNITS,
    PurchaseOrderStatus,
    normalize_country,
    normalize_gln,
    normalize_gtin,
    parse_percent,
    parse_quantity,
)

Code = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Country = Annotated[str, AfterValidator(normalize_country)]
Gln = Annotated[str, AfterValidator(normalize_gln)]
Gtin = Annotated[str, AfterValidator(normalize_gtin)]


def _from_text(parse: Callable[[str], Decimal]) -> Callable[[Any], Decimal]:
    """Exact decimals arrive as strings: a JSON number may already have lost digits."""

    def validate(value: Any) -> Decimal:
        if not isinstance(value, str):
            raise ValueError('must be a decimal string such as "12.5"')
        return parse(value)

    return validate


def _decimal_schema(example: str) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", "pattern": r"^\d+(\.\d+)?$", "examples": [example]})


Quantity = Annotated[Decimal, BeforeValidator(_from_text(parse_quantity)), _decimal_schema("12.5")]
Percent = Annotated[Decimal, BeforeValidator(_from_text(parse_percent)), _decimal_schema("5")]


def _rec20(value: str) -> str:
    if value not in REC20_UNITS:
        raise ValueError(
            f"{value!r} is not a supported UN/CEFACT Rec 20 unit code "
            f"(expected one of {', '.join(sorted(REC20_UNITS))})"
        )
    return value


Unit = Annotated[str, AfterValidator(_rec20)]
PageSize = Annotated[int, Field(ge=1, le=500)]


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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


class ItemApproval(Command):
    """REST body of an approval; the supplier comes from the path."""

    item_code: Code
    gtin: Gtin | None = None


class ApproveSupplierItem(ItemApproval):
    supplier_code: Code


class ApprovedItemView(BaseModel):
    supplier_code: str
    item_code: str
    gtin: str | None
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
    approved_items: list[ApprovedItemView]
    created_by: str
    created_at: datetime


class SupplierQuery(Command):
    country: Country | None = None
    page_size: PageSize = 100
    page_token: str = ""


class SupplierPage(BaseModel):
    suppliers: list[SupplierView]
    next_page_token: str = ""


class NewPurchaseOrderLine(Command):
    line_number: int = Field(ge=1, le=9999)
    item_code: Code
    quantity: Quantity
    unit: Unit
    over_tolerance_percent: Percent = Decimal(0)
    under_tolerance_percent: Percent = Decimal(0)
    due_date: date


class CreatePurchaseOrder(Command):
    number: Code
    supplier_code: Code
    lines: list[NewPurchaseOrderLine] = Field(min_length=1, max_length=500)


class CancellationReason(Command):
    """REST body of a cancellation; the order number comes from the path."""

    reason: Reason


class CancelPurchaseOrder(CancellationReason):
    number: Code


class PurchaseOrderLineView(BaseModel):
    line_number: int
    item_code: str
    quantity: str
    unit: str
    over_tolerance_percent: str
    under_tolerance_percent: str
    due_date: date
    received_quantity: str


class PurchaseOrderView(BaseModel):
    id: uuid.UUID
    number: str
    supplier_code: str
    status: PurchaseOrderStatus
    lines: list[PurchaseOrderLineView]
    created_by: str
    created_at: datetime
    cancelled_by: str | None = None
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None


class PurchaseOrderQuery(Command):
    supplier_code: Code | None = None
    status: PurchaseOrderStatus | None = None
    page_size: PageSize = 100
    page_token: str = ""


class PurchaseOrderPage(BaseModel):
    purchase_orders: list[PurchaseOrderView]
    next_page_token: str = ""
