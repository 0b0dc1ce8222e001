"""Claim, unclaim and complete: each is one Update on the workflow that owns the task.

The inbox only finds the workflow (from the projection) and says who is calling; the
workflow's validator decides. The request id is the Update id, so Temporal itself returns the
first result of a retry, even after the workflow finished. It returns it whatever the retry
carried, so the inbox sends a fingerprint of the request and refuses a reused id whose
fingerprint differs, as every lotflow service does. A request id is its caller's, as in every
service: the Update id is the id scoped to the caller (`update_id`), so another person sending
the same id makes a request of their own.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from lotflow.auth import Principal
from lotflow.errors import Invalid
from lotflow.idempotency import MAX_REQUEST_ID_LENGTH, request_fingerprint, request_id_reused
from services.tasks.inbox import Inbox
from services.tasks.queries import parse_task_id, workflow_of
from services.tasks.schemas import CompleteTask as CompleteTaskCommand
from services.tasks.schemas import CompletionView, TaskRef, TaskView
from services.tasks.temporal_gateway import UpdateCall
from workflows.tasks.contracts import (
    ACTIVE_STATES,
    CLAIM_TASK,
    COMPLETE_TASK,
    UNCLAIM_TASK,
    Actor,
    ClaimTask,
    CompleteTask,
    TaskRequest,
    TaskSnapshot,
    TaskUpdated,
    UnclaimTask,
)


def claim_task(inbox: Inbox, *, request_id: str, command: TaskRef, actor: Principal) -> TaskView:
    updated = _send(inbox, CLAIM_TASK, ClaimTask, command.task_id, request_id, actor, {})
    return snapshot_view(updated.task)


def unclaim_task(inbox: Inbox, *, request_id: str, command: TaskRef, actor: Principal) -> TaskView:
    updated = _send(inbox, UNCLAIM_TASK, UnclaimTask, command.task_id, request_id, actor, {})
    return snapshot_view(updated.task)


def complete_task(
    inbox: Inbox, *, request_id: str, command: CompleteTaskCommand, actor: Principal
) -> CompletionView:
    content = command.model_dump(mode="json", exclude={"task_id"})
    updated = _send(inbox, COMPLETE_TASK, CompleteTask, command.task_id, request_id, actor, content)
    if updated.task.completion is None:
        raise AssertionError("a completion Update returned a task without its completion")
    return CompletionView.model_validate(updated.task.completion.model_dump())


def _send(
    inbox: Inbox,
    update: str,
    request_type: type[TaskRequest],
    task_id: str,
    request_id: str,
    actor: Principal,
    content: dict[str, Any],
) -> TaskUpdated:
    if not request_id or len(request_id) > MAX_REQUEST_ID_LENGTH:
        raise Invalid(
            f"a request id of 1 to {MAX_REQUEST_ID_LENGTH} characters is required",
            code="request_id_required",
        )
    task_uuid = parse_task_id(task_id)
    run = inbox.database.read(workflow_of, task_uuid)
    fingerprint = request_fingerprint(
        update, {"task_id": str(task_uuid), "user": actor.user, **content}
    )
    request = request_type(
        task_id=str(task_uuid),
        actor=Actor(user=actor.user, roles=tuple(sorted(actor.roles))),
        fingerprint=fingerprint,
        request_id=request_id,
        **content,
    )
    call = UpdateCall(run.workflow_id, run.run_id, update, request, update_id(actor, request_id))
    updated = inbox.gateway.update(call, TaskUpdated)
    if updated.fingerprint != fingerprint:
        raise request_id_reused(request_id)
    return updated


def update_id(actor: Principal, request_id: str) -> str:
    """The Update id of `actor`'s request id: the user percent-encoded, so no '/' of theirs
    makes two callers' ids meet."""
    return f"{quote(actor.user, safe='')}/{request_id}"


def snapshot_view(task: TaskSnapshot, now: datetime | None = None) -> TaskView:
    """The inbox's view of a task as the workflow returned it."""
    now = now or datetime.now(UTC)
    body = task.model_dump(exclude={"task_id", "run_id", "completion"})
    completion = task.completion.model_dump() if task.completion else None
    overdue = task.state in ACTIVE_STATES and task.due_at is not None and task.due_at < now
    return TaskView(id=task.task_id, overdue=overdue, completion=completion, **body)
