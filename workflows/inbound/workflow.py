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

from decimal import Decimal

from temporalio import workflow

from workflows.inbound.elements import (
    CHECK_INSPECTION_REQUIREMENT_TASK,
    INSPECTION_NEEDED,
    LOT_DECISION,
    OPEN_INSPECTION_TASK,
    PUT_AWAY,
    RECEIPT_RECORDED,
    RECEIPT_SETTLED,
    RECEIVE_INTO_QUARANTINE_TASK,
    RECORD_RECEIPT_OUTCOME_TASK,
    REJECT_STOCK,
    RELEASE_STOCK,
    SPLIT_STOCK,
    STOCK_SETTLED,
    TO_PUTAWAY,
    TO_RELEASE,
)
from workflows.inbound.people import InboundSteps

with workflow.unsafe.imports_passed_through():
    from workflows.inbound.contracts import (
        CHECK_INSPECTION_REQUIREMENT,
        OPEN_INSPECTION,
        PUT_AWAY_BY_RULE,
        RECEIVE_INTO_QUARANTINE,
        RECORD_RECEIPT_OUTCOME,
        SETTLE_STOCK,
        WORKFLOW_NAME,
        CompletedInspection,
        InboundReceipt,
        InboundSettled,
        InspectionNeed,
        LotDecided,
        OpenedInspection,
        PutAway,
        PutAwayStep,
        ReceiptOutcomeStep,
        ReceivedLot,
        SettleStockStep,
    )

BRANCH_TRAILS_QUERY = "branch_trails"


# Every receipt runs this process, and the sandbox's cost per run (a fresh import of this module,
# a hop into the sandbox for every payload) was a third of the worker's CPU for it: it runs
# outside. The replay test runs its code inside the sandbox instead, where a nondeterministic
# call fails (tests/workflows/test_inbound.py).
@workflow.defn(name=WORKFLOW_NAME, sandboxed=False)
class InboundReceiptWorkflow(InboundSteps):
    @workflow.query(name=BRANCH_TRAILS_QUERY)
    def branch_trails(self) -> list[list[str]]:
        """The paths of the deadline timers' tokens, each from the inspection task on."""
        return [list(branch) for branch in self._branches]

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
            putaway = await self._step(
                PUT_AWAY_BY_RULE, PutAwayStep(lot=lot, quantity=accepted), PutAway
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
