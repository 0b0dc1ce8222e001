"""Field types every quality command shares."""

from __future__ import annotations

from collections.abc import Callable
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

from services.quality.domain.numbers import (
    REC20_MEASURE_UNITS,
    REC20_QUANTITY_UNITS,
    parse_amount,
    parse_limit,
    parse_quantity,
)

Code = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
# GS1 AI (10) character set 82, so a lot code read from a barcode is taken as it is.
LotCode = Annotated[
    str, Field(min_length=1, max_length=64, pattern=r"^[!\"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$")
]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Reference = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
User = Annotated[str, StringConstraints(min_length=1, max_length=100)]
PageSize = Annotated[int, Field(ge=1, le=500)]


def _from_text(parse: Callable[[str], Decimal]) -> Callable[[Any], Decimal]:
    """Exact decimals arrive as strings: a JSON number may already have lost digits."""

    def validate(value: Any) -> Decimal:
        if not isinstance(value, str):
            raise ValueError('must be a decimal string such as "12.5"')
        return parse(value)

    return validate


def _decimal_schema(pattern: str, example: str) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", "pattern": pattern, "examples": [example]})


# A limit or a measured value: signed, up to 15 digits before and 9 after the point.
Limit = Annotated[
    Decimal, BeforeValidator(_from_text(parse_limit)), _decimal_schema(r"^-?\d+(\.\d+)?$", "-4.5")
]
# A lot's quantity: above 0, up to 12 digits before and 6 after the point.
Quantity = Annotated[
    Decimal, BeforeValidator(_from_text(parse_quantity)), _decimal_schema(r"^\d+(\.\d+)?$", "12.5")
]
# A part of a quantity; zero passes here so the rule that refuses it names the reason.
Amount = Annotated[
    Decimal, BeforeValidator(_from_text(parse_amount)), _decimal_schema(r"^\d+(\.\d+)?$", "2.5")
]


def _unit_in(units: dict[str, str]) -> Callable[[str], str]:
    def validate(value: str) -> str:
        if value not in units:
            raise ValueError(
                f"{value!r} is not a supported UN/CEFACT Rec 20 unit code "
                f"(expected one of {', '.join(sorted(units))})"
            )
        return value

    return validate


MeasureUnit = Annotated[str, AfterValidator(_unit_in(REC20_MEASURE_UNITS))]
QuantityUnit = Annotated[str, AfterValidator(_unit_in(REC20_QUANTITY_UNITS))]


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
