"""The inbox's read side: lists, one task, its history, and where its workflow runs."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session

from lotflow.errors import Invalid, NotFound
from lotflow.refusals import quoted
from services.tasks.models import Task, TaskHistoryEntry
from services.tasks.schemas import (
    CompletionView,
    HistoryEntryView,
    StateFilter,
    TaskHistoryView,
    TaskPage,
    TaskQuery,
    TaskView,
)
from services.tasks.visibility import in_group, visible_to
from workflows.tasks.contracts import ACTIVE_STATES
from workflows.tasks.rules import Membership

ACTIVE = sorted(state.value for state in ACTIVE_STATES)
# Tasks without a due time sort after every dated one.
NEVER = literal_column("'infinity'::timestamptz")
DUE_KEY = func.coalesce(Task.due_at, NEVER)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
PAGE_TOKEN = re.compile(r"^(\d{1,3})\.(-?\d{1,20}|never)\.(\d{1,18})$")


def parse_task_id(value: str | uuid.UUID) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(value)
    except ValueError:
        raise Invalid(
            f"{quoted(value)} is not a task id (a UUID)", code="invalid_task_id"
        ) from None


def task_view(task: Task, now: datetime | None = None) -> TaskView:
    now = now or datetime.now(UTC)
    return TaskView(
        id=task.id,
        workflow_id=task.workflow_id,
        workflow_type=task.workflow_type,
        name=task.name,
        element_id=task.element_id,
        business_key=task.business_key,
        candidate_groups=list(task.candidate_groups),
        assignee=task.assignee,
        priority=task.priority,
        due_at=task.due_at,
        state=task.state,
        overdue=task.state in ACTIVE and task.due_at is not None and task.due_at < now,
        outcomes=task.outcomes,
        excluded=task.excluded,
        details=task.details,
        opened_at=task.opened_at,
        reminders=task.reminders,
        last_reminded_at=task.last_reminded_at,
        remind_at=task.remind_at,
        escalate_at=task.escalate_at,
        escalate_to=list(task.escalate_to),
        escalated_at=task.escalated_at,
        completion=CompletionView.model_validate(task.completion) if task.completion else None,
        closed_at=task.closed_at,
        version=task.version,
    )


def _visible_task(session: Session, task_id: str | uuid.UUID, viewer: Membership) -> Task:
    task = session.scalar(select(Task).where(Task.id == parse_task_id(task_id), visible_to(viewer)))
    if task is None:  # unknown and not yours look the same: others' tasks are not revealed
        raise NotFound(f"no task {task_id} in your inbox", code="task_not_found")
    return task


def get_task(session: Session, task_id: str | uuid.UUID, viewer: Membership) -> TaskView:
    return task_view(_visible_task(session, task_id, viewer))


def task_history(session: Session, task_id: str | uuid.UUID, viewer: Membership) -> TaskHistoryView:
    task = _visible_task(session, task_id, viewer)
    entries = session.scalars(
        select(TaskHistoryEntry)
        .where(TaskHistoryEntry.task_id == task.id)
        .order_by(TaskHistoryEntry.sequence)
    )
    return TaskHistoryView(
        task_id=task.id,
        entries=[
            HistoryEntryView(
                sequence=entry.sequence,
                kind=entry.kind,
                actor=entry.actor,
                at=entry.at,
                request_id=entry.request_id,
                detail=entry.detail,
            )
            for entry in entries
        ],
    )


def list_tasks(session: Session, query: TaskQuery, viewer: Membership) -> TaskPage:
    """Highest priority first, then earliest due (undated last), then first opened."""
    statement = select(Task).where(visible_to(viewer), *_filters(query, viewer))
    statement = _after_token(statement, query.page_token)
    statement = statement.order_by(Task.priority.desc(), DUE_KEY, Task.position)
    rows = session.scalars(statement.limit(query.page_size + 1)).all()
    page = rows[: query.page_size]
    token = _token_of(page[-1]) if len(rows) > query.page_size else ""
    now = datetime.now(UTC)
    return TaskPage(tasks=[task_view(task, now) for task in page], next_page_token=token)


def _filters(query: TaskQuery, viewer: Membership) -> list[ColumnElement[bool]]:
    filters = []
    if query.state is StateFilter.ACTIVE:
        filters.append(Task.state.in_(ACTIVE))
    else:
        filters.append(Task.state == query.state.value)
    if query.group is not None:
        filters.append(in_group(viewer, query.group))
    if query.assignee is not None:
        filters.append(Task.assignee == query.assignee)
    if query.business_key is not None:
        filters.append(Task.business_key == query.business_key)
    if query.overdue:
        filters.extend([Task.state.in_(ACTIVE), Task.due_at < func.now()])
    if query.due_before is not None:
        filters.append(Task.due_at < query.due_before)
    return filters


def _token_of(task: Task) -> str:
    due = "never" if task.due_at is None else str(_micros(task.due_at))
    return f"{task.priority}.{due}.{task.position}"


def _micros(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(microseconds=1)


def _after_token(statement: Select, page_token: str) -> Select:
    if not page_token:
        return statement
    match = PAGE_TOKEN.fullmatch(page_token)
    if match is None:
        raise Invalid("page_token is not one this inbox issued", code="invalid_page_token")
    priority, due, position = int(match[1]), match[2], int(match[3])
    due_key = NEVER if due == "never" else _from_micros(int(due))
    return statement.where(
        or_(
            Task.priority < priority,
            and_(
                Task.priority == priority,
                tuple_(DUE_KEY, Task.position) > tuple_(due_key, position),
            ),
        )
    )


def _from_micros(micros: int) -> datetime:
    try:
        return EPOCH + timedelta(microseconds=micros)
    except OverflowError:
        raise Invalid(
            "page_token is not one this inbox issued", code="invalid_page_token"
        ) from None


@dataclass(frozen=True)
class WorkflowRun:
    workflow_id: str
    run_id: str


def workflow_of(session: Session, task_id: uuid.UUID) -> WorkflowRun:
    """Where to send a task's Updates; any caller may learn that a task id exists, never more."""
    row = session.execute(select(Task.workflow_id, Task.run_id).where(Task.id == task_id)).first()
    if row is None:
        raise NotFound(f"no task {task_id}", code="task_not_found")
    return WorkflowRun(workflow_id=row.workflow_id, run_id=row.run_id)
