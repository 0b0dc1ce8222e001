"""Lot decision rules: quantities of each decision, reasons, the use-as-is override,
segregation of duties and what counts as an accepted lot."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lotflow.refusals import RefusalKind
from services.quality.domain.decisions import (
    DecisionRequest,
    LotDecisionKind,
    Split,
    counts_as_accepted,
    decision_refusal,
    decision_split,
    segregation_refusal,
)
from services.quality.domain.inspections import InspectionResult

pytestmark = pytest.mark.unit

RELEASE, REJECT, PARTIAL = LotDecisionKind
PASS, FAIL = InspectionResult.PASS, InspectionResult.FAIL
D = Decimal
INSPECTED = D("100")


def request(decision, accepted=None, rejected=None, reason=None, override=False):
    return DecisionRequest(
        decision=decision,
        accepted=None if accepted is None else D(accepted),
        rejected=None if rejected is None else D(rejected),
        reason=reason,
        override_failed_result=override,
    )


def code_of(decision_request, result=PASS):
    refusal = decision_refusal(decision_request, INSPECTED, result)
    return None if refusal is None else (refusal.code, refusal.kind)


def test_a_passed_inspection_is_released_whole_without_a_reason():
    assert code_of(request(RELEASE)) is None
    assert decision_split(request(RELEASE), INSPECTED) == Split(D(100), D(0))


def test_a_reject_rejects_the_whole_quantity_and_needs_a_reason():
    assert code_of(request(REJECT), FAIL) == ("reason_required", RefusalKind.INVALID)
    assert code_of(request(REJECT, reason="mould"), FAIL) is None
    assert code_of(request(REJECT, reason="damaged"), PASS) is None
    assert decision_split(request(REJECT, reason="mould"), INSPECTED) == Split(D(0), D(100))


@pytest.mark.parametrize(("accepted", "rejected"), [("60", "40"), ("99.999999", "0.000001")])
def test_a_partial_splits_the_inspected_quantity_exactly(accepted, rejected):
    partial = request(PARTIAL, accepted, rejected, reason="sorted")
    assert code_of(partial, FAIL) is None
    assert decision_split(partial, INSPECTED) == Split(D(accepted), D(rejected))


@pytest.mark.parametrize(
    ("accepted", "rejected", "code"),
    [
        ("60", None, "partial_quantities_required"),
        (None, "40", "partial_quantities_required"),
        (None, None, "partial_quantities_required"),
        ("100", "0", "partial_quantity_not_positive"),
        ("0", "100", "partial_quantity_not_positive"),
        ("60", "30", "partial_quantities_do_not_add_up"),
        ("60", "40.000001", "partial_quantities_do_not_add_up"),
    ],
)
def test_partial_quantities_are_both_positive_and_add_up(accepted, rejected, code):
    assert code_of(request(PARTIAL, accepted, rejected, reason="sorted"), FAIL) == (
        code,
        RefusalKind.INVALID,
    )


def test_a_partial_needs_a_reason():
    assert code_of(request(PARTIAL, "60", "40"), FAIL) == ("reason_required", RefusalKind.INVALID)


@pytest.mark.parametrize("decision", [RELEASE, REJECT])
def test_quantities_belong_only_to_a_partial(decision):
    for accepted, rejected in [("100", None), (None, "0"), ("100", "0")]:
        assert code_of(request(decision, accepted, rejected, reason="r")) == (
            "quantities_only_for_partial",
            RefusalKind.INVALID,
        )


def test_releasing_a_failed_inspection_needs_an_explicit_override_with_a_reason():
    assert code_of(request(RELEASE), FAIL) == (
        "failed_inspection_needs_override",
        RefusalKind.INVALID_STATE,
    )
    assert code_of(request(RELEASE, reason="fine"), FAIL) == (
        "failed_inspection_needs_override",
        RefusalKind.INVALID_STATE,
    )
    assert code_of(request(RELEASE, override=True), FAIL) == (
        "reason_required",
        RefusalKind.INVALID,
    )
    assert code_of(request(RELEASE, reason="customer deviation D-7", override=True), FAIL) is None


@pytest.mark.parametrize(
    ("decision_request", "result"),
    [
        (request(RELEASE, reason="r", override=True), PASS),
        (request(REJECT, reason="r", override=True), FAIL),
        (request(PARTIAL, "60", "40", reason="r", override=True), FAIL),
    ],
)
def test_the_override_applies_only_to_releasing_a_failed_inspection(decision_request, result):
    assert code_of(decision_request, result) == ("override_not_applicable", RefusalKind.INVALID)


def test_the_approver_is_none_of_the_inspectors_whatever_their_roles():
    assert segregation_refusal("anna", ["ivan", "olga"]) is None
    assert segregation_refusal("anna", []) is None
    for inspectors in (["anna"], ["ivan", "anna"]):
        refusal = segregation_refusal("anna", inspectors)
        assert refusal is not None
        assert (refusal.code, refusal.kind) == ("approver_is_inspector", RefusalKind.FORBIDDEN)


def test_only_a_clean_release_counts_as_an_accepted_lot():
    assert counts_as_accepted(RELEASE, override_failed_result=False)
    assert not counts_as_accepted(RELEASE, override_failed_result=True)
    assert not counts_as_accepted(REJECT, override_failed_result=False)
    assert not counts_as_accepted(PARTIAL, override_failed_result=False)
