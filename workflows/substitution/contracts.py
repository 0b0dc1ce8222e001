"""What the substitution approval process takes, passes between its steps and returns.

Started by the production service for a planner's or operator's RequestSubstitution (workflow
id `substitution-<order>-<request id>`), or by an order's workflow as a child when staging left
a line short and an approved alternate has the stock. Business key of its task: the order.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

WORKFLOW_NAME = "Substitution"

# Activity names, shared by the workflow and the activities.
CHECK_SUBSTITUTE = "substitution.check_substitute"
OPEN_SUBSTITUTION = "substitution.open_substitution"
DECIDE_SUBSTITUTION = "substitution.decide_substitution"
RECORD_SUBSTITUTION = "substitution.record_substitution"
BLOCK_ORDER = "substitution.block_order"

# Who approves a substitution (any one of them, never the requester), and who is told when
# the approval is overdue.
PLANNER_ROLE = "production_planner"
APPROVER_GROUPS = (PLANNER_ROLE, "quality_approver")
SUPERVISORS = "production_supervisor"

Outcome = Literal["recorded", "rejected", "expired", "refused"]


class Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Person(Contract):
    """Someone the production service (or the inbox) authenticated: a step done for them runs
    in their name, in the roles their own token held."""

    user: str
    roles: tuple[str, ...] = ()


class ApprovalDeadlines(Contract):
    """The approval task's SLA: a reminder, escalation to the supervisors, and the time after
    which the request lapses and the order stays blocked."""

    remind_after: timedelta = timedelta(hours=2)
    escalate_after: timedelta = timedelta(hours=4)
    expires_after: timedelta = timedelta(hours=24)


class RequestSubstitution(Contract):
    request_id: str
    order_number: str
    line_no: int
    substitute_item_code: str
    reason: str
    requester: Person
    deadlines: ApprovalDeadlines = ApprovalDeadlines()
    # Signal the order's workflow once settled; off when that workflow started this one as
    # its child and takes the result itself.
    notify_order: bool = True


class SubstituteCheck(Contract):
    order_number: str
    line_no: int
    substitute_item_code: str


class CheckedSubstitute(Contract):
    """CheckSubstitute's answer: an approved alternate of the line, valid today, the quantity
    it takes (remaining need x ratio) and whether the site's issuable stock covers it."""

    ratio: Decimal = Decimal(0)
    quantity: Decimal = Decimal(0)
    issuable: Decimal = Decimal(0)
    sufficient: bool = False
    refusal: str = ""  # "code: message" when production refused the substitute


class OpenStep(Contract):
    request: RequestSubstitution


class DecideStep(Contract):
    round: int  # 1, then 2 after production refused the first decision, ...
    substitution_id: str
    approver: Person
    approve: bool
    reason: str = ""


class RecordStep(Contract):
    substitution_id: str


class BlockStep(Contract):
    order_number: str
    reason: str
    why: str  # which end blocked it: rejected, expired, unrecorded


class SubstitutionSettled(Contract):
    order_number: str
    line_no: int
    substitute_item_code: str
    outcome: Outcome
    substitution_id: str = ""
    decided_by: str = ""
    reason: str = ""


def workflow_id_for(order_number: str, request_id: str) -> str:
    """One workflow per request, so a retried request finds the first."""
    return f"substitution-{order_number}-{request_id}"
