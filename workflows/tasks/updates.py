"""TaskUpdates: the task state a workflow holds and the Updates people act through.

`human_task.claim`, `.unclaim` and `.complete` each have a validator that refuses what the
rules refuse before anything is written to history; the handler checks again, because two
Updates delivered together are both validated before either runs. A refusal is an
ApplicationError whose type is the stable code and whose details are the refusal's kind and,
for variables that break the outcome's form, the fields and what is wrong with each.
The inbox sends the request id as the Update id, so a retry returns the first result.
Standard library, temporalio and pydantic only: safe in the workflow sandbox.
"""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ApplicationError

from workflows.service_policy import SERVICE_CALL_TIMEOUT, SERVICE_RETRY

with workflow.unsafe.imports_passed_through():
    from workflows.tasks import rules, transitions
    from workflows.tasks.contracts import (
        CLAIM_TASK,
        COMPLETE_TASK,
        HUMAN_TASKS_QUERY,
        RECORD_TASK_EVENT,
        UNCLAIM_TASK,
        ClaimTask,
        CompleteTask,
        TaskEvent,
        TaskRequest,
        TaskSnapshot,
        TaskUpdated,
        UnclaimTask,
    )


class TaskUpdates:
    # Created on first use rather than in __init__, so the mixin works beside other bases
    # (BpmnTrail) whose __init__ does not call super().
    @property
    def _human_tasks(self) -> dict[str, TaskSnapshot]:
        return self.__dict__.setdefault("_human_tasks_by_id", {})

    @property
    def _settled_tasks(self) -> set[str]:
        """Tasks whose completion the projection has recorded."""
        return self.__dict__.setdefault("_human_tasks_settled", set())

    def _apply(self, event: TaskEvent) -> None:
        self._human_tasks[event.task.task_id] = event.task

    async def _record(self, event: TaskEvent) -> None:
        # Retried like any service call: an inbox outage delays the projection, never the
        # decision; a refusal by the inbox is non-retryable and surfaces.
        await workflow.execute_activity(
            RECORD_TASK_EVENT,
            event,
            start_to_close_timeout=SERVICE_CALL_TIMEOUT,
            retry_policy=SERVICE_RETRY,
        )

    @workflow.query(name=HUMAN_TASKS_QUERY)
    def human_tasks(self) -> list[TaskSnapshot]:
        """Every task this workflow opened, as it stands now."""
        return list(self._human_tasks.values())

    @workflow.update(name=CLAIM_TASK)
    async def claim_human_task(self, request: ClaimTask) -> TaskUpdated:
        task = self._human_tasks.get(request.task_id)
        _refuse_if(rules.claim_refusal(task, request.task_id, request.actor))
        assert task is not None
        if task.assignee == request.actor.user:  # claiming what one holds changes nothing
            return TaskUpdated(fingerprint=request.fingerprint, task=task)
        event = transitions.claimed(
            task, user=request.actor.user, at=workflow.now(), request_id=_request_id(request)
        )
        self._apply(event)
        await self._record(event)
        return TaskUpdated(fingerprint=request.fingerprint, task=event.task)

    @claim_human_task.validator
    def _validate_claim(self, request: ClaimTask) -> None:
        task = self._human_tasks.get(request.task_id)
        _refuse_if(rules.claim_refusal(task, request.task_id, request.actor))

    @workflow.update(name=UNCLAIM_TASK)
    async def unclaim_human_task(self, request: UnclaimTask) -> TaskUpdated:
        task = self._human_tasks.get(request.task_id)
        _refuse_if(rules.unclaim_refusal(task, request.task_id, request.actor))
        assert task is not None
        event = transitions.unclaimed(
            task, user=request.actor.user, at=workflow.now(), request_id=_request_id(request)
        )
        self._apply(event)
        await self._record(event)
        return TaskUpdated(fingerprint=request.fingerprint, task=event.task)

    @unclaim_human_task.validator
    def _validate_unclaim(self, request: UnclaimTask) -> None:
        task = self._human_tasks.get(request.task_id)
        _refuse_if(rules.unclaim_refusal(task, request.task_id, request.actor))

    @workflow.update(name=COMPLETE_TASK)
    async def complete_human_task(self, request: CompleteTask) -> TaskUpdated:
        task = self._human_tasks.get(request.task_id)
        _refuse_if(rules.completion_refusal(task, request))
        assert task is not None
        event = transitions.completed(
            task, request=request, at=workflow.now(), request_id=_request_id(request)
        )
        self._apply(event)
        try:
            await self._record(event)
        finally:
            # Completed is completed: the waiting workflow goes on even if recording failed.
            self._settled_tasks.add(task.task_id)
        return TaskUpdated(fingerprint=request.fingerprint, task=event.task)

    @complete_human_task.validator
    def _validate_completion(self, request: CompleteTask) -> None:
        _refuse_if(rules.completion_refusal(self._human_tasks.get(request.task_id), request))


def _refuse_if(refusal: rules.Refusal | None) -> None:
    if refusal is not None:
        raise ApplicationError(
            refusal.message,
            refusal.kind.value,
            *([list(refusal.errors)] if refusal.errors else []),
            type=refusal.code,
            non_retryable=True,
        )


def _request_id(request: TaskRequest) -> str:
    """The id the caller sent: the request names it; the Update id did in older histories."""
    if request.request_id:
        return request.request_id
    info = workflow.current_update_info()
    return info.id if info is not None else ""
