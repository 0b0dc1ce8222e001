"""Items, locations and putaway rules."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field

from lotflow.paging import DEFAULT_PAGE_SIZE, PageToken
from lotflow.vocabulary import Code, Command, Gtin, Name, Quantity, Text, UnitCode, text, unit_in
from services.warehouse.domain.master_data import LocationKind, LocationLevel, normalize_time_zone
from services.warehouse.domain.stock import StockStatus
from services.warehouse.domain.units import REC20_UNITS
from services.warehouse.schemas.common import PageSize

# A class of items or a storage condition putaway rules match on (AMBIENT, FROZEN, ...).
Attribute = text(64)
# A unit an item keeps its stock in.
BaseUnit = unit_in(REC20_UNITS)


class UnitConversion(Command):
    """1 `uom` holds `factor` of the item's base unit (CS = 12 H87)."""

    uom: UnitCode
    factor: Quantity


class RegisterItem(Command):
    code: Code
    gtin: Gtin | None = None
    description: Text
    base_uom: BaseUnit
    item_class: Attribute | None = None
    lot_controlled: bool = True
    shelf_life_days: int | None = Field(default=None, ge=1, le=36500)
    storage_condition: Attribute | None = None
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
    name: Text
    level: LocationLevel
    kind: LocationKind | None = None
    parent_code: Code | None = None
    legal_entity: Name | None = None
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


class LocationQuery(BaseModel):
    """Locations under a parent, of a level or kind, a page at a time."""

    parent_code: Code | None = None
    level: LocationLevel | None = None
    kind: LocationKind | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class LocationPage(BaseModel):
    locations: list[LocationView]
    next_page_token: str = ""


class RegisterPutawayRule(Command):
    """Stock matching every criterion given goes to a bin of `zone_code`."""

    zone_code: Code
    priority: int = Field(default=100, ge=0, le=10000)
    item_code: Code | None = None
    item_class: Attribute | None = None
    storage_condition: Attribute | None = None
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
