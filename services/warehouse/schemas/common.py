"""Field types every warehouse command uses."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

Code = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")]
# A quantity as entered: exact decimal, strictly positive.
Quantity = Annotated[Decimal, Field(gt=0, max_digits=24, decimal_places=9)]
UnitCode = Annotated[str, Field(min_length=1, max_length=3)]
ReasonCode = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]
ReferenceType = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[A-Z0-9_]+$")]
ReferenceNumber = Annotated[str, Field(min_length=1, max_length=64)]
Text = Annotated[str, Field(min_length=1, max_length=500)]


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LotCommand(Command):
    """A command about one lot: its code, plus the item when two items share the code."""

    lot_code: Code
    item_code: Code | None = None
