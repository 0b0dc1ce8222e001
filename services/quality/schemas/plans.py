"""Inspection plan commands and views."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from lotflow.vocabulary import Code, Command, Name
from services.quality.domain.plans import CharacteristicKind
from services.quality.schemas.common import Limit, MeasureUnit, optional_in_query


class Characteristic(Command):
    name: Name
    kind: CharacteristicKind
    lower_limit: Limit | None = None
    upper_limit: Limit | None = None
    unit: MeasureUnit | None = None


class DefineInspectionPlan(Command):
    item_code: Code
    # None: the plan applies to the item from every supplier without a plan of its own.
    supplier_code: Code | None = None
    sample_size: int = Field(ge=1, le=1_000_000)
    characteristics: list[Characteristic] = Field(min_length=1, max_length=100)
    skip_lot_after: int = Field(default=0, ge=0, le=10_000)
    # While a supplier is qualified for skip-lot, one lot in this many is still inspected.
    skip_lot_inspect_one_in: int = Field(default=4, ge=2, le=1_000)


class InspectionPlanLookup(Command):
    item_code: Code
    supplier_code: optional_in_query(Code) = None


class CharacteristicView(BaseModel):
    name: str
    kind: CharacteristicKind
    lower_limit: str | None
    upper_limit: str | None
    unit: str | None


class InspectionPlanView(BaseModel):
    id: uuid.UUID
    item_code: str
    supplier_code: str | None
    version: int
    sample_size: int
    characteristics: list[CharacteristicView]
    skip_lot_after: int
    skip_lot_inspect_one_in: int
    created_by: str
    created_at: datetime
