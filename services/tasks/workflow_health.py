"""Failed and stuck workflows, per process (workflow type), for operators and `lotflow status`.

Failed: closed as failed (or timed out) in Temporal, or running but waiting on an exception
task (a task whose details name the failed step, which the inbox's projection holds). Stuck:
running, waiting on no person, and no progress (an event other than the worker's own workflow
task bookkeeping, which a local activity retrying an outage keeps writing) for longer than the
threshold. Temporal is the source of truth for runs; the projection for who waits on people.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from temporalio.api.common.v1 import WorkflowExecution
from temporalio.api.enums.v1 import EventType
from temporalio.api.workflowservice.v1 import GetWorkflowExecutionHistoryReverseRequest
from temporalio.client import Client
from temporalio.client import WorkflowExecution as Execution

from lotflow.auth import Principal
from services.tasks.inbox import Inbox
from services.tasks.models import Task
from services.tasks.roles import TABLE
from services.tasks.schemas import (
    ProblemWorkflow,
    ProcessHealth,
    WorkflowHealthQuery,
    WorkflowHealthView,
)
from workflows.tasks.contracts import ACTIVE_STATES, FAILED_STEP_DETAIL

CLOSED_AS_FAILED = 'ExecutionStatus = "Failed" OR ExecutionStatus = "TimedOut"'
RUNNING = 'ExecutionStatus = "Running"'
BOOKKEEPING = frozenset(
    {
        EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
        EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
        EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
        EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED,
        EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT,
    }
)
# How far back a run's history is read for its last progress; older counts as no progress.
PROGRESS_WINDOW = 200


def workflow_health(
    inbox: Inbox, query: WorkflowHealthQuery, actor: Principal
) -> WorkflowHealthView:
    TABLE.require(actor, "workflow_health")
    exceptions, with_people = inbox.database.read(_waiting_on_people)
    stuck_after = timedelta(seconds=query.stuck_after_seconds)

    async def read(client: Client) -> list[ProblemWorkflow]:
        found = [_closed_as_failed(run) async for run in client.list_workflows(CLOSED_AS_FAILED)]
        async for run in client.list_workflows(RUNNING):
            if run.id in with_people:
                continue
            last = await _last_progress(client, run)
            if datetime.now(UTC) - last > stuck_after:
                found.append(_stuck(run, last))
        return found

    problems = exceptions + inbox.gateway.read(read)
    return WorkflowHealthView(processes=_per_process(problems), workflows=problems)


def _waiting_on_people(session: Session) -> tuple[list[ProblemWorkflow], set[str]]:
    """Runs waiting on an exception task (failed), and every run waiting on a person."""
    active = session.scalars(select(Task).where(Task.state.in_([s.value for s in ACTIVE_STATES])))
    exceptions, waiting = [], set()
    for task in active:
        waiting.add(task.workflow_id)
        if FAILED_STEP_DETAIL in task.details:
            exceptions.append(
                ProblemWorkflow(
                    workflow_id=task.workflow_id,
                    run_id=task.run_id,
                    workflow_type=task.workflow_type,
                    problem="failed",
                    why=f"waiting on exception task {task.id} at {task.details[FAILED_STEP_DETAIL]}"
                    f": {task.details.get('reason', '')}",
                    since=task.opened_at,
                )
            )
    return exceptions, waiting


def _closed_as_failed(run: Execution) -> ProblemWorkflow:
    return ProblemWorkflow(
        workflow_id=run.id,
        run_id=run.run_id,
        workflow_type=run.workflow_type,
        problem="failed",
        why=f"closed as {run.status.name.lower() if run.status else 'failed'}",
        since=run.close_time or run.start_time,
    )


def _stuck(run: Execution, last: datetime) -> ProblemWorkflow:
    return ProblemWorkflow(
        workflow_id=run.id,
        run_id=run.run_id,
        workflow_type=run.workflow_type,
        problem="stuck",
        why="running with no progress",
        since=last,
    )


async def _last_progress(client: Client, run: Execution) -> datetime:
    """When the run last moved on: its newest event other than workflow task bookkeeping
    within the window, else the oldest event of the window."""
    history = await client.workflow_service.get_workflow_execution_history_reverse(
        GetWorkflowExecutionHistoryReverseRequest(
            namespace=client.namespace,
            execution=WorkflowExecution(workflow_id=run.id, run_id=run.run_id),
            maximum_page_size=PROGRESS_WINDOW,
        )
    )
    events = list(history.history.events)
    moved = next((e for e in events if e.event_type not in BOOKKEEPING), events[-1])
    return moved.event_time.ToDatetime(tzinfo=UTC)


def _per_process(problems: list[ProblemWorkflow]) -> list[ProcessHealth]:
    counts = Counter((p.workflow_type, p.problem) for p in problems)
    return [
        ProcessHealth(
            workflow_type=kind,
            failed=counts[(kind, "failed")],
            stuck=counts[(kind, "stuck")],
        )
        for kind in sorted({p.workflow_type for p in problems})
    ]
