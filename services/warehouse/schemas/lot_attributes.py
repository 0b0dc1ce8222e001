"""What a lot carries from the moment it is registered: where it came from and its dates."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field, model_validator

from lotflow.vocabulary import Command, LotCode, Name, Text


class LotOrigin(StrEnum):
    RECEIVED = "received"
    PRODUCED = "produced"


class LotAttributes(Command):
    origin: LotOrigin
    supplier: Name | None = None
    supplier_lot: LotCode | None = None
    production_date: date | None = None
    expiry_date: date | None = None
    # FSMA 204 TLC source: the location (or its reference) where the lot code was assigned.
    tlc_source: Text | None = None
    attributes: dict[str, str] = Field(default_factory=dict, max_length=50)

    @model_validator(mode="after")
    def _dates_in_order(self) -> LotAttributes:
        if self.production_date and self.expiry_date and self.expiry_date < self.production_date:
            raise ValueError("expiry_date is before production_date")
        return self
