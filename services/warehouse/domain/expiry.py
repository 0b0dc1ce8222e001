"""The one definition of "expired", used by every check, query and allocation.

A lot's expiry date is a calendar day ("use by"): the lot is usable through the whole of that
day and expired from the first moment of the next one, in the local time of the site that holds
the stock. A moment is therefore first turned into the site's local day, then compared.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

# Sites registered without a time zone keep their books in UTC.
DEFAULT_TIME_ZONE = "UTC"


def local_day(moment: datetime, time_zone: str | None) -> date:
    """The calendar day `moment` falls on at a site in `time_zone`."""
    if moment.tzinfo is None:
        raise ValueError("a moment without a time zone is ambiguous; pass an aware datetime")
    return moment.astimezone(ZoneInfo(time_zone or DEFAULT_TIME_ZONE)).date()


def earliest_usable_expiry(on_day: date) -> date:
    """Lots expiring on or after this day are usable on `on_day` (the SQL filters use this)."""
    return on_day


def is_expired(expiry_date: date | None, on_day: date) -> bool:
    """Whether a lot with `expiry_date` is expired on the local day `on_day`."""
    return expiry_date is not None and expiry_date < earliest_usable_expiry(on_day)


def is_expired_at(expiry_date: date | None, moment: datetime, time_zone: str | None) -> bool:
    return is_expired(expiry_date, local_day(moment, time_zone))


def expiry_from_shelf_life(
    production_date: date | None, shelf_life_days: int | None
) -> date | None:
    """A lot registered without an expiry date gets production date + the item's shelf life."""
    if production_date is None or shelf_life_days is None:
        return None
    return production_date + timedelta(days=shelf_life_days)
