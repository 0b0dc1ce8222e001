"""The floor's commands at an order's operations, and what they answer."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, Field

from lotflow.vocabulary import Code, Command, Reason, ShownDecimal, decimal_text

# What the production tables' NUMERIC(18, 6) columns hold.
FLOOR_DIGITS = (12, 6)
FloorQuantity = decimal_text(FLOOR_DIGITS, above_zero=True)
FloorQuantityOrZero = decimal_text(FLOOR_DIGITS, example="0")
OrderNumber = Code
OperationSeq = int


class OperationCommand(Command):
    order_number: OrderNumber
    operation_seq: OperationSeq = Field(ge=1)


class RecordOperationStart(OperationCommand):
    pass


class RecordOperationCompletion(OperationCommand):
    pass


class RecordOperationReport(OperationCommand):
    good: FloorQuantityOrZero = Decimal(0)
    scrap: FloorQuantityOrZero = Decimal(0)
    scrap_reason_code: Code | None = None
    rework: FloorQuantityOrZero = Decimal(0)
    rework_to_seq: int | None = None
    note: Reason | None = None


class OperationPosition(BaseModel):
    seq: int
    code: str
    work_center_code: str
    status: str
    received: ShownDecimal
    good: ShownDecimal
    scrap: ShownDecimal
    rework_out: ShownDecimal
    rework_in: ShownDecimal
    available: ShownDecimal
    started_at: datetime | None = None
    completed_at: datetime | None = None
    last_event_at: datetime | None = None


class OperationReportView(BaseModel):
    id: uuid.UUID
    kind: str
    good: ShownDecimal
    scrap: ShownDecimal
    scrap_reason_code: str | None = None
    rework: ShownDecimal
    rework_to_seq: int | None = None
    note: str | None = None
    reported_by: str
    reported_at: datetime


class OperationRecord(BaseModel):
    order_number: str
    order_status: str
    operation: OperationPosition
    report: OperationReportView
