"""The two ways into the ledger function: in the use case's transaction, or as one statement.

Both send the same rows (rows.py); only the frame differs. `append` runs in a transaction the
use case owns (its request id claimed by `lotflow.idempotency.perform`); `append_once` is a
plain movement as one autocommit statement that claims the request id itself, through the
kernel's SQL functions, so the key, the postings, the rows, the event and the stored response
commit or vanish together.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

import psycopg
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lotflow.db import UnitOfWork
from lotflow.idempotency import claim_parameters, raise_if_request_id_reused
from services.warehouse.schemas.movements import MovementView
from services.warehouse.service.ledger import allocations
from services.warehouse.service.ledger.drafts import Draft
from services.warehouse.service.ledger.holds import land_in_hold, lot_on_hold_locked
from services.warehouse.service.ledger.rows import (
    as_json,
    event,
    in_lock_order,
    movement_row,
    posting_row,
    view_of,
)
from services.warehouse.service.ledger.shortage import shortage

_POST = text(
    "SELECT seqs, short_posting FROM warehouse_post_movements("
    "CAST(:movements AS jsonb), CAST(:postings AS jsonb), CAST(:events AS jsonb))"
)
# Sent through the DBAPI connection itself: SQLAlchemy's statement machinery costs more than
# the round trip on this path, and the statement never changes.
_POST_ONCE = (
    "SELECT warehouse_post_movement_once(%(principal)s, %(request_id)s, %(operation)s,"
    " %(request_hash)s, %(lock_lot)s, %(movement)s::jsonb, %(postings)s::jsonb,"
    " %(event)s::jsonb, %(response)s::jsonb)"
)
LOT_ON_HOLD, TOO_LITTLE_STOCK = "LFW02", "LFW03"


class NeedsTransaction(Exception):
    """The one-statement path cannot finish this movement; `append` in a transaction will."""


def append(
    session: Session, drafts: Sequence[Draft], *, actor: str, request_id: str, at: datetime
) -> list[MovementView]:
    """Post the drafts' movements in the session's transaction, in the drafts' order.

    A posting that finds too little stock is refused; postings before it may have been applied,
    so the caller lets the refusal roll the transaction back (one posting alone changes nothing).
    """
    if not drafts:
        return []
    for draft in drafts:
        if draft.follows_holds and lot_on_hold_locked(session, draft.lot):
            land_in_hold(draft)
    # Allocation rows before balance rows: the lock order every use case keeps.
    for draft in drafts:
        if draft.consumes_allocation:
            allocations.consume(session, draft)
        elif draft.carries_allocation:
            allocations.carry(session, draft)
    ordered = in_lock_order(drafts)
    views = [view_of(draft, actor=actor, at=at) for draft in drafts]
    seqs, short = session.execute(
        _POST,
        {
            "movements": as_json(
                [movement_row(d, request_id=request_id, actor=actor, at=at) for d in drafts]
            ),
            "postings": as_json([posting_row(d, p) for d, p in ordered]),
            "events": as_json([event(d, v) for d, v in zip(drafts, views, strict=True)]),
        },
    ).one()
    if short is not None:
        draft, posting = ordered[short]
        raise shortage(session, draft.lot, posting)
    return [view.model_copy(update={"seq": seq}) for view, seq in zip(views, seqs, strict=True)]


def append_once(
    connection: psycopg.Connection,
    draft: Draft,
    *,
    operation: str,
    command: BaseModel,
    request_id: str,
    actor: str,
    at: datetime,
) -> MovementView:
    """Post a plain movement once per request id, as one statement (on an autocommit
    connection it is the whole transaction). NeedsTransaction when the lot is held, stock is
    short or the movement draws on or moves a reservation."""
    if draft.consumes_allocation or draft.carries_allocation:
        raise NeedsTransaction
    view = view_of(draft, actor=actor, at=at)
    postings = in_lock_order([draft])
    try:
        stored = connection.execute(
            _POST_ONCE,
            claim_parameters(actor, request_id, operation, command)
            | {
                "lock_lot": draft.follows_holds,
                "movement": as_json(movement_row(draft, request_id=request_id, actor=actor, at=at)),
                "postings": as_json([posting_row(d, p) for d, p in postings]),
                "event": as_json(event(draft, view)),
                "response": as_json(view.model_dump(mode="json")),
            },
        ).fetchone()[0]
    except psycopg.Error as error:
        raise_if_request_id_reused(error.sqlstate, request_id)
        if error.sqlstate in (LOT_ON_HOLD, TOO_LITTLE_STOCK):
            raise NeedsTransaction from None
        # Deadlocks and the like go to retry_transaction as SQLAlchemy would have raised them.
        raise DBAPIError(
            _POST_ONCE, None, error, connection_invalidated=connection.broken
        ) from error
    return MovementView.model_validate(stored)


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
