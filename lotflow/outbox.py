"""Domain events: written in the caller's transaction, read back as an ordered feed.

Readers page through `(txid, position)` and only see transactions older than every transaction
still running (`pg_snapshot_xmin`). A transaction that commits late therefore never lands behind
a reader's cursor: its events become readable only once nothing older is still open.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Text, cast, func, literal, select, tuple_
from sqlalchemy.orm import Session

from lotflow.errors import Invalid
from lotflow.kernel_schema import Xid8, outbox_events
from lotflow.refusals import quoted

MAX_PAGE = 1000


@dataclass(frozen=True)
class Event:
    cursor: str
    event_id: uuid.UUID
    event_type: str
    subject: str
    payload: dict[str, Any]
    occurred_at: datetime


# Built once: a statement made per call costs more to build and key for the cache than to run.
_INSERT_EVENT = outbox_events.insert()


def emit(session: Session, event_type: str, subject: str, payload: dict[str, Any]) -> uuid.UUID:
    """Record an event in the session's transaction; it is published only if that commits."""
    event_id = uuid.uuid4()
    session.execute(
        _INSERT_EVENT,
        {"event_id": event_id, "event_type": event_type, "subject": subject, "payload": payload},
    )
    return event_id


def parse_cursor(cursor: str) -> tuple[int, int]:
    if not cursor:
        return (0, 0)
    try:
        txid, position = (int(part) for part in cursor.split(":"))
    except ValueError:
        raise Invalid(f"malformed event cursor {quoted(cursor)}", code="invalid_cursor") from None
    if txid < 0 or position < 0:
        raise Invalid(f"malformed event cursor {quoted(cursor)}", code="invalid_cursor")
    return (txid, position)


def read_events(session: Session, *, after: str = "", limit: int = 100) -> list[Event]:
    if not 1 <= limit <= MAX_PAGE:
        raise Invalid(f"limit must be between 1 and {MAX_PAGE}", code="invalid_limit")
    after_txid, after_position = parse_cursor(after)
    settled = func.pg_snapshot_xmin(func.pg_current_snapshot())
    rows = session.execute(
        select(
            cast(outbox_events.c.txid, Text).label("txid_text"),
            outbox_events.c.position,
            outbox_events.c.event_id,
            outbox_events.c.event_type,
            outbox_events.c.subject,
            outbox_events.c.payload,
            outbox_events.c.occurred_at,
        )
        .where(outbox_events.c.txid < settled)
        .where(
            tuple_(outbox_events.c.txid, outbox_events.c.position)
            > tuple_(cast(literal(str(after_txid)), Xid8()), after_position)
        )
        .order_by(outbox_events.c.txid, outbox_events.c.position)
        .limit(limit)
    ).all()
    return [
        Event(
            cursor=f"{row.txid_text}:{row.position}",
            event_id=row.event_id,
            event_type=row.event_type,
            subject=row.subject,
            payload=row.payload,
            occurred_at=row.occurred_at,
        )
        for row in rows
    ]
