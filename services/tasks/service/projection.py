"""Recording task events into the projection (the use case behind RecordTaskEvent).

Idempotent without a request-id table: an event's key is (task id, sequence), its history row
is inserted at most once, and the task row takes a snapshot only if it is newer than the one it
holds, so retries, replays and events arriving out of order all leave the same rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import Database, retry_transaction
from lotflow.outbox import emit
from services.tasks.models import Task, TaskHistoryEntry
from services.tasks.queries import parse_task_id
from services.tasks.roles import TABLE
from services.tasks.schemas import RecordedEvent
from workflows.tasks.contracts import TaskEvent, TaskSnapshot


def record_task_event(database: Database, *, event: TaskEvent, actor: Principal) -> RecordedEvent:
    TABLE.require(actor, "record_task_event")
    return retry_transaction(lambda: _record(database, event))


def _record(database: Database, event: TaskEvent) -> RecordedEvent:
    task_id = parse_task_id(event.task.task_id)
    with database.unit_of_work() as uow:
        _upsert_task(uow.session, task_id, event.task)
        recorded = uow.session.execute(
            insert(TaskHistoryEntry)
            .values(
                task_id=task_id,
                sequence=event.task.version,
                kind=event.kind.value,
                actor=event.actor,
                at=event.at,
                request_id=event.request_id,
                detail=event.model_dump(mode="json")["detail"],
            )
            .on_conflict_do_nothing(index_elements=["task_id", "sequence"])
            .returning(TaskHistoryEntry.sequence)
        ).first()
        if recorded is not None:
            emit(uow.session, f"tasks.task_{event.kind.value}", str(task_id), _payload(event))
        uow.commit()
    return RecordedEvent(
        task_id=task_id, sequence=event.task.version, recorded=recorded is not None
    )


def _upsert_task(session: Session, task_id: Any, task: TaskSnapshot) -> None:
    values = _columns(task)
    statement = insert(Task).values(id=task_id, **values)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[Task.id],
            set_={column: statement.excluded[column] for column in values},
            where=Task.version < statement.excluded.version,
        )
    )


def _columns(task: TaskSnapshot) -> dict[str, Any]:
    body = task.model_dump(mode="json")
    return {
        "workflow_id": task.workflow_id,
        "run_id": task.run_id,
        "workflow_type": task.workflow_type,
        "name": task.name,
        "element_id": task.element_id,
        "business_key": task.business_key,
        "candidate_groups": list(task.candidate_groups),
        "assignee": task.assignee,
        "priority": task.priority,
        "due_at": task.due_at,
        "state": task.state.value,
        "outcomes": body["outcomes"],
        "excluded": body["excluded"],
        "details": body["details"],
        "opened_at": task.opened_at,
        "reminders": task.reminders,
        "last_reminded_at": task.last_reminded_at,
        "remind_at": task.remind_at,
        "escalate_at": task.escalate_at,
        "escalate_to": list(task.escalate_to),
        "escalated_at": task.escalated_at,
        "completion": body["completion"],
        "completed_by": task.completion.completed_by if task.completion else None,
        "closed_at": task.closed_at,
        "version": task.version,
    }


def _payload(event: TaskEvent) -> dict[str, Any]:
    """The feed's view of an event: enough to notify people without reading the inbox."""
    task = event.task
    return {
        "task_id": task.task_id,
        "sequence": task.version,
        "kind": event.kind.value,
        "actor": event.actor,
        "at": event.at.isoformat(),
        "workflow_id": task.workflow_id,
        "name": task.name,
        "business_key": task.business_key,
        "candidate_groups": list(task.candidate_groups),
        "assignee": task.assignee,
        "state": task.state.value,
        "due_at": task.due_at.isoformat() if task.due_at else None,
        "detail": event.model_dump(mode="json")["detail"],
    }
