"""The receipt feed's step: read the next page of receiving's event feed after the cursor."""

from __future__ import annotations

import json

from temporalio import activity

from protos.common.v1 import common_pb2
from protos.receiving.v1 import receiving_pb2_grpc
from workflows.receipt_feed.contracts import (
    READ_RECEIPTS,
    RECEIPT_RECORDED_EVENT,
    ReadPage,
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
        async with self.services.channel("receiving") as channel:
            stub = receiving_pb2_grpc.ReceivingServiceStub(channel)
            reply = await self.services.call(
                stub.ListEvents, common_pb2.ListEventsRequest(after=step.after, limit=step.limit)
            )
        return ReceiptPage(
            receipt_ids=[
                receipt_id_of(event)
                for event in reply.events
                if event.event_type == RECEIPT_RECORDED_EVENT
            ],
            next_cursor=reply.next_cursor or step.after,
            events_read=len(reply.events),
        )
