"""Quality rules with no I/O: roles, vocabularies, plan resolution, characteristics, holds."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

T = TypeVar("T")

# Roles that gate quality use cases.
PLAN_ROLE = "quality_engineer"
INSPECTOR_ROLE = "quality_inspector"
APPROVER_ROLE = "quality_approver"
# Anyone who may stop a lot may hold it; lifting a hold is an approver's decision.
HOLD_PLACING_ROLES = (INSPECTOR_ROLE, APPROVER_ROLE)
HOLD_RELEASING_ROLES = (APPROVER_ROLE,)


class CharacteristicKind(StrEnum):
    NUMERIC = "numeric"
    ATTRIBUTE = "attribute"


class HoldSource(StrEnum):
    INSPECTION = "inspection"
    DEVIATION = "deviation"
    COMPLAINT = "complaint"
    RECALL = "recall"


class HoldStatus(StrEnum):
    ACTIVE = "active"
    RELEASED = "released"


@dataclass(frozen=True)
class Refusal:
    """Why a rule refuses a change: a stable code for clients and a message for people."""

    code: str
    message: str


def plan_lookup_order(supplier_code: str | None) -> list[str | None]:
    """Which plans to try, in order: the supplier's own, then the item's general one (None)."""
    return [supplier_code, None] if supplier_code else [None]


def next_plan_version(latest: int | None) -> int:
    return 1 if latest is None else latest + 1


def characteristic_refusal(
    name: str,
    kind: CharacteristicKind,
    lower: Decimal | None,
    upper: Decimal | None,
    unit: str | None,
) -> Refusal | None:
    """A numeric characteristic is measured in a unit against at least one limit (lower below
    upper); an attribute characteristic is judged pass/fail and has neither."""

    def refuse(message: str) -> Refusal:
        return Refusal("invalid_characteristic", f"characteristic {name!r}: {message}")

    if kind is CharacteristicKind.ATTRIBUTE:
        if lower is not None or upper is not None or unit is not None:
            return refuse("an attribute (pass/fail) characteristic has no limits and no unit")
        return None
    if lower is None and upper is None:
        return refuse("a numeric characteristic needs a lower or an upper limit")
    if unit is None:
        return refuse("a numeric characteristic needs the unit its value is measured in")
    if lower is not None and upper is not None and lower >= upper:
        return refuse(f"the lower limit {lower} must be below the upper limit {upper}")
    return None


def duplicates(values: Iterable[T]) -> list[T]:
    """Values that occur more than once, in first-seen order."""
    return [value for value, count in Counter(values).items() if count > 1]


def release_refusal(status: HoldStatus) -> Refusal | None:
    if status is HoldStatus.RELEASED:
        return Refusal("hold_already_released", "this hold has been released already")
    return None


def is_blocked(statuses: Iterable[HoldStatus]) -> bool:
    """Holds stack: a lot is blocked while any of its holds is active."""
    return any(status is HoldStatus.ACTIVE for status in statuses)


# UN/CEFACT Recommendation 20 codes accepted for a measured characteristic.
REC20_MEASURE_UNITS: dict[str, str] = {
    "C62": "one (dimensionless, e.g. pH)",
    "P1": "percent",
    "59": "part per million",
    "61": "part per billion",
    "CEL": "degree Celsius",
    "FAH": "degree Fahrenheit",
    "KEL": "kelvin",
    "KGM": "kilogram",
    "GRM": "gram",
    "MGM": "milligram",
    "MMT": "millimetre",
    "CMT": "centimetre",
    "MTR": "metre",
    "MLT": "millilitre",
    "LTR": "litre",
    "GL": "gram per litre",
    "M1": "milligram per litre",
    "SEC": "second",
    "MIN": "minute",
    "HUR": "hour",
    "PAL": "pascal",
    "KPA": "kilopascal",
    "BAR": "bar",
    "NEW": "newton",
    "H87": "piece",
}

_SIGNED_DECIMAL = re.compile(r"^-?(\d+)(?:\.(\d+))?$")

# Limits are stored as NUMERIC(24, 9).
LIMIT_DIGITS = (15, 9)


def parse_limit(text: str) -> Decimal:
    """A limit written as plain digits, optionally negative; raises ValueError otherwise."""
    match = _SIGNED_DECIMAL.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not a decimal number written like -4, 12 or 12.5")
    whole, fraction = match.group(1).lstrip("0"), (match.group(2) or "").rstrip("0")
    if len(whole) > LIMIT_DIGITS[0] or len(fraction) > LIMIT_DIGITS[1]:
        raise ValueError(
            f"{text} has more than {LIMIT_DIGITS[0]} digits before or {LIMIT_DIGITS[1]} "
            "after the decimal point"
        )
    return Decimal(text)


def format_decimal(value: Decimal) -> str:
    """The shortest exact text of a decimal: 10.500000000 -> '10.5', 100 -> '100'."""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text
