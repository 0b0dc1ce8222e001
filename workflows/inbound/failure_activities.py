"""The inbound process's steps when a receipt's workflow cannot go on: marking the receipt
failed in receiving, and reopening it when the receiving supervisors retry it. Keyed by the
workflow id, the step and the attempt, so a receipt that fails again is marked again."""

from __future__ import annotations

from temporalio import activity

from protos.receiving.v1 import receiving_pb2, receiving_pb2_grpc
from workflows.inbound.contracts import (
    MARK_RECEIPT_FAILED,
    REOPEN_RECEIPT,
    ReceiptFailureStep,
    ReopenReceiptStep,
)
from workflows.service_calls import ServiceAccess, step_request_id

# Receiving's reasons are at most this long.
REASON_LENGTH = 500


class ReceiptFailureActivities:
    services: ServiceAccess

    @activity.defn(name=MARK_RECEIPT_FAILED)
    async def mark_receipt_failed(self, step: ReceiptFailureStep) -> str:
        async with self.services.channel("receiving") as channel:
            stub = receiving_pb2_grpc.ReceivingServiceStub(channel)
            receipt = await self.services.call(
                stub.MarkReceiptFailed,
                receiving_pb2.MarkReceiptFailedRequest(
                    request_id=step_request_id(f"{MARK_RECEIPT_FAILED}:{step.attempt}"),
                    receipt_id=step.receipt_id,
                    step=step.step,
                    reason=step.reason[:REASON_LENGTH],
                ),
            )
        return receipt.status

    @activity.defn(name=REOPEN_RECEIPT)
    async def reopen_receipt(self, step: ReopenReceiptStep) -> str:
        async with self.services.channel("receiving") as channel:
            stub = receiving_pb2_grpc.ReceivingServiceStub(channel)
            receipt = await self.services.call(
                stub.ReopenReceipt,
                receiving_pb2.ReopenReceiptRequest(
                    request_id=step_request_id(f"{REOPEN_RECEIPT}:{step.attempt}"),
                    receipt_id=step.receipt_id,
                ),
            )
        return receipt.status
