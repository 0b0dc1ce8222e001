"""Holds and a lot's quality status."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotflow import paging
from lotflow.auth import Principal
from lotflow.paging import position_after
from lotflow.refusals import not_found
from services.quality.domain import roles
from services.quality.domain.holds import HoldSource, HoldStatus, is_blocked
from services.quality.models import Hold
from services.quality.queries.keys import parse_id
from services.quality.schemas.holds import (
    HoldPage,
    HoldQuery,
    HoldView,
    LotLookup,
    LotQualityStatusView,
)


def hold_view(hold: Hold) -> HoldView:
    return HoldView(
        id=hold.id,
        lot_code=hold.lot_code,
        status=HoldStatus(hold.status),
        source=HoldSource(hold.source),
        source_reference=hold.source_reference,
        reason=hold.reason,
        placed_by=hold.placed_by,
        placed_at=hold.placed_at,
        authority=hold.authority,
        released_by=hold.released_by,
        released_at=hold.released_at,
        release_reason=hold.release_reason,
    )


def get_hold(session: Session, hold_id: str, *, actor: Principal) -> HoldView:
    roles.TABLE.require(actor, "get_hold")
    hold = session.get(Hold, parse_id(hold_id, "hold"))
    if hold is None:
        raise not_found("hold_not_found", f"no hold with id {hold_id}")
    return hold_view(hold)


def list_holds(session: Session, query: HoldQuery, *, actor: Principal) -> HoldPage:
    """Holds oldest first, filtered, one keyset page at a time."""
    roles.TABLE.require(actor, "list_holds")
    statement = select(Hold).order_by(Hold.position).limit(query.page_size + 1)
    after = position_after(query.page_token)
    if after is not None:
        statement = statement.where(Hold.position > after)
    for column, value in (
        (Hold.lot_code, query.lot_code),
        (Hold.status, query.status),
        (Hold.source, query.source),
        (Hold.source_reference, query.source_reference),
    ):
        if value is not None:
            statement = statement.where(column == value)
    holds = session.scalars(statement).all()
    more = len(holds) > query.page_size
    return HoldPage(
        holds=[hold_view(h) for h in holds[: query.page_size]],
        next_page_token=paging.token(holds[query.page_size - 1].position) if more else "",
    )


def active_holds(session: Session, lot_code: str) -> list[Hold]:
    return list(
        session.scalars(
            select(Hold)
            .where(Hold.lot_code == lot_code, Hold.status == HoldStatus.ACTIVE.value)
            .order_by(Hold.position)
        )
    )


def lot_quality_status(
    session: Session, lookup: LotLookup, *, actor: Principal
) -> LotQualityStatusView:
    roles.TABLE.require(actor, "lot_quality_status")
    holds = active_holds(session, lookup.lot_code)
    return LotQualityStatusView(
        lot_code=lookup.lot_code,
        blocked=is_blocked(HoldStatus(h.status) for h in holds),
        active_holds=[hold_view(h) for h in holds],
    )
