"""Test-only workflows that open one human task each."""

from __future__ import annotations

from datetime import datetime

from temporalio import workflow

from workflows.tasks.workflow import HumanTasks

with workflow.unsafe.imports_passed_through():
    from workflows.tasks.contracts import HumanTask, TaskCompletion


@workflow.defn(name="TestSingleTask")
class SingleTaskWorkflow(HumanTasks):
    """Opens the task and returns its completion."""

    @workflow.run
    async def run(self, task: HumanTask) -> TaskCompletion:
        completion = await self.human_task(task)
        await workflow.wait_condition(workflow.all_handlers_finished)
        return completion


@workflow.defn(name="TestSingleTask")
class ClockReadingSingleTask(SingleTaskWorkflow):
    """SingleTaskWorkflow as it would be if it read the wall clock: replaying its history in
    the sandbox must fail, which shows the sandboxed replay test bites."""

    @workflow.run
    async def run(self, task: HumanTask) -> TaskCompletion:
        self.started_at = datetime.now()  # nondeterministic: differs on every replay
        return await super().run(task)


@workflow.defn(name="TestWithdrawableTask")
class WithdrawableTaskWorkflow(HumanTasks):
    """Opens the task but stops waiting for it once signalled `withdraw`; returns None then."""

    def __init__(self) -> None:
        self._withdrawn = False

    @workflow.signal
    def withdraw(self) -> None:
        self._withdrawn = True

    @workflow.run
    async def run(self, task: HumanTask) -> TaskCompletion | None:
        completion = await self.human_task_unless(task, lambda: self._withdrawn)
        await workflow.wait_condition(workflow.all_handlers_finished)
        return completion
