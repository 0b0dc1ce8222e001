"""The order feed's step: read the next page of production's event feed after the cursor, and
of the orders released in it, tell the ones still open from those already settled."""

from __future__ import annotations

import json

from temporalio import activity

from protos.common.v1 import common_pb2
from protos.production.v1 import orders_pb2, production_pb2_grpc
from workflows.feeds import ReadPage
from workflows.order_feed.contracts import (
    OPEN_STATUSES,
    ORDER_RELEASED_EVENT,
    READ_RELEASED_ORDERS,
    ReleasedOrderPage,
)
from workflows.service_calls import ServiceAccess


def order_number_of(event: common_pb2.Event) -> str:
    """The order a `production.order_released` event is about: its payload's number, else its
    subject (the event's key is the order number)."""
    payload = json.loads(event.payload_json or "{}")
    return str(payload.get("number") or payload.get("order_number") or event.subject)


class OrderFeedActivities:
    def __init__(self, services: ServiceAccess) -> None:
        self.services = services

    @activity.defn(name=READ_RELEASED_ORDERS)
    async def read_released_orders(self, step: ReadPage) -> ReleasedOrderPage:
        open_numbers, settled_numbers = [], []
        async with self.services.channel("production") as channel:
            stub = production_pb2_grpc.ProductionServiceStub(channel)
            reply = await self.services.call(
                stub.ListEvents, common_pb2.ListEventsRequest(after=step.after, limit=step.limit)
            )
            for event in reply.events:
                if event.event_type != ORDER_RELEASED_EVENT:
                    continue
                number = order_number_of(event)
                # Read again from an older cursor, the feed meets orders whose workflow Temporal
                # no longer remembers: those completed, closed or cancelled are left alone.
                order = await self.services.call(
                    stub.GetOrder, orders_pb2.GetOrderRequest(ref=number)
                )
                (open_numbers if order.status in OPEN_STATUSES else settled_numbers).append(number)
        return ReleasedOrderPage(
            order_numbers=open_numbers,
            settled_numbers=settled_numbers,
            next_cursor=reply.next_cursor or step.after,
            events_read=len(reply.events),
        )
