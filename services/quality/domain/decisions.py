"""The lot decision on a completed inspection: release, reject or partial, who may make it, and
which decisions count as an accepted lot for skip-lot."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind
from services.quality.domain.inspections import InspectionResult


class LotDecisionKind(StrEnum):
    RELEASE = "release"
    REJECT = "reject"
    PARTIAL = "partial"


@dataclass(frozen=True)
class DecisionRequest:
    decision: LotDecisionKind
    accepted: Decimal | None
    rejected: Decimal | None
    reason: str | None
    # A release despite a failed inspection: a use-as-is deviation, never implied.
    override_failed_result: bool


@dataclass(frozen=True)
class Split:
    accepted: Decimal
    rejected: Decimal


def decision_refusal(
    request: DecisionRequest, inspected: Decimal, result: InspectionResult
) -> Refusal | None:
    partial = request.decision is LotDecisionKind.PARTIAL
    if not partial and (request.accepted is not None or request.rejected is not None):
        return Refusal(
            "quantities_only_for_partial",
            "a release accepts and a reject rejects the whole inspected quantity; give "
            "accepted and rejected quantities only for a partial decision",
            RefusalKind.INVALID,
        )
    if partial:
        if request.accepted is None or request.rejected is None:
            return Refusal(
                "partial_quantities_required",
                "a partial decision needs both the accepted and the rejected quantity",
                RefusalKind.INVALID,
            )
        if request.accepted <= 0 or request.rejected <= 0:
            return Refusal(
                "partial_quantity_not_positive",
                "in a partial decision both the accepted and the rejected quantity are above 0",
                RefusalKind.INVALID,
            )
        if request.accepted + request.rejected != inspected:
            return Refusal(
                "partial_quantities_do_not_add_up",
                f"accepted {request.accepted} and rejected {request.rejected} must add up to "
                f"the inspected quantity {inspected}",
                RefusalKind.INVALID,
            )
    if request.decision is not LotDecisionKind.RELEASE and not request.reason:
        return Refusal(
            "reason_required",
            f"a {request.decision.value} decision needs a reason",
            RefusalKind.INVALID,
        )
    return _override_refusal(request, result)


def _override_refusal(request: DecisionRequest, result: InspectionResult) -> Refusal | None:
    failed_release = request.decision is LotDecisionKind.RELEASE and result is InspectionResult.FAIL
    if request.override_failed_result and not failed_release:
        return Refusal(
            "override_not_applicable",
            "only the release of a failed inspection is a use-as-is deviation; "
            "leave override_failed_result unset",
            RefusalKind.INVALID,
        )
    if failed_release and not request.override_failed_result:
        return Refusal(
            "failed_inspection_needs_override",
            "the inspection failed: releasing the lot is a use-as-is deviation and needs "
            "override_failed_result with a reason",
            RefusalKind.INVALID_STATE,
        )
    if request.override_failed_result and not request.reason:
        return Refusal(
            "reason_required", "a use-as-is deviation needs a reason", RefusalKind.INVALID
        )
    return None


def decision_split(request: DecisionRequest, inspected: Decimal) -> Split:
    """Accepted and rejected quantities of a decision that `decision_refusal` allowed."""
    if request.decision is LotDecisionKind.RELEASE:
        return Split(accepted=inspected, rejected=Decimal(0))
    if request.decision is LotDecisionKind.REJECT:
        return Split(accepted=Decimal(0), rejected=inspected)
    assert request.accepted is not None and request.rejected is not None
    return Split(accepted=request.accepted, rejected=request.rejected)


def segregation_refusal(approver: str, inspectors: Iterable[str]) -> Refusal | None:
    """The person who decides on a lot is not one who inspected it, whatever their roles."""
    if approver in set(inspectors):
        return Refusal(
            "approver_is_inspector",
            f"{approver} inspected this lot and so may not decide on it; another approver must",
            RefusalKind.FORBIDDEN,
        )
    return None


def counts_as_accepted(decision: LotDecisionKind, override_failed_result: bool) -> bool:
    """Only a clean release earns skip-lot trust: a rejection, a partial or a use-as-is
    deviation means the supplier's lot did not conform."""
    return decision is LotDecisionKind.RELEASE and not override_failed_result
