"""Production commands and views, shared by REST and gRPC, built from the shared vocabulary."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, model_validator

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.units import STOCK_UNITS
from lotflow.vocabulary import Code, Command, ShownDecimal, Text, decimal_text, text, unit_in
from services.production.domain.work_centers import ScrapCategory

WorkCenterKind = text(64)
# What the capacity_per_hour NUMERIC(15, 3) column holds; a capacity is above zero.
Capacity = decimal_text((12, 3), above_zero=True, example="1200.5")
# A work center's capacity counts what it makes or moves: pieces, mass, volume, packs.
CapacityUnit = unit_in(STOCK_UNITS)


class RegisterWorkCenter(Command):
    code: Code
    name: Text
    site_code: Code
    kind: WorkCenterKind
    capacity_per_hour: Capacity | None = None
    capacity_uom: CapacityUnit | None = None

    @model_validator(mode="after")
    def _capacity_has_a_unit(self) -> RegisterWorkCenter:
        if (self.capacity_per_hour is None) != (self.capacity_uom is None):
            raise ValueError("capacity_per_hour and capacity_uom go together: give both or neither")
        return self


class ScrapReasonDefinition(Command):
    """The REST body; the work center comes from the path."""

    reason_code: Code
    description: Text
    category: ScrapCategory


class DefineScrapReason(ScrapReasonDefinition):
    work_center_code: Code


class DeactivateScrapReason(Command):
    work_center_code: Code
    reason_code: Code


class ListWorkCenters(Command):
    site_code: Code | None = None
    kind: WorkCenterKind | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class ScrapReasonView(BaseModel):
    work_center_code: str
    reason_code: str
    description: str
    category: ScrapCategory
    active: bool
    defined_by: str
    defined_at: datetime
    deactivated_by: str | None
    deactivated_at: datetime | None


class WorkCenterView(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    site_code: str
    kind: str
    capacity_per_hour: ShownDecimal | None
    capacity_uom: str | None
    created_by: str
    created_at: datetime
    scrap_reasons: list[ScrapReasonView]


class WorkCenterPage(BaseModel):
    work_centers: list[WorkCenterView]
    next_page_token: str = ""
