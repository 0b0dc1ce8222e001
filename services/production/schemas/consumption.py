"""Material issued to an order: commands and views."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from lotflow.vocabulary import Code, Command, LotCode, Reason, ShownDecimal, UnitCode
from services.production.domain.consumption import IssuePolicy
from services.production.schemas.operations import FloorQuantity, OrderNumber


class IssueMaterial(Command):
    order_number: OrderNumber
    operation_seq: int = Field(ge=1)
    lot_code: LotCode
    quantity: FloorQuantity
    uom: UnitCode
    line_no: int | None = Field(default=None, ge=1)
    variance_reason: Reason | None = None


class Backflush(Command):
    order_number: OrderNumber
    # 0 with backflush_order: the order's lines.
    operation_seq: int = Field(default=0, ge=0)
    policy: IssuePolicy


class ConsumptionView(BaseModel):
    id: uuid.UUID
    order_number: str
    operation_seq: int
    line_no: int
    lot_code: str
    item_code: str
    quantity: ShownDecimal
    uom: str
    method: str
    standard_quantity: ShownDecimal | None = None
    variance_quantity: ShownDecimal | None = None
    variance_reason: str | None = None
    warehouse_movement_id: str
    output_lot_code: str
    consumed_by: str
    consumed_at: datetime


class BackflushResult(BaseModel):
    order_number: str
    consumptions: list[ConsumptionView]


class CompleteOrder(Command):
    order_number: Code
