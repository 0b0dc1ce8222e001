"""FEFO allocation: first expiring first, only lots still usable on the order's need date."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lotflow.refusals import refused
from services.warehouse.domain.expiry import is_expired


@dataclass(frozen=True)
class Candidate:
    lot_id: uuid.UUID
    location_id: uuid.UUID
    lot_code: str
    location_code: str
    expiry_date: date | None
    free: Decimal


def fefo_key(candidate: Candidate) -> tuple:
    # Lots without an expiry date go last; ties break by lot then location, so the plan is stable.
    return (
        candidate.expiry_date is None,
        candidate.expiry_date or date.max,
        candidate.lot_code,
        candidate.location_code,
    )


def plan_fefo(
    candidates: list[Candidate], quantity: Decimal, need_day: date
) -> list[tuple[Candidate, Decimal]]:
    """How much to take from which balance, or a refusal when usable stock is short."""
    plan: list[tuple[Candidate, Decimal]] = []
    remaining = quantity
    for candidate in sorted(candidates, key=fefo_key):
        if remaining <= 0:
            break
        if candidate.free <= 0 or is_expired(candidate.expiry_date, need_day):
            continue
        take = min(candidate.free, remaining)
        plan.append((candidate, take))
        remaining -= take
    if remaining > 0:
        raise refused(
            "insufficient_stock",
            f"only {quantity - remaining} usable on {need_day.isoformat()}; {quantity} requested",
            available=str(quantity - remaining),
            requested=str(quantity),
        )
    return plan
