"""The event subprocess of inbound.bpmn (receipt_failure): a step refused for good, or given up,
marks the receipt failed in receiving (which frees its order line quantity) and asks the
receiving supervisors to retry it, once master data is fixed, or to abandon it.

A retry reopens the receipt and runs the workflow again from the start under the same workflow
id (continue-as-new, attempt + 1): every step is keyed by the workflow id, so the steps done
already replay their first result and the failed one runs again. Nothing fails only in Temporal.
"""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

from workflows.inbound.elements import (
    FAILURE_RESOLUTION,
    MARK_RECEIPT_FAILED_TASK,
    RECEIPT_ABANDONED,
    RECEIPT_REOPENED,
    RECEIPT_RETRIED,
    RECEIPT_STEP_FAILED,
    REOPEN_RECEIPT_TASK,
    RESOLVE_RECEIPT_FAILURE,
)
from workflows.trail import business_refusal

with workflow.unsafe.imports_passed_through():
    from workflows.inbound.contracts import (
        MARK_RECEIPT_FAILED,
        RECEIVING_SUPERVISORS,
        REOPEN_RECEIPT,
        InboundAbandoned,
        InboundReceipt,
        ReceiptFailureStep,
        ReopenReceiptStep,
    )
    from workflows.tasks.contracts import FAILED_STEP_DETAIL, HumanTask, Outcome

RETRY = Outcome(name="retry")
ABANDON = Outcome(name="abandon", requires_reason=True)


def failure_reason(failure: ActivityError | ApplicationError) -> str:
    """What the receipt and its exception task say went wrong: the service's refusal (its
    stable code and message), or the failure a step gave up on."""
    refusal = business_refusal(failure)
    if refusal is not None:
        return f"{refusal.type}: {refusal.message}" if refusal.type else refusal.message
    cause = failure.cause if isinstance(failure, ActivityError) and failure.cause else failure
    return f"gave up: {cause}"


class ReceiptFailureSteps:
    """Mixed into the inbound workflow beside InboundSteps (BpmnTrail, HumanTasks)."""

    async def receipt_failed(
        self, command: InboundReceipt, failure: ActivityError | ApplicationError
    ) -> InboundAbandoned:
        """From the step that failed: the receipt marked failed, then the supervisors' task
        until they abandon it (returned) or retry it (the workflow continues as new)."""
        step, reason = self._trail[-1], failure_reason(failure)
        self.reached(RECEIPT_STEP_FAILED)
        await self.step(
            MARK_RECEIPT_FAILED_TASK,
            MARK_RECEIPT_FAILED,
            ReceiptFailureStep(
                receipt_id=command.receipt_id, attempt=command.attempt, step=step, reason=reason
            ),
            result_type=str,
        )
        refused = ""
        while True:
            details = {"receipt_id": command.receipt_id, FAILED_STEP_DETAIL: step, "reason": reason}
            if refused:
                details["refused"] = refused
            completion = await self.step(
                RESOLVE_RECEIPT_FAILURE,
                self.human_task,
                HumanTask(
                    name="Resolve failed receipt",
                    element_id=RESOLVE_RECEIPT_FAILURE,
                    business_key=command.receipt_id,
                    candidate_groups=(RECEIVING_SUPERVISORS,),
                    priority=80,
                    outcomes=(RETRY, ABANDON),
                    details=details,
                ),
            )
            if self.chose(FAILURE_RESOLUTION, completion.outcome == ABANDON.name):
                self.reached(RECEIPT_ABANDONED)
                await workflow.wait_condition(workflow.all_handlers_finished)
                return InboundAbandoned(
                    receipt_id=command.receipt_id,
                    failed_step=step,
                    reason=reason,
                    abandoned_by=completion.completed_by,
                    why=completion.reason or "",
                )
            refused = await self._reopen(command)
            if not self.chose(RECEIPT_REOPENED, not refused):
                continue
            self.reached(RECEIPT_RETRIED)
            await workflow.wait_condition(workflow.all_handlers_finished)
            workflow.continue_as_new(command.model_copy(update={"attempt": command.attempt + 1}))

    async def _reopen(self, command: InboundReceipt) -> str:
        """The receipt recorded again; receiving's refusal (the line received meanwhile) when
        it will not, for the supervisors to see."""
        try:
            await self.step(
                REOPEN_RECEIPT_TASK,
                REOPEN_RECEIPT,
                ReopenReceiptStep(receipt_id=command.receipt_id, attempt=command.attempt),
                result_type=str,
            )
        except (ActivityError, ApplicationError) as failure:
            refusal = business_refusal(failure)
            if refusal is None:
                raise
            return f"{refusal.type}: {refusal.message}"
        return ""
