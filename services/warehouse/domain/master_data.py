"""Master data rules: the location tree, site time zones and GTINs."""

from __future__ import annotations

from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


class LocationLevel(StrEnum):
    SITE = "site"
    WAREHOUSE = "warehouse"
    ZONE = "zone"
    BIN = "bin"


class LocationKind(StrEnum):
    DOCK = "dock"
    QUARANTINE = "quarantine"
    STORAGE = "storage"
    LINE_SIDE = "line_side"
    SHIPPING = "shipping"
    SCRAP = "scrap"


# Which level a location's parent must be: site > warehouse > zone > bin.
PARENT_LEVEL: dict[LocationLevel, LocationLevel | None] = {
    LocationLevel.SITE: None,
    LocationLevel.WAREHOUSE: LocationLevel.SITE,
    LocationLevel.ZONE: LocationLevel.WAREHOUSE,
    LocationLevel.BIN: LocationLevel.ZONE,
}


def parent_problem(level: LocationLevel, parent_level: LocationLevel | None) -> str | None:
    """Why a location of `level` cannot sit under a parent of `parent_level`, or None if it can."""
    expected = PARENT_LEVEL[level]
    if expected is None and parent_level is not None:
        return "a site has no parent"
    if expected is not None and parent_level != expected:
        found = parent_level.value if parent_level else "none"
        return f"a {level.value} must sit under a {expected.value}, not under {found}"
    return None


def gtin_check_digit(body: str) -> int:
    """GS1 mod-10 check digit for the digits before it."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def normalize_gtin(value: str) -> str:
    """A GTIN-8/12/13/14 as its 14-digit form; raises ValueError when it is not valid."""
    digits = value.strip()
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        raise ValueError("a GTIN has 8, 12, 13 or 14 digits")
    if gtin_check_digit(digits[:-1]) != int(digits[-1]):
        raise ValueError(f"GTIN {digits} has a wrong check digit")
    return digits.zfill(14)


def normalize_time_zone(value: str) -> str:
    """An IANA time zone name (a site's local day decides expiry); raises ValueError if unknown."""
    if value not in available_timezones():
        raise ValueError(f"{value!r} is not an IANA time zone name such as Europe/Berlin")
    try:
        ZoneInfo(value)
    except ZoneInfoNotFoundError:
        raise ValueError(f"time zone {value!r} has no data on this system") from None
    return value
