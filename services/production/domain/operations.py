"""Operation rules: what an operation may start, report and complete, and where rework may go.

An operation's available input is the previous operation's good output (the order quantity for
the first) plus the rework sent back to it, less what it reported already (good, scrap and
rework sent out). Nothing may be reported beyond it, so every unit of the order is always in
exactly one place: waiting at an operation, good at the last one, or scrapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind

ZERO = Decimal(0)


class OperationStatus(StrEnum):
    QUEUED = "queued"
    STARTED = "started"
    COMPLETED = "completed"


class ReportKind(StrEnum):
    START = "start"
    REPORT = "report"
    COMPLETE = "complete"


# Order statuses in which the floor may record anything.
WORKABLE_ORDER_STATUSES = frozenset({"released", "in_progress"})


@dataclass(frozen=True)
class OperationFacts:
    """One order operation as the rules see it (quantities in the order's unit)."""

    seq: int
    status: OperationStatus
    good: Decimal = ZERO
    scrap: Decimal = ZERO
    rework_out: Decimal = ZERO
    rework_in: Decimal = ZERO
    reworkable: bool = False
    rework_to_seq: int | None = None

    @property
    def reported(self) -> Decimal:
        return self.good + self.scrap + self.rework_out


@dataclass(frozen=True)
class Report:
    """What the floor reports at one operation in one report."""

    good: Decimal = ZERO
    scrap: Decimal = ZERO
    rework: Decimal = ZERO
    rework_to_seq: int | None = None

    @property
    def total(self) -> Decimal:
        return self.good + self.scrap + self.rework


def _index(operations: Sequence[OperationFacts], seq: int) -> int:
    for index, operation in enumerate(operations):
        if operation.seq == seq:
            return index
    raise KeyError(seq)


def received(operations: Sequence[OperationFacts], seq: int, order_quantity: Decimal) -> Decimal:
    """What reached operation `seq` so far: the previous one's good (the order quantity for the
    first) plus the rework sent back to it."""
    index = _index(operations, seq)
    upstream = order_quantity if index == 0 else operations[index - 1].good
    return upstream + operations[index].rework_in


def available_input(
    operations: Sequence[OperationFacts], seq: int, order_quantity: Decimal
) -> Decimal:
    """What operation `seq` may still report (good + scrap + rework)."""
    return received(operations, seq, order_quantity) - operations[_index(operations, seq)].reported


def order_refusal(status: str, blocked: bool, order_number: str) -> Refusal | None:
    """Why nothing may be recorded on the floor for this order now, or None."""
    if status not in WORKABLE_ORDER_STATUSES:
        return Refusal(
            "order_not_released",
            f"order {order_number} is {status}: operations are recorded only on a released "
            "order in progress",
            details={"status": status},
        )
    if blocked:
        return Refusal("order_blocked", f"order {order_number} is blocked; unblock it first")
    return None


def start_refusal(operations: Sequence[OperationFacts], seq: int) -> Refusal | None:
    """An operation starts once; any but the first only when the previous one reported good."""
    index = _index(operations, seq)
    operation = operations[index]
    if operation.status is not OperationStatus.QUEUED:
        return Refusal(
            "operation_already_started", f"operation {seq} is {operation.status.value} already"
        )
    if index > 0:
        previous = operations[index - 1]
        if previous.status is OperationStatus.QUEUED or previous.good <= 0:
            return Refusal(
                "operation_out_of_sequence",
                f"operation {seq} cannot start before operation {previous.seq} has started and "
                "reported good quantity",
                details={"previous_seq": previous.seq},
            )
    return None


def report_refusal(
    operations: Sequence[OperationFacts], seq: int, order_quantity: Decimal, report: Report
) -> Refusal | None:
    """Why `report` cannot be recorded at operation `seq`, or None. Scrap reasons are checked
    by the caller against the work center (work_centers.scrap_reason_refusal)."""
    operation = operations[_index(operations, seq)]
    if operation.status is OperationStatus.QUEUED:
        return Refusal(
            "operation_not_started",
            f"operation {seq} has not started: record its start first",
        )
    if operation.status is OperationStatus.COMPLETED:
        return Refusal("operation_completed", f"operation {seq} is completed already")
    if report.total <= 0:
        return Refusal(
            "empty_report", "a report needs good, scrap or rework above zero", RefusalKind.INVALID
        )
    if (report.rework > 0) != (report.rework_to_seq is not None):
        return Refusal(
            "rework_target_invalid",
            "rework and rework_to_seq go together: name where the rework goes",
            RefusalKind.INVALID,
        )
    if report.rework > 0:
        refusal = rework_target_refusal(operations, seq, report.rework_to_seq)
        if refusal is not None:
            return refusal
    available = available_input(operations, seq, order_quantity)
    if report.total > available:
        return Refusal(
            "exceeds_input",
            f"operation {seq} has {available} left of its input; {report.total} cannot be "
            "reported (good + scrap + rework)",
            details={"available": str(available), "reported": str(report.total)},
        )
    return None


def rework_target_refusal(
    operations: Sequence[OperationFacts], seq: int, target: int | None
) -> Refusal | None:
    """Rework goes back to an earlier reworkable operation, or where the routing says this
    operation's rework goes."""
    operation = operations[_index(operations, seq)]
    if target is not None and target == operation.rework_to_seq:
        return None
    earlier = {o.seq: o for o in operations if o.seq < seq}
    if target not in earlier or not earlier[target].reworkable:
        return Refusal(
            "rework_target_invalid",
            f"operation {seq} cannot send rework to {target}: the target must be an earlier "
            "reworkable operation or the routing's rework operation",
            RefusalKind.INVALID,
            {"rework_to_seq": target},
        )
    return None


def completion_refusal(operations: Sequence[OperationFacts], seq: int) -> Refusal | None:
    """An operation completes once it has started and the previous one is completed."""
    index = _index(operations, seq)
    operation = operations[index]
    if operation.status is OperationStatus.QUEUED:
        return Refusal(
            "operation_not_started", f"operation {seq} has not started: record its start first"
        )
    if operation.status is OperationStatus.COMPLETED:
        return Refusal("operation_completed", f"operation {seq} is completed already")
    if index > 0 and operations[index - 1].status is not OperationStatus.COMPLETED:
        return Refusal(
            "operation_out_of_sequence",
            f"operation {seq} cannot complete before operation {operations[index - 1].seq}",
            details={"previous_seq": operations[index - 1].seq},
        )
    return None


@dataclass(frozen=True)
class ReworkLoop:
    """Quantity sent back from operation `from_seq` to the earlier `to_seq`."""

    from_seq: int
    to_seq: int
    quantity: Decimal


def first_pass_good(good: Decimal, seq: int, loops: Sequence[ReworkLoop]) -> Decimal:
    """Good reported at operation `seq` less the units that passed it again after rework (a
    loop from N back to M passes M .. N-1 once more), so material standards count a unit once."""
    again = sum((loop.quantity for loop in loops if loop.to_seq <= seq < loop.from_seq), ZERO)
    return max(good - again, ZERO)
