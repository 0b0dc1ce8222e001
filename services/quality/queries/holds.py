"""Holds and a lot's quality status."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotflow.errors import NotFound
from services.quality.domain.holds import HoldSource, HoldStatus, is_blocked
from services.quality.models import Hold
from services.quality.queries.paging import after_token, page_of, parse_id
from services.quality.schemas.holds import HoldPage, HoldQuery, HoldView, LotQualityStatusView


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
        released_by=hold.released_by,
        released_at=hold.released_at,
        release_reason=hold.release_reason,
    )


def get_hold(session: Session, hold_id: str) -> HoldView:
    hold = session.get(Hold, parse_id(hold_id, "hold"))
    if hold is None:
        raise NotFound(f"no hold with id {hold_id}", code="hold_not_found")
    return hold_view(hold)


def list_holds(session: Session, query: HoldQuery) -> HoldPage:
    """Holds oldest first, filtered, one keyset page at a time."""
    statement = after_token(select(Hold), Hold.position, query.page_token, query.page_size)
    for column, value in (
        (Hold.lot_code, query.lot_code),
        (Hold.status, query.status),
        (Hold.source, query.source),
        (Hold.source_reference, query.source_reference),
    ):
        if value is not None:
            statement = statement.where(column == value)
    page, token = page_of(session.scalars(statement).all(), query.page_size)
    return HoldPage(holds=[hold_view(h) for h in page], next_page_token=token)


def active_holds(session: Session, lot_code: str) -> list[Hold]:
    return list(
        session.scalars(
            select(Hold)
            .where(Hold.lot_code == lot_code, Hold.status == HoldStatus.ACTIVE.value)
            .order_by(Hold.position)
        )
    )


def lot_quality_status(session: Session, lot_code: str) -> LotQualityStatusView:
    holds = active_holds(session, lot_code)
    return LotQualityStatusView(
        lot_code=lot_code,
        blocked=is_blocked(HoldStatus(h.status) for h in holds),
        active_holds=[hold_view(h) for h in holds],
    )
