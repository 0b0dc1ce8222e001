"""The production order process's own rules, applied to the order as the workflow holds it:
which operator report it refuses before anything enters history, what input an operation has
left, which lines are short and which backflush when. Pure: the workflow applies them, and the
production service checks its own rules again when the report is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from workflows.production_order.contracts import (
        BACKFLUSH_OPERATION,
        BACKFLUSH_ORDER,
        COMPLETED,
        IN_PROGRESS,
        QUEUED,
        RELEASED,
        SHORT,
        STARTED,
        CompleteOperation,
        MaterialLine,
        OperationState,
        OrderSnapshot,
        ReportOperation,
        StartOperation,
    )

# The kinds a refusal is mapped by at the production service's door (as the inbox's are).
NOT_FOUND, INVALID, INVALID_STATE, FORBIDDEN = "not_found", "invalid", "invalid_state", "forbidden"


@dataclass(frozen=True)
class Refusal:
    code: str
    message: str
    kind: str = INVALID_STATE


def operation(order: OrderSnapshot, seq: int) -> OperationState | None:
    return next((op for op in order.operations if op.seq == seq), None)


def previous(order: OrderSnapshot, seq: int) -> OperationState | None:
    earlier = [op for op in order.operations if op.seq < seq]
    return max(earlier, key=lambda op: op.seq) if earlier else None


def available_input(order: OrderSnapshot, seq: int) -> Decimal:
    """The previous operation's good (the first's: the order quantity) plus rework sent back
    to this one, less what it reported as good, scrap or rework."""
    op = operation(order, seq)
    if op is None:
        return Decimal(0)
    before = previous(order, seq)
    received = order.quantity if before is None else before.good
    return received + op.rework_in - (op.good + op.scrap + op.rework_out)


def _order_refusal(order: OrderSnapshot, seq: int, accepting: bool) -> Refusal | None:
    if order.status not in (RELEASED, IN_PROGRESS):
        return Refusal("order_not_released", f"order {order.number} is {order.status}")
    if order.blocked:
        reason = f": {order.blocked_reason}" if order.blocked_reason else ""
        return Refusal("order_blocked", f"order {order.number} is blocked{reason}")
    if not accepting:
        return Refusal(
            "order_finished", f"order {order.number} takes no operator reports at this point"
        )
    if operation(order, seq) is None:
        return Refusal(
            "operation_not_found", f"order {order.number} has no operation {seq}", NOT_FOUND
        )
    return None


def start_refusal(
    order: OrderSnapshot, command: StartOperation, *, accepting: bool = True
) -> Refusal | None:
    refusal = _order_refusal(order, command.operation_seq, accepting)
    if refusal is not None:
        return refusal
    op = operation(order, command.operation_seq)
    assert op is not None
    if op.status != QUEUED:
        return Refusal("operation_already_started", f"operation {op.seq} is {op.status} already")
    before = previous(order, op.seq)
    if before is not None and (before.status == QUEUED or before.good <= 0):
        return Refusal(
            "operation_out_of_sequence",
            f"operation {op.seq} starts once operation {before.seq} has started and reported "
            "good quantity",
        )
    return None


def report_refusal(
    order: OrderSnapshot, command: ReportOperation, *, accepting: bool = True
) -> Refusal | None:
    refusal = _order_refusal(order, command.operation_seq, accepting)
    if refusal is not None:
        return refusal
    op = operation(order, command.operation_seq)
    assert op is not None
    quantities = (command.good, command.scrap, command.rework)
    if op.status == QUEUED:
        return Refusal("operation_not_started", f"operation {op.seq} has not started")
    if op.status == COMPLETED:
        return Refusal("operation_completed", f"operation {op.seq} is completed already")
    if any(q < 0 for q in quantities) or not any(quantities):
        return Refusal("empty_report", "a report needs good, scrap or rework above zero", INVALID)
    if command.scrap and not command.scrap_reason_code:
        return Refusal("scrap_reason_required", "scrap needs a reason code", INVALID)
    if command.scrap:
        active = order.scrap_reasons.get(op.work_center_code, ())
        if command.scrap_reason_code not in active:
            return Refusal(
                "scrap_reason_unknown",
                f"{command.scrap_reason_code} is not an active scrap reason at work center "
                f"{op.work_center_code}",
                INVALID,
            )
    if bool(command.rework) != bool(command.rework_to_seq) or (
        command.rework and not rework_target_valid(order, op, command.rework_to_seq)
    ):
        return Refusal(
            "rework_target_invalid",
            f"rework from operation {op.seq} goes to an earlier reworkable operation or to the "
            "routing's rework operation",
            INVALID,
        )
    available = available_input(order, op.seq)
    if sum(quantities, Decimal(0)) > available:
        return Refusal(
            "exceeds_input",
            f"operation {op.seq} has {available} {order.uom} of input left; the report "
            f"accounts for {sum(quantities, Decimal(0))}",
        )
    return None


def rework_target_valid(order: OrderSnapshot, op: OperationState, target_seq: int) -> bool:
    if target_seq and target_seq == op.rework_to_seq:
        return operation(order, target_seq) is not None
    target = operation(order, target_seq)
    return target is not None and target.seq < op.seq and target.reworkable


def completion_refusal(
    order: OrderSnapshot, command: CompleteOperation, *, accepting: bool = True
) -> Refusal | None:
    refusal = _order_refusal(order, command.operation_seq, accepting)
    if refusal is not None:
        return refusal
    op = operation(order, command.operation_seq)
    assert op is not None
    if op.status == COMPLETED:
        return Refusal("operation_completed", f"operation {op.seq} is completed already")
    if op.status != STARTED:
        return Refusal("operation_not_started", f"operation {op.seq} has not started")
    before = previous(order, op.seq)
    if before is not None and before.status != COMPLETED:
        return Refusal(
            "operation_out_of_sequence",
            f"operation {op.seq} completes once operation {before.seq} has completed",
        )
    return None


def with_operation(order: OrderSnapshot, changed: OperationState) -> OrderSnapshot:
    """The order with one operation as production now records it."""
    operations = tuple(changed if op.seq == changed.seq else op for op in order.operations)
    status = IN_PROGRESS if order.status == RELEASED and changed.status != QUEUED else order.status
    return order.model_copy(update={"operations": operations, "status": status})


def with_report(order: OrderSnapshot, command: ReportOperation) -> OrderSnapshot:
    """The order as the report leaves it: good, scrap and rework on the operation, rework
    sent back to its target."""
    op = operation(order, command.operation_seq)
    assert op is not None
    order = with_operation(
        order,
        op.model_copy(
            update={
                "good": op.good + command.good,
                "scrap": op.scrap + command.scrap,
                "rework_out": op.rework_out + command.rework,
            }
        ),
    )
    if command.rework:
        target = operation(order, command.rework_to_seq)
        assert target is not None
        order = with_operation(
            order, target.model_copy(update={"rework_in": target.rework_in + command.rework})
        )
    return order


def short_lines(order: OrderSnapshot) -> list[MaterialLine]:
    return [line for line in order.materials if line.status == SHORT]


def backflush_due(order: OrderSnapshot, seq: int) -> bool:
    """Whether material backflushes at this point: the lines of the operation with policy
    backflush_operation, or (seq 0) the order's backflush_order lines."""
    if seq == 0:
        return any(line.issue_policy == BACKFLUSH_ORDER for line in order.materials)
    return any(
        line.issue_policy == BACKFLUSH_OPERATION and line.operation_seq == seq
        for line in order.materials
    )


def output_quantity(order: OrderSnapshot) -> Decimal:
    """The good quantity of the last operation: what the order produced."""
    if not order.operations:
        return Decimal(0)
    return max(order.operations, key=lambda op: op.seq).good


def tried_for(tried: tuple[str, ...], line_no: int) -> tuple[str, ...]:
    """The substitutes already taken to approval for a line, of those kept as "<line>:<item>"."""
    prefix = f"{line_no}:"
    return tuple(entry.removeprefix(prefix) for entry in tried if entry.startswith(prefix))
