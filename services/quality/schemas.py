"""Quality API models, shared by REST and gRPC."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)

from services.quality.domain import (
    REC20_MEASURE_UNITS,
    CharacteristicKind,
    HoldSource,
    HoldStatus,
    parse_limit,
)

Code = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
# GS1 AI (10) character set 82, so a lot code read from a barcode is taken as it is.
LotCode = Annotated[
    str, Field(min_length=1, max_length=64, pattern=r"^[!\"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$")
]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Reference = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
PageSize = Annotated[int, Field(ge=1, le=500)]


def _limit(value: Any) -> Decimal:
    # Exact decimals arrive as strings: a JSON number may already have lost digits.
    if not isinstance(value, str):
        raise ValueError('must be a decimal string such as "12.5"')
    return parse_limit(value)


Limit = Annotated[
    Decimal,
    BeforeValidator(_limit),
    WithJsonSchema({"type": "string", "pattern": r"^-?\d+(\.\d+)?$", "examples": ["-4.5"]}),
]


def _measure_unit(value: str) -> str:
    if value not in REC20_MEASURE_UNITS:
        raise ValueError(
            f"{value!r} is not a supported UN/CEFACT Rec 20 unit code "
            f"(expected one of {', '.join(sorted(REC20_MEASURE_UNITS))})"
        )
    return value


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Characteristic(Command):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    kind: CharacteristicKind
    lower_limit: Limit | None = None
    upper_limit: Limit | None = None
    unit: Annotated[str, AfterValidator(_measure_unit)] | None = None


class DefineInspectionPlan(Command):
    item_code: Code
    # None: the plan applies to the item from every supplier without a plan of its own.
    supplier_code: Code | None = None
    sample_size: int = Field(ge=1, le=1_000_000)
    characteristics: list[Characteristic] = Field(min_length=1, max_length=100)
    skip_lot_after: int = Field(default=0, ge=0, le=10_000)


class InspectionPlanLookup(Command):
    item_code: Code
    supplier_code: Code | None = None


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
    created_by: str
    created_at: datetime


class PlaceHold(Command):
    lot_code: LotCode
    reason: Reason
    source: HoldSource
    source_reference: Reference | None = None


class ReleaseReason(Command):
    """REST body of a release; the hold comes from the path."""

    reason: Reason


class ReleaseHold(ReleaseReason):
    hold_id: uuid.UUID


class HoldView(BaseModel):
    id: uuid.UUID
    lot_code: str
    status: HoldStatus
    source: HoldSource
    source_reference: str | None
    reason: str
    placed_by: str
    placed_at: datetime
    released_by: str | None = None
    released_at: datetime | None = None
    release_reason: str | None = None


class HoldQuery(Command):
    lot_code: LotCode | None = None
    status: HoldStatus | None = None
    source: HoldSource | None = None
    source_reference: Reference | None = None
    page_size: PageSize = 100
    page_token: str = ""


class HoldPage(BaseModel):
    holds: list[HoldView]
    next_page_token: str = ""


class LotLookup(Command):
    lot_code: LotCode


class LotQualityStatusView(BaseModel):
    lot_code: str
    blocked: bool
    active_holds: list[HoldView]
