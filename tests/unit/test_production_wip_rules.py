"""Production's floor rules: input accounting, rework, sequence, backflush quantities, FEFO,
variances and yields."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from lotflow.refusals import RuleBroken
from services.production.domain.consumption import (
    IssuePolicy,
    LineSideLot,
    MaterialLine,
    backflush_quantity,
    issue_variance,
    line_for_issue,
    pick_fefo,
    standard_for,
    under_consumption,
)
from services.production.domain.operations import (
    OperationFacts,
    OperationStatus,
    Report,
    ReworkLoop,
    available_input,
    completion_refusal,
    first_pass_good,
    order_refusal,
    report_refusal,
    start_refusal,
)
from services.production.domain.wip import (
    by_product_quantity,
    depth_refusal,
    output_refusal,
    ratio,
)

pytestmark = pytest.mark.unit

STARTED, QUEUED, DONE = OperationStatus.STARTED, OperationStatus.QUEUED, OperationStatus.COMPLETED


def ops(*facts: OperationFacts) -> list[OperationFacts]:
    return list(facts)


def test_the_first_operation_receives_the_order_quantity():
    line = ops(OperationFacts(10, STARTED, good=D(30), scrap=D(2)), OperationFacts(20, QUEUED))
    assert available_input(line, 10, D(100)) == D(68)
    assert available_input(line, 20, D(100)) == D(30)


def test_reporting_more_than_the_input_is_refused_with_what_is_left():
    line = ops(OperationFacts(10, STARTED, good=D(30)), OperationFacts(20, STARTED, good=D(25)))
    refusal = report_refusal(line, 20, D(100), Report(good=D(5), scrap=D("0.5")))
    assert refusal is not None and refusal.code == "exceeds_input"
    assert refusal.details["available"] == "5"
    assert report_refusal(line, 20, D(100), Report(good=D(4), scrap=D(1))) is None


def test_rework_comes_back_as_input_of_the_target_and_leaves_the_sender():
    line = ops(
        OperationFacts(10, STARTED, good=D(10), rework_in=D(2), reworkable=True),
        OperationFacts(20, STARTED, good=D(6), rework_out=D(2)),
    )
    assert available_input(line, 10, D(10)) == D(2)
    assert available_input(line, 20, D(10)) == D(2)


def test_rework_goes_only_to_an_earlier_reworkable_operation_or_the_routing_target():
    line = ops(
        OperationFacts(10, DONE, good=D(10), reworkable=False),
        OperationFacts(20, DONE, good=D(10), reworkable=True),
        OperationFacts(30, STARTED, rework_to_seq=10),
    )
    assert report_refusal(line, 30, D(10), Report(rework=D(1), rework_to_seq=20)) is None
    assert report_refusal(line, 30, D(10), Report(rework=D(1), rework_to_seq=10)) is None
    for target in (30, 40, None):
        refusal = report_refusal(line, 30, D(10), Report(rework=D(1), rework_to_seq=target))
        assert refusal is not None and refusal.code == "rework_target_invalid"
    line[2] = OperationFacts(30, STARTED)
    refusal = report_refusal(line, 30, D(10), Report(rework=D(1), rework_to_seq=10))
    assert refusal is not None and refusal.code == "rework_target_invalid"


def test_an_operation_starts_after_the_previous_reported_good_and_completes_after_it():
    line = ops(OperationFacts(10, STARTED), OperationFacts(20, QUEUED))
    assert start_refusal(line, 20).code == "operation_out_of_sequence"
    assert start_refusal(line, 10).code == "operation_already_started"
    line = ops(OperationFacts(10, STARTED, good=D(1)), OperationFacts(20, QUEUED))
    assert start_refusal(line, 20) is None
    line = ops(OperationFacts(10, STARTED, good=D(1)), OperationFacts(20, STARTED))
    assert completion_refusal(line, 20).code == "operation_out_of_sequence"
    assert completion_refusal(line, 10) is None


def test_reports_need_a_started_open_operation_and_something_reported():
    line = ops(OperationFacts(10, QUEUED), OperationFacts(20, DONE))
    assert report_refusal(line, 10, D(5), Report(good=D(1))).code == "operation_not_started"
    assert report_refusal(line, 20, D(5), Report(good=D(1))).code == "operation_completed"
    line = ops(OperationFacts(10, STARTED))
    assert report_refusal(line, 10, D(5), Report()).code == "empty_report"


def test_only_a_released_unblocked_order_takes_floor_records():
    assert order_refusal("planned", False, "MO-1").code == "order_not_released"
    assert order_refusal("completed", False, "MO-1").code == "order_not_released"
    assert order_refusal("released", True, "MO-1").code == "order_blocked"
    assert order_refusal("in_progress", False, "MO-1") is None


def test_first_pass_good_counts_a_reworked_unit_once_at_each_operation_it_passed_again():
    loops = [ReworkLoop(from_seq=30, to_seq=10, quantity=D(2))]
    assert first_pass_good(D(12), 10, loops) == D(10)
    assert first_pass_good(D(12), 20, loops) == D(10)
    assert first_pass_good(D(9), 30, loops) == D(9)


def line(**changes) -> MaterialLine:
    fields = dict(
        line_no=1,
        item_code="FLOUR",
        operation_seq=10,
        issue_policy=IssuePolicy.MANUAL,
        required=D("10.2"),
    )
    return MaterialLine(**{**fields, **changes})


def test_an_issue_draws_on_the_named_line_or_the_first_with_need_left():
    lines = [line(line_no=1, consumed=D("10.2")), line(line_no=2, required=D(3))]
    assert line_for_issue(lines, "FLOUR", 10, None).line_no == 2
    assert line_for_issue(lines, "FLOUR", 10, 1).line_no == 1
    with pytest.raises(RuleBroken) as refused:
        line_for_issue(lines, "SUGAR", 10, None)
    assert refused.value.refusal.code == "item_not_on_bom"
    with pytest.raises(RuleBroken):
        line_for_issue(lines, "FLOUR", 20, None)


def test_issuing_beyond_the_standard_needs_a_reason_and_is_a_variance():
    assert issue_variance(line(consumed=D(10)), D("0.2"), None).variance == 0
    with pytest.raises(RuleBroken) as refused:
        issue_variance(line(consumed=D(10)), D(1), None)
    assert refused.value.refusal.code == "variance_reason_required"
    split = issue_variance(line(consumed=D(10)), D(1), "spillage")
    assert (split.standard, split.variance) == (D("0.2"), D("0.8"))


def test_backflush_consumes_the_standard_for_what_was_made_less_what_was_consumed():
    flour = line(issue_policy=IssuePolicy.BACKFLUSH_OPERATION, required=D(20), consumed=D(4))
    assert backflush_quantity(flour, D(50), D(100)) == D(6)
    assert backflush_quantity(flour, D(10), D(100)) == D(0)
    assert standard_for(flour, D(150), D(100)) == D(20)


def test_a_substitute_line_carries_the_rest_of_its_primary_by_the_ratio():
    primary = line(line_no=1, required=D(4), consumed=D(4), status="substituted")
    substitute = line(
        line_no=2, item_code="RICE", required=D(12), substitutes_line_no=1, ratio=D(2)
    )
    # The primary needed 10 in all: 4 consumed, 6 replaced by 12 of the substitute.
    assert standard_for(substitute, D(100), D(100), primary) == D(12)
    assert standard_for(substitute, D(50), D(100), primary) == D(2)
    assert backflush_quantity(primary, D(100), D(100)) == D(0)


def test_fefo_takes_the_first_expiring_lot_first_and_refuses_short_line_side():
    stock = [
        LineSideLot("L-LATE", D(5), date(2027, 5, 1)),
        LineSideLot("L-NONE", D(5), None),
        LineSideLot("L-SOON", D(3), date(2027, 1, 1)),
    ]
    assert pick_fefo(stock, D(6), "FLOUR") == [("L-SOON", D(3)), ("L-LATE", D(3))]
    assert pick_fefo(stock, D(13), "FLOUR")[-1] == ("L-NONE", D(5))
    with pytest.raises(RuleBroken) as refused:
        pick_fefo(stock, D("13.5"), "FLOUR")
    assert refused.value.refusal.code == "line_side_short"


def test_under_consumption_of_a_manual_line_is_what_the_standard_wanted_more():
    assert under_consumption(line(required=D(10), consumed=D(7)), D(100), D(100)) == D(3)
    assert under_consumption(line(required=D(10), consumed=D(12)), D(100), D(100)) == D(0)


def test_yields_are_exact_to_six_places_and_output_never_exceeds_good():
    assert ratio(D(2), D(3)) == D("0.666667")
    assert ratio(D(1), D(0)) == D(0)
    assert output_refusal(D(5), D(5), D(10)) is None
    assert output_refusal(D(5), D("5.1"), D(10)).code == "exceeds_good"
    assert by_product_quantity(D(50), D(100), D(4)) == D(2)


def test_a_genealogy_depth_is_bounded():
    assert depth_refusal(1) is None and depth_refusal(50) is None
    assert depth_refusal(0).code == "depth_out_of_range"
    assert depth_refusal(10_000).code == "depth_out_of_range"
