"""The steps of inbound.bpmn beside its main path: every service call, and the rounds people go
through, inspectors inspecting (with the deadline timers' branches) and an approver deciding,
each round until quality takes what they entered."""

from __future__ import annotations

import asyncio
from decimal import Decimal, InvalidOperation

from temporalio import workflow
from temporalio.exceptions import ApplicationError

from workflows.inbound.elements import (
    DECIDE_LOT_TASK,
    DECIDE_RELEASE,
    DECISION_ACCEPTED,
    ESCALATED_TO_SUPERVISORS,
    INSPECT_LOT,
    INSPECTION_OVERDUE,
    INSPECTION_REMINDER,
    INSPECTORS_REMINDED,
    RECORD_INSPECTION_RESULTS,
    RESULTS_ACCEPTED,
)
from workflows.service_policy import SERVICE_CALL_TIMEOUT, SERVICE_RETRY
from workflows.tasks.workflow import HumanTasks
from workflows.trail import BpmnTrail

with workflow.unsafe.imports_passed_through():
    from pydantic import ValidationError

    from workflows.inbound.contracts import (
        APPROVERS,
        DECIDE_LOT,
        INSPECTORS,
        RECORD_INSPECTION,
        SUPERVISORS,
        CompletedInspection,
        DecideLotStep,
        InboundReceipt,
        LotDecided,
        OpenedInspection,
        ReceivedLot,
        RecordInspectionStep,
        ResultEntry,
    )
    from workflows.tasks.contracts import (
        RELEASE_REJECT_OR_PARTIAL,
        Exclusion,
        HumanTask,
        Outcome,
        TaskCompletion,
    )

RECORD_RESULTS = Outcome(name="record_results", required_variables=("results",))


def _refusal(failed: ApplicationError) -> str:
    """What people are told of a service's business refusal of their entry. A step (a local
    activity) fails with the activity's own ApplicationError; a refusal is the non-retryable
    kind, anything else is re-raised."""
    if not failed.non_retryable:
        raise failed
    return f"{failed.type}: {failed.message}"


