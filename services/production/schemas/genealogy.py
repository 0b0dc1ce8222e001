"""Genealogy reads: a lot's inputs or uses over several levels, an order's genealogy."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.vocabulary import Code, Command, LotCode, ShownDecimal
from services.production.schemas.consumption import ConsumptionView
from services.production.schemas.outputs import OrderOutputView

DEFAULT_DEPTH = 10


class Direction(StrEnum):
    # What went into the lot.
    BACKWARD = "backward"
    # What the lot went into.
    FORWARD = "forward"


class GetLotGenealogy(Command):
    lot_code: LotCode
    direction: Direction = Direction.BACKWARD
    # Bounds are checked by the rule (depth_out_of_range), not here.
    max_depth: int = Field(default=DEFAULT_DEPTH)
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class GenealogyStep(BaseModel):
    depth: int
    input_lot_code: str
    input_item_code: str
    output_lot_code: str
    output_item_code: str
    quantity: ShownDecimal
    uom: str
    order_number: str
    operation_seq: int | None = None
    linked_at: datetime | None = None
    path: list[str]


class LotGenealogy(BaseModel):
    lot_code: str
    direction: Direction
    steps: list[GenealogyStep]
    next_page_token: str = ""


class GetOrderGenealogy(Command):
    order_number: Code


class OrderGenealogy(BaseModel):
    order_number: str
    item_code: str
    output_lot_code: str
    inputs: list[GenealogyStep]
    outputs: list[OrderOutputView]
    consumptions: list[ConsumptionView]
