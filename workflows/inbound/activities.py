"""The inbound process's steps: each calls one service over gRPC, keyed by workflow id and step.

Calls made for a person (the inspector's results and completion, the approver's decision) go
with the worker's own token acting on behalf of that person, in the one role the step needs
(lotflow/auth.py), so quality records the person, and quality's own segregation of duties
(approver is not an inspector) binds them. The person was authenticated by the inbox when they
completed the task, and the task's validator checked their groups.
"""

from __future__ import annotations

from decimal import Decimal

from temporalio import activity
from temporalio.exceptions import ApplicationError

from protos.quality.v1 import quality_pb2, quality_pb2_grpc
from protos.receiving.v1 import receiving_pb2, receiving_pb2_grpc
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from workflows.inbound.contracts import (
    CHECK_INSPECTION_REQUIREMENT,
    DECIDE_LOT,
    OPEN_INSPECTION,
    PUT_AWAY_BY_RULE,
    RECEIVE_INTO_QUARANTINE,
    RECORD_INSPECTION,
    RECORD_RECEIPT_OUTCOME,
    SETTLE_STOCK,
    CompletedInspection,
    DecideLotStep,
    InspectionNeed,
    LotDecided,
    OpenedInspection,
    PutAway,
    PutAwayStep,
    ReceiptOutcomeStep,
    ReceivedLot,
    RecordInspectionStep,
    SettleStockStep,
)
from workflows.service_calls import ServiceAccess, step_request_id

INSPECTOR_ROLE = "quality_inspector"
APPROVER_ROLE = "quality_approver"
QUARANTINE, AVAILABLE, REJECTED = "QUARANTINE", "AVAILABLE", "REJECTED"
RECEIPT_REFERENCE = "RECEIPT"
INSPECTION_REFERENCE = "INSPECTION"


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value else "0"


class InboundActivities:
    def __init__(self, services: ServiceAccess) -> None:
        self.services = services

    # -- receipt into quarantine ----------------------------------------------------------------

    @activity.defn(name=RECEIVE_INTO_QUARANTINE)
    async def receive_into_quarantine(self, receipt_id: str) -> ReceivedLot:
        async with self.services.channel("receiving") as channel:
            stub = receiving_pb2_grpc.ReceivingServiceStub(channel)
            receipt = await self.services.call(
                stub.GetReceipt, receiving_pb2.GetReceiptRequest(receipt_id=receipt_id)
            )
        if not receipt.receiving_location:
            raise ApplicationError(
                f"receipt {receipt_id} names no receiving location (dock)",
                type="receipt_without_dock",
                non_retryable=True,
            )
        lot_code, item_code = receipt.traceability_lot_code, receipt.item_code
        async with self.services.channel("warehouse") as channel:
            stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
            movement = await self.services.call(
                stub.ReceiveStock,
                warehouse_pb2.ReceiveStockRequest(
                    request_id=step_request_id(f"{RECEIVE_INTO_QUARANTINE}:stock"),
                    lot_code=lot_code,
                    item_code=item_code,
                    location_code=receipt.receiving_location,
                    quantity=receipt.quantity,
                    uom=receipt.unit,
                    status=QUARANTINE,
                    reference_type=RECEIPT_REFERENCE,
                    reference_number=receipt_id,
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
        return ReceivedLot(
            receipt_id=receipt_id,
            lot_code=lot_code,
            item_code=item_code,
            supplier_code=receipt.supplier_code,
            quantity=Decimal(receipt.quantity),
            unit=receipt.unit,
            dock=receipt.receiving_location,
            movement_id=movement.id,
        )

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
        )

    @activity.defn(name=RECORD_INSPECTION)
    async def record_inspection(self, step: RecordInspectionStep) -> CompletedInspection:
        """The inspector's results, then completion, both in the inspector's name."""
        inspector = self.services.on_behalf_of(step.inspector, INSPECTOR_ROLE)
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
        approver = self.services.on_behalf_of(step.approver, APPROVER_ROLE)
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
        """The receipt's quarantined quantity at the dock: accepted to AVAILABLE, rejected to
        REJECTED. Only this receipt's quantity moves: another receipt of the same lot stays in
        quarantine until its own inbound workflow settles it."""
        lot = step.lot
        reference = {"reference_type": INSPECTION_REFERENCE, "reference_number": step.reference}
        async with self.services.channel("warehouse") as channel:
            stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
            for to_status, quantity in (
                (AVAILABLE, step.accepted_quantity),
                (REJECTED, step.rejected_quantity),
            ):
                if not quantity:
                    continue
                await self.services.call(
                    stub.ChangeStockStatus,
                    warehouse_pb2.ChangeStockStatusRequest(
                        request_id=step_request_id(f"{SETTLE_STOCK}:{to_status.lower()}"),
                        lot_code=lot.lot_code,
                        item_code=lot.item_code,
                        location_code=lot.dock,
                        from_status=QUARANTINE,
                        to_status=to_status,
                        quantity=_text(quantity),
                        uom=lot.unit,
                        reason_code="INSPECTION_ACCEPTED"
                        if to_status == AVAILABLE
                        else "INSPECTION_REJECTED",
                        **reference,
                    ),
                )

    @activity.defn(name=PUT_AWAY_BY_RULE)
    async def put_away(self, step: PutAwayStep) -> PutAway:
        """The accepted quantity to the bin the warehouse's putaway rules choose. With no bin
        for it (no rule matches, every zone is full) it stays at the dock, and `why` says so."""
        lot = step.lot
        async with self.services.channel("warehouse") as channel:
            stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
            try:
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
            except ApplicationError as refusal:
                if refusal.type != "no_putaway_bin":
                    raise
                return PutAway(location_code="", why=refusal.message)
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