class InboundSteps(BpmnTrail, HumanTasks):
    def __init__(self) -> None:
        super().__init__()
        # The paths of the deadline timers' tokens (query `branch_trails`).
        self._branches: list[list[str]] = []

    async def _step(self, activity: str, argument: object, result_type: type | None = None):
        """A service call. Local: it runs inside the workflow task on this worker, which spares
        the dev server two round trips per step; every step is idempotent by request id, so
        running one again after a lost workflow task duplicates nothing."""
        return await workflow.execute_local_activity(
            activity,
            argument,
            result_type=result_type,
            start_to_close_timeout=SERVICE_CALL_TIMEOUT,
            retry_policy=SERVICE_RETRY,
        )

    # -- inspection -----------------------------------------------------------------------------

    async def _inspect(
        self, command: InboundReceipt, lot: ReceivedLot, opened: OpenedInspection
    ) -> CompletedInspection:
        """Until quality takes the inspector's results: the task, then recording them."""
        deadlines = command.deadlines
        refused = ""
        watcher = asyncio.create_task(self._watch_inspection_deadlines())
        try:
            for round_ in range(1, 1000):
                self.passed(INSPECT_LOT)
                details = _task_details(lot) | {
                    "inspection_id": opened.id,
                    "characteristics": opened.characteristics,
                    "sample_size": opened.sample_size,
                }
                if refused:
                    details["refused"] = refused
                completion = await self.human_task(
                    HumanTask(
                        name="Inspect received lot",
                        element_id=INSPECT_LOT,
                        business_key=lot.receipt_id,
                        candidate_groups=(INSPECTORS,),
                        priority=60,
                        due_in=deadlines.inspection_due_in,
                        outcomes=(RECORD_RESULTS,),
                        details=details,
                        remind_after=deadlines.inspection_remind_after,
                        escalate_after=deadlines.inspection_escalate_after,
                        escalate_to=(SUPERVISORS,),
                    )
                )
                self.passed(RECORD_INSPECTION_RESULTS)
                try:
                    results = [
                        ResultEntry.model_validate(entry)
                        for entry in completion.variables["results"]
                    ]
                    inspected: CompletedInspection = await self._step(
                        RECORD_INSPECTION,
                        RecordInspectionStep(
                            round=round_,
                            inspection_id=opened.id,
                            inspector=completion.completed_by,
                            results=results,
                            comment=completion.reason or "",
                        ),
                        CompletedInspection,
                    )
                except (ValidationError, TypeError, KeyError) as invalid:
                    refused = f"the results are not readable: {invalid}"
                except ApplicationError as failed:
                    refused = _refusal(failed)
                else:
                    self.passed(RESULTS_ACCEPTED)
                    return inspected
                self.passed(RESULTS_ACCEPTED)
            raise ApplicationError("too many refused rounds", type="too_many_rounds")
        finally:
            watcher.cancel()

    async def _watch_inspection_deadlines(self) -> None:
        """Records the token each deadline timer of the inspection task emits, as it fires."""
        seen = (0, 0)

        def counts() -> tuple[int, int]:
            tasks = [t for t in self._human_tasks.values() if t.element_id == INSPECT_LOT]
            return (
                sum(t.reminders for t in tasks),
                sum(1 for t in tasks if t.escalated_at is not None),
            )

        while True:
            await workflow.wait_condition(lambda: counts() != seen)  # noqa: B023
            (reminded, escalated), (now_reminded, now_escalated) = seen, counts()
            self._branches += [[INSPECT_LOT, INSPECTION_REMINDER, INSPECTORS_REMINDED]] * (
                now_reminded - reminded
            )
            self._branches += [[INSPECT_LOT, INSPECTION_OVERDUE, ESCALATED_TO_SUPERVISORS]] * (
                now_escalated - escalated
            )
            seen = (now_reminded, now_escalated)

    # -- release decision -----------------------------------------------------------------------

    async def _decide(
        self, command: InboundReceipt, lot: ReceivedLot, inspected: CompletedInspection
    ) -> tuple[str, LotDecided, Decimal, Decimal, str]:
        """Until quality takes an approver's decision: the task, then deciding in quality."""
        refused = ""
        for round_ in range(1, 1000):
            self.passed(DECIDE_RELEASE)
            details = _task_details(lot) | {
                "inspection_id": inspected.id,
                "result": inspected.result,
                "inspectors": inspected.inspectors,
            }
            if refused:
                details["refused"] = refused
            completion = await self.human_task(
                HumanTask(
                    name="Release received lot",
                    element_id=DECIDE_RELEASE,
                    business_key=lot.receipt_id,
                    candidate_groups=(APPROVERS,),
                    priority=70,
                    due_in=command.deadlines.release_due_in,
                    outcomes=RELEASE_REJECT_OR_PARTIAL,
                    excluded=tuple(
                        Exclusion(user=user, why=f"{user} inspected lot {lot.lot_code}")
                        for user in inspected.inspectors
                    ),
                    details=details,
                )
            )
            self.passed(DECIDE_LOT_TASK)
            try:
                accepted, rejected = _split(completion, lot.quantity)
                decided: LotDecided = await self._step(
                    DECIDE_LOT,
                    DecideLotStep(
                        round=round_,
                        inspection_id=inspected.id,
                        approver=completion.completed_by,
                        decision=completion.outcome,
                        accepted_quantity=accepted,
                        rejected_quantity=rejected,
                        reason=completion.reason or "",
                        override_failed_result=bool(
                            completion.variables.get("override_failed_result", False)
                        ),
                    ),
                    LotDecided,
                )
            except ValueError as invalid:
                refused = str(invalid)
            except ApplicationError as failed:
                refused = _refusal(failed)
            else:
                self.passed(DECISION_ACCEPTED)
                return (
                    completion.completed_by,
                    decided,
                    accepted,
                    rejected,
                    completion.reason or "",
                )
            self.passed(DECISION_ACCEPTED)
        raise ApplicationError("too many refused rounds", type="too_many_rounds")


def _task_details(lot: ReceivedLot) -> dict[str, object]:
    """What every task of the receipt shows the people about the received lot."""
    return {
        "receipt_id": lot.receipt_id,
        "lot_code": lot.lot_code,
        "item_code": lot.item_code,
        "quantity": str(lot.quantity),
        "unit": lot.unit,
    }


def _split(completion: TaskCompletion, quantity: Decimal) -> tuple[Decimal, Decimal]:
    """Accepted and rejected quantities of the approver's decision."""
    if completion.outcome == "release":
        return quantity, Decimal(0)
    if completion.outcome == "reject":
        return Decimal(0), quantity
    try:
        accepted = Decimal(str(completion.variables["released_quantity"]))
    except (KeyError, InvalidOperation) as unreadable:
        raise ValueError("released_quantity must be a decimal quantity") from unreadable
    if not Decimal(0) < accepted < quantity:
        raise ValueError(f"released_quantity must be above 0 and below {quantity}")
    return accepted, quantity - accepted
