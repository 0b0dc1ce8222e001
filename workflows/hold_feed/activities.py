"""The hold feed's steps: read the next page of quality's event feed after the cursor and keep
its hold changes; block or unblock the lot's stock in the warehouse for one hold.

The warehouse call for a change has a request id of the hold and the change alone, so reading
the same event again (a retried step, a feed restarted from an older cursor or under another
workflow id) gets the first answer back and posts nothing twice.
"""

from __future__ import annotations

import json

from temporalio import activity

from protos.common.v1 import common_pb2
from protos.quality.v1 import quality_pb2_grpc
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from workflows.feeds import ReadPage
from workflows.hold_feed.contracts import (
    BLOCK_STOCK,
    HOLD_PLACED_EVENT,
    HOLD_RELEASED_EVENT,
    READ_HOLD_CHANGES,
    UNBLOCK_STOCK,
    HoldChange,
    HoldChangePage,
)
from workflows.service_calls import ServiceAccess

CHANGES = {HOLD_PLACED_EVENT: "placed", HOLD_RELEASED_EVENT: "released"}
# The warehouse keeps up to this many characters of a hold's reason; quality's may be longer,
# and the hold id leads back to the whole of it.
WAREHOUSE_REASON_LENGTH = 200


def hold_change_of(event: common_pb2.Event) -> HoldChange:
    """The change a `quality.hold_placed` or `quality.hold_released` event reports: its payload
    is the hold as quality shows it."""
    hold = json.loads(event.payload_json or "{}")
    change = CHANGES[event.event_type]
    reason = hold.get("release_reason") if change == "released" else None
    return HoldChange(
        hold_id=str(hold["id"]),
        lot_code=str(hold.get("lot_code") or event.subject),
        change=change,
        reason=warehouse_reason(reason or hold.get("reason") or f"quality hold {hold['id']}"),
    )


def warehouse_reason(reason: str) -> str:
    if len(reason) <= WAREHOUSE_REASON_LENGTH:
        return reason
    return reason[: WAREHOUSE_REASON_LENGTH - 1] + "…"


def request_id_for(change: HoldChange) -> str:
    verb = "block" if change.change == "placed" else "unblock"
    return f"quality-hold:{change.hold_id}:{verb}"


class HoldFeedActivities:
    def __init__(self, services: ServiceAccess) -> None:
        self.services = services

    @activity.defn(name=READ_HOLD_CHANGES)
    async def read_hold_changes(self, step: ReadPage) -> HoldChangePage:
        async with self.services.channel("quality") as channel:
            stub = quality_pb2_grpc.QualityServiceStub(channel)
            reply = await self.services.call(
                stub.ListEvents, common_pb2.ListEventsRequest(after=step.after, limit=step.limit)
            )
        return HoldChangePage(
            changes=[hold_change_of(e) for e in reply.events if e.event_type in CHANGES],
            next_cursor=reply.next_cursor or step.after,
            events_read=len(reply.events),
        )

    @activity.defn(name=BLOCK_STOCK)
    async def block_stock(self, change: HoldChange) -> None:
        """Every balance of the lot, in every site, under this hold (warehouse HoldLot)."""
        async with self.services.channel("warehouse") as channel:
            stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
            await self.services.call(
                stub.HoldLot,
                warehouse_pb2.HoldLotRequest(
                    request_id=request_id_for(change),
                    lot_code=change.lot_code,
                    hold_ref=change.hold_id,
                    reason=change.reason,
                ),
            )

    @activity.defn(name=UNBLOCK_STOCK)
    async def unblock_stock(self, change: HoldChange) -> None:
        """Lift this hold in the warehouse; the stock stays blocked while another is active."""
        async with self.services.channel("warehouse") as channel:
            stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
            await self.services.call(
                stub.LiftHold,
                warehouse_pb2.LiftHoldRequest(
                    request_id=request_id_for(change),
                    lot_code=change.lot_code,
                    hold_ref=change.hold_id,
                    reason=change.reason,
                ),
            )
