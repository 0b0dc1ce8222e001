"""Receiving rules with no I/O: roles, purchase order states, identifiers, quantities."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from biip import ParseError
from biip.gln import Gln
from biip.gtin import Gtin

from services.receiving.country_codes import ISO_3166_ALPHA_2

T = TypeVar("T")

# Roles that gate receiving use cases.
MASTER_DATA_ROLE = "receiving_admin"
BUYER_ROLE = "buyer"


class PurchaseOrderStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


# An order is open until it is fully received (closed) or called off (cancelled); both are final.
ALLOWED_TRANSITIONS: dict[PurchaseOrderStatus, frozenset[PurchaseOrderStatus]] = {
    PurchaseOrderStatus.OPEN: frozenset(
        {PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.CANCELLED}
    ),
    PurchaseOrderStatus.CLOSED: frozenset(),
    PurchaseOrderStatus.CANCELLED: frozenset(),
}


@dataclass(frozen=True)
class Refusal:
    """Why a rule refuses a change: a stable code for clients and a message for people."""

    code: str
    message: str


def transition_refusal(current: PurchaseOrderStatus, target: PurchaseOrderStatus) -> Refusal | None:
    if target in ALLOWED_TRANSITIONS[current]:
        return None
    return Refusal(
        "invalid_status_transition",
        f"a purchase order that is {current.value} cannot become {target.value}",
    )


def cancellation_refusal(
    status: PurchaseOrderStatus, received: Iterable[Decimal]
) -> Refusal | None:
    """An order may be cancelled only while open and before anything is received against it."""
    if transition_refusal(status, PurchaseOrderStatus.CANCELLED):
        return Refusal(
            "purchase_order_not_open",
            f"only an open purchase order can be cancelled; this one is {status.value}",
        )
    if any(quantity > 0 for quantity in received):
        return Refusal(
            "purchase_order_received",
            "goods have been received against this purchase order; it can no longer be cancelled",
        )
    return None


def duplicates(values: Iterable[T]) -> list[T]:
    """Values that occur more than once, in first-seen order."""
    return [value for value, count in Counter(values).items() if count > 1]


def receipt_window(
    ordered: Decimal, over_percent: Decimal, under_percent: Decimal
) -> tuple[Decimal, Decimal]:
    """The total a line may receive and still count as fulfilled: ordered -under% .. +over%."""
    return (
        ordered * (100 - under_percent) / 100,
        ordered * (100 + over_percent) / 100,
    )


# UN/CEFACT Recommendation 20 codes accepted as an order unit.
REC20_UNITS: dict[str, str] = {
    "H87": "piece",
    "EA": "each",
    "C62": "one",
    "PR": "pair",
    "DZN": "dozen",
    "SET": "set",
    "KGM": "kilogram",
    "GRM": "gram",
    "MGM": "milligram",
    "TNE": "tonne",
    "LBR": "pound",
    "ONZ": "ounce",
    "LTR": "litre",
    "MLT": "millilitre",
    "MTQ": "cubic metre",
    "GLL": "US gallon",
    "MTR": "metre",
    "CMT": "centimetre",
    "MMT": "millimetre",
    "FOT": "foot",
    "INH": "inch",
    "MTK": "square metre",
}

_DECIMAL_TEXT = re.compile(r"^(\d+)(?:\.(\d+))?$")

# What the database columns hold: quantities NUMERIC(18, 6), percentages NUMERIC(5, 2).
QUANTITY_DIGITS = (12, 6)
PERCENT_DIGITS = (3, 2)


def parse_decimal(text: str, *, integer_digits: int, fraction_digits: int) -> Decimal:
    """A non-negative decimal written as plain digits; raises ValueError otherwise."""
    match = _DECIMAL_TEXT.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not a decimal number written like 12 or 12.5")
    whole, fraction = match.group(1).lstrip("0"), (match.group(2) or "").rstrip("0")
    if len(whole) > integer_digits or len(fraction) > fraction_digits:
        raise ValueError(
            f"{text} has more than {integer_digits} digits before or {fraction_digits} "
            "after the decimal point"
        )
    return Decimal(text)


def parse_quantity(text: str) -> Decimal:
    quantity = parse_decimal(
        text, integer_digits=QUANTITY_DIGITS[0], fraction_digits=QUANTITY_DIGITS[1]
    )
    if quantity <= 0:
        raise ValueError("a quantity must be greater than zero")
    return quantity


def parse_percent(text: str) -> Decimal:
    percent = parse_decimal(
        text, integer_digits=PERCENT_DIGITS[0], fraction_digits=PERCENT_DIGITS[1]
    )
    if percent > 100:
        raise ValueError("a tolerance is a percentage from 0 to 100")
    return percent


def format_decimal(value: Decimal) -> str:
    """The shortest exact text of a decimal: 10.500000 -> '10.5', 100 -> '100'."""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text


def normalize_country(value: str) -> str:
    code = value.strip().upper()
    if code not in ISO_3166_ALPHA_2:
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code")
    return code


def normalize_gln(value: str) -> str:
    """A 13-digit GS1 Global Location Number with a valid check digit."""
    try:
        return Gln.parse(value.strip()).value
    except ParseError as error:
        raise ValueError(str(error)) from None


def normalize_gtin(value: str) -> str:
    """A GTIN-8/12/13/14 as its 14-digit form, check digit verified."""
    try:
        return Gtin.parse(value.strip()).as_gtin_14()
    except ParseError as error:
        raise ValueError(str(error)) from None
