"""Replaying real histories inside the workflow sandbox: the worker runs every workflow outside
it, so this is where a nondeterministic call (the wall clock, randomness, I/O) is caught."""

from __future__ import annotations

from temporalio.client import WorkflowHistory
from temporalio.contrib.opentelemetry import TracingInterceptor
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer, WorkflowReplayResult

from workflows.worker import REPLAY_SANDBOX


def sandboxed_replayer(*workflow_classes: type) -> Replayer:
    """A replayer configured like the worker (converter, interceptor), but running the
    workflows' code inside the sandbox, even a workflow that declares itself unsandboxed."""
    return Replayer(
        workflows=list(workflow_classes),
        data_converter=pydantic_data_converter,
        interceptors=[TracingInterceptor()],
        workflow_runner=REPLAY_SANDBOX,
        unsandboxed_workflow_runner=REPLAY_SANDBOX,
    )


async def replay_in_sandbox(workflow_class: type, history: WorkflowHistory) -> WorkflowReplayResult:
    """The history as stored and read back later (through JSON), replayed in the sandbox; the
    result carries the failure instead of raising it."""
    stored = WorkflowHistory.from_json(history.workflow_id, history.to_json())
    return await sandboxed_replayer(workflow_class).replay_workflow(
        stored, raise_on_replay_failure=False
    )
