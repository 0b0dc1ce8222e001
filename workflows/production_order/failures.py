"""The event subprocess of production_order.bpmn (order_failure): a step production refused for
good, or one given up, blocks the order in production with the reason (so GetOrder shows it,
not only Temporal's history) and asks the planners to retry it, once the cause is fixed (stock
moved to the line side, master data corrected), or to abandon the workflow.

A retry unblocks the order and runs the workflow again from the start under the same workflow
id (continue-as-new, attempt + 1): it reads the order as production now records it, and every
step is keyed by the workflow id, so the steps done already replay their first result.
"""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

from workflows.inbound.failures import failure_reason
from workflows.production_order.elements import (
    BLOCK_ORDER_TASK,
    FAILURE_RESOLUTION,
    ORDER_ABANDONED,
    ORDER_RETRIED,
    ORDER_STEP_FAILED,
    RESOLVE_ORDER_FAILURE,
    UNBLOCK_ORDER_TASK,
)

with workflow.unsafe.imports_passed_through():
    from workflows.production_order.contracts import (
        BLOCK_ORDER,
        PLANNERS,
        UNBLOCK_ORDER,
        BlockStep,
        OrderAbandoned,
        ProduceOrder,
    )
    from workflows.tasks.contracts import FAILED_STEP_DETAIL, HumanTask, Outcome

RETRY = Outcome(name="retry", description="Unblock the order and run the failed step again.")
ABANDON = Outcome(
    name="abandon",
    requires_reason=True,
    description="Stop the order's workflow; the order stays blocked with the reason.",
)


class OrderFailureSteps:
    """Mixed into the order's workflow beside OperatorUpdates, BpmnTrail and HumanTasks."""

    async def order_failed(
        self, command: ProduceOrder, failure: ActivityError | ApplicationError
    ) -> OrderAbandoned:
        step, reason = self._trail[-1], failure_reason(failure)
        self._accepting = False
        self.reached(ORDER_STEP_FAILED)
        block = BlockStep(
            order_number=command.order_number, reason=reason, attempt=command.attempt, step=step
        )
        await self.step(BLOCK_ORDER_TASK, BLOCK_ORDER, block)
        if self._order is not None:
            self._order = self._order.model_copy(update={"blocked": True, "blocked_reason": reason})
        completion = await self.step(
            RESOLVE_ORDER_FAILURE,
            self.human_task,
            HumanTask(
                name="Resolve failed production order",
                element_id=RESOLVE_ORDER_FAILURE,
                business_key=command.order_number,
                candidate_groups=(PLANNERS,),
                priority=80,
                outcomes=(RETRY, ABANDON),
                details={
                    "order_number": command.order_number,
                    FAILED_STEP_DETAIL: step,
                    "reason": reason,
                },
            ),
        )
        if self.chose(FAILURE_RESOLUTION, completion.outcome == ABANDON.name):
            self.reached(ORDER_ABANDONED)
            await workflow.wait_condition(workflow.all_handlers_finished)
            return OrderAbandoned(
                order_number=command.order_number,
                failed_step=step,
                reason=reason,
                abandoned_by=completion.completed_by,
                why=completion.reason or "",
            )
        await self.step(UNBLOCK_ORDER_TASK, UNBLOCK_ORDER, block)
        self.reached(ORDER_RETRIED)
        await workflow.wait_condition(workflow.all_handlers_finished)
        workflow.continue_as_new(
            command.model_copy(
                update={"attempt": command.attempt + 1, "tried_substitutes": self._tried}
            )
        )
