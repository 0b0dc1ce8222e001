"""HumanTasks: the mixin a workflow class uses to ask people for decisions.

    @workflow.defn(name="InboundReceipt")
    class InboundReceiptWorkflow(BpmnTrail, HumanTasks):
        ...
        completion = await self.human_task(HumanTask(name="Release lot", ...))

`human_task` opens the task, keeps the inbox's projection, fires the reminder and the
escalation as workflow timers, and returns the completion (outcome, reason, variables, who,
when); people act through the Updates of `TaskUpdates`. `human_task_unless` also withdraws
the task when a condition holds (a recall closed: its notification tasks are moot). A task
whose workflow is cancelled while it waits is cancelled in the inbox too.

Like any workflow with Updates, finish with `await workflow.wait_condition(
workflow.all_handlers_finished)` so a claim still being recorded is not cut off.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from temporalio import workflow

from workflows.tasks.updates import TaskUpdates

with workflow.unsafe.imports_passed_through():
    from workflows.tasks import transitions
    from workflows.tasks.contracts import ACTIVE_STATES, HumanTask, TaskCompletion

CANCELLED = "the workflow was cancelled while the task waited"
WITHDRAWN = "the workflow no longer needs this task"


class HumanTasks(TaskUpdates):
    async def human_task(self, spec: HumanTask) -> TaskCompletion:
        """Open a task and wait until a person completes it."""
        completion = await self.human_task_unless(spec, lambda: False)
        assert completion is not None
        return completion

    async def human_task_unless(
        self, spec: HumanTask, withdrawn: Callable[[], bool]
    ) -> TaskCompletion | None:
        """Open a task and wait for its completion, or withdraw it (cancelled in the inbox)
        as soon as `withdrawn()` holds and return None."""
        info = workflow.info()
        event = transitions.opened(
            spec,
            task_id=str(workflow.uuid4()),
            workflow_id=info.workflow_id,
            run_id=info.run_id,
            workflow_type=info.workflow_type,
            at=workflow.now(),
        )
        task_id = event.task.task_id
        self._apply(event)
        try:
            await self._record(event)
            await self._wait(task_id, withdrawn)
        except asyncio.CancelledError:
            await self._cancel_if_active(task_id, CANCELLED)
            raise
        if await self._cancel_if_active(task_id, WITHDRAWN):
            return None
        # The completion handler returns once the projection shows it; so does this.
        await workflow.wait_condition(lambda: task_id in self._settled_tasks)
        return self._human_tasks[task_id].completion

    async def _wait(self, task_id: str, withdrawn: Callable[[], bool]) -> None:
        """Until the task is finished or withdrawn, firing its deadlines as they come."""

        def settled() -> bool:
            return self._human_tasks[task_id].state not in ACTIVE_STATES or withdrawn()

        while not settled():
            task = self._human_tasks[task_id]
            due = transitions.deadline_due(task, workflow.now())
            if due is not None:
                self._apply(due)
                await self._record(due)
                continue
            deadline = transitions.next_deadline(task)
            # Timing out is the deadline's turn, which comes at the top of the loop.
            with contextlib.suppress(TimeoutError):
                await workflow.wait_condition(
                    settled,
                    timeout=None if deadline is None else deadline - workflow.now(),
                    timeout_summary=f"deadline of human task {task.name}",
                )

    async def _cancel_if_active(self, task_id: str, reason: str) -> bool:
        task = self._human_tasks[task_id]
        if task.state not in ACTIVE_STATES:
            return False
        event = transitions.cancelled(task, at=workflow.now(), reason=reason)
        self._apply(event)
        await self._record(event)
        return True
