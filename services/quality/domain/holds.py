"""Holds: where they come from, and stacking (a lot is blocked while any hold is active)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind
from services.quality.domain.roles import APPROVER_ROLE, RECALL_ROLE


class HoldSource(StrEnum):
    INSPECTION = "inspection"
    DEVIATION = "deviation"
    COMPLAINT = "complaint"
    RECALL = "recall"


class HoldStatus(StrEnum):
    ACTIVE = "active"
    RELEASED = "released"


def hold_authority(source: HoldSource, placer_roles: Iterable[str]) -> str:
    """The role that answers for a hold and alone lifts it: a recall coordinator's recall hold
    is the recall's; any other hold is quality's, lifted by an approver."""
    if source is HoldSource.RECALL and RECALL_ROLE in placer_roles:
        return RECALL_ROLE
    return APPROVER_ROLE


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
