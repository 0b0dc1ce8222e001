"""A plain movement in one round trip: the `warehouse_append_movement` function (migration 0003).

The draft is built by the same domain rules as on the transactional path; only the mechanics
(idempotency key, guarded postings in lock order, ledger rows, event, stored response) run inside
PostgreSQL, as one autocommit statement, so they commit or vanish together. When the function
refuses (too little stock, a held lot), the caller replays the request on the transactional path,
which explains the refusal precisely, or lands the stock in HOLD.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import psycopg
from pydantic import BaseModel
from sqlalchemy.exc import DBAPIError

from lotflow.db import UnitOfWork
from lotflow.errors import Conflict, Invalid
from lotflow.idempotency import MAX_REQUEST_ID_LENGTH, request_fingerprint
from services.warehouse.schemas.movements import MovementView
from services.warehouse.service.drafts import Draft
from services.warehouse.service.ledger import lock_order
from services.warehouse.service.ledger_rows import event_payload, view_of

# Sent through the DBAPI connection itself: SQLAlchemy's statement machinery costs more than
# the round trip on this path, and the statement never changes.
_APPEND = (
    "SELECT warehouse_append_movement(%(request_id)s, %(operation)s, %(request_hash)s,"
    " %(lock_lot)s, %(movement)s::jsonb, %(postings)s::jsonb, %(response)s::jsonb,"
    " %(event_id)s, 'warehouse.stock_moved', %(subject)s, %(event)s::jsonb)"
)
REQUEST_ID_REUSED, LOT_ON_HOLD, TOO_LITTLE_STOCK = "LFW01", "LFW02", "LFW03"


class NeedsTransaction(Exception):
    """The fast path cannot finish this movement; the transactional path will."""


@contextmanager
def autocommit_connection(uow: UnitOfWork) -> Iterator[psycopg.Connection]:
    """A pooled psycopg connection in autocommit mode, given back in its default mode."""
    pooled = uow.session.get_bind().raw_connection()
    connection = pooled.driver_connection
    try:
        connection.autocommit = True
        yield connection
        connection.autocommit = False
    except BaseException:
        if connection.broken or connection.closed:
            pooled.invalidate()  # never hand a dead connection to the next request
        else:
            connection.autocommit = False
        raise
    finally:
        pooled.close()


def check_request_id(request_id: str) -> None:
    if not request_id or len(request_id) > MAX_REQUEST_ID_LENGTH:
        raise Invalid(
            f"a request id of 1 to {MAX_REQUEST_ID_LENGTH} characters is required",
            code="request_id_required",
        )


def append_fast(
    connection: psycopg.Connection,
    draft: Draft,
    *,
    operation: str,
    command: BaseModel,
    request_id: str,
    actor: str,
    at: datetime,
) -> MovementView:
    """Run on an autocommit connection: the statement is the whole transaction."""
    if draft.consumes_allocation:
        raise NeedsTransaction
    view = view_of(draft, draft.movement_id, None, actor, at)
    postings = sorted(((draft.lot, p) for p in draft.postings), key=lock_order)
    try:
        stored = connection.execute(
            _APPEND,
            {
                "request_id": request_id,
                "operation": operation,
                "request_hash": request_fingerprint(operation, command),
                "lock_lot": draft.follows_holds,
                "movement": _json(_movement_row(draft, request_id, actor, at)),
                "postings": _json(
                    [
                        {
                            "location_id": p.location.id,
                            "site_id": p.location.site_id,
                            "status": p.status.value,
                            "dq": p.qty_delta,
                            "dr": p.reserved_delta,
                        }
                        for _lot, p in postings
                    ]  # fmt: skip
                ),
                "response": _json(view.model_dump(mode="json")),
                "event_id": uuid.uuid4(),
                "subject": draft.lot.code,
                "event": _json(event_payload(draft, view)),
            },
        ).fetchone()[0]
    except psycopg.Error as error:
        state = error.sqlstate
        if state == REQUEST_ID_REUSED:
            raise Conflict(
                f"request id {request_id!r} was already used for a different request; "
                "use a new request id for a new request",
                code="request_id_reused",
            ) from None
        if state in (LOT_ON_HOLD, TOO_LITTLE_STOCK):
            raise NeedsTransaction from None
        # Deadlocks and the like go to retry_transaction as SQLAlchemy would have raised them.
        raise DBAPIError(_APPEND, None, error, connection_invalidated=connection.broken) from error
    return MovementView.model_validate(stored)


def _movement_row(draft: Draft, request_id: str, actor: str, at: datetime) -> dict:
    return {
        "id": draft.movement_id,
        "type": draft.type.value,
        "lot_id": draft.lot.id,
        "item_id": draft.lot.item.id,
        "quantity": draft.quantity,
        "uom": draft.uom,
        "base_quantity": draft.base_quantity,
        "from_location_id": draft.from_location.id if draft.from_location else None,
        "from_status": draft.from_status.value if draft.from_status else None,
        "to_location_id": draft.to_location.id if draft.to_location else None,
        "to_status": draft.to_status.value if draft.to_status else None,
        "reason_code": draft.reason_code,
        "reference_type": draft.reference_type,
        "reference_number": draft.reference_number,
        "note": draft.note,
        "expiry_override_reason": draft.expiry_override_reason,
        "reservation_id": draft.reservation_id,
        "transfer_id": draft.transfer_id,
        "shipment_id": draft.shipment_id,
        "request_id": request_id,
        "actor": actor,
        "occurred_at": at,
    }


def _json(value: object) -> str:
    # Decimals as strings keep quantities exact through JSON; PostgreSQL casts them back.
    return json.dumps(value, default=str, separators=(",", ":"))
