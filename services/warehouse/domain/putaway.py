"""Putaway policy: which zone a lot goes to, and which bin in it to suggest."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class PutawayRule:
    rule_id: uuid.UUID
    priority: int
    zone_id: uuid.UUID
    item_id: uuid.UUID | None = None
    item_class: str | None = None
    storage_condition: str | None = None
    stock_status: str | None = None

    def matches(
        self, item_id: uuid.UUID, item_class: str | None, condition: str | None, status: str
    ) -> bool:
        return (
            (self.item_id is None or self.item_id == item_id)
            and (self.item_class is None or self.item_class == item_class)
            and (self.storage_condition is None or self.storage_condition == condition)
            and (self.stock_status is None or self.stock_status == status)
        )

    @property
    def specificity(self) -> int:
        criteria = (self.item_id, self.item_class, self.storage_condition, self.stock_status)
        return sum(value is not None for value in criteria)


def rules_in_order(
    rules: list[PutawayRule],
    item_id: uuid.UUID,
    item_class: str | None,
    condition: str | None,
    status: str,
) -> list[PutawayRule]:
    """Matching rules by priority (lowest first), then the most specific first."""
    matching = [r for r in rules if r.matches(item_id, item_class, condition, status)]
    return sorted(matching, key=lambda r: (r.priority, -r.specificity, str(r.rule_id)))


@dataclass(frozen=True)
class BinSpace:
    location_id: uuid.UUID
    code: str
    # How many lots the bin holds at most (pallet positions); None: no limit.
    capacity: int | None
    lots_held: int
    holds_this_lot: bool

    @property
    def has_room(self) -> bool:
        return self.holds_this_lot or self.capacity is None or self.lots_held < self.capacity


def choose_bin(bins: list[BinSpace]) -> BinSpace | None:
    """Consolidate with the same lot first, then the emptiest bin with room, then by code."""
    roomy = [b for b in bins if b.has_room]
    if not roomy:
        return None

    def free_positions(space: BinSpace) -> float:
        return float("inf") if space.capacity is None else space.capacity - space.lots_held

    return min(roomy, key=lambda b: (not b.holds_this_lot, -free_positions(b), b.code))
