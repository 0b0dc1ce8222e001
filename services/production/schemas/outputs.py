"""Output declared on an order, and what completing the order answers."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel

from lotflow.vocabulary import Command, ShownDecimal, UnitCode
from services.production.schemas.consumption import ConsumptionView
from services.production.schemas.operations import FloorQuantity, OrderNumber


class ProduceOutput(Command):
    order_number: OrderNumber
    quantity: FloorQuantity
    uom: UnitCode


class OrderOutputView(BaseModel):
    lot_code: str
    item_code: str
    quantity: ShownDecimal
    uom: str
    kind: str
    location_code: str
    status: str
    production_date: date
    expiry_date: date | None = None
    produced_by: str
    produced_at: datetime


class ProduceOutputResult(BaseModel):
    order_number: str
    outputs: list[OrderOutputView]


class StagedReturn(BaseModel):
    line_no: int
    lot_code: str
    item_code: str
    quantity: ShownDecimal
    uom: str
    location_code: str


class MaterialVariance(BaseModel):
    line_no: int
    item_code: str
    standard: ShownDecimal
    consumed: ShownDecimal
    variance: ShownDecimal
    uom: str


class OrderCompletion(BaseModel):
    order_number: str
    status: str
    order_quantity: ShownDecimal
    output_quantity: ShownDecimal
    yield_ratio: ShownDecimal
    backflushed: list[ConsumptionView]
    returned: list[StagedReturn]
    variances: list[MaterialVariance]
    completed_at: datetime | None = None
