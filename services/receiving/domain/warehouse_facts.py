"""What receiving must know of the warehouse's master data before it accepts a request: the
receiving location is a dock bin the warehouse knows, an approved item is one it knows."""

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


def receiving_location_refusal(code: str, place: PlaceFacts | None) -> Refusal | None:
    """Goods are received at a dock bin: the stock lands there in quarantine."""
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
    return None


def item_refusal(item_code: str, known: bool) -> Refusal | None:
    if known:
        return None
    return Refusal(
        "item_unknown",
        f"the warehouse has no item {item_code!r}; register it before approving a supplier for it",
        RefusalKind.INVALID,
        {"item_code": item_code},
    )
