"""The inbound process's steps: each calls one service over gRPC, keyed by workflow id and step.

Calls made for a person (the inspector's results and completion, the approver's decision) go
with the worker's own token acting on behalf of that person, in the one role the step needs
(lotflow/auth.py) if the person's own token held it, so quality records the person, refuses a
person without the role, and its own segregation of duties (approver is not an inspector) binds
them. The person was authenticated by the inbox when they completed the task, and the task's
validator checked their groups; a group lets them complete the task, never act in a role.
"""

from __future__ import annotations

from decimal import Decimal

from temporalio import activity

from protos.quality.v1 import quality_pb2, quality_pb2_grpc
from protos.receiving.v1 import receiving_pb2, receiving_pb2_grpc
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from workflows.inbound.contracts import (
    CHECK_INSPECTION_REQUIREMENT,
    DECIDE_LOT,
    OPEN_INSPECTION,
    PUT_AWAY_BY_RULE,
    READ_RECEIPT,
    RECEIVE_INTO_QUARANTINE,
    RECORD_INSPECTION,
    RECORD_RECEIPT_OUTCOME,
    SETTLE_STOCK,
    CompletedInspection,
    DecideLotStep,
    InspectionNeed,
    LotDecided,
    OpenedInspection,
    PlannedCheck,
    PutAway,
    PutAwayStep,
    QuarantineStep,
    ReceiptOutcomeStep,
    ReceivedLot,
    RecordedReceipt,
    RecordInspectionStep,
    SettleStockStep,
)
from workflows.inbound.failure_activities import ReceiptFailureActivities
from workflows.inbound.rules import AVAILABLE
from workflows.service_calls import ServiceAccess, step_request_id

INSPECTOR_ROLE = "quality_inspector"
APPROVER_ROLE = "quality_approver"
RECEIPT_REFERENCE = "RECEIPT"


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value else "0"


