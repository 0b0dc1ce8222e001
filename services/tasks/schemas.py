"""What the inbox takes and returns over REST (gRPC carries the same fields)."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, model_validator

from lotflow.errors import Invalid
from lotflow.paging import PageSize, PageToken
from lotflow.vocabulary import Command
from workflows.tasks.contracts import EventKind, Exclusion, Outcome, TaskState

# Variables travel in the workflow's history: keep them to what a decision needs.
MAX_VARIABLES_BYTES = 16_000
DEFAULT_PAGE_SIZE = 50


def _small_json(variables: dict[str, Any]) -> dict[str, Any]:
    if len(json.dumps(variables)) > MAX_VARIABLES_BYTES:
        raise ValueError(f"variables must stay under {MAX_VARIABLES_BYTES} bytes of JSON")
    return variables


Variables = Annotated[dict[str, Any], AfterValidator(_small_json)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)]
Key = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class StateFilter(StrEnum):
    ACTIVE = "active"  # open or claimed
    OPEN = "open"
    CLAIMED = "claimed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class TaskQuery(Command):
    group: Key | None = None  # one of the caller's groups; none: all of them
    assignee: Key | None = None
    state: StateFilter = StateFilter.ACTIVE
    overdue: bool = False
    business_key: Key | None = None
    due_before: datetime | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class CompleteBody(Command):
    """REST body of a completion; the task comes from the path."""

    outcome: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    reason: Reason | None = None
    variables: Variables = Field(
        default_factory=dict,
        description="What the outcome takes, fitting its `variables_schema` (see the task).",
    )


class TaskRef(Command):
    """The task a claim or an unclaim is about."""

    task_id: Key


class CompleteTask(CompleteBody):
    """A completion with its task. gRPC carries the variables as JSON text (a Struct would turn
    every integer into a double): `variables_json` is read into `variables`."""

    task_id: Key

    @model_validator(mode="before")
    @classmethod
    def _variables_from_json(cls, fields: Any) -> Any:
        if not isinstance(fields, dict) or "variables_json" not in fields:
            return fields
        fields = dict(fields)
        text = fields.pop("variables_json")
        try:
            variables = json.loads(text) if text else {}
        except json.JSONDecodeError:
            variables = None
        if not isinstance(variables, dict):
            raise Invalid("variables_json must be a JSON object", code="invalid_request")
        return {**fields, "variables": variables}


class CompletionView(BaseModel):
    task_id: uuid.UUID
    outcome: str
    reason: str | None = None
    variables: dict[str, Any]
    completed_by: str
    completed_at: datetime
    request_id: str


class TaskView(BaseModel):
    id: uuid.UUID
    workflow_id: str
    workflow_type: str
    name: str
    element_id: str
    business_key: str
    candidate_groups: list[str]
    assignee: str | None = None
    priority: int
    due_at: datetime | None = None
    state: TaskState
    overdue: bool
    outcomes: list[Outcome]
    excluded: list[Exclusion]
    details: dict[str, Any]
    opened_at: datetime
    reminders: int
    last_reminded_at: datetime | None = None
    remind_at: datetime | None = None
    escalate_at: datetime | None = None
    escalate_to: list[str]
    escalated_at: datetime | None = None
    completion: CompletionView | None = None
    closed_at: datetime | None = None
    version: int


class TaskPage(BaseModel):
    tasks: list[TaskView]
    next_page_token: str = ""


class HistoryEntryView(BaseModel):
    sequence: int
    kind: EventKind
    actor: str | None = None  # None: the workflow itself
    at: datetime
    request_id: str | None = None
    detail: dict[str, Any]


class TaskHistoryView(BaseModel):
    task_id: uuid.UUID
    entries: list[HistoryEntryView]


class RecordedEvent(BaseModel):
    task_id: uuid.UUID
    sequence: int
    recorded: bool  # False: recorded before (a retry or a replay)


class WorkflowHealthQuery(Command):
    # Running this long with no progress (and waiting on no person) is stuck.
    stuck_after_seconds: int = Field(default=3600, ge=1, le=30 * 86400)


class ProblemWorkflow(BaseModel):
    workflow_id: str
    run_id: str
    workflow_type: str
    problem: Literal["failed", "stuck"]
    why: str
    since: datetime | None = None


class ProcessHealth(BaseModel):
    workflow_type: str
    failed: int
    stuck: int


class WorkflowHealthView(BaseModel):
    """Counts per process (only processes with a problem), then each problem workflow."""

    processes: list[ProcessHealth]
    workflows: list[ProblemWorkflow]
