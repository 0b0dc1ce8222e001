"""OperatorUpdates: the order as the workflow holds it, and the Updates operators report through.

`operation.start`, `.report` and `.complete` each have a validator that refuses from the
workflow's own state (order status and block, sequence, input available, scrap reason active
at the work center as read at start) before anything enters history. The handler takes the
reports one at a time, checks again (two Updates delivered together are both validated before
either runs), records the report in production on the operator's behalf (RecordOperation*,
the Update id as request id, so a retry records nothing twice) and then applies it to the
workflow's state the way production does. A refusal is an ApplicationError whose type is the
stable code and whose detail is its kind, as the inbox's task Updates answer.
"""

from __future__ import annotations

import asyncio

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

from workflows.trail import business_refusal

with workflow.unsafe.imports_passed_through():
    from workflows.production_order import rules
    from workflows.production_order.contracts import (
        COMPLETE_OPERATION,
        COMPLETED,
        ORDER_QUERY,
        RECORD_OPERATION_COMPLETION,
        RECORD_OPERATION_REPORT,
        RECORD_OPERATION_START,
        REPORT_OPERATION,
        START_OPERATION,
        STARTED,
        SUBSTITUTION_SETTLED,
        CompleteOperation,
        OperationCommand,
        OperatorReport,
        OrderSnapshot,
        ReportOperation,
        StartOperation,
    )
    from workflows.substitution.contracts import SubstitutionSettled

NOT_READY = rules.Refusal("order_not_ready", "the order's workflow has not read the order yet")
SUBSTITUTION_BLOCKS = ("rejected", "expired")
# The service's refusal (its error class, workflows/service_calls.py) -> the kind it is
# answered with at the production service's door.
SERVICE_REFUSAL_KINDS = {
    "Invalid": rules.INVALID,
    "InvalidState": rules.INVALID_STATE,
    "Conflict": rules.INVALID_STATE,
    "NotFound": rules.NOT_FOUND,
    "Forbidden": rules.FORBIDDEN,
}


class OperatorUpdates:
    """Mixed into the order's workflow beside BpmnTrail (`call_service`)."""

    def __init__(self) -> None:
        super().__init__()
        self._order: OrderSnapshot | None = None
        # Operator reports are taken while the operations run, not before nor after.
        self._accepting = False
        self._reporting = asyncio.Lock()
        self._settlements: list[SubstitutionSettled] = []

    @workflow.query(name=ORDER_QUERY)
    def order(self) -> OrderSnapshot | None:
        return self._order

    @workflow.signal(name=SUBSTITUTION_SETTLED)
    def substitution_settled(self, settled: SubstitutionSettled) -> None:
        """A substitution workflow for this order is settled: a rejected or lapsed one leaves
        the order blocked (it said so in production), a recorded one unblocks it there."""
        self._settlements.append(settled)
        if self._order is not None and settled.outcome in SUBSTITUTION_BLOCKS:
            self._order = self._order.model_copy(
                update={"blocked": True, "blocked_reason": settled.reason}
            )

    # -- start ----------------------------------------------------------------------------------

    @workflow.update(name=START_OPERATION)
    async def start_operation(self, command: StartOperation) -> OperatorReport:
        async with self._reporting:
            order = self._checked(rules.start_refusal, command)
            await self._record_report(RECORD_OPERATION_START, command)
            op = rules.operation(order, command.operation_seq)
            assert op is not None
            changed = op.model_copy(update={"status": STARTED, "started_by": command.operator.user})
            self._order = rules.with_operation(order, changed)
            return self._answer(command)

    @start_operation.validator
    def _validate_start(self, command: StartOperation) -> None:
        self._checked(rules.start_refusal, command)

    # -- report ---------------------------------------------------------------------------------

    @workflow.update(name=REPORT_OPERATION)
    async def report_operation(self, command: ReportOperation) -> OperatorReport:
        async with self._reporting:
            order = self._checked(rules.report_refusal, command)
            await self._record_report(RECORD_OPERATION_REPORT, command)
            self._order = rules.with_report(order, command)
            return self._answer(command)

    @report_operation.validator
    def _validate_report(self, command: ReportOperation) -> None:
        self._checked(rules.report_refusal, command)

    # -- complete -------------------------------------------------------------------------------

    @workflow.update(name=COMPLETE_OPERATION)
    async def complete_operation(self, command: CompleteOperation) -> OperatorReport:
        async with self._reporting:
            order = self._checked(rules.completion_refusal, command)
            await self._record_report(RECORD_OPERATION_COMPLETION, command)
            op = rules.operation(order, command.operation_seq)
            assert op is not None
            self._order = rules.with_operation(order, op.model_copy(update={"status": COMPLETED}))
            return self._answer(command)

    @complete_operation.validator
    def _validate_completion(self, command: CompleteOperation) -> None:
        self._checked(rules.completion_refusal, command)

    # -- shared ---------------------------------------------------------------------------------

    def _checked(self, rule, command: OperationCommand) -> OrderSnapshot:  # noqa: ANN001
        if self._order is None:
            _refuse(NOT_READY)
        assert self._order is not None
        refusal = rule(self._order, command, accepting=self._accepting)
        if refusal is not None:
            _refuse(refusal)
        return self._order

    async def _record_report(self, activity: str, command: OperationCommand) -> None:
        """The report recorded in production; its refusal fails the Update, not the order."""
        try:
            await self.call_service(activity, command)  # type: ignore[attr-defined]
        except (ActivityError, ApplicationError) as failure:
            refusal = business_refusal(failure)
            if refusal is None:
                raise
            error = str(refusal.details[0]) if refusal.details else ""
            kind = SERVICE_REFUSAL_KINDS.get(error, rules.INVALID_STATE)
            raise ApplicationError(
                refusal.message, kind, type=refusal.type, non_retryable=True
            ) from None

    def _answer(self, command: OperationCommand) -> OperatorReport:
        assert self._order is not None
        op = rules.operation(self._order, command.operation_seq)
        assert op is not None
        return OperatorReport(
            order_number=self._order.number,
            operation_seq=op.seq,
            status=op.status,
            available_input=rules.available_input(self._order, op.seq),
            good_quantity=op.good,
            scrap_quantity=op.scrap,
            rework_out_quantity=op.rework_out,
            reported_by=command.operator.user,
        )


def _refuse(refusal: rules.Refusal) -> None:
    raise ApplicationError(refusal.message, refusal.kind, type=refusal.code, non_retryable=True)
