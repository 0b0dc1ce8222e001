"""BOM and routing commands and views, shared by REST and gRPC."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, Field

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.units import STOCK_UNITS
from lotflow.vocabulary import Code, Command, ShownDecimal, decimal_text, unit_in
from services.production.domain.boms import IssuePolicy, OutputKind

# What the NUMERIC(18, 6) quantity columns hold.
PerQuantity = decimal_text((12, 6), above_zero=True)
ScrapFactor = decimal_text((1, 6), example="0.02")
Minutes = decimal_text((9, 3), example="15")
RunMinutes = decimal_text((6, 6), example="0.5")
Unit = unit_in(STOCK_UNITS)
LineNo = Field(ge=1, le=100_000)
Seq = Field(ge=1, le=100_000)
Version = Field(default=0, ge=0, le=1_000_000)


class AlternateSpec(Command):
    item_code: Code
    ratio: PerQuantity
    valid_from: date
    valid_to: date | None = None
    priority: int = Field(default=1, ge=1, le=1000)


class ComponentSpec(Command):
    line_no: int = LineNo
    item_code: Code
    quantity_per: PerQuantity
    uom: Unit
    scrap_factor: ScrapFactor = Decimal(0)
    operation_seq: int = Seq
    issue_policy: IssuePolicy = IssuePolicy.MANUAL
    alternates: list[AlternateSpec] = Field(default_factory=list, max_length=20)


class OutputSpec(Command):
    item_code: Code
    quantity_per: PerQuantity
    uom: Unit
    kind: OutputKind
    lot_tracked: bool = False


class DefineBom(Command):
    item_code: Code
    version: int = Version
    valid_from: date
    valid_to: date | None = None
    output_quantity: PerQuantity
    output_uom: Unit
    components: list[ComponentSpec] = Field(min_length=1, max_length=500)
    outputs: list[OutputSpec] = Field(default_factory=list, max_length=50)


class VersionAt(Command):
    """Which version: this one, or the newest valid on `on_date` (default today)."""

    version: int = Version
    on_date: date | None = None


class BomQuery(VersionAt):
    item_code: Code


class ListBoms(Command):
    item_code: Code | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class AlternateView(BaseModel):
    id: uuid.UUID
    item_code: str
    ratio: ShownDecimal
    valid_from: date
    valid_to: date | None
    priority: int
    approved_by: str
    approved_at: datetime


class ComponentView(BaseModel):
    id: uuid.UUID
    line_no: int
    item_code: str
    quantity_per: ShownDecimal
    uom: str
    scrap_factor: ShownDecimal
    operation_seq: int
    issue_policy: str
    alternates: list[AlternateView]


class OutputView(BaseModel):
    id: uuid.UUID
    item_code: str
    quantity_per: ShownDecimal
    uom: str
    kind: str
    lot_tracked: bool


class BomView(BaseModel):
    id: uuid.UUID
    item_code: str
    version: int
    valid_from: date
    valid_to: date | None
    output_quantity: ShownDecimal
    output_uom: str
    components: list[ComponentView]
    outputs: list[OutputView]
    created_by: str
    created_at: datetime


class BomPage(BaseModel):
    boms: list[BomView]
    next_page_token: str = ""


# ---- routings


class OperationSpec(Command):
    seq: int = Seq
    code: Code
    work_center_code: Code
    setup_minutes: Minutes = Decimal(0)
    run_minutes_per_unit: RunMinutes = Decimal(0)
    reworkable: bool = False
    rework_to_seq: int | None = Field(default=None, ge=1, le=100_000)


class DefineRouting(Command):
    item_code: Code
    version: int = Version
    valid_from: date
    valid_to: date | None = None
    operations: list[OperationSpec] = Field(min_length=1, max_length=500)


class RoutingQuery(BomQuery):
    pass


class RoutingOperationView(BaseModel):
    id: uuid.UUID
    seq: int
    code: str
    work_center_code: str
    setup_minutes: ShownDecimal
    run_minutes_per_unit: ShownDecimal
    reworkable: bool
    rework_to_seq: int | None


class RoutingView(BaseModel):
    id: uuid.UUID
    item_code: str
    version: int
    valid_from: date
    valid_to: date | None
    operations: list[RoutingOperationView]
    created_by: str
    created_at: datetime
