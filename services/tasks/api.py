"""Inbox REST routes under /v1/tasks: each calls one query or command function."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.tasks import queries
from services.tasks.inbox import Inbox
from services.tasks.schemas import (
    CompleteBody,
    CompleteTask,
    CompletionView,
    TaskHistoryView,
    TaskPage,
    TaskQuery,
    TaskRef,
    TaskView,
    WorkflowHealthQuery,
    WorkflowHealthView,
)
from services.tasks.service import commands
from services.tasks.temporal_gateway import TemporalGateway
from services.tasks.visibility import membership_of
from services.tasks.workflow_health import workflow_health


def build_router(gateway: TemporalGateway) -> APIRouter:
    """The routes, bound to the gateway that carries their Updates to the workflows."""
    router = APIRouter(prefix="/v1/tasks", tags=["tasks"])

    @router.get("")
    def list_tasks(query: Annotated[TaskQuery, Query()], caller: Caller, db: Db) -> TaskPage:
        """Tasks of the caller's groups (each token role is a group, `group:<name>` roles name
        groups that are not roles, admin is in every group) and tasks the caller holds or
        completed; highest priority first, then earliest due, undated last."""
        return db.read(queries.list_tasks, query, membership_of(caller))

    @router.get("/{task_id}")
    def get_task(task_id: str, caller: Caller, db: Db) -> TaskView:
        """404 task_not_found for a task the caller may not see, as for an unknown one."""
        return db.read(queries.get_task, task_id, membership_of(caller))

    @router.get("/{task_id}/history")
    def get_task_history(task_id: str, caller: Caller, db: Db) -> TaskHistoryView:
        """Who did what and when: opened, claimed, unclaimed, reminded, escalated, completed,
        cancelled, oldest first (actor null: the workflow itself)."""
        return db.read(queries.task_history, task_id, membership_of(caller))

    @router.post("/{task_id}/claim")
    def claim_task(task_id: str, request_id: RequestId, caller: Caller, db: Db) -> TaskView:
        """409 task_claimed if someone else holds it; 403 not_a_candidate or
        segregation_of_duties; 409 task_not_open or workflow_finished."""
        command = TaskRef(task_id=task_id)
        return commands.claim_task(
            Inbox(db, gateway), request_id=request_id, command=command, actor=caller
        )

    @router.post("/{task_id}/unclaim")
    def unclaim_task(task_id: str, request_id: RequestId, caller: Caller, db: Db) -> TaskView:
        """The holder (or an admin) gives the task back to its groups."""
        command = TaskRef(task_id=task_id)
        return commands.unclaim_task(
            Inbox(db, gateway), request_id=request_id, command=command, actor=caller
        )

    @router.post("/{task_id}/complete")
    def complete_task(
        task_id: str, body: CompleteBody, request_id: RequestId, caller: Caller, db: Db
    ) -> CompletionView:
        """The Idempotency-Key is the workflow Update id: a retry returns the first result,
        also after the workflow finished. The variables must fit the outcome's
        `variables_schema` (returned with the task): 422 variables_missing or variables_invalid
        lists each field in `details.errors`; 422 outcome_not_allowed or reason_required;
        403 not_a_candidate or segregation_of_duties; 409 task_claimed,
        task_not_open, workflow_finished or request_id_reused; 503 to retry."""
        command = CompleteTask(task_id=task_id, **body.model_dump())
        return commands.complete_task(
            Inbox(db, gateway), request_id=request_id, command=command, actor=caller
        )

    return router


def build_health_router(gateway: TemporalGateway) -> APIRouter:
    """GET /v1/workflow-problems: failed and stuck workflows per process (workflow_monitor)."""
    router = APIRouter(prefix="/v1", tags=["workflows"])

    @router.get("/workflow-problems")
    def list_workflow_problems(
        query: Annotated[WorkflowHealthQuery, Query()], caller: Caller, db: Db
    ) -> WorkflowHealthView:
        return workflow_health(Inbox(db, gateway), query, caller)

    return router
