"""The production order process's steps: each calls production over gRPC, keyed by workflow id
and step (or, for an operator's report, by the request id the operator sent).

An operator's report is recorded on the operator's behalf (lotflow/auth.py), in the operator
role if their own token held it, so production records the person and refuses one without the
role. The worker's token holds the role beside the delegate role.
"""

from __future__ import annotations

from decimal import Decimal

from temporalio import activity
from temporalio.exceptions import ApplicationError

from protos.production.v1 import orders_pb2, production_pb2, production_pb2_grpc, wip_pb2
from workflows.production_order.contracts import (
    BACKFLUSH,
    BLOCK_ORDER,
    COMPLETE_ORDER,
    FIND_SUBSTITUTE,
    PRODUCE_OUTPUT,
    READ_ORDER,
    RECORD_OPERATION_COMPLETION,
    RECORD_OPERATION_REPORT,
    RECORD_OPERATION_START,
    UNBLOCK_ORDER,
    BackflushStep,
    BlockStep,
    CompleteOperation,
    MaterialLine,
    OperationState,
    OrderSnapshot,
    OutputStep,
    ProducedOutput,
    ReportOperation,
    StartOperation,
    SubstituteFound,
    SubstituteSearch,
)
from workflows.service_calls import ServiceAccess, step_request_id

OPERATOR_ROLE = "production"
PRODUCTION = "production"
PRIMARY = "primary"
# Production's reasons are at most this long.
REASON_LENGTH = 500


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value else "0"


def _decimal(text: str) -> Decimal:
    return Decimal(text) if text else Decimal(0)


def released_by(order: orders_pb2.Order) -> str:
    """Who released the order, as its history says."""
    return next((event.actor for event in order.history if event.kind == "released"), "")


