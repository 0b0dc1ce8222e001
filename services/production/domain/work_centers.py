"""Work center rules: the scrap causes and whether a scrap reason may be used."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind


class ScrapCategory(StrEnum):
    """The 6M (Ishikawa) cause groups, so scrap can be analysed by Pareto."""

    MATERIAL = "material"
    MACHINE = "machine"
    METHOD = "method"
    MAN = "man"
    MEASUREMENT = "measurement"
    ENVIRONMENT = "environment"


@dataclass(frozen=True)
class ScrapReasonFacts:
    """What the rules need to know about one scrap reason defined at one work center."""

    work_center_code: str
    reason_code: str
    active: bool


def scrap_reason_refusal(
    reason: ScrapReasonFacts | None, *, work_center_code: str, reason_code: str
) -> Refusal | None:
    """Why `reason_code` may not be recorded at `work_center_code`, or None if it may.

    `reason` is the reason looked up for that work center and code (None when none was found).
    Reasons are per work center: one defined elsewhere does not count.
    """
    if (
        reason is None
        or reason.work_center_code != work_center_code
        or reason.reason_code != reason_code
    ):
        return Refusal(
            "scrap_reason_not_defined",
            f"scrap reason {reason_code} is not defined at work center {work_center_code}",
            RefusalKind.INVALID,
        )
    if not reason.active:
        return Refusal(
            "scrap_reason_inactive",
            f"scrap reason {reason_code} of work center {work_center_code} was deactivated "
            "and may no longer be used",
        )
    return None


def deactivation_refusal(reason: ScrapReasonFacts) -> Refusal | None:
    """Why `reason` cannot be deactivated, or None if it can (only active reasons can)."""
    if not reason.active:
        return Refusal(
            "scrap_reason_inactive",
            f"scrap reason {reason.reason_code} of work center {reason.work_center_code} "
            "is inactive already",
        )
    return None
