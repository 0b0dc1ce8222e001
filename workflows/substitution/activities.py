"""The substitution process's steps: each calls production over gRPC, keyed by workflow id and
step. The substitution is opened in the requester's name and decided in the approver's
(lotflow/auth.py), in the roles their own tokens held, so production records the people and
enforces that the requester does not approve."""

from __future__ import annotations

from decimal import Decimal

from temporalio import activity
from temporalio.exceptions import ApplicationError

from protos.production.v1 import orders_pb2, production_pb2_grpc
from workflows.service_calls import ServiceAccess, step_request_id
from workflows.substitution.contracts import (
    APPROVER_GROUPS,
    BLOCK_ORDER,
    CHECK_SUBSTITUTE,
    DECIDE_SUBSTITUTION,
    OPEN_SUBSTITUTION,
    PLANNER_ROLE,
    RECORD_SUBSTITUTION,
    BlockStep,
    CheckedSubstitute,
    DecideStep,
    RecordStep,
    RequestSubstitution,
    SubstituteCheck,
)

PRODUCTION = "production"
REASON_LENGTH = 500
ALREADY_BLOCKED = "order_blocked"


def _decimal(text: str) -> Decimal:
    return Decimal(text) if text else Decimal(0)


class SubstitutionActivities:
    def __init__(self, services: ServiceAccess) -> None:
        self.services = services

    @activity.defn(name=CHECK_SUBSTITUTE)
    async def check_substitute(self, check: SubstituteCheck) -> CheckedSubstitute:
        """Production's answer; its refusal (not an approved alternate, not valid today, stock
        short) is an answer too."""
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            try:
                answer = await self.services.call(
                    stub.CheckSubstitute,
                    orders_pb2.CheckSubstituteRequest(
                        order_number=check.order_number,
                        line_no=check.line_no,
                        substitute_item_code=check.substitute_item_code,
                    ),
                )
            except ApplicationError as refusal:
                return CheckedSubstitute(refusal=f"{refusal.type}: {refusal.message}")
        return CheckedSubstitute(
            ratio=_decimal(answer.ratio),
            quantity=_decimal(answer.quantity_needed),
            issuable=_decimal(answer.issuable_quantity),
            sufficient=answer.sufficient,
        )

    @activity.defn(name=OPEN_SUBSTITUTION)
    async def open_substitution(self, request: RequestSubstitution) -> str:
        person = request.requester
        requester = self.services.on_behalf_of(person.user, person.roles, PLANNER_ROLE)
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            substitution = await requester.call(
                stub.OpenSubstitution,
                orders_pb2.OpenSubstitutionRequest(
                    request_id=step_request_id(OPEN_SUBSTITUTION),
                    order_number=request.order_number,
                    line_no=request.line_no,
                    substitute_item_code=request.substitute_item_code,
                    reason=request.reason[:REASON_LENGTH],
                    workflow_id=activity.info().workflow_id,
                ),
            )
        return substitution.id

    @activity.defn(name=DECIDE_SUBSTITUTION)
    async def decide_substitution(self, step: DecideStep) -> str:
        person = step.approver
        approver = self.services.on_behalf_of(person.user, person.roles, *APPROVER_GROUPS)
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            substitution = await approver.call(
                stub.DecideSubstitution,
                orders_pb2.DecideSubstitutionRequest(
                    request_id=step_request_id(f"{DECIDE_SUBSTITUTION}:{step.round}"),
                    substitution_id=step.substitution_id,
                    approve=step.approve,
                    reason=step.reason[:REASON_LENGTH],
                ),
            )
        return substitution.status

    @activity.defn(name=RECORD_SUBSTITUTION)
    async def record_substitution(self, step: RecordStep) -> str:
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            substitution = await self.services.call(
                stub.RecordSubstitution,
                orders_pb2.RecordSubstitutionRequest(
                    request_id=step_request_id(RECORD_SUBSTITUTION),
                    substitution_id=step.substitution_id,
                ),
            )
        return substitution.status

    @activity.defn(name=BLOCK_ORDER)
    async def block_order(self, step: BlockStep) -> bool:
        """The order blocked with the reason; False when it was blocked already (a shortage),
        which it stays, the decision and its reason in its history."""
        async with self.services.channel(PRODUCTION) as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            try:
                await self.services.call(
                    stub.BlockOrder,
                    orders_pb2.BlockOrderRequest(
                        request_id=step_request_id(f"{BLOCK_ORDER}:{step.why}"),
                        order_number=step.order_number,
                        reason=step.reason[:REASON_LENGTH],
                    ),
                )
            except ApplicationError as refusal:
                if refusal.type != ALREADY_BLOCKED:
                    raise
                return False
        return True
