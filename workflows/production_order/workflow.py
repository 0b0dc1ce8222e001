"""The production order as it runs: the code walks production_order.bpmn element by element.

order released -> read the order (operations, materials, the work centers' active scrap
reasons) -> a line short? find the first approved alternate valid today with enough stock and
ask approval for it (the substitution workflow as a child, in the name of whoever released the
order), or wait until a planner's substitution is settled -> read again -> for each operation:
operators start, report and complete it through Updates (workflows/production_order/updates.py)
-> its backflush_operation lines backflushed -> after the last: the order's backflush_order
lines, then the output lot (by-products linking every input) -> in QUARANTINE (quality has a
plan for the item)? inbound's inspection and release tasks, then the output settled ->
the order completed.

A step refused for good blocks the order with the reason and opens a task for the planners
(failures.py). The main token's path is the query `trail`.
"""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

from workflows.inbound.people import InboundSteps
from workflows.production_order.elements import (
    AWAIT_SUBSTITUTION,
    BACKFLUSH_DUE,
    BACKFLUSH_OPERATION_TASK,
    BACKFLUSH_ORDER_TASK,
    COMPLETE_ORDER_TASK,
    FINAL_INSPECTION_NEEDED,
    FIND_SUBSTITUTE_TASK,
    LOT_DECISION,
    OPEN_INSPECTION_TASK,
    OPERATION_LEFT,
    ORDER_BACKFLUSH_DUE,
    ORDER_COMPLETED,
    ORDER_RELEASED,
    PRODUCE_OUTPUT_TASK,
    READ_ORDER_TASK,
    REJECT_STOCK,
    RELEASE_STOCK,
    RUN_OPERATION,
    SPLIT_STOCK,
    STAGING_SHORT,
    STOCK_SETTLED,
    SUBSTITUTE_AS_CHILD,
    SUBSTITUTE_FOUND,
)
from workflows.production_order.failures import OrderFailureSteps
from workflows.production_order.updates import OperatorUpdates

with workflow.unsafe.imports_passed_through():
    from workflows.inbound.contracts import OPEN_INSPECTION, SETTLE_STOCK, OpenedInspection
    from workflows.inbound.rules import settlement
    from workflows.production_order import rules
    from workflows.production_order.contracts import (
        BACKFLUSH,
        BACKFLUSH_OPERATION,
        BACKFLUSH_ORDER,
        COMPLETE_ORDER,
        COMPLETED,
        FIND_SUBSTITUTE,
        PRODUCE_OUTPUT,
        QUARANTINE,
        READ_ORDER,
        WORKFLOW_NAME,
        BackflushStep,
        MaterialLine,
        OrderAbandoned,
        OrderProduced,
        OrderSnapshot,
        OutputStep,
        ProducedOutput,
        ProduceOrder,
        SubstituteFound,
        SubstituteSearch,
    )
    from workflows.production_order.final_inspection import output_as_lot
    from workflows.substitution.contracts import (
        PLANNER_ROLE,
        Person,
        RequestSubstitution,
        SubstitutionSettled,
    )
    from workflows.substitution.contracts import WORKFLOW_NAME as SUBSTITUTION
    from workflows.substitution.contracts import workflow_id_for as substitution_id_for


