"""The receipt feed's step: read the next page of receiving's event feed after the cursor, and
of the receipts recorded in it, tell the ones still open from those already settled."""

from __future__ import annotations

import json

from temporalio import activity

from protos.common.v1 import common_pb2
from protos.receiving.v1 import receiving_pb2, receiving_pb2_grpc
from workflows.feeds import ReadPage
from workflows.receipt_feed.contracts import (
    OPEN_STATUS,
    READ_RECEIPTS,
    RECEIPT_RECORDED_EVENT,
    ReceiptPage,
)
from workflows.service_calls import ServiceAccess


def receipt_id_of(event: common_pb2.Event) -> str:
    """The receipt a `receiving.receipt_recorded` event is about: its payload's id, else its
    subject (receiving sets both to the receipt id)."""
    payload = json.loads(event.payload_json or "{}")
    return str(payload.get("id") or payload.get("receipt_id") or event.subject)


class ReceiptFeedActivities:
    def __init__(self, services: ServiceAccess) -> None:
        self.services = services

    @activity.defn(name=READ_RECEIPTS)
    async def read_receipts(self, step: ReadPage) -> ReceiptPage:
        open_ids, settled_ids = [], []
        async with self.services.channel("receiving") as channel:
            stub = receiving_pb2_grpc.ReceivingServiceStub(channel)
            reply = await self.services.call(
                stub.ListEvents, common_pb2.ListEventsRequest(after=step.after, limit=step.limit)
            )
            for event in reply.events:
                if event.event_type != RECEIPT_RECORDED_EVENT:
                    continue
                receipt_id = receipt_id_of(event)
                # A feed read again from an older cursor (an operator restarted it) meets
                # receipts whose inbound workflow Temporal no longer remembers: those already
                # settled must not be inspected again.
                receipt = await self.services.call(
                    stub.GetReceipt, receiving_pb2.GetReceiptRequest(receipt_id=receipt_id)
                )
                (open_ids if receipt.status == OPEN_STATUS else settled_ids).append(receipt_id)
        return ReceiptPage(
            receipt_ids=open_ids,
            settled_ids=settled_ids,
            next_cursor=reply.next_cursor or step.after,
            events_read=len(reply.events),
        )
