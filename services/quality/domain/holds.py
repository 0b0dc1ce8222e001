"""Holds: where they come from, and stacking (a lot is blocked while any hold is active)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind


class HoldSource(StrEnum):
    INSPECTION = "inspection"
    DEVIATION = "deviation"
    COMPLAINT = "complaint"
    RECALL = "recall"


class HoldStatus(StrEnum):
    ACTIVE = "active"
    RELEASED = "released"


def release_refusal(status: HoldStatus) -> Refusal | None:
    if status is HoldStatus.RELEASED:
        return Refusal(
            "hold_already_released",
            "this hold has been released already",
            RefusalKind.INVALID_STATE,
        )
    return None


def is_blocked(statuses: Iterable[HoldStatus]) -> bool:
    return any(status is HoldStatus.ACTIVE for status in statuses)
