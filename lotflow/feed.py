"""The event feed every service serves: gRPC `ListEvents` and REST `GET /events`."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Query
from google.protobuf.timestamp_pb2 import Timestamp
from pydantic import BaseModel

from lotflow.auth import Principal
from lotflow.db import Database
from lotflow.outbox import MAX_PAGE, Event, read_events
from lotflow.rest import Caller, Db
from lotflow.rpc_codec import caller
from protos.common.v1 import common_pb2

EVENT_READER_ROLE = "event_reader"
DEFAULT_PAGE = 100


def list_events(database: Database, actor: Principal, *, after: str, limit: int) -> list[Event]:
    actor.require(EVENT_READER_ROLE)
    with database.read_session() as session:
        return read_events(session, after=after, limit=limit)


class EventFeedServicer:
    """Mixin giving a servicer `ListEvents`; the servicer sets `self.database`."""

    database: Database

    def ListEvents(self, request, context):  # noqa: ANN001, N802 - gRPC signature
        events = list_events(
            self.database, caller(), after=request.after, limit=request.limit or DEFAULT_PAGE
        )
        reply = common_pb2.ListEventsResponse(
            next_cursor=events[-1].cursor if events else request.after
        )
        for event in events:
            occurred_at = Timestamp()
            occurred_at.FromDatetime(event.occurred_at)
            reply.events.add(
                cursor=event.cursor,
                event_id=str(event.event_id),
                event_type=event.event_type,
                subject=event.subject,
                payload_json=json.dumps(event.payload, sort_keys=True),
                occurred_at=occurred_at,
            )
        return reply


class EventView(BaseModel):
    cursor: str
    event_id: str
    event_type: str
    subject: str
    payload: dict
    occurred_at: str


class EventPage(BaseModel):
    events: list[EventView]
    next_cursor: str


events_router = APIRouter(tags=["events"])


@events_router.get("/events", response_model=EventPage)
def get_events(
    db: Db,
    actor: Caller,
    after: str = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
) -> EventPage:
    events = list_events(db, actor, after=after, limit=limit)
    return EventPage(
        events=[
            EventView(
                cursor=e.cursor,
                event_id=str(e.event_id),
                event_type=e.event_type,
                subject=e.subject,
                payload=e.payload,
                occurred_at=e.occurred_at.isoformat(),
            )
            for e in events
        ],
        next_cursor=events[-1].cursor if events else after,
    )
