"""What a lot carries from the moment it is registered: where it came from and its dates."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field, model_validator

from services.warehouse.schemas.common import Command


class LotOrigin(StrEnum):
    RECEIVED = "received"
    PRODUCED = "produced"


class LotAttributes(Command):
    origin: LotOrigin
    supplier: str | None = Field(default=None, max_length=100)
    supplier_lot: str | None = Field(default=None, max_length=64)
    production_date: date | None = None
    expiry_date: date | None = None
    # FSMA 204 TLC source: the location (or its reference) where the lot code was assigned.
    tlc_source: str | None = Field(default=None, max_length=200)
    attributes: dict[str, str] = Field(default_factory=dict, max_length=50)

    @model_validator(mode="after")
    def _dates_in_order(self) -> LotAttributes:
        if self.production_date and self.expiry_date and self.expiry_date < self.production_date:
            raise ValueError("expiry_date is before production_date")
        return self
