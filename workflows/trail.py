"""The BPMN trail a workflow walks, kept by the steps it runs and exposed as the query `trail`.

A workflow subclasses BpmnTrail and runs each element of its .bpmn (ids kept as constants in
its `elements.py`) through one helper, which records the element as the token enters it:

    item = await self.step(REGISTER_ITEM_TASK, REGISTER_ITEM, new_item, result_type=Item)
    completion = await self.step(DECIDE_RELEASE, self.human_task, spec)
    if self.chose(INSPECTION_NEEDED, need.outcome == "required"): ...
    self.reached(RECEIPT_SETTLED)

`step` is a task: an activity (a service task) or the workflow's own code (a human task, a child
workflow). `chose` is a gateway that splits two ways; `reached` an element with no code of its
own (an event, a gateway that merges, or one whose several ways the code that follows takes).
Tests check the trail against the model with workflows.bpmn. Standard library and temporalio
only, safe in the workflow sandbox.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, ClassVar

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

from workflows.service_policy import SERVICE_CALL_TIMEOUT, SERVICE_RETRY

TRAIL_QUERY = "trail"


class BpmnTrail:
    # True: service tasks run as local activities, inside the workflow task on this worker.
    local_service_tasks: ClassVar[bool] = False

    def __init__(self) -> None:
        self._trail: list[str] = []

    @workflow.query(name=TRAIL_QUERY)
    def trail(self) -> list[str]:
        """The element ids passed so far, in order."""
        return list(self._trail)

    async def step(
        self,
        element_id: str,
        action: str | Callable[..., Awaitable[Any]],
        *args: Any,
        result_type: type | None = None,
    ) -> Any:
        """Enter the task `element_id` and run it: `action` is the name of the activity that
        calls the service (with its one argument), or the workflow's own code for the task,
        awaited with `args`."""
        self.reached(element_id)
        if isinstance(action, str):
            return await self.call_service(action, *args, result_type=result_type)
        return await action(*args)

    def chose(self, gateway_id: str, taken: bool) -> bool:
        """Pass the splitting gateway `gateway_id`; returns `taken`, the condition of the flow
        the code follows from it."""
        self.reached(gateway_id)
        return taken

    def reached(self, element_id: str) -> None:
        """Pass an element with no code of its own: an event, a merging gateway, or a gateway
        whose several ways the code that follows takes."""
        self._trail.append(element_id)

    async def call_service(self, activity: str, *args: Any, result_type: type | None = None):
        """The service call of a task; `step` runs it, and so does a task's own code that does
        more than the call (reads what people entered first, takes a refusal as an answer)."""
        if self.local_service_tasks:
            run = workflow.execute_local_activity
        else:
            run = workflow.execute_activity
        return await run(
            activity,
            args=list(args),
            result_type=result_type,
            start_to_close_timeout=SERVICE_CALL_TIMEOUT,
            retry_policy=SERVICE_RETRY,
        )


def business_refusal(failure: BaseException) -> ApplicationError | None:
    """The service's business refusal (a non-retryable ApplicationError) a service call failed
    with, else None. A local activity fails with the activity's own ApplicationError; an
    activity fails with an ActivityError caused by it."""
    cause = failure.cause if isinstance(failure, ActivityError) else failure
    if isinstance(cause, ApplicationError) and cause.non_retryable:
        return cause
    return None
