"""Production API models, shared by REST and gRPC."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    model_validator,
)

from services.production.domain import ScrapCategory

# Work center and reason codes travel in URL paths, so they have no slash.
Code = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
# A site is a warehouse location, whose codes may have slashes.
SiteCode = Annotated[
    str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
# UN/CEFACT Rec 20 codes are two or three upper-case letters or digits (KGM, LTR, H87).
Rec20Code = Annotated[str, Field(pattern=r"^[A-Z0-9]{2,3}$")]
# Trailing zeros dropped, so a value reads the same before and after a database round trip.
DecimalText = Annotated[Decimal, PlainSerializer(lambda d: format(d.normalize(), "f"), str)]


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RegisterWorkCenter(Command):
    code: Code
    name: Text
    site_code: SiteCode
    kind: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
    capacity_per_hour: Decimal | None = Field(default=None, gt=0, max_digits=15, decimal_places=3)
    capacity_uom: Rec20Code | None = None

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
    site_code: SiteCode | None = None
    kind: str | None = Field(default=None, max_length=64)
    page_size: int = Field(default=100, ge=1, le=500)
    page_token: str = Field(default="", max_length=64)


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
    capacity_per_hour: DecimalText | None
    capacity_uom: str | None
    created_by: str
    created_at: datetime
    scrap_reasons: list[ScrapReasonView]


class WorkCenterPage(BaseModel):
    work_centers: list[WorkCenterView]
    next_page_token: str = ""
