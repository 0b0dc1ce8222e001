"""Inspection rules: states and transitions, judging results against limits, the overall
result, what a recording and a completion must contain."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lotflow.refusals import RefusalKind
from services.quality.domain.inspections import (
    INSPECTION_TRANSITIONS,
    UNDECIDED_STATES,
    InspectionResult,
    InspectionState,
    InspectionStep,
    completion_refusal,
    inspection_step_refusal,
    judge_attribute,
    judge_measurement,
    overall_result,
    result_refusal,
    unknown_characteristic_refusal,
    with_inspector,
)
from services.quality.domain.plans import CharacteristicKind

pytestmark = pytest.mark.unit

OPEN, COMPLETED, DECIDED = InspectionState
RECORD, COMPLETE, DECIDE = InspectionStep
PASS, FAIL = InspectionResult.PASS, InspectionResult.FAIL
D = Decimal


def test_an_inspection_goes_open_to_completed_to_decided():
    assert INSPECTION_TRANSITIONS == {
        (OPEN, RECORD): OPEN,
        (OPEN, COMPLETE): COMPLETED,
        (COMPLETED, DECIDE): DECIDED,
    }
    assert set(UNDECIDED_STATES) == {OPEN, COMPLETED}
    for state, step in INSPECTION_TRANSITIONS:
        assert inspection_step_refusal(state, step) is None


@pytest.mark.parametrize(
    ("state", "step", "code"),
    [
        (COMPLETED, RECORD, "inspection_not_open"),
        (DECIDED, RECORD, "inspection_not_open"),
        (COMPLETED, COMPLETE, "inspection_not_open"),
        (DECIDED, COMPLETE, "inspection_not_open"),
        (OPEN, DECIDE, "inspection_not_completed"),
        (DECIDED, DECIDE, "inspection_already_decided"),
    ],
)
def test_every_other_step_is_refused_as_a_state_conflict(state, step, code):
    refusal = inspection_step_refusal(state, step)
    assert refusal is not None
    assert (refusal.code, refusal.kind) == (code, RefusalKind.INVALID_STATE)


@pytest.mark.parametrize(
    ("value", "lower", "upper", "result"),
    [
        ("10", "10", "20", PASS),  # on the lower limit
        ("20", "10", "20", PASS),  # on the upper limit
        ("9.999999999", "10", "20", FAIL),
        ("20.000000001", "10", "20", FAIL),
        ("15", "10", "20", PASS),
        ("14.5", None, "14.5", PASS),
        ("14.500000001", None, "14.5", FAIL),
        ("-1000", None, "14.5", PASS),
        ("-18", "-18", None, PASS),
        ("-18.000000001", "-18", None, FAIL),
        ("0", "-0.5", "0.5", PASS),
    ],
)
def test_limits_are_inclusive_and_exact(value, lower, upper, result):
    assert (
        judge_measurement(D(value), D(lower) if lower else None, D(upper) if upper else None)
        is result
    )


def test_an_attribute_passes_only_when_judged_so():
    assert judge_attribute(True) is PASS
    assert judge_attribute(False) is FAIL


def test_the_overall_result_passes_only_if_every_characteristic_passes():
    assert overall_result([PASS]) is PASS
    assert overall_result([PASS, PASS, PASS]) is PASS
    assert overall_result([PASS, FAIL, PASS]) is FAIL
    assert overall_result(iter([FAIL])) is FAIL
    with pytest.raises(ValueError):
        overall_result([])


def test_a_result_must_fit_its_characteristic():
    numeric, attribute = CharacteristicKind.NUMERIC, CharacteristicKind.ATTRIBUTE
    assert result_refusal("moisture", numeric, measured=True) is None
    assert result_refusal("smell", attribute, measured=False) is None
    for name, kind, measured in [("moisture", numeric, False), ("smell", attribute, True)]:
        refusal = result_refusal(name, kind, measured)
        assert refusal is not None
        assert (refusal.code, refusal.kind) == ("result_does_not_fit", RefusalKind.INVALID)
        assert repr(name) in refusal.message


def test_results_name_only_characteristics_of_the_plan():
    assert unknown_characteristic_refusal(["a", "b"], ["a", "b", "c"]) is None
    refusal = unknown_characteristic_refusal(["a", "x", "y"], ["a", "b"])
    assert refusal is not None
    assert refusal.code == "unknown_characteristic"
    assert "'x', 'y'" in refusal.message


def test_completion_needs_a_result_for_every_characteristic():
    assert completion_refusal({"a": PASS, "b": FAIL}) is None
    refusal = completion_refusal({"a": PASS, "b": None, "c": None})
    assert refusal is not None
    assert (refusal.code, refusal.kind) == ("results_missing", RefusalKind.INVALID_STATE)
    assert "'b', 'c'" in refusal.message


def test_inspectors_are_listed_once_in_first_seen_order():
    assert with_inspector([], "ivan") == ["ivan"]
    assert with_inspector(["ivan"], "ivan") == ["ivan"]
    assert with_inspector(["ivan"], "olga") == ["ivan", "olga"]
    assert with_inspector(("ivan", "olga"), "ivan") == ["ivan", "olga"]
