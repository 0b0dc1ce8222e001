"""How a task changes: each transition takes a snapshot and returns the event that records the
change, carrying the next snapshot (version + 1). Pure: the workflow passes the time in."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from workflows.tasks.contracts import (
    CompleteTask,
    EventKind,
    HumanTask,
    TaskCompletion,
    TaskEvent,
    TaskSnapshot,
    TaskState,
)


def _after(
    task: TaskSnapshot,
    kind: EventKind,
    at: datetime,
    *,
    actor: str | None = None,
    request_id: str | None = None,
    detail: dict[str, Any] | None = None,
    **changes: Any,
) -> TaskEvent:
    changed = task.model_copy(update={**changes, "version": task.version + 1})
    return TaskEvent(
        kind=kind, at=at, actor=actor, request_id=request_id, detail=detail or {}, task=changed
    )


def opened(
    spec: HumanTask,
    *,
    task_id: str,
    workflow_id: str,
    run_id: str,
    workflow_type: str,
    at: datetime,
) -> TaskEvent:
    task = TaskSnapshot(
        task_id=task_id,
        workflow_id=workflow_id,
        run_id=run_id,
        workflow_type=workflow_type,
        name=spec.name,
        element_id=spec.element_id,
        business_key=spec.business_key,
        candidate_groups=spec.candidate_groups,
        assignee=spec.assignee,
        priority=spec.priority,
        due_at=at + spec.due_in if spec.due_in else None,
        outcomes=spec.outcomes,
        excluded=spec.excluded,
        details=spec.details,
        state=TaskState.CLAIMED if spec.assignee else TaskState.OPEN,
        opened_at=at,
        remind_at=at + spec.remind_after if spec.remind_after else None,
        escalate_at=at + spec.escalate_after if spec.escalate_after else None,
        escalate_to=spec.escalate_to,
        version=1,
    )
    detail = {"candidate_groups": list(task.candidate_groups), "assignee": task.assignee}
    return TaskEvent(kind=EventKind.OPENED, at=at, actor=None, detail=detail, task=task)


def claimed(task: TaskSnapshot, *, user: str, at: datetime, request_id: str) -> TaskEvent:
    return _after(
        task,
        EventKind.CLAIMED,
        at,
        actor=user,
        request_id=request_id,
        assignee=user,
        state=TaskState.CLAIMED,
    )


def unclaimed(task: TaskSnapshot, *, user: str, at: datetime, request_id: str) -> TaskEvent:
    return _after(
        task,
        EventKind.UNCLAIMED,
        at,
        actor=user,
        request_id=request_id,
        detail={"previous_assignee": task.assignee},
        assignee=None,
        state=TaskState.OPEN,
    )


def reminded(task: TaskSnapshot, *, at: datetime) -> TaskEvent:
    return _after(
        task,
        EventKind.REMINDED,
        at,
        detail={"assignee": task.assignee, "candidate_groups": list(task.candidate_groups)},
        reminders=task.reminders + 1,
        last_reminded_at=at,
        remind_at=None,
    )


def escalated(task: TaskSnapshot, *, at: datetime) -> TaskEvent:
    """The task moves to the escalation groups and back into their queue: whoever held it did
    not finish in time, and the new groups decide who takes it."""
    return _after(
        task,
        EventKind.ESCALATED,
        at,
        detail={
            "from_groups": list(task.candidate_groups),
            "to_groups": list(task.escalate_to),
            "previous_assignee": task.assignee,
        },
        candidate_groups=task.escalate_to,
        escalate_to=(),
        escalate_at=None,
        escalated_at=at,
        assignee=None,
        state=TaskState.OPEN,
    )


def completed(
    task: TaskSnapshot, *, request: CompleteTask, at: datetime, request_id: str
) -> TaskEvent:
    completion = TaskCompletion(
        task_id=task.task_id,
        outcome=request.outcome,
        reason=(request.reason or "").strip() or None,
        variables=request.variables,
        completed_by=request.actor.user,
        completed_at=at,
        request_id=request_id,
        completed_roles=request.actor.roles,
    )
    return _after(
        task,
        EventKind.COMPLETED,
        at,
        actor=request.actor.user,
        request_id=request_id,
        detail={"outcome": completion.outcome, "reason": completion.reason},
        state=TaskState.COMPLETED,
        completion=completion,
        closed_at=at,
        remind_at=None,
        escalate_at=None,
    )


def cancelled(task: TaskSnapshot, *, at: datetime, reason: str) -> TaskEvent:
    return _after(
        task,
        EventKind.CANCELLED,
        at,
        detail={"reason": reason},
        state=TaskState.CANCELLED,
        closed_at=at,
        remind_at=None,
        escalate_at=None,
    )


def next_deadline(task: TaskSnapshot) -> datetime | None:
    pending = [moment for moment in (task.remind_at, task.escalate_at) if moment is not None]
    return min(pending) if pending else None


def deadline_due(task: TaskSnapshot, now: datetime) -> TaskEvent | None:
    """The reminder or escalation whose time has come (the reminder first when both have)."""
    if task.remind_at is not None and task.remind_at <= now:
        return reminded(task, at=now)
    if task.escalate_at is not None and task.escalate_at <= now:
        return escalated(task, at=now)
    return None
