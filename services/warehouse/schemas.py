"""Warehouse API models, shared by REST and gRPC."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from services.warehouse.domain import REC20_UNITS, LocationKind, LocationLevel, normalize_gtin

Code = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")]


def _rec20(value: str) -> str:
    if value not in REC20_UNITS:
        raise ValueError(
            f"{value!r} is not a supported UN/CEFACT Rec 20 unit code "
            f"(expected one of {', '.join(sorted(REC20_UNITS))})"
        )
    return value


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RegisterItem(Command):
    code: Code
    gtin: Annotated[str, AfterValidator(normalize_gtin)] | None = None
    description: str = Field(min_length=1, max_length=200)
    base_uom: Annotated[str, AfterValidator(_rec20)]
    lot_controlled: bool = True
    shelf_life_days: int | None = Field(default=None, ge=1, le=36500)
    storage_condition: str | None = Field(default=None, max_length=64)


class ItemView(BaseModel):
    id: uuid.UUID
    code: str
    gtin: str | None
    description: str
    base_uom: str
    lot_controlled: bool
    shelf_life_days: int | None
    storage_condition: str | None
    created_by: str
    created_at: datetime


class RegisterLocation(Command):
    code: Code
    name: str = Field(min_length=1, max_length=200)
    level: LocationLevel
    kind: LocationKind | None = None
    parent_code: Code | None = None
    legal_entity: str | None = Field(default=None, max_length=100)
    capacity: int | None = Field(default=None, ge=1)


class LocationView(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    level: LocationLevel
    kind: LocationKind | None
    parent_code: str | None
    legal_entity: str | None
    capacity: int | None
    created_by: str
    created_at: datetime


class LocationPage(BaseModel):
    locations: list[LocationView]
    next_page_token: str = ""
