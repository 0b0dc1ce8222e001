"""Purchase orders and their lines."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, Field

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.vocabulary import Code, Command, Reason
from services.receiving.domain.purchase_orders import PurchaseOrderStatus
from services.receiving.schemas.common import Percent, Quantity, Unit


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
    # The warehouse site it is delivered to: its receipts are received at that site's docks.
    ship_to_site: Code | None = None
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
    ship_to_site: str | None = None
    status: PurchaseOrderStatus
    lines: list[PurchaseOrderLineView]
    created_by: str
    created_at: datetime
    cancelled_by: str | None = None
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None
    closed_at: datetime | None = None


class PurchaseOrderQuery(Command):
    supplier_code: Code | None = None
    status: PurchaseOrderStatus | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class PurchaseOrderPage(BaseModel):
    purchase_orders: list[PurchaseOrderView]
    next_page_token: str = ""
