"""Quality's own field types, built from the vocabulary's pieces (lotflow.vocabulary)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator

from lotflow.vocabulary import decimal_text, text, unit_in
from services.quality.domain.numbers import (
    LIMIT_DIGITS,
    QUANTITY_DIGITS,
    REC20_MEASURE_UNITS,
    REC20_QUANTITY_UNITS,
)

# A document another service or person keeps: a receipt's business key, a hold's source.
Reference = text(100)
Description = text(2000)

# A limit or a measured value: signed (temperatures are), what NUMERIC(24, 9) holds.
Limit = decimal_text(LIMIT_DIGITS, signed=True, example="-4.5")
# A lot's quantity as quality keeps it: above 0, what NUMERIC(18, 6) holds.
LotQuantity = decimal_text(QUANTITY_DIGITS, above_zero=True)
# A part of a lot's quantity; zero passes here so the rule that refuses it names the reason.
Amount = decimal_text(QUANTITY_DIGITS, example="2.5")

MeasureUnit = unit_in(REC20_MEASURE_UNITS)
QuantityUnit = unit_in(REC20_QUANTITY_UNITS)


def _empty_as_absent(value: object) -> object:
    return value or None


def optional_in_query(field_type: Any) -> Any:
    """An optional lookup field a query string may send empty (`?supplier_code=`): empty is
    absent."""
    return Annotated[field_type | None, BeforeValidator(_empty_as_absent)]
