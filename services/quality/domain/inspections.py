"""Inspections: their states, judging each characteristic against its snapshotted limits, and
the overall result."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind, quoted
from services.quality.domain.plans import CharacteristicKind


class InspectionState(StrEnum):
    # Results are being recorded, in as many calls as the inspector needs.
    OPEN = "open"
    # Results are frozen; the lot waits for an approver's decision.
    COMPLETED = "completed"
    # The lot decision is made; nothing about the inspection changes any more.
    DECIDED = "decided"


class InspectionStep(StrEnum):
    RECORD_RESULTS = "record_results"
    COMPLETE = "complete"
    DECIDE = "decide"


INSPECTION_TRANSITIONS: dict[tuple[InspectionState, InspectionStep], InspectionState] = {
    (InspectionState.OPEN, InspectionStep.RECORD_RESULTS): InspectionState.OPEN,
    (InspectionState.OPEN, InspectionStep.COMPLETE): InspectionState.COMPLETED,
    (InspectionState.COMPLETED, InspectionStep.DECIDE): InspectionState.DECIDED,
}

# An inspection awaiting its decision; a lot and receipt have at most one such inspection.
UNDECIDED_STATES = (InspectionState.OPEN, InspectionState.COMPLETED)


def inspection_step_refusal(state: InspectionState, step: InspectionStep) -> Refusal | None:
    if (state, step) in INSPECTION_TRANSITIONS:
        return None
    if step is InspectionStep.DECIDE and state is InspectionState.OPEN:
        return Refusal(
            "inspection_not_completed",
            "the inspection is still open; complete it before deciding on the lot",
            RefusalKind.INVALID_STATE,
        )
    if step is InspectionStep.DECIDE:
        return Refusal(
            "inspection_already_decided",
            "the lot decision on this inspection has been made already",
            RefusalKind.INVALID_STATE,
        )
    return Refusal(
        "inspection_not_open",
        f"the inspection is {state.value}; its results can no longer change",
        RefusalKind.INVALID_STATE,
    )


class InspectionResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"


def judge_measurement(
    value: Decimal, lower: Decimal | None, upper: Decimal | None
) -> InspectionResult:
    """Limits are inclusive: a value exactly on a limit conforms."""
    within = (lower is None or value >= lower) and (upper is None or value <= upper)
    return InspectionResult.PASS if within else InspectionResult.FAIL


def judge_attribute(passed: bool) -> InspectionResult:
    return InspectionResult.PASS if passed else InspectionResult.FAIL


def overall_result(results: Iterable[InspectionResult]) -> InspectionResult:
    """Pass only if every characteristic passes."""
    judged = list(results)
    if not judged:
        raise ValueError("an inspection without results has no overall result")
    if any(result is InspectionResult.FAIL for result in judged):
        return InspectionResult.FAIL
    return InspectionResult.PASS


def result_refusal(name: str, kind: CharacteristicKind, measured: bool) -> Refusal | None:
    """A numeric characteristic takes a measured value; an attribute takes pass/fail."""
    if kind is CharacteristicKind.NUMERIC and not measured:
        return Refusal(
            "result_does_not_fit",
            f"characteristic {quoted(name)} is numeric: record its measured value, not pass/fail",
            RefusalKind.INVALID,
        )
    if kind is CharacteristicKind.ATTRIBUTE and measured:
        return Refusal(
            "result_does_not_fit",
            f"characteristic {quoted(name)} is judged pass/fail: record passed true or false",
            RefusalKind.INVALID,
        )
    return None


def unknown_characteristic_refusal(
    recorded: Iterable[str], planned: Iterable[str]
) -> Refusal | None:
    known = set(planned)
    unknown = [name for name in recorded if name not in known]
    if unknown:
        return Refusal(
            "unknown_characteristic",
            f"the inspection's plan has no characteristic {', '.join(map(repr, unknown))}",
            RefusalKind.INVALID,
        )
    return None


def completion_refusal(results: Mapping[str, InspectionResult | None]) -> Refusal | None:
    """Every characteristic needs a result before the inspection is completed."""
    missing = [name for name, result in results.items() if result is None]
    if missing:
        return Refusal(
            "results_missing",
            f"no result recorded yet for {', '.join(map(repr, missing))}",
            RefusalKind.INVALID_STATE,
        )
    return None


def with_inspector(inspectors: Sequence[str], user: str) -> list[str]:
    """Everyone who recorded results or completed the inspection, in first-seen order."""
    return list(inspectors) if user in inspectors else [*inspectors, user]
