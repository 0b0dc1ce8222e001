"""Field types every receiving API model uses."""

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

from services.receiving.domain.identifiers import (
    check_lot_code,
    normalize_country,
    normalize_gln,
    normalize_gtin,
)
from services.receiving.domain.quantities import (
    parse_percent,
    parse_quantity,
    parse_quantity_or_zero,
)
from services.receiving.domain.receipts import ReferenceDocumentType
from services.receiving.domain.units import REC20_UNITS

Code = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
# Free text is one line of printable characters (PostgreSQL refuses NUL; others garble reports).
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"
Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200, pattern=PRINTABLE)
]
Reason = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500, pattern=PRINTABLE)
]
# A location description or a reference: FSMA 204 wants enough to find the place.
LongText = Reason
Country = Annotated[str, AfterValidator(normalize_country)]
Gln = Annotated[str, AfterValidator(normalize_gln)]
Gtin = Annotated[str, AfterValidator(normalize_gtin)]
LotCode = Annotated[str, AfterValidator(check_lot_code)]
DocumentNumber = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100, pattern=PRINTABLE)
]


def _from_text(parse: Callable[[str], Decimal]) -> Callable[[Any], Decimal]:
    """Exact decimals arrive as strings: a JSON number may already have lost digits."""

    def validate(value: Any) -> Decimal:
        if not isinstance(value, str):
            raise ValueError('must be a decimal string such as "12.5"')
        return parse(value)

    return validate


def _decimal_schema(example: str) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", "pattern": r"^\d+(\.\d+)?$", "examples": [example]})


Quantity = Annotated[Decimal, BeforeValidator(_from_text(parse_quantity)), _decimal_schema("12.5")]
QuantityOrZero = Annotated[
    Decimal, BeforeValidator(_from_text(parse_quantity_or_zero)), _decimal_schema("0")
]
Percent = Annotated[Decimal, BeforeValidator(_from_text(parse_percent)), _decimal_schema("5")]


def _rec20(value: str) -> str:
    if value not in REC20_UNITS:
        raise ValueError(
            f"{value!r} is not a supported UN/CEFACT Rec 20 unit code "
            f"(expected one of {', '.join(sorted(REC20_UNITS))})"
        )
    return value


# An order line's unit: checked here. A receipt's unit is checked by the receiving rules
# instead, so an unknown unit there gets its own stable code (unit_unknown).
Unit = Annotated[str, AfterValidator(_rec20)]
UnitCode = Annotated[str, Field(min_length=1, max_length=3)]
PageSize = Annotated[int, Field(ge=1, le=500)]


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReferenceDocument(Command):
    """A document the goods moved under, e.g. an ASN or a bill of lading (FSMA 204 KDE)."""

    type: ReferenceDocumentType
    number: DocumentNumber
