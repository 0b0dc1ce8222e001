"""What a workflow asks of a person, what comes back, and what the inbox's projection records.

Shared by the workflow side (the HumanTasks mixin), the projection activities and the inbox.
Every message is one Pydantic model, so fields can be added without breaking running histories.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from workflows.tasks import forms

# Update and query names the mixin registers on every workflow that uses it.
CLAIM_TASK = "human_task.claim"
UNCLAIM_TASK = "human_task.unclaim"
COMPLETE_TASK = "human_task.complete"
HUMAN_TASKS_QUERY = "human_tasks"
# A task whose details carry this key is an exception task: its workflow could not go on at
# that step and waits for people to resolve it (the inbox lists it among failed workflows).
FAILED_STEP_DETAIL = "failed_step"
# The activity that keeps the inbox's projection.
RECORD_TASK_EVENT = "human_task.record_event"

OutcomeName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
Group = Annotated[str, StringConstraints(min_length=1, max_length=100)]
User = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TaskState(StrEnum):
    OPEN = "open"  # waiting in its candidate groups' queue
    CLAIMED = "claimed"  # held by one person (claimed, or assigned when opened)
    COMPLETED = "completed"
    CANCELLED = "cancelled"  # the workflow stopped waiting for it


ACTIVE_STATES = frozenset({TaskState.OPEN, TaskState.CLAIMED})


class EventKind(StrEnum):
    OPENED = "opened"
    CLAIMED = "claimed"
    UNCLAIMED = "unclaimed"
    REMINDED = "reminded"
    ESCALATED = "escalated"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Outcome(Contract):
    """One way to complete a task, and the form of what it takes: a reason when it is a
    rejection, and variables that fit `variables_schema` (see workflows.tasks.forms)."""

    name: OutcomeName = Field(description="What the completion sends as `outcome`.")
    title: str = Field(default="", description="How a form names the outcome.")
    description: str = Field(default="", description="What choosing it does, and its rules.")
    requires_reason: bool = Field(
        default=False, description="A rejection-type outcome: the person must say why."
    )
    variables_schema: dict[str, Any] = Field(
        default_factory=lambda: {"type": "object"},
        description="JSON Schema (2020-12) of the completion's `variables` with this outcome: "
        "types, required fields, allowed values, bounds; a completion that does not fit is "
        "refused (422 variables_missing or variables_invalid, naming the field). A field of "
        "format `decimal` takes a number or a decimal string; `x-` keywords are annotations.",
    )

    @field_validator("variables_schema")
    @classmethod
    def _checkable(cls, schema: dict[str, Any]) -> dict[str, Any]:
        if schema.get("type") != "object":
            raise ValueError("an outcome's variables_schema describes an object")
        unsupported = forms.unsupported_keywords(schema)
        if unsupported:
            raise ValueError(f"variables_schema keywords not checked: {sorted(set(unsupported))}")
        return schema


APPROVE = Outcome(name="approve", title="Approve")
REJECT = Outcome(name="reject", title="Reject", requires_reason=True)
RELEASE = Outcome(name="release", title="Release")
PARTIAL = Outcome(
    name="partial",
    title="Release part",
    description="Release part of the quantity and reject the rest.",
    requires_reason=True,
    variables_schema=forms.object_form(
        "Partial release",
        "The quantity released; the rest is rejected.",
        {
            "released_quantity": forms.decimal_field(
                "Released quantity", "How much is released.", exclusiveMinimum=0
            )
        },
        required=("released_quantity",),
        closed=False,
    ),
)
APPROVE_OR_REJECT = (APPROVE, REJECT)
RELEASE_REJECT_OR_PARTIAL = (RELEASE, REJECT, PARTIAL)


class Exclusion(Contract):
    """Segregation of duties: this user may not complete (or claim) the task, whatever roles
    they hold, e.g. the inspector of a lot for its release."""

    user: User
    why: Text


class HumanTask(Contract):
    """What a workflow opens: a task for the people of some groups, with deadlines."""

    name: Text
    element_id: Text  # the BPMN user task's id
    business_key: Text  # what the task is about, e.g. a lot code or an order number
    candidate_groups: tuple[Group, ...] = Field(min_length=1)
    assignee: User | None = None  # opened as already claimed by this person
    priority: int = Field(default=50, ge=0, le=100)  # higher first
    due_in: timedelta | None = None
    outcomes: tuple[Outcome, ...] = Field(min_length=1)
    excluded: tuple[Exclusion, ...] = ()
    details: dict[str, Any] = Field(default_factory=dict)  # what the person needs to decide
    remind_after: timedelta | None = None
    escalate_after: timedelta | None = None
    escalate_to: tuple[Group, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> HumanTask:
        names = [outcome.name for outcome in self.outcomes]
        if len(set(names)) != len(names):
            raise ValueError(f"outcome names must be unique: {names}")
        if self.assignee is not None and self.assignee in {e.user for e in self.excluded}:
            raise ValueError(f"{self.assignee} may not act on this task, so cannot be assigned it")
        if (self.escalate_after is None) != (not self.escalate_to):
            raise ValueError("escalate_after and escalate_to go together")
        for delay in (self.due_in, self.remind_after, self.escalate_after):
            if delay is not None and delay <= timedelta(0):
                raise ValueError("due_in, remind_after and escalate_after must be positive")
        return self


class Actor(Contract):
    """The person calling the inbox, as its bearer token says (the inbox authenticates)."""

    user: User
    roles: tuple[str, ...] = ()


class TaskRequest(Contract):
    task_id: str
    actor: Actor
    # Digest of the inbox request, echoed in the result: a request id reused for different
    # content gets the first result back from Temporal, and the inbox refuses that.
    fingerprint: str = ""


class ClaimTask(TaskRequest):
    pass


class UnclaimTask(TaskRequest):
    pass


class CompleteTask(TaskRequest):
    outcome: str
    reason: str | None = None
    variables: dict[str, Any] = Field(default_factory=dict)


class TaskCompletion(Contract):
    """What the workflow gets back: the decision, why, its data, who and when."""

    task_id: str
    outcome: str
    reason: str | None
    variables: dict[str, Any]
    completed_by: str
    completed_at: datetime
    request_id: str
    # The roles of the person's own token, as the inbox authenticated it: the most a worker may
    # act in for them. Candidate groups decide who may complete a task, never these.
    completed_roles: tuple[str, ...] = ()


class TaskSnapshot(Contract):
    """One task as the workflow holds it; every change makes a new snapshot, version + 1."""

    task_id: str
    workflow_id: str
    run_id: str
    workflow_type: str
    name: str
    element_id: str
    business_key: str
    candidate_groups: tuple[str, ...]
    assignee: str | None
    priority: int
    due_at: datetime | None
    outcomes: tuple[Outcome, ...]
    excluded: tuple[Exclusion, ...]
    details: dict[str, Any]
    state: TaskState
    opened_at: datetime
    remind_at: datetime | None  # the pending reminder, if any
    reminders: int = 0
    last_reminded_at: datetime | None = None
    escalate_at: datetime | None  # the pending escalation, if any
    escalate_to: tuple[str, ...]
    escalated_at: datetime | None = None
    completion: TaskCompletion | None = None
    closed_at: datetime | None = None
    version: int = Field(ge=1)


class TaskUpdated(Contract):
    """The result of a claim, unclaim or completion Update."""

    fingerprint: str
    task: TaskSnapshot


class TaskEvent(Contract):
    """One change for the projection: what happened, who did it, and the task afterwards.
    `task.version` is the event's sequence, which makes recording it idempotent."""

    kind: EventKind
    at: datetime
    actor: str | None  # None: the workflow itself (opening, deadlines, cancellation)
    request_id: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict)
    task: TaskSnapshot
