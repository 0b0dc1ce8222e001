"""The inbound receipt as it runs: the code walks inbound.bpmn element by element.

receipt recorded -> stock into QUARANTINE at the receipt's dock -> inspection required?
  no (no plan, or skip-lot) -> release
  yes -> open the inspection -> inspectors inspect (human task: reminder, then escalation to
         the supervisors when overdue) -> their results are recorded in quality in the name of
         whoever completed the task -> an approver who did not inspect decides (human task) ->
         the decision is made in quality in the approver's name -> release / reject / partial
-> release: the receipt's quantity AVAILABLE and put away to the bin the policy suggests;
   reject: REJECTED (quality's nonconformance carries the disposition); partial: both by
   quantity. Only this receipt's stock at its dock moves: another delivery of the same lot
   waits in quarantine for its own decision
-> the outcome is recorded on the receipt in receiving.

Results or a decision quality refuses (a characteristic missing, a partial that does not add
up) send the task back to the people with the refusal, under a new round's request ids.
The main token's path is the query `trail`; the tokens the non-interrupting deadline timers on
the inspection task emit are the query `branch_trails`, each from the task to its end event.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal, InvalidOperation

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

from workflows.service_policy import SERVICE_CALL_TIMEOUT, SERVICE_RETRY
from workflows.tasks.workflow import HumanTasks
from workflows.trail import BpmnTrail

with workflow.unsafe.imports_passed_through():
    from pydantic import ValidationError

    from workflows.inbound.contracts import (
        APPROVERS,
        CHECK_INSPECTION_REQUIREMENT,
        CONFIRM_PUTAWAY,
        DECIDE_LOT,
        INSPECTORS,
        OPEN_INSPECTION,
        RECEIVE_INTO_QUARANTINE,
        RECORD_INSPECTION,
        RECORD_RECEIPT_OUTCOME,
        SETTLE_STOCK,
        SUGGEST_PUTAWAY,
        SUPERVISORS,
        WORKFLOW_NAME,
        CompletedInspection,
        ConfirmPutawayStep,
        DecideLotStep,
        InboundReceipt,
        InboundSettled,
        InspectionNeed,
        LotDecided,
        OpenedInspection,
        PutAway,
        PutAwayStep,
        ReceiptOutcomeStep,
        ReceivedLot,
        RecordInspectionStep,
        ResultEntry,
        SettleStockStep,
    )
    from workflows.tasks.contracts import (
        RELEASE_REJECT_OR_PARTIAL,
        Exclusion,
        HumanTask,
        Outcome,
        TaskCompletion,
    )

# Element ids of inbound.bpmn, in the order the process meets them.
RECEIPT_RECORDED = "receipt_recorded"
RECEIVE_INTO_QUARANTINE_TASK = "receive_into_quarantine"
CHECK_INSPECTION_REQUIREMENT_TASK = "check_inspection_requirement"
INSPECTION_NEEDED = "inspection_needed"
OPEN_INSPECTION_TASK = "open_inspection"
INSPECT_LOT = "inspect_lot"
INSPECTION_REMINDER = "inspection_reminder"
INSPECTORS_REMINDED = "inspectors_reminded"
INSPECTION_OVERDUE = "inspection_overdue"
ESCALATED_TO_SUPERVISORS = "escalated_to_supervisors"
RECORD_INSPECTION_RESULTS = "record_inspection_results"
RESULTS_ACCEPTED = "results_accepted"
DECIDE_RELEASE = "decide_release"
DECIDE_LOT_TASK = "decide_lot"
DECISION_ACCEPTED = "decision_accepted"
LOT_DECISION = "lot_decision"
TO_RELEASE = "to_release"
RELEASE_STOCK = "release_stock"
REJECT_STOCK = "reject_stock"
SPLIT_STOCK = "split_stock"
TO_PUTAWAY = "to_putaway"
PUT_AWAY = "put_away"
STOCK_SETTLED = "stock_settled"
RECORD_RECEIPT_OUTCOME_TASK = "record_receipt_outcome"
RECEIPT_SETTLED = "receipt_settled"

BRANCH_TRAILS_QUERY = "branch_trails"
RECORD_RESULTS = Outcome(name="record_results", required_variables=("results",))


def _refusal(error: ActivityError | ApplicationError) -> ApplicationError | None:
    """The service's business refusal behind a failed step, if that is what it was. A local
    activity's failure reaches the workflow as the activity's own ApplicationError."""
    cause = error.cause if isinstance(error, ActivityError) else error
    if isinstance(cause, ApplicationError) and cause.non_retryable:
        return cause
    return None


@workflow.defn(name=WORKFLOW_NAME)
class InboundReceiptWorkflow(BpmnTrail, HumanTasks):
    def __init__(self) -> None:
        super().__init__()
        self._branches: list[list[str]] = []

    @workflow.query(name=BRANCH_TRAILS_QUERY)
    def branch_trails(self) -> list[list[str]]:
        """The paths of the deadline timers' tokens, each from the inspection task on."""
        return [list(branch) for branch in self._branches]

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

    @workflow.run
    async def run(self, command: InboundReceipt) -> InboundSettled:
        self.passed(RECEIPT_RECORDED)

        self.passed(RECEIVE_INTO_QUARANTINE_TASK)
        lot: ReceivedLot = await self._step(
            RECEIVE_INTO_QUARANTINE, command.receipt_id, ReceivedLot
        )

        self.passed(CHECK_INSPECTION_REQUIREMENT_TASK)
        need: InspectionNeed = await self._step(CHECK_INSPECTION_REQUIREMENT, lot, InspectionNeed)

        self.passed(INSPECTION_NEEDED)
        accepted, rejected, reason = lot.quantity, Decimal(0), ""
        inspected: CompletedInspection | None = None
        decided_by, decided = "", LotDecided(decision="release")
        if need.outcome == "required":
            self.passed(OPEN_INSPECTION_TASK)
            opened: OpenedInspection = await self._step(OPEN_INSPECTION, lot, OpenedInspection)
            inspected = await self._inspect(command, lot, opened)
            decided_by, decided, accepted, rejected, reason = await self._decide(
                command, lot, inspected
            )
            self.passed(LOT_DECISION)
        reference = inspected.id if inspected else lot.receipt_id
        settle = SettleStockStep(
            lot=lot,
            accepted_quantity=accepted,
            rejected_quantity=rejected,
            reason=reason,
            reference=reference,
        )

        putaway = PutAway(location_code="")
        if decided.decision == "reject":
            self.passed(REJECT_STOCK)
            await self._step(SETTLE_STOCK, settle)
        else:
            if decided.decision == "release":
                self.passed(TO_RELEASE)
                self.passed(RELEASE_STOCK)
            else:
                self.passed(SPLIT_STOCK)
            await self._step(SETTLE_STOCK, settle)
            self.passed(TO_PUTAWAY)
            self.passed(PUT_AWAY)
            step = PutAwayStep(lot=lot, quantity=accepted)
            putaway = await self._step(SUGGEST_PUTAWAY, step, PutAway)
            if putaway.location_code:
                await self._step(
                    CONFIRM_PUTAWAY,
                    ConfirmPutawayStep(
                        lot=lot, quantity=accepted, location_code=putaway.location_code
                    ),
                )
        self.passed(STOCK_SETTLED)

        self.passed(RECORD_RECEIPT_OUTCOME_TASK)
        receipt_status: str = await self._step(
            RECORD_RECEIPT_OUTCOME,
            ReceiptOutcomeStep(
                receipt_id=lot.receipt_id,
                accepted_quantity=accepted,
                rejected_quantity=rejected,
                reason=reason,
                inspection_reference=inspected.id if inspected else "",
            ),
            str,
        )
        self.passed(RECEIPT_SETTLED)
        await workflow.wait_condition(workflow.all_handlers_finished)
        return InboundSettled(
            receipt_id=lot.receipt_id,
            lot_code=lot.lot_code,
            item_code=lot.item_code,
            inspection="inspected" if inspected else need.outcome,
            inspection_id=inspected.id if inspected else "",
            result=inspected.result if inspected else "",
            decision=decided.decision,
            accepted_quantity=accepted,
            rejected_quantity=rejected,
            inspected_by=inspected.inspectors if inspected else [],
            decided_by=decided_by,
            putaway_location=putaway.location_code,
            nonconformance_id=decided.nonconformance_id,
            receipt_status=receipt_status,
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
                details = {
                    "receipt_id": lot.receipt_id,
                    "lot_code": lot.lot_code,
                    "item_code": lot.item_code,
                    "quantity": str(lot.quantity),
                    "unit": lot.unit,
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
                except (ActivityError, ApplicationError) as failed:
                    refusal = _refusal(failed)
                    if refusal is None:
                        raise
                    refused = f"{refusal.type}: {refusal.message}"
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
            details = {
                "receipt_id": lot.receipt_id,
                "lot_code": lot.lot_code,
                "item_code": lot.item_code,
                "quantity": str(lot.quantity),
                "unit": lot.unit,
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
            except (ActivityError, ApplicationError) as failed:
                refusal = _refusal(failed)
                if refusal is None:
                    raise
                refused = f"{refusal.type}: {refusal.message}"
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
