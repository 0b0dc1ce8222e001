"""The steps of inbound.bpmn beside its main path: every service call, and the rounds people go
through, inspectors inspecting (with the deadline timers' branches) and an approver deciding,
each round until quality takes what they entered."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

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
from workflows.tasks.workflow import HumanTasks
from workflows.trail import BpmnTrail, business_refusal

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
    from workflows.inbound.forms import decision_outcomes, inspection_outcome
    from workflows.inbound.rules import decided_quantities
    from workflows.tasks.contracts import Exclusion, HumanTask, TaskCompletion


class EntryRefused(Exception):
    """What people entered in a task cannot be taken as it is: they are asked again, told why."""


class InboundSteps(BpmnTrail, HumanTasks):
    # Service calls run as local activities, inside the workflow task on this worker, which
    # spares the server two round trips per step; every step is idempotent by request id, so
    # running one again after a lost workflow task duplicates nothing.
    local_service_tasks = True

    def __init__(self) -> None:
        super().__init__()
        # The paths of the deadline timers' tokens (query `branch_trails`).
        self._branches: list[list[str]] = []

    async def _call_with_entry(self, activity: str, step: object, result_type: type):
        """A service call with what a person entered: a business refusal is theirs to correct,
        anything else fails as any service call does."""
        try:
            return await self.call_service(activity, step, result_type=result_type)
        except (ActivityError, ApplicationError) as failure:
            refusal = business_refusal(failure)
            if refusal is None:
                raise
            raise EntryRefused(f"{refusal.type}: {refusal.message}") from None

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
                details = _task_details(lot) | {
                    "inspection_id": opened.id,
                    "characteristics": opened.characteristics,
                    "sample_size": opened.sample_size,
                }
                if refused:
                    details["refused"] = refused
                completion = await self.step(
                    INSPECT_LOT,
                    self.human_task,
                    HumanTask(
                        name="Inspect received lot",
                        element_id=INSPECT_LOT,
                        business_key=lot.receipt_id,
                        candidate_groups=(INSPECTORS,),
                        priority=60,
                        due_in=deadlines.inspection_due_in,
                        outcomes=(inspection_outcome(opened),),
                        details=details,
                        remind_after=deadlines.inspection_remind_after,
                        escalate_after=deadlines.inspection_escalate_after,
                        escalate_to=(SUPERVISORS,),
                    ),
                )
                try:
                    inspected = await self.step(
                        RECORD_INSPECTION_RESULTS, self._record_results, round_, opened, completion
                    )
                    refused = ""
                except EntryRefused as refusal:
                    refused = str(refusal)
                if self.chose(RESULTS_ACCEPTED, not refused):
                    return inspected
            raise ApplicationError("too many refused rounds", type="too_many_rounds")
        finally:
            watcher.cancel()

    async def _record_results(
        self, round_: int, opened: OpenedInspection, completion: TaskCompletion
    ) -> CompletedInspection:
        """The inspector's results, recorded and the inspection completed in their name."""
        try:
            results = [
                ResultEntry.model_validate(entry) for entry in completion.variables["results"]
            ]
        except ValidationError as invalid:  # the form admits only readable results
            raise EntryRefused(f"the results are not readable: {_fields_of(invalid)}") from None
        step = RecordInspectionStep(
            round=round_,
            inspection_id=opened.id,
            inspector=completion.completed_by,
            inspector_roles=completion.completed_roles,
            results=results,
            comment=completion.reason or "",
        )
        return await self._call_with_entry(RECORD_INSPECTION, step, CompletedInspection)

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
            details = _task_details(lot) | {
                "inspection_id": inspected.id,
                "result": inspected.result,
                "inspectors": inspected.inspectors,
            }
            if refused:
                details["refused"] = refused
            completion = await self.step(
                DECIDE_RELEASE,
                self.human_task,
                HumanTask(
                    name="Release received lot",
                    element_id=DECIDE_RELEASE,
                    business_key=lot.receipt_id,
                    candidate_groups=(APPROVERS,),
                    priority=70,
                    due_in=command.deadlines.release_due_in,
                    outcomes=decision_outcomes(inspected, lot.quantity),
                    excluded=tuple(
                        Exclusion(user=user, why=f"{user} inspected lot {lot.lot_code}")
                        for user in inspected.inspectors
                    ),
                    details=details,
                ),
            )
            try:
                decided, accepted, rejected = await self.step(
                    DECIDE_LOT_TASK, self._decide_in_quality, round_, lot, inspected, completion
                )
                refused = ""
            except EntryRefused as refusal:
                refused = str(refusal)
            if self.chose(DECISION_ACCEPTED, not refused):
                return completion.completed_by, decided, accepted, rejected, completion.reason or ""
        raise ApplicationError("too many refused rounds", type="too_many_rounds")

    async def _decide_in_quality(
        self,
        round_: int,
        lot: ReceivedLot,
        inspected: CompletedInspection,
        completion: TaskCompletion,
    ) -> tuple[LotDecided, Decimal, Decimal]:
        """The approver's decision, made in quality in their name; with its quantities."""
        try:
            accepted, rejected = decided_quantities(completion, lot.quantity)
        except ValueError as invalid:
            raise EntryRefused(str(invalid)) from None
        step = DecideLotStep(
            round=round_,
            inspection_id=inspected.id,
            approver=completion.completed_by,
            approver_roles=completion.completed_roles,
            decision=completion.outcome,
            accepted_quantity=accepted,
            rejected_quantity=rejected,
            reason=completion.reason or "",
            override_failed_result=bool(completion.variables.get("override_failed_result", False)),
        )
        decided: LotDecided = await self._call_with_entry(DECIDE_LOT, step, LotDecided)
        return decided, accepted, rejected


def _fields_of(invalid: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(map(str, error['loc']))}: {error['msg']}"
        for error in invalid.errors(include_url=False)
    )


def _task_details(lot: ReceivedLot) -> dict[str, object]:
    """What every task of the receipt shows the people about the received lot."""
    return {
        "receipt_id": lot.receipt_id,
        "lot_code": lot.lot_code,
        "item_code": lot.item_code,
        "quantity": str(lot.quantity),
        "unit": lot.unit,
    }
