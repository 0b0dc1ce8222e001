"""What receiving must know of the warehouse's master data before it accepts a request: the
receiving location is a dock bin the warehouse knows, of the order's site when the order names
one; an order's site is one the warehouse knows; an approved item is one it knows."""

from __future__ import annotations

from dataclasses import dataclass

from lotflow.refusals import Refusal, RefusalKind

DOCK_KIND = "dock"
STOCK_LEVEL = "bin"  # the warehouse keeps stock in bins only


@dataclass(frozen=True)
class PlaceFacts:
    """A location as the warehouse knows it."""

    code: str
    level: str
    kind: str
    site_code: str = ""


SITE_LEVEL = "site"


def receiving_location_refusal(
    code: str, place: PlaceFacts | None, ship_to_site: str | None = None
) -> Refusal | None:
    """Goods are received at a dock bin, of the site the order is delivered to: the stock lands
    there in quarantine."""
    if place is None:
        return Refusal(
            "location_unknown",
            f"the warehouse has no location {code!r}; receive at one of its docks",
            RefusalKind.INVALID,
            {"location_code": code},
        )
    if place.level != STOCK_LEVEL or place.kind != DOCK_KIND:
        return Refusal(
            "location_not_a_dock",
            f"{code} is a {place.kind or 'kindless'} {place.level}, not a dock bin; goods are "
            "received at a dock bin",
            RefusalKind.INVALID,
            {"location_code": code, "level": place.level, "kind": place.kind},
        )
    if ship_to_site is not None and place.site_code != ship_to_site:
        return Refusal(
            "dock_of_another_site",
            f"{code} is a dock of site {place.site_code}; the order is delivered to site "
            f"{ship_to_site}: receive it at one of that site's docks",
            RefusalKind.INVALID,
            {"location_code": code, "site_code": place.site_code, "ship_to_site": ship_to_site},
        )
    return None


def ship_to_site_refusal(site_code: str, place: PlaceFacts | None) -> Refusal | None:
    """An order is delivered to a site the warehouse knows."""
    if place is not None and place.level == SITE_LEVEL:
        return None
    return Refusal(
        "site_unknown",
        f"the warehouse has no site {site_code!r}; deliver the order to one of its sites",
        RefusalKind.INVALID,
        {"ship_to_site": site_code},
    )


def item_refusal(item_code: str, known: bool) -> Refusal | None:
    if known:
        return None
    return Refusal(
        "item_unknown",
        f"the warehouse has no item {item_code!r}; register it before approving a supplier for it",
        RefusalKind.INVALID,
        {"item_code": item_code},
    )