@workflow.defn(name=WORKFLOW_NAME)
class ProductionOrderWorkflow(OrderFailureSteps, OperatorUpdates, InboundSteps):
    def __init__(self) -> None:
        super().__init__()
        self._tried: tuple[str, ...] = ()

    @workflow.run
    async def run(self, command: ProduceOrder) -> OrderProduced | OrderAbandoned:
        self._tried = command.tried_substitutes
        try:
            return await self._produce(command)
        except (ActivityError, ApplicationError) as failure:
            return await self.order_failed(command, failure)

    async def _produce(self, command: ProduceOrder) -> OrderProduced:
        self.reached(ORDER_RELEASED)
        await self._read_order(command)
        while self.chose(STAGING_SHORT, bool(rules.short_lines(self._current))):
            await self._resolve_shortage(command, rules.short_lines(self._current)[0])
            await self._read_order(command)

        self._accepting = True
        for op in self._current.operations:
            self.chose(OPERATION_LEFT, True)
            await self.step(RUN_OPERATION, self._operation_done, op.seq)
            if self.chose(BACKFLUSH_DUE, rules.backflush_due(self._current, op.seq)):
                await self.step(
                    BACKFLUSH_OPERATION_TASK,
                    BACKFLUSH,
                    BackflushStep(
                        order_number=command.order_number,
                        operation_seq=op.seq,
                        policy=BACKFLUSH_OPERATION,
                    ),
                )
        self.chose(OPERATION_LEFT, False)
        async with self._reporting:  # a report still being recorded finishes first
            self._accepting = False

        if self.chose(ORDER_BACKFLUSH_DUE, rules.backflush_due(self._current, 0)):
            await self.step(
                BACKFLUSH_ORDER_TASK,
                BACKFLUSH,
                BackflushStep(
                    order_number=command.order_number, operation_seq=0, policy=BACKFLUSH_ORDER
                ),
            )
        output: ProducedOutput = await self.step(
            PRODUCE_OUTPUT_TASK,
            PRODUCE_OUTPUT,
            OutputStep(
                order_number=command.order_number,
                quantity=rules.output_quantity(self._current),
                uom=self._current.uom,
            ),
            result_type=ProducedOutput,
        )
        produced = OrderProduced(
            order_number=command.order_number,
            output_lot_code=output.lot_code,
            output_quantity=output.quantity,
            output_status=output.status,
        )
        if self.chose(FINAL_INSPECTION_NEEDED, output.status == QUARANTINE):
            produced = await self._final_inspection(command, output, produced)
        self.reached(STOCK_SETTLED)
        await self.step(COMPLETE_ORDER_TASK, COMPLETE_ORDER, command.order_number)
        self.reached(ORDER_COMPLETED)
        await workflow.wait_condition(workflow.all_handlers_finished)
        return produced

    @property
    def _current(self) -> OrderSnapshot:
        assert self._order is not None
        return self._order

    async def _read_order(self, command: ProduceOrder) -> None:
        self._order = await self.step(
            READ_ORDER_TASK, READ_ORDER, command.order_number, result_type=OrderSnapshot
        )

    async def _operation_done(self, seq: int) -> None:
        def completed() -> bool:
            op = rules.operation(self._current, seq)
            return op is not None and op.status == COMPLETED

        await workflow.wait_condition(completed)

    # -- shortage -------------------------------------------------------------------------------

    async def _resolve_shortage(self, command: ProduceOrder, line: MaterialLine) -> None:
        """Ask approval for the first alternate that qualifies, or wait for a planner's."""
        found: SubstituteFound = await self.step(
            FIND_SUBSTITUTE_TASK,
            FIND_SUBSTITUTE,
            SubstituteSearch(
                order_number=command.order_number,
                line_no=line.line_no,
                tried=rules.tried_for(self._tried, line.line_no),
            ),
            result_type=SubstituteFound,
        )
        requester = self._current.released_by
        if self.chose(SUBSTITUTE_FOUND, bool(found.substitute_item_code and requester)):
            self._tried = (*self._tried, f"{line.line_no}:{found.substitute_item_code}")
            await self.step(
                SUBSTITUTE_AS_CHILD, self._substitute_as_child, command, line, found, requester
            )
            return
        seen = len(self._settlements)
        await self.step(
            AWAIT_SUBSTITUTION, workflow.wait_condition, lambda: len(self._settlements) > seen
        )

    async def _substitute_as_child(
        self, command: ProduceOrder, line: MaterialLine, found: SubstituteFound, requester: str
    ) -> SubstitutionSettled:
        """The substitution approval in the name of whoever released the order (a planner:
        releasing takes that role), so that person may not approve it."""
        key = f"shortage-{line.line_no}-{found.substitute_item_code}-{command.attempt}"
        return await workflow.execute_child_workflow(
            SUBSTITUTION,
            RequestSubstitution(
                request_id=key,
                order_number=command.order_number,
                line_no=line.line_no,
                substitute_item_code=found.substitute_item_code,
                reason=f"line {line.line_no} ({line.item_code}) short at staging",
                requester=Person(user=requester, roles=(PLANNER_ROLE,)),
                deadlines=command.approval,
                notify_order=False,
            ),
            id=substitution_id_for(command.order_number, key),
            result_type=SubstitutionSettled,
        )

    # -- final inspection -----------------------------------------------------------------------

    async def _final_inspection(
        self, command: ProduceOrder, output: ProducedOutput, produced: OrderProduced
    ) -> OrderProduced:
        """Inbound's inspection and release tasks on the output lot, then its stock settled
        at the output location as the approver decided."""
        lot = output_as_lot(command.order_number, output)
        opened: OpenedInspection = await self.step(
            OPEN_INSPECTION_TASK, OPEN_INSPECTION, lot, result_type=OpenedInspection
        )
        inspected = await self._inspect(command, lot, opened)
        _, decided, accepted, rejected, _ = await self._decide(command, lot, inspected)
        self.reached(LOT_DECISION)
        settle = settlement(lot, accepted, rejected, inspected.id)
        element = {"release": RELEASE_STOCK, "reject": REJECT_STOCK}.get(
            decided.decision, SPLIT_STOCK
        )
        await self.step(element, SETTLE_STOCK, settle)
        status = "REJECTED" if decided.decision == "reject" else "AVAILABLE"
        return produced.model_copy(
            update={
                "output_status": status,
                "inspection_id": inspected.id,
                "decision": decided.decision,
            }
        )
