"""The inbound receipt as it runs: the code walks inbound.bpmn element by element.

receipt recorded -> stock into QUARANTINE at the receipt's dock -> accepted for return?
  yes (expired or short-dated goods taken in only to go back to the supplier) -> the stock
      was received REJECTED: nothing to inspect, the receipt's outcome is recorded rejected
  no -> inspection required?
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
A step refused for good (or given up) marks the receipt failed and opens an exception task for
the receiving supervisors (failures.py): retry, or abandon.

Results or a decision quality refuses (a characteristic missing, a partial that does not add
up) send the task back to the people with the refusal, under a new round's request ids.
The main token's path is the query `trail`; the tokens the non-interrupting deadline timers on
the inspection task emit are the query `branch_trails`, each from the task to its end event.
"""

from __future__ import annotations

from decimal import Decimal

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

from workflows.inbound.elements import (
    ACCEPTED_FOR_RETURN,
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
from workflows.inbound.failures import ReceiptFailureSteps
from workflows.inbound.people import InboundSteps

with workflow.unsafe.imports_passed_through():
    from workflows.inbound.contracts import (
        CHECK_INSPECTION_REQUIREMENT,
        OPEN_INSPECTION,
        PUT_AWAY_BY_RULE,
        READ_RECEIPT,
        RECEIVE_INTO_QUARANTINE,
        RECORD_RECEIPT_OUTCOME,
        SETTLE_STOCK,
        WORKFLOW_NAME,
        CompletedInspection,
        InboundAbandoned,
        InboundReceipt,
        InboundSettled,
        InspectionNeed,
        LotDecided,
        OpenedInspection,
        PutAway,
        PutAwayStep,
        QuarantineStep,
        ReceiptOutcomeStep,
        ReceivedLot,
        RecordedReceipt,
    )
    from workflows.inbound.rules import dock_of, left_at_dock, receiving_status, settlement

BRANCH_TRAILS_QUERY = "branch_trails"


@workflow.defn(name=WORKFLOW_NAME)
class InboundReceiptWorkflow(ReceiptFailureSteps, InboundSteps):
    @workflow.query(name=BRANCH_TRAILS_QUERY)
    def branch_trails(self) -> list[list[str]]:
        """The paths of the deadline timers' tokens, each from the inspection task on."""
        return [list(branch) for branch in self._branches]

    @workflow.run
    async def run(self, command: InboundReceipt) -> InboundSettled | InboundAbandoned:
        try:
            return await self._settle(command)
        except (ActivityError, ApplicationError) as failure:
            return await self.receipt_failed(command, failure)

    async def _settle(self, command: InboundReceipt) -> InboundSettled:
        self.reached(RECEIPT_RECORDED)
        lot: ReceivedLot = await self.step(
            RECEIVE_INTO_QUARANTINE_TASK, self._receive_into_quarantine, command.receipt_id
        )
        if self.chose(ACCEPTED_FOR_RETURN, bool(lot.return_reason)):
            return await self._settle_for_return(lot)
        need: InspectionNeed = await self.step(
            CHECK_INSPECTION_REQUIREMENT_TASK,
            CHECK_INSPECTION_REQUIREMENT,
            lot,
            result_type=InspectionNeed,
        )

        accepted, rejected, reason = lot.quantity, Decimal(0), ""
        inspected: CompletedInspection | None = None
        decided_by, decided = "", LotDecided(decision="release")
        if self.chose(INSPECTION_NEEDED, need.outcome == "required"):
            opened: OpenedInspection = await self.step(
                OPEN_INSPECTION_TASK, OPEN_INSPECTION, lot, result_type=OpenedInspection
            )
            inspected = await self._inspect(command, lot, opened)
            decided_by, decided, accepted, rejected, reason = await self._decide(
                command, lot, inspected
            )
            self.reached(LOT_DECISION)

        settle = settlement(lot, accepted, rejected, inspected.id if inspected else lot.receipt_id)
        putaway = PutAway(location_code="")
        if decided.decision == "reject":
            await self.step(REJECT_STOCK, SETTLE_STOCK, settle)
        else:
            if decided.decision == "release":
                self.reached(TO_RELEASE)
                await self.step(RELEASE_STOCK, SETTLE_STOCK, settle)
            else:
                await self.step(SPLIT_STOCK, SETTLE_STOCK, settle)
            self.reached(TO_PUTAWAY)
            putaway = await self.step(PUT_AWAY, self._put_away, lot, accepted)
        self.reached(STOCK_SETTLED)

        receipt_status: str = await self.step(
            RECORD_RECEIPT_OUTCOME_TASK,
            RECORD_RECEIPT_OUTCOME,
            ReceiptOutcomeStep(
                receipt_id=lot.receipt_id,
                accepted_quantity=accepted,
                rejected_quantity=rejected,
                reason=reason,
                inspection_reference=inspected.id if inspected else "",
            ),
            result_type=str,
        )
        self.reached(RECEIPT_SETTLED)
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

    async def _receive_into_quarantine(self, receipt_id: str) -> ReceivedLot:
        """The receipt as receiving recorded it, its stock into QUARANTINE at its dock."""
        receipt: RecordedReceipt = await self.call_service(
            READ_RECEIPT, receipt_id, result_type=RecordedReceipt
        )
        dock = dock_of(receipt)
        movement_id: str = await self.call_service(
            RECEIVE_INTO_QUARANTINE,
            QuarantineStep(receipt=receipt, dock=dock, status=receiving_status(receipt)),
            result_type=str,
        )
        return ReceivedLot(
            receipt_id=receipt.receipt_id,
            lot_code=receipt.lot_code,
            item_code=receipt.item_code,
            supplier_code=receipt.supplier_code,
            quantity=receipt.quantity,
            unit=receipt.unit,
            dock=dock,
            movement_id=movement_id,
            return_reason=receipt.return_reason,
        )

    async def _settle_for_return(self, lot: ReceivedLot) -> InboundSettled:
        """Goods accepted only for return were received REJECTED: the stock is settled, and
        the receipt's outcome is all rejected, for the reason given, without inspection."""
        self.reached(STOCK_SETTLED)
        receipt_status: str = await self.step(
            RECORD_RECEIPT_OUTCOME_TASK,
            RECORD_RECEIPT_OUTCOME,
            ReceiptOutcomeStep(
                receipt_id=lot.receipt_id,
                accepted_quantity=Decimal(0),
                rejected_quantity=lot.quantity,
                reason=lot.return_reason,
            ),
            result_type=str,
        )
        self.reached(RECEIPT_SETTLED)
        return InboundSettled(
            receipt_id=lot.receipt_id,
            lot_code=lot.lot_code,
            item_code=lot.item_code,
            inspection="not_required",
            decision="reject",
            accepted_quantity=Decimal(0),
            rejected_quantity=lot.quantity,
            receipt_status=receipt_status,
        )

    async def _put_away(self, lot: ReceivedLot, quantity: Decimal) -> PutAway:
        """The accepted quantity to the bin the warehouse's rules choose, or left at the dock."""
        try:
            return await self.call_service(
                PUT_AWAY_BY_RULE, PutAwayStep(lot=lot, quantity=quantity), result_type=PutAway
            )
        except (ActivityError, ApplicationError) as failure:
            left = left_at_dock(failure)
            if left is None:
                raise
            return left
