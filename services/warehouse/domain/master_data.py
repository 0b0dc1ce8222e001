"""Master data rules: the location tree and site time zones."""

from __future__ import annotations

from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from lotflow.refusals import quoted


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


def normalize_time_zone(value: str) -> str:
    """An IANA time zone name (a site's local day decides expiry); raises ValueError if unknown."""
    if value not in available_timezones():
        raise ValueError(f"{quoted(value)} is not an IANA time zone name such as Europe/Berlin")
    try:
        ZoneInfo(value)
    except ZoneInfoNotFoundError:
        raise ValueError(f"time zone {quoted(value)} has no data on this system") from None
    return value
