"""Production order commands and views, shared by REST and gRPC."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.units import STOCK_UNITS
from lotflow.vocabulary import Code, Command, Reason, ShownDecimal, decimal_text, unit_in
from services.production.domain.orders import OrderStatus

OrderQuantity = decimal_text((12, 6), above_zero=True)


class CreateOrder(Command):
    number: Code | None = None
    item_code: Code
    quantity: OrderQuantity
    uom: unit_in(STOCK_UNITS)
    due_date: date
    site_code: Code
    output_location_code: Code


class OrderCommand(Command):
    order_number: Code


class ReleaseOrder(OrderCommand):
    pass


class StateChange(Command):
    """The REST body of an unblock; the order comes from the path."""

    reason: Reason | None = None


class GivenReason(Command):
    """The REST body of a block or a cancel: why."""

    reason: Reason


class BlockOrder(OrderCommand):
    reason: Reason


class UnblockOrder(OrderCommand):
    reason: Reason | None = None


class CancelOrder(OrderCommand):
    reason: Reason


class CloseOrder(OrderCommand):
    pass


class ListOrders(Command):
    status: OrderStatus | None = None
    site_code: Code | None = None
    item_code: Code | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class MaterialView(BaseModel):
    line_no: int
    bom_component_id: uuid.UUID | None
    item_code: str
    uom: str
    required_quantity: ShownDecimal
    operation_seq: int
    issue_policy: str
    line_side_location_code: str
    reservation_id: str | None
    staged_quantity: ShownDecimal
    consumed_quantity: ShownDecimal
    substitutes_line_no: int | None
    ratio: ShownDecimal | None
    status: str


class OperationView(BaseModel):
    seq: int
    code: str
    work_center_code: str
    status: str
    received_quantity: ShownDecimal
    good_quantity: ShownDecimal
    scrap_quantity: ShownDecimal
    rework_out_quantity: ShownDecimal
    rework_in_quantity: ShownDecimal
    started_at: datetime | None
    completed_at: datetime | None
    last_event_at: datetime | None
    started_by: str | None


class HistoryEntry(BaseModel):
    at: datetime
    kind: str
    detail_json: str
    actor: str


class SubstitutionView(BaseModel):
    id: uuid.UUID
    order_number: str
    line_no: int
    substitute_item_code: str
    ratio: ShownDecimal
    quantity: ShownDecimal
    uom: str
    reason: str
    requested_by: str
    decided_by: str | None
    status: str
    workflow_id: str | None
    created_at: datetime
    decided_at: datetime | None


class OrderView(BaseModel):
    id: uuid.UUID
    number: str
    item_code: str
    quantity: ShownDecimal
    uom: str
    due_date: date
    site_code: str
    status: str
    bom_id: uuid.UUID | None
    routing_id: uuid.UUID | None
    bom_version: int | None
    routing_version: int | None
    output_lot_code: str | None
    output_location_code: str
    blocked: bool
    blocked_reason: str | None
    created_by: str
    created_at: datetime
    released_at: datetime | None
    completed_at: datetime | None
    closed_at: datetime | None
    materials: list[MaterialView]
    operations: list[OperationView]
    history: list[HistoryEntry]
    substitutions: list[SubstitutionView]


class OrderSummary(BaseModel):
    number: str
    item_code: str
    quantity: ShownDecimal
    uom: str
    due_date: date
    site_code: str
    status: str
    blocked: bool
    blocked_reason: str | None
    output_lot_code: str | None


class OrderPage(BaseModel):
    orders: list[OrderSummary]
    next_page_token: str = ""
