"""What the inbound receipt process takes, passes between its steps and returns.

Business key: the receipt id in receiving; the workflow id is `inbound:<receipt id>`.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

WORKFLOW_NAME = "InboundReceipt"

# Activity names, shared by the workflow and the activities.
READ_RECEIPT = "inbound.read_receipt"
RECEIVE_INTO_QUARANTINE = "inbound.receive_into_quarantine"
CHECK_INSPECTION_REQUIREMENT = "inbound.check_inspection_requirement"
OPEN_INSPECTION = "inbound.open_inspection"
RECORD_INSPECTION = "inbound.record_inspection"
DECIDE_LOT = "inbound.decide_lot"
SETTLE_STOCK = "inbound.settle_stock"
PUT_AWAY_BY_RULE = "inbound.put_away_by_rule"
RECORD_RECEIPT_OUTCOME = "inbound.record_receipt_outcome"
MARK_RECEIPT_FAILED = "inbound.mark_receipt_failed"
REOPEN_RECEIPT = "inbound.reopen_receipt"

# Groups (roles) the human tasks go to.
INSPECTORS = "quality_inspector"
APPROVERS = "quality_approver"
SUPERVISORS = "quality_supervisor"
# Who resolves a receipt whose workflow cannot go on: retry it or abandon it.
RECEIVING_SUPERVISORS = "receiving_supervisor"


class Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Deadlines(Contract):
    """The inspection task's SLA: reminder, escalation to supervisors; release task's due."""

    inspection_due_in: timedelta = timedelta(hours=8)
    inspection_remind_after: timedelta = timedelta(hours=4)
    inspection_escalate_after: timedelta = timedelta(hours=8)
    release_due_in: timedelta = timedelta(hours=4)


class InboundReceipt(Contract):
    receipt_id: str
    deadlines: Deadlines = Deadlines()
    # 1, then 2 once the receiving supervisors retried the receipt after a failed step, ...
    attempt: int = 1


class RecordedReceipt(Contract):
    """The receipt as receiving recorded it."""

    receipt_id: str
    lot_code: str
    item_code: str
    supplier_code: str
    supplier_lot: str
    quantity: Decimal
    unit: str
    receiving_location: str  # the dock; empty when receiving names none
    production_date: str = ""
    expiry_date: str = ""
    tlc_source: str = ""
    # Why the goods were taken in only to go back to the supplier; empty: they were not.
    return_reason: str = ""


class QuarantineStep(Contract):
    receipt: RecordedReceipt
    dock: str
    # REJECTED for goods accepted only for return to the supplier.
    status: str = "QUARANTINE"


class ReceivedLot(Contract):
    """The receipt as the warehouse now holds it: in QUARANTINE at the receipt's dock (REJECTED
    when accepted only for return)."""

    receipt_id: str
    lot_code: str
    item_code: str
    supplier_code: str
    quantity: Decimal
    unit: str
    dock: str
    movement_id: str
    return_reason: str = ""  # set: received REJECTED, only to go back to the supplier


class InspectionNeed(Contract):
    outcome: Literal["not_required", "skipped", "required"]
    reason: str = ""
    plan_id: str = ""
    plan_version: int = 0


class PlannedCheck(Contract):
    """One characteristic of the inspection's plan, as the inspector's form shows it."""

    name: str
    kind: Literal["numeric", "attribute"]
    lower_limit: str = ""  # decimal strings; empty: no limit on that side
    upper_limit: str = ""
    unit: str = ""  # Rec 20 code of a numeric characteristic's value


class OpenedInspection(Contract):
    id: str
    characteristics: list[str]
    sample_size: int
    checks: list[PlannedCheck] = []


class ResultEntry(Contract):
    characteristic: str
    value: Decimal | None = None  # numeric characteristics
    passed: bool | None = None  # attribute characteristics


class RecordInspectionStep(Contract):
    round: int  # 1, then 2 after the inspector gave results quality refused, ...
    inspection_id: str
    inspector: str
    results: list[ResultEntry]
    comment: str = ""
    inspector_roles: tuple[str, ...] = ()  # what the inspector's own token holds


class CompletedInspection(Contract):
    id: str
    result: Literal["pass", "fail"]
    inspectors: list[str]


Decision = Literal["release", "reject", "partial"]


class DecideLotStep(Contract):
    round: int  # 1, then 2 after quality refused the approver's first decision, ...
    inspection_id: str
    approver: str
    decision: Decision
    accepted_quantity: Decimal
    rejected_quantity: Decimal
    reason: str = ""
    override_failed_result: bool = False
    approver_roles: tuple[str, ...] = ()  # what the approver's own token holds


class LotDecided(Contract):
    decision: Decision
    nonconformance_id: str = ""


class StatusChange(Contract):
    from_status: str
    to_status: str
    quantity: Decimal
    reason_code: str


class SettleStockStep(Contract):
    """The status changes of the receipt's stock at its dock, in order."""

    lot: ReceivedLot
    changes: list[StatusChange]
    reference_type: str
    reference_number: str  # the inspection id, or the receipt id when nothing was inspected


class PutAwayStep(Contract):
    lot: ReceivedLot
    quantity: Decimal


class PutAway(Contract):
    location_code: str  # empty: no rule had a bin for it, the stock stays at the dock
    why: str = ""  # the rule that chose the bin, or why none did


class ReceiptOutcomeStep(Contract):
    receipt_id: str
    accepted_quantity: Decimal
    rejected_quantity: Decimal
    reason: str = ""
    inspection_reference: str = ""


class ReceiptFailureStep(Contract):
    receipt_id: str
    attempt: int
    step: str  # the BPMN element id of the step that could not go on
    reason: str


class ReopenReceiptStep(Contract):
    receipt_id: str
    attempt: int


class InboundAbandoned(Contract):
    """The receipt failed and the receiving supervisors gave it up."""

    receipt_id: str
    failed_step: str
    reason: str
    abandoned_by: str
    why: str = ""


class InboundSettled(Contract):
    receipt_id: str
    lot_code: str
    item_code: str
    inspection: Literal["not_required", "skipped", "inspected"]
    inspection_id: str = ""
    result: str = ""
    decision: Decision
    accepted_quantity: Decimal
    rejected_quantity: Decimal
    inspected_by: list[str] = []
    decided_by: str = ""
    putaway_location: str = ""
    nonconformance_id: str = ""
    receipt_status: str


def workflow_id_for(receipt_id: str) -> str:
    """One inbound workflow per receipt, so starting it twice finds the first run."""
    return f"inbound:{receipt_id}"
