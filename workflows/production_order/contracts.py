"""What the production order process takes, holds, passes between its steps and returns, and
the operator Updates it answers.

Business key: the order number; the workflow id is `production-order-<number>`.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from workflows.substitution.contracts import ApprovalDeadlines, Person

WORKFLOW_NAME = "ProductionOrder"

# The operator's Updates (the production service's gateway sends them, the request id as the
# Update id), the signal a substitution workflow sends when it is settled, and the query of
# the order as the workflow holds it.
START_OPERATION = "operation.start"
REPORT_OPERATION = "operation.report"
COMPLETE_OPERATION = "operation.complete"
SUBSTITUTION_SETTLED = "substitution.settled"
ORDER_QUERY = "order"

# Activity names, shared by the workflow and the activities.
READ_ORDER = "production_order.read_order"
FIND_SUBSTITUTE = "production_order.find_substitute"
RECORD_OPERATION_START = "production_order.record_operation_start"
RECORD_OPERATION_REPORT = "production_order.record_operation_report"
RECORD_OPERATION_COMPLETION = "production_order.record_operation_completion"
BACKFLUSH = "production_order.backflush"
PRODUCE_OUTPUT = "production_order.produce_output"
COMPLETE_ORDER = "production_order.complete_order"
BLOCK_ORDER = "production_order.block_order"
UNBLOCK_ORDER = "production_order.unblock_order"

# Who resolves an order whose workflow cannot go on: retry the step, or abandon the workflow.
PLANNERS = "production_planner"

# Order statuses in production; the issue policies of material lines.
RELEASED, IN_PROGRESS = "released", "in_progress"
BACKFLUSH_OPERATION, BACKFLUSH_ORDER = "backflush_operation", "backflush_order"
QUEUED, STARTED, COMPLETED = "queued", "started", "completed"
SHORT = "short"
QUARANTINE = "QUARANTINE"


class Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class OperationCommand(Contract):
    request_id: str
    order_number: str
    operation_seq: int
    # Who sent the Update, as the production service authenticated them: the report is
    # recorded in their name, in the roles their own token held.
    operator: Person


class StartOperation(OperationCommand):
    pass


class ReportOperation(OperationCommand):
    good: Decimal = Decimal(0)
    scrap: Decimal = Decimal(0)
    scrap_reason_code: str = ""
    rework: Decimal = Decimal(0)
    rework_to_seq: int = 0
    note: str = ""


class CompleteOperation(OperationCommand):
    pass


class OperationState(Contract):
    """One operation of the order with what was reported against it so far."""

    seq: int
    code: str = ""
    work_center_code: str
    status: Literal["queued", "started", "completed"] = QUEUED
    reworkable: bool = False
    rework_to_seq: int = 0  # the routing's rework target of this operation; 0: none
    good: Decimal = Decimal(0)
    scrap: Decimal = Decimal(0)
    rework_out: Decimal = Decimal(0)
    rework_in: Decimal = Decimal(0)
    started_by: str = ""


class MaterialLine(Contract):
    line_no: int
    item_code: str
    uom: str
    required: Decimal
    operation_seq: int
    issue_policy: str
    status: str
    staged: Decimal = Decimal(0)
    consumed: Decimal = Decimal(0)
    substitutes_line_no: int = 0


class OrderSnapshot(Contract):
    """The order as production records it, and the active scrap reasons of its work centers
    when the workflow read it (what the report validator accepts)."""

    number: str
    item_code: str
    quantity: Decimal
    uom: str
    status: str
    blocked: bool = False
    blocked_reason: str = ""
    output_lot_code: str = ""
    output_location_code: str = ""
    released_by: str = ""
    operations: tuple[OperationState, ...] = ()
    materials: tuple[MaterialLine, ...] = ()
    scrap_reasons: dict[str, tuple[str, ...]] = {}


class OperatorReport(Contract):
    """What an operator Update answers: the operation as the workflow now holds it."""

    order_number: str
    operation_seq: int
    status: str
    available_input: Decimal
    good_quantity: Decimal
    scrap_quantity: Decimal
    rework_out_quantity: Decimal
    reported_by: str


class SubstituteSearch(Contract):
    order_number: str
    line_no: int
    tried: tuple[str, ...] = ()  # substitutes already taken to approval for this line


class SubstituteFound(Contract):
    """The first approved alternate of the line, valid today, with enough issuable stock;
    empty when none is."""

    substitute_item_code: str = ""
    ratio: Decimal = Decimal(0)
    quantity: Decimal = Decimal(0)
    why_none: str = ""


class BackflushStep(Contract):
    order_number: str
    operation_seq: int  # 0: the order-level lines
    policy: str


class OutputStep(Contract):
    order_number: str
    quantity: Decimal
    uom: str


class ProducedOutput(Contract):
    lot_code: str
    item_code: str
    quantity: Decimal
    uom: str
    location_code: str
    status: str  # AVAILABLE, or QUARANTINE when quality inspects the item finally


class BlockStep(Contract):
    order_number: str
    reason: str
    attempt: int = 1
    step: str = ""  # the element of the step that could not go on; empty: not a failure


class Deadlines(Contract):
    """The final inspection's tasks, as inbound's (the inbound steps read these names)."""

    inspection_due_in: timedelta = timedelta(hours=8)
    inspection_remind_after: timedelta = timedelta(hours=4)
    inspection_escalate_after: timedelta = timedelta(hours=8)
    release_due_in: timedelta = timedelta(hours=4)


class ProduceOrder(Contract):
    order_number: str
    deadlines: Deadlines = Deadlines()
    # The SLA of a substitution the workflow asks approval for when staging left a line short.
    approval: ApprovalDeadlines = ApprovalDeadlines()
    # 1, then 2 once the planners retried the order after a failed step, ...
    attempt: int = 1
    # Substitutes already taken to approval for a short line ("<line>:<item>"), kept across
    # a retry so a rejected one is not asked for again.
    tried_substitutes: tuple[str, ...] = ()


class OrderProduced(Contract):
    order_number: str
    output_lot_code: str
    output_quantity: Decimal
    output_status: str  # the output's stock status once the order completed
    inspection_id: str = ""
    decision: str = ""  # the final inspection's decision, when there was one
    status: str = COMPLETED


class OrderAbandoned(Contract):
    order_number: str
    failed_step: str
    reason: str
    abandoned_by: str
    why: str = ""


def workflow_id_for(order_number: str) -> str:
    """One workflow per order, so starting it twice finds the first run."""
    return f"production-order-{order_number}"
