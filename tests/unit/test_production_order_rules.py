"""The production order workflow's own rules: what an operator report is refused for before it
enters the workflow's history, and how a report changes the order the workflow holds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workflows.production_order import rules
from workflows.production_order.contracts import (
    CompleteOperation,
    MaterialLine,
    OperationState,
    OrderSnapshot,
    ReportOperation,
    StartOperation,
)
from workflows.substitution.contracts import Person

pytestmark = pytest.mark.unit

ANA = Person(user="ana", roles=("production",))


def order(*operations: OperationState, **changes) -> OrderSnapshot:
    return OrderSnapshot(
        number="MO-1",
        item_code="BREAD",
        quantity=Decimal(100),
        uom="H87",
        status=changes.pop("status", "released"),
        operations=operations
        or (
            OperationState(seq=10, work_center_code="MIX", reworkable=True),
            OperationState(seq=20, work_center_code="BAKE", rework_to_seq=10),
        ),
        scrap_reasons={"MIX": ("SPILL",), "BAKE": ("BURNT",)},
        **changes,
    )


def start(seq: int) -> StartOperation:
    return StartOperation(request_id="r", order_number="MO-1", operation_seq=seq, operator=ANA)


def report(seq: int, **quantities) -> ReportOperation:
    return ReportOperation(
        request_id="r", order_number="MO-1", operation_seq=seq, operator=ANA, **quantities
    )


def complete(seq: int) -> CompleteOperation:
    return CompleteOperation(request_id="r", order_number="MO-1", operation_seq=seq, operator=ANA)


def code(refusal: rules.Refusal | None) -> str | None:
    return refusal.code if refusal else None


def started(o: OrderSnapshot, seq: int) -> OrderSnapshot:
    op = rules.operation(o, seq)
    return rules.with_operation(o, op.model_copy(update={"status": "started"}))


def test_the_first_operation_starts_on_a_released_order_and_puts_it_in_progress():
    o = order()
    assert rules.start_refusal(o, start(10)) is None
    assert started(o, 10).status == "in_progress"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"status": "planned"}, "order_not_released"),
        ({"status": "completed"}, "order_not_released"),
        ({"blocked": True, "blocked_reason": "shortage"}, "order_blocked"),
    ],
)
def test_no_report_is_taken_on_an_order_not_released_or_blocked(changes, expected):
    assert code(rules.start_refusal(order(**changes), start(10))) == expected
    assert code(rules.report_refusal(order(**changes), report(10, good=Decimal(1)))) == expected


def test_an_order_past_its_operations_takes_no_more_reports():
    assert code(rules.start_refusal(order(), start(10), accepting=False)) == "order_finished"


def test_an_unknown_operation_is_not_found():
    refusal = rules.start_refusal(order(), start(30))
    assert (refusal.code, refusal.kind) == ("operation_not_found", rules.NOT_FOUND)


def test_an_operation_starts_once_and_only_after_the_previous_reported_good():
    o = order()
    assert code(rules.start_refusal(o, start(20))) == "operation_out_of_sequence"
    o = started(o, 10)
    assert code(rules.start_refusal(o, start(10))) == "operation_already_started"
    assert code(rules.start_refusal(o, start(20))) == "operation_out_of_sequence"
    o = rules.with_report(o, report(10, good=Decimal(5)))
    assert rules.start_refusal(o, start(20)) is None


def test_a_report_may_not_exceed_the_input_left():
    o = started(order(), 10)
    assert code(rules.report_refusal(o, report(10, good=Decimal("100.5")))) == "exceeds_input"
    o = rules.with_report(o, report(10, good=Decimal(60)))
    assert rules.available_input(o, 10) == Decimal(40)
    assert code(rules.report_refusal(o, report(10, good=Decimal(41)))) == "exceeds_input"
    o = started(o, 20)
    assert rules.available_input(o, 20) == Decimal(60)
    assert code(rules.report_refusal(o, report(20, good=Decimal(61)))) == "exceeds_input"


def test_scrap_needs_a_reason_active_at_the_operations_work_center():
    o = started(order(), 10)
    assert code(rules.report_refusal(o, report(10, scrap=Decimal(1)))) == "scrap_reason_required"
    unknown = report(10, scrap=Decimal(1), scrap_reason_code="BURNT")  # BAKE's, not MIX's
    assert code(rules.report_refusal(o, unknown)) == "scrap_reason_unknown"
    assert rules.report_refusal(o, report(10, scrap=Decimal(1), scrap_reason_code="SPILL")) is None


def test_an_empty_report_is_refused():
    o = started(order(), 10)
    assert code(rules.report_refusal(o, report(10))) == "empty_report"
    assert code(rules.report_refusal(o, report(10, good=Decimal(-1)))) == "empty_report"


def test_rework_goes_back_to_an_earlier_reworkable_operation_and_is_input_there_again():
    o = started(order(), 10)
    o = started(rules.with_report(o, report(10, good=Decimal(50))), 20)
    assert code(rules.report_refusal(o, report(20, rework=Decimal(5)))) == "rework_target_invalid"
    assert (
        code(rules.report_refusal(o, report(20, rework=Decimal(5), rework_to_seq=20)))
        == "rework_target_invalid"
    )
    o = rules.with_report(o, report(20, good=Decimal(40), rework=Decimal(5), rework_to_seq=10))
    assert rules.available_input(o, 10) == Decimal(55)  # 100 - 50 + 5 back
    assert rules.available_input(o, 20) == Decimal(5)


def test_an_operation_completes_after_it_started_and_the_previous_completed():
    o = order()
    assert code(rules.completion_refusal(o, complete(10))) == "operation_not_started"
    o = started(rules.with_report(started(o, 10), report(10, good=Decimal(100))), 20)
    assert code(rules.completion_refusal(o, complete(20))) == "operation_out_of_sequence"
    assert rules.completion_refusal(o, complete(10)) is None
    done = rules.with_operation(
        o, rules.operation(o, 10).model_copy(update={"status": "completed"})
    )
    assert code(rules.completion_refusal(done, complete(10))) == "operation_completed"
    assert code(rules.report_refusal(done, report(10, good=Decimal(0.5)))) == "operation_completed"
    assert rules.completion_refusal(done, complete(20)) is None


def line(no: int, policy: str, seq: int, status: str = "staged") -> MaterialLine:
    return MaterialLine(
        line_no=no,
        item_code=f"I{no}",
        uom="KGM",
        required=Decimal(1),
        operation_seq=seq,
        issue_policy=policy,
        status=status,
    )


def test_backflush_falls_due_by_policy_and_short_lines_are_found():
    o = order(
        materials=(
            line(1, "backflush_operation", 10),
            line(2, "backflush_order", 20),
            line(3, "manual", 20, status="short"),
        )
    )
    assert [rules.backflush_due(o, seq) for seq in (10, 20, 0)] == [True, False, True]
    assert [m.line_no for m in rules.short_lines(o)] == [3]


def test_the_output_is_the_last_operations_good_and_tried_substitutes_are_kept_per_line():
    o = rules.with_report(started(order(), 10), report(10, good=Decimal(100)))
    o = rules.with_report(
        started(o, 20), report(20, good=Decimal(97), scrap=Decimal(3), scrap_reason_code="BURNT")
    )
    assert rules.output_quantity(o) == Decimal(97)
    assert rules.tried_for(("1:RYE", "2:OAT", "1:SPELT"), 1) == ("RYE", "SPELT")
