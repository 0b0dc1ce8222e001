"""Items, locations and putaway rules."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field

from services.warehouse.domain.master_data import (
    LocationKind,
    LocationLevel,
    normalize_gtin,
    normalize_time_zone,
)
from services.warehouse.domain.stock import StockStatus
from services.warehouse.domain.units import REC20_UNITS
from services.warehouse.schemas.common import Code, Command, UnitCode


def _rec20(value: str) -> str:
    if value not in REC20_UNITS:
        raise ValueError(
            f"{value!r} is not a supported UN/CEFACT Rec 20 unit code "
            f"(expected one of {', '.join(sorted(REC20_UNITS))})"
        )
    return value


class UnitConversion(Command):
    """1 `uom` holds `factor` of the item's base unit (CS = 12 H87)."""

    uom: UnitCode
    factor: Decimal = Field(gt=0, max_digits=24, decimal_places=9)


class RegisterItem(Command):
    code: Code
    gtin: Annotated[str, AfterValidator(normalize_gtin)] | None = None
    description: str = Field(min_length=1, max_length=200)
    base_uom: Annotated[str, AfterValidator(_rec20)]
    item_class: str | None = Field(default=None, max_length=64)
    lot_controlled: bool = True
    shelf_life_days: int | None = Field(default=None, ge=1, le=36500)
    storage_condition: str | None = Field(default=None, max_length=64)
    conversions: list[UnitConversion] = Field(default_factory=list, max_length=20)


class ItemView(BaseModel):
    id: uuid.UUID
    code: str
    gtin: str | None
    description: str
    base_uom: str
    item_class: str | None = None
    lot_controlled: bool
    shelf_life_days: int | None
    storage_condition: str | None
    conversions: list[UnitConversion] = Field(default_factory=list)
    created_by: str
    created_at: datetime


class RegisterLocation(Command):
    code: Code
    name: str = Field(min_length=1, max_length=200)
    level: LocationLevel
    kind: LocationKind | None = None
    parent_code: Code | None = None
    legal_entity: str | None = Field(default=None, max_length=100)
    # How many lots the location holds at once (pallet positions); unset: no limit.
    capacity: int | None = Field(default=None, ge=1)
    # Sites only: the IANA zone whose calendar day decides expiry there (default UTC).
    time_zone: Annotated[str, AfterValidator(normalize_time_zone)] | None = None


class LocationView(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    level: LocationLevel
    kind: LocationKind | None
    parent_code: str | None
    site_code: str | None = None
    time_zone: str | None = None
    legal_entity: str | None
    capacity: int | None
    created_by: str
    created_at: datetime


class LocationPage(BaseModel):
    locations: list[LocationView]
    next_page_token: str = ""


class RegisterPutawayRule(Command):
    """Stock matching every criterion given goes to a bin of `zone_code`."""

    zone_code: Code
    priority: int = Field(default=100, ge=0, le=10000)
    item_code: Code | None = None
    item_class: str | None = Field(default=None, max_length=64)
    storage_condition: str | None = Field(default=None, max_length=64)
    stock_status: StockStatus | None = None


class PutawayRuleView(BaseModel):
    id: uuid.UUID
    zone_code: str
    priority: int
    item_code: str | None
    item_class: str | None
    storage_condition: str | None
    stock_status: StockStatus | None
    created_by: str
