"""Nonconformance rules: states, dispositions adding up, who may disposition, and an NCR raised
from an inspection."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lotflow.refusals import RefusalKind
from services.quality.domain.nonconformances import (
    NONCONFORMANCE_TRANSITIONS,
    REJECTION_SEVERITY,
    Disposition,
    NonconformanceState,
    NonconformanceStep,
    Severity,
    disposition_refusal,
    nonconformance_step_refusal,
    originator_refusal,
    source_inspection_refusal,
)

pytestmark = pytest.mark.unit

OPEN, DISPOSITIONED, CLOSED = NonconformanceState
DISPOSITION, CLOSE = NonconformanceStep
USE_AS_IS, REWORK, SCRAP, RETURN = Disposition
D = Decimal


def test_an_ncr_goes_open_to_dispositioned_to_closed():
    assert NONCONFORMANCE_TRANSITIONS == {
        (OPEN, DISPOSITION): DISPOSITIONED,
        (DISPOSITIONED, CLOSE): CLOSED,
    }
    assert nonconformance_step_refusal(OPEN, DISPOSITION) is None
    assert nonconformance_step_refusal(DISPOSITIONED, CLOSE) is None


@pytest.mark.parametrize(
    ("state", "step", "code"),
    [
        (DISPOSITIONED, DISPOSITION, "nonconformance_already_dispositioned"),
        (OPEN, CLOSE, "nonconformance_not_dispositioned"),
        (CLOSED, DISPOSITION, "nonconformance_closed"),
        (CLOSED, CLOSE, "nonconformance_closed"),
    ],
)
def test_other_steps_are_refused_as_state_conflicts(state, step, code):
    refusal = nonconformance_step_refusal(state, step)
    assert refusal is not None
    assert (refusal.code, refusal.kind) == (code, RefusalKind.INVALID_STATE)


def test_rejected_stock_is_a_major_nonconformance():
    assert REJECTION_SEVERITY is Severity.MAJOR


@pytest.mark.parametrize(
    "lines",
    [
        [(SCRAP, D("40"))],
        [(REWORK, D("10")), (SCRAP, D("20")), (RETURN, D("9.5")), (USE_AS_IS, D("0.5"))],
    ],
)
def test_dispositions_add_up_to_the_nonconforming_quantity(lines):
    assert disposition_refusal(lines, D("40"), "MILL") is None


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        ([], "dispositions_required"),
        ([(SCRAP, D("20")), (SCRAP, D("20"))], "duplicate_disposition"),
        ([(SCRAP, D("40")), (REWORK, D("0"))], "disposition_quantity_not_positive"),
        ([(SCRAP, D("39.999999"))], "disposition_quantities_do_not_add_up"),
        ([(SCRAP, D("30")), (REWORK, D("30"))], "disposition_quantities_do_not_add_up"),
    ],
)
def test_disposition_quantities_are_checked(lines, code):
    refusal = disposition_refusal(lines, D("40"), "MILL")
    assert refusal is not None
    assert (refusal.code, refusal.kind) == (code, RefusalKind.INVALID)


def test_stock_goes_back_only_to_a_known_supplier():
    assert disposition_refusal([(SCRAP, D("40"))], D("40"), None) is None
    refusal = disposition_refusal([(RETURN, D("40"))], D("40"), None)
    assert refusal is not None
    assert (refusal.code, refusal.kind) == ("supplier_unknown", RefusalKind.INVALID_STATE)


def test_who_opened_an_ncr_does_not_disposition_it():
    assert originator_refusal("anna", "ivan") is None
    refusal = originator_refusal("anna", "anna")
    assert refusal is not None
    assert (refusal.code, refusal.kind) == ("approver_is_originator", RefusalKind.FORBIDDEN)


def source(**changes):
    facts = {
        "lot_code": "L1",
        "item_code": "FLOUR",
        "supplier_code": None,
        "unit": "KGM",
        "quantity": D("40"),
        "inspection_lot_code": "L1",
        "inspection_item_code": "FLOUR",
        "inspection_supplier_code": "MILL",
        "inspection_unit": "KGM",
        "inspected_quantity": D("100"),
    }
    refusal = source_inspection_refusal(**(facts | changes))
    return None if refusal is None else refusal.code


def test_an_ncr_from_an_inspection_is_about_its_lot_item_supplier_and_stock():
    assert source() is None
    assert source(supplier_code="MILL", quantity=D("100")) is None
    assert source(lot_code="L2") == "inspection_mismatch"
    assert source(item_code="SUGAR") == "inspection_mismatch"
    assert source(supplier_code="OTHER") == "inspection_mismatch"
    assert source(unit="GRM") == "inspection_mismatch"
    assert source(quantity=D("100.000001")) == "quantity_exceeds_inspection"