class InboundActivities(ReceiptFailureActivities):
    def __init__(self, services: ServiceAccess) -> None:
        self.services = services

    # -- receipt into quarantine ----------------------------------------------------------------

    @activity.defn(name=READ_RECEIPT)
    async def read_receipt(self, receipt_id: str) -> RecordedReceipt:
        async with self.services.channel("receiving") as channel:
            stub = receiving_pb2_grpc.ReceivingServiceStub(channel)
            receipt = await self.services.call(
                stub.GetReceipt, receiving_pb2.GetReceiptRequest(receipt_id=receipt_id)
            )
        return RecordedReceipt(
            receipt_id=receipt_id,
            lot_code=receipt.traceability_lot_code,
            item_code=receipt.item_code,
            supplier_code=receipt.supplier_code,
            supplier_lot=receipt.supplier_lot,
            quantity=Decimal(receipt.quantity),
            unit=receipt.unit,
            receiving_location=receipt.receiving_location,
            production_date=receipt.production_date,
            expiry_date=receipt.expiry_date,
            tlc_source=receipt.tlc_source,
            return_reason=receipt.accept_for_return.reason,
        )

    @activity.defn(name=RECEIVE_INTO_QUARANTINE)
    async def receive_into_quarantine(self, step: QuarantineStep) -> str:
        """The received quantity into QUARANTINE (or REJECTED) at the dock; the movement's id."""
        receipt = step.receipt
        async with self.services.channel("warehouse") as channel:
            stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
            movement = await self.services.call(
                stub.ReceiveStock,
                warehouse_pb2.ReceiveStockRequest(
                    request_id=step_request_id(f"{RECEIVE_INTO_QUARANTINE}:stock"),
                    lot_code=receipt.lot_code,
                    item_code=receipt.item_code,
                    location_code=step.dock,
                    quantity=str(receipt.quantity),
                    uom=receipt.unit,
                    status=step.status,
                    reference_type=RECEIPT_REFERENCE,
                    reference_number=receipt.receipt_id,
                    # The lot's first receipt registers it; a later one finds it registered.
                    new_lot=warehouse_pb2.LotAttributes(
                        origin="received",
                        supplier=receipt.supplier_code,
                        supplier_lot=receipt.supplier_lot,
                        production_date=receipt.production_date,
                        expiry_date=receipt.expiry_date,
                        tlc_source=receipt.tlc_source,
                    ),
                ),
            )
        return movement.id

    # -- quality --------------------------------------------------------------------------------

    @activity.defn(name=CHECK_INSPECTION_REQUIREMENT)
    async def check_inspection_requirement(self, lot: ReceivedLot) -> InspectionNeed:
        async with self.services.channel("quality") as channel:
            stub = quality_pb2_grpc.QualityServiceStub(channel)
            need = await self.services.call(
                stub.GetInspectionRequirement,
                quality_pb2.GetInspectionRequirementRequest(
                    item_code=lot.item_code, supplier_code=lot.supplier_code, lot_code=lot.lot_code
                ),
            )
        return InspectionNeed(
            outcome=need.outcome,
            reason=need.reason,
            plan_id=need.plan_id,
            plan_version=need.plan_version,
        )

    @activity.defn(name=OPEN_INSPECTION)
    async def open_inspection(self, lot: ReceivedLot) -> OpenedInspection:
        async with self.services.channel("quality") as channel:
            stub = quality_pb2_grpc.QualityServiceStub(channel)
            inspection = await self.services.call(
                stub.OpenInspection,
                quality_pb2.OpenInspectionRequest(
                    request_id=step_request_id(OPEN_INSPECTION),
                    lot_code=lot.lot_code,
                    item_code=lot.item_code,
                    supplier_code=lot.supplier_code,
                    receipt_reference=lot.receipt_id,
                    quantity=_text(lot.quantity),
                    unit=lot.unit,
                ),
            )
        return OpenedInspection(
            id=inspection.id,
            characteristics=[check.name for check in inspection.checks],
            sample_size=inspection.sample_size,
            checks=[
                PlannedCheck(
                    name=check.name,
                    kind=check.kind,
                    lower_limit=check.lower_limit,
                    upper_limit=check.upper_limit,
                    unit=check.unit,
                )
                for check in inspection.checks
            ],
        )

    @activity.defn(name=RECORD_INSPECTION)
    async def record_inspection(self, step: RecordInspectionStep) -> CompletedInspection:
        """The inspector's results, then completion, both in the inspector's name."""
        inspector = self.services.on_behalf_of(step.inspector, step.inspector_roles, INSPECTOR_ROLE)
        results = [
            quality_pb2.InspectionResultEntry(
                characteristic=entry.characteristic,
                value="" if entry.value is None else str(entry.value),
                passed=entry.passed,
            )
            for entry in step.results
        ]
        async with self.services.channel("quality") as channel:
            stub = quality_pb2_grpc.QualityServiceStub(channel)
            await inspector.call(
                stub.RecordInspectionResults,
                quality_pb2.RecordInspectionResultsRequest(
                    request_id=step_request_id(f"{RECORD_INSPECTION}:{step.round}:results"),
                    inspection_id=step.inspection_id,
                    results=results,
                ),
            )
            completed = await inspector.call(
                stub.CompleteInspection,
                quality_pb2.CompleteInspectionRequest(
                    request_id=step_request_id(f"{RECORD_INSPECTION}:{step.round}:complete"),
                    inspection_id=step.inspection_id,
                    comment=step.comment,
                ),
            )
        return CompletedInspection(
            id=completed.id, result=completed.result, inspectors=list(completed.inspectors)
        )

    @activity.defn(name=DECIDE_LOT)
    async def decide_lot(self, step: DecideLotStep) -> LotDecided:
        """The approver's decision, in the approver's name."""
        approver = self.services.on_behalf_of(step.approver, step.approver_roles, APPROVER_ROLE)
        request = quality_pb2.DecideLotRequest(
            request_id=step_request_id(f"{DECIDE_LOT}:{step.round}"),
            inspection_id=step.inspection_id,
            decision=step.decision,
            reason=step.reason,
            override_failed_result=step.override_failed_result,
        )
        if step.decision == "partial":
            request.accepted_quantity = _text(step.accepted_quantity)
            request.rejected_quantity = _text(step.rejected_quantity)
        async with self.services.channel("quality") as channel:
            stub = quality_pb2_grpc.QualityServiceStub(channel)
            decided = await approver.call(stub.DecideLot, request)
        return LotDecided(
            decision=decided.decision.decision or step.decision,
            nonconformance_id=decided.decision.nonconformance_id,
        )

    # -- warehouse ------------------------------------------------------------------------------

    @activity.defn(name=SETTLE_STOCK)
    async def settle_stock(self, step: SettleStockStep) -> None:
        lot = step.lot
        async with self.services.channel("warehouse") as channel:
            stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
            for change in step.changes:
                await self.services.call(
                    stub.ChangeStockStatus,
                    warehouse_pb2.ChangeStockStatusRequest(
                        request_id=step_request_id(f"{SETTLE_STOCK}:{change.to_status.lower()}"),
                        lot_code=lot.lot_code,
                        item_code=lot.item_code,
                        location_code=lot.dock,
                        from_status=change.from_status,
                        to_status=change.to_status,
                        quantity=_text(change.quantity),
                        uom=lot.unit,
                        reason_code=change.reason_code,
                        reference_type=step.reference_type,
                        reference_number=step.reference_number,
                    ),
                )

    @activity.defn(name=PUT_AWAY_BY_RULE)
    async def put_away(self, step: PutAwayStep) -> PutAway:
        """The accepted quantity to the bin the warehouse's putaway rules choose."""
        lot = step.lot
        async with self.services.channel("warehouse") as channel:
            stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
            movement = await self.services.call(
                stub.PutAwayByRule,
                warehouse_pb2.PutAwayByRuleRequest(
                    request_id=step_request_id(PUT_AWAY_BY_RULE),
                    lot_code=lot.lot_code,
                    item_code=lot.item_code,
                    from_location_code=lot.dock,
                    quantity=_text(step.quantity),
                    uom=lot.unit,
                    status=AVAILABLE,
                ),
            )
        return PutAway(location_code=movement.to_location_code, why=movement.note)

    # -- receiving ------------------------------------------------------------------------------

    @activity.defn(name=RECORD_RECEIPT_OUTCOME)
    async def record_receipt_outcome(self, step: ReceiptOutcomeStep) -> str:
        async with self.services.channel("receiving") as channel:
            stub = receiving_pb2_grpc.ReceivingServiceStub(channel)
            receipt = await self.services.call(
                stub.RecordReceiptOutcome,
                receiving_pb2.RecordReceiptOutcomeRequest(
                    request_id=step_request_id(RECORD_RECEIPT_OUTCOME),
                    receipt_id=step.receipt_id,
                    accepted_quantity=_text(step.accepted_quantity),
                    rejected_quantity=_text(step.rejected_quantity),
                    reason=step.reason,
                    inspection_reference=step.inspection_reference,
                ),
            )
        return receipt.status
