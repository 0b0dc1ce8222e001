"""The field types every service's commands and views are built from, so one value means the
same thing and is refused the same way wherever it travels: a lot code receiving keeps is one
the warehouse, quality and recall accept.

Services take these as they are; a service-specific type (a reason code, a document number) is
built from the same pieces (`text`, `decimal_text`) next to the commands that use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

from biip import ParseError
from biip.gln import Gln as ParsedGln
from biip.gtin import Gtin as ParsedGtin
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    WithJsonSchema,
)


class Command(BaseModel):
    """What a use case takes: unknown fields are refused, values never change after checking."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# ---- text

# One line of printable characters: PostgreSQL refuses NUL, and control characters garble
# reports and logs.
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"


def text(max_length: int) -> Any:
    """Free text of one line, trimmed, 1 to `max_length` characters."""
    return Annotated[
        str,
        StringConstraints(
            strip_whitespace=True, min_length=1, max_length=max_length, pattern=PRINTABLE
        ),
    ]


Name = text(100)
Text = text(200)
Reason = text(500)

# Item, location, site, supplier and work center codes, reason codes: they travel in URL paths
# and page tokens, so no '/' and no '|'.
CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
Code = Annotated[str, Field(min_length=1, max_length=64, pattern=CODE_PATTERN)]

# GS1 AI (10) holds up to 20 characters of GS1 character set 82, so any lot code lotflow keeps
# or assigns can be printed in a GS1-128 or DataMatrix label again.
LOT_CODE_PATTERN = r"^[!\"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$"
_LOT_CODE = re.compile(LOT_CODE_PATTERN)


def check_lot_code(value: str) -> str:
    if not _LOT_CODE.match(value):
        raise ValueError(
            f"{value[:40]!r} is not a lot code: 1 to 20 characters of the GS1 character set "
            "(letters, digits and !\"%&'()*+,-./:;<=>?_), no spaces"
        )
    return value


LotCode = Annotated[
    str,
    AfterValidator(check_lot_code),
    WithJsonSchema({"type": "string", "pattern": LOT_CODE_PATTERN, "examples": ["AB+12%"]}),
]


# ---- GS1 identifiers


def normalize_gtin(value: str) -> str:
    """A GTIN-8/12/13/14 as its 14-digit form, check digit verified."""
    try:
        return ParsedGtin.parse(value.strip()).as_gtin_14()
    except ParseError as error:
        raise ValueError(str(error)) from None


def normalize_gln(value: str) -> str:
    """A 13-digit GS1 Global Location Number with a valid check digit."""
    try:
        return ParsedGln.parse(value.strip()).value
    except ParseError as error:
        raise ValueError(str(error)) from None


Gtin = Annotated[str, AfterValidator(normalize_gtin)]
Gln = Annotated[str, AfterValidator(normalize_gln)]


# ---- exact decimals

_DECIMAL_TEXT = re.compile(r"^(-?)(\d+)(?:\.(\d+))?$")


def parse_decimal(
    text: str, *, digits: tuple[int, int], signed: bool = False, above_zero: bool = False
) -> Decimal:
    """A decimal written as plain digits, within `digits` (before, after the point)."""
    match = _DECIMAL_TEXT.match(text)
    if match is None or (match.group(1) and not signed):
        shape = "like -4.5 or 12" if signed else "like 12 or 12.5"
        raise ValueError(f"{text[:40]!r} is not a decimal number written {shape}")
    whole, fraction = match.group(2).lstrip("0"), (match.group(3) or "").rstrip("0")
    if len(whole) > digits[0] or len(fraction) > digits[1]:
        raise ValueError(
            f"{text[:40]} has more than {digits[0]} digits before or {digits[1]} "
            "after the decimal point"
        )
    value = Decimal(text)
    if above_zero and value <= 0:
        raise ValueError("a quantity must be greater than zero")
    return value


def _from_text(parse: Callable[[str], Decimal]) -> Callable[[Any], Decimal]:
    """Exact decimals arrive as strings: a JSON number may already have lost digits."""

    def validate(value: Any) -> Decimal:
        if isinstance(value, Decimal) and value.is_finite():
            value = format(value, "f")
        if not isinstance(value, str):
            raise ValueError('must be a decimal string such as "12.5"')
        return parse(value)

    return validate


def decimal_text(
    digits: tuple[int, int],
    *,
    signed: bool = False,
    above_zero: bool = False,
    check: Callable[[Decimal], Decimal] | None = None,
    example: str = "12.5",
) -> Any:
    """An exact decimal field that arrives as a string and fits a NUMERIC column of `digits`
    (integer digits, fraction digits); `check` adds a rule of the field's own."""

    def parse(value: str) -> Decimal:
        parsed = parse_decimal(value, digits=digits, signed=signed, above_zero=above_zero)
        return check(parsed) if check else parsed

    pattern = r"^-?\d+(\.\d+)?$" if signed else r"^\d+(\.\d+)?$"
    return Annotated[
        Decimal,
        BeforeValidator(_from_text(parse)),
        WithJsonSchema({"type": "string", "pattern": pattern, "examples": [example]}),
    ]


# A decimal in a view: its shortest exact text ("1200.5", never "1200.50" or "1.2E+3").
ShownDecimal = Annotated[Decimal, PlainSerializer(lambda d: format(d.normalize(), "f"), str)]

# Stock quantities: what the ledger's NUMERIC(24, 9) columns hold.
QUANTITY_DIGITS = (15, 9)
Quantity = decimal_text(QUANTITY_DIGITS, above_zero=True)
QuantityOrZero = decimal_text(QUANTITY_DIGITS, example="0")
QuantityChange = decimal_text(QUANTITY_DIGITS, signed=True, example="-2")


# ---- units

UnitCode = Annotated[str, Field(min_length=1, max_length=3, pattern=r"^[A-Z0-9]{1,3}$")]


def unit_in(units: dict[str, str]) -> Any:
    """A Rec 20 unit code among `units` (a subset of lotflow.units.CATALOGUE)."""

    def validate(value: str) -> str:
        if value not in units:
            raise ValueError(
                f"{value[:10]!r} is not a supported UN/CEFACT Rec 20 unit code "
                f"(expected one of {', '.join(sorted(units))})"
            )
        return value

    return Annotated[str, AfterValidator(validate)]