class ProductionOrderActivities:
    def __init__(self, services: ServiceAccess) -> None:
        self.services = services

    # -- the order ------------------------------------------------------------------------------

    @activity.defn(name=READ_ORDER)
    async def read_order(self, order_number: str) -> OrderSnapshot:
        """The order, its routing's rework rules and its work centers' active scrap reasons."""
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            order = await self.services.call(
                stub.GetOrder, orders_pb2.GetOrderRequest(ref=order_number)
            )
            routing = await self.services.call(
                stub.GetRouting,
                orders_pb2.GetRoutingRequest(
                    item_code=order.item_code, version=order.routing_version
                ),
            )
            reasons: dict[str, tuple[str, ...]] = {}
            for code in sorted({op.work_center_code for op in order.operations}):
                center = await self.services.call(
                    stub.GetWorkCenter, production_pb2.GetWorkCenterRequest(ref=code)
                )
                reasons[code] = tuple(r.reason_code for r in center.scrap_reasons if r.active)
        rework = {op.seq: op for op in routing.operations}
        return OrderSnapshot(
            number=order.number,
            item_code=order.item_code,
            quantity=_decimal(order.quantity),
            uom=order.uom,
            status=order.status,
            blocked=order.blocked,
            blocked_reason=order.blocked_reason,
            output_lot_code=order.output_lot_code,
            output_location_code=order.output_location_code,
            released_by=released_by(order),
            operations=tuple(
                OperationState(
                    seq=op.seq,
                    code=op.code,
                    work_center_code=op.work_center_code,
                    status=op.status,
                    reworkable=rework[op.seq].reworkable if op.seq in rework else False,
                    rework_to_seq=rework[op.seq].rework_to_seq if op.seq in rework else 0,
                    good=_decimal(op.good_quantity),
                    scrap=_decimal(op.scrap_quantity),
                    rework_out=_decimal(op.rework_out_quantity),
                    rework_in=_decimal(op.rework_in_quantity),
                    started_by=op.started_by,
                )
                for op in sorted(order.operations, key=lambda op: op.seq)
            ),
            materials=tuple(
                MaterialLine(
                    line_no=line.line_no,
                    item_code=line.item_code,
                    uom=line.uom,
                    required=_decimal(line.required_quantity),
                    operation_seq=line.operation_seq,
                    issue_policy=line.issue_policy,
                    status=line.status,
                    staged=_decimal(line.staged_quantity),
                    consumed=_decimal(line.consumed_quantity),
                    substitutes_line_no=line.substitutes_line_no,
                )
                for line in order.materials
            ),
            scrap_reasons=reasons,
        )

    @activity.defn(name=FIND_SUBSTITUTE)
    async def find_substitute(self, search: SubstituteSearch) -> SubstituteFound:
        """The line's approved alternates by priority, each checked in production: the first
        valid today with enough issuable stock, not yet taken to approval."""
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            order = await self.services.call(
                stub.GetOrder, orders_pb2.GetOrderRequest(ref=search.order_number)
            )
            line = next(m for m in order.materials if m.line_no == search.line_no)
            bom = await self.services.call(
                stub.GetBom,
                orders_pb2.GetBomRequest(item_code=order.item_code, version=order.bom_version),
            )
            component = next((c for c in bom.components if c.id == line.bom_component_id), None)
            alternates = sorted(component.alternates, key=lambda a: a.priority) if component else []
            why_none = f"line {search.line_no} has no approved alternate"
            for alternate in alternates:
                if alternate.item_code in search.tried:
                    why_none = "every approved alternate was taken to approval already"
                    continue
                try:
                    check = await self.services.call(
                        stub.CheckSubstitute,
                        orders_pb2.CheckSubstituteRequest(
                            order_number=search.order_number,
                            line_no=search.line_no,
                            substitute_item_code=alternate.item_code,
                        ),
                    )
                except ApplicationError as refusal:  # it only rules this alternate out
                    why_none = f"{refusal.type}: {refusal.message}"
                    continue
                if check.sufficient:
                    return SubstituteFound(
                        substitute_item_code=alternate.item_code,
                        ratio=_decimal(check.ratio),
                        quantity=_decimal(check.quantity_needed),
                    )
                why_none = f"{alternate.item_code}: issuable stock short"
        return SubstituteFound(why_none=why_none)

    @activity.defn(name=BLOCK_ORDER)
    async def block_order(self, step: BlockStep) -> bool:
        """The order blocked with the failure's reason; False when a planner had blocked it
        already, which it stays (the failure is on the planners' task)."""
        request = orders_pb2.BlockOrderRequest(
            request_id=step_request_id(f"{BLOCK_ORDER}:{step.attempt}"),
            order_number=step.order_number,
            reason=step.reason[:REASON_LENGTH],
        )
        return await self._tolerating("BlockOrder", request, "order_blocked")

    @activity.defn(name=UNBLOCK_ORDER)
    async def unblock_order(self, step: BlockStep) -> bool:
        """The order unblocked for the retry; False when someone unblocked it already."""
        request = orders_pb2.UnblockOrderRequest(
            request_id=step_request_id(f"{UNBLOCK_ORDER}:{step.attempt}"),
            order_number=step.order_number,
            reason=f"retry of {step.step}",
        )
        return await self._tolerating("UnblockOrder", request, "order_not_blocked")

    async def _tolerating(self, method: str, request: object, already: str) -> bool:
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            try:
                await self.services.call(getattr(stub, method), request)
            except ApplicationError as refusal:
                if refusal.type != already:
                    raise
                return False
        return True

    # -- operator reports, on the operator's behalf ---------------------------------------------

    @activity.defn(name=RECORD_OPERATION_START)
    async def record_operation_start(self, command: StartOperation) -> None:
        operator = self._operator(command)
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            await operator.call(
                stub.RecordOperationStart,
                wip_pb2.RecordOperationStartRequest(
                    request_id=command.request_id,
                    order_number=command.order_number,
                    operation_seq=command.operation_seq,
                ),
            )

    @activity.defn(name=RECORD_OPERATION_REPORT)
    async def record_operation_report(self, command: ReportOperation) -> None:
        operator = self._operator(command)
        request = wip_pb2.RecordOperationReportRequest(
            request_id=command.request_id,
            order_number=command.order_number,
            operation_seq=command.operation_seq,
            good=_text(command.good),
            scrap=_text(command.scrap),
            scrap_reason_code=command.scrap_reason_code,
            rework=_text(command.rework),
            note=command.note,
        )
        if command.rework_to_seq:
            request.rework_to_seq = command.rework_to_seq
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            await operator.call(stub.RecordOperationReport, request)

    @activity.defn(name=RECORD_OPERATION_COMPLETION)
    async def record_operation_completion(self, command: CompleteOperation) -> None:
        operator = self._operator(command)
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            await operator.call(
                stub.RecordOperationCompletion,
                wip_pb2.RecordOperationCompletionRequest(
                    request_id=command.request_id,
                    order_number=command.order_number,
                    operation_seq=command.operation_seq,
                ),
            )

    def _operator(self, command: StartOperation | ReportOperation | CompleteOperation):
        person = command.operator
        return self.services.on_behalf_of(person.user, person.roles, OPERATOR_ROLE)

    # -- material and output --------------------------------------------------------------------

    @activity.defn(name=BACKFLUSH)
    async def backflush(self, step: BackflushStep) -> int:
        """The consumptions the backflush recorded (a replay answers the first's)."""
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            reply = await self.services.call(
                stub.Backflush,
                wip_pb2.BackflushRequest(
                    request_id=step_request_id(f"{BACKFLUSH}:{step.operation_seq}"),
                    order_number=step.order_number,
                    operation_seq=step.operation_seq,
                    policy=step.policy,
                ),
            )
        return len(reply.consumptions)

    @activity.defn(name=PRODUCE_OUTPUT)
    async def produce_output(self, step: OutputStep) -> ProducedOutput:
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            reply = await self.services.call(
                stub.ProduceOutput,
                wip_pb2.ProduceOutputRequest(
                    request_id=step_request_id(PRODUCE_OUTPUT),
                    order_number=step.order_number,
                    quantity=_text(step.quantity),
                    uom=step.uom,
                ),
            )
        output = next(o for o in reply.outputs if o.kind == PRIMARY)
        return ProducedOutput(
            lot_code=output.lot_code,
            item_code=output.item_code,
            quantity=_decimal(output.quantity),
            uom=output.uom,
            location_code=output.location_code,
            status=output.status,
        )

    @activity.defn(name=COMPLETE_ORDER)
    async def complete_order(self, order_number: str) -> str:
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            completion = await self.services.call(
                stub.CompleteOrder,
                wip_pb2.CompleteOrderRequest(
                    request_id=step_request_id(COMPLETE_ORDER), order_number=order_number
                ),
            )
        return completion.status
