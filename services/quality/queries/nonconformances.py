"""Nonconformance reports with their dispositions and history."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lotflow import paging
from lotflow.auth import Principal
from lotflow.paging import position_after
from lotflow.refusals import not_found
from services.quality.domain import roles
from services.quality.domain.nonconformances import Disposition, NonconformanceState, Severity
from services.quality.domain.numbers import format_decimal
from services.quality.models import Nonconformance
from services.quality.queries.audit import audit_entry_view
from services.quality.queries.keys import parse_id
from services.quality.schemas.nonconformances import (
    DispositionLineView,
    NonconformancePage,
    NonconformanceQuery,
    NonconformanceView,
)

FULL_NONCONFORMANCE = (
    selectinload(Nonconformance.dispositions),
    selectinload(Nonconformance.history),
)


def nonconformance_number(position: int) -> str:
    return f"NCR-{position:06d}"


def nonconformance_view(ncr: Nonconformance) -> NonconformanceView:
    return NonconformanceView(
        id=ncr.id,
        number=nonconformance_number(ncr.position),
        lot_code=ncr.lot_code,
        item_code=ncr.item_code,
        supplier_code=ncr.supplier_code,
        description=ncr.description,
        quantity=format_decimal(ncr.quantity),
        unit=ncr.unit,
        severity=Severity(ncr.severity),
        state=NonconformanceState(ncr.state),
        source_inspection_id=ncr.source_inspection_id,
        opened_by=ncr.opened_by,
        opened_at=ncr.opened_at,
        dispositions=[
            DispositionLineView(
                disposition=Disposition(line.disposition), quantity=format_decimal(line.quantity)
            )
            for line in ncr.dispositions
        ],
        disposition_reason=ncr.disposition_reason,
        dispositioned_by=ncr.dispositioned_by,
        dispositioned_at=ncr.dispositioned_at,
        close_reason=ncr.close_reason,
        closed_by=ncr.closed_by,
        closed_at=ncr.closed_at,
        history=[audit_entry_view(e) for e in ncr.history],
    )


def load_nonconformance(
    session: Session, nonconformance_id: uuid.UUID, *, refresh: bool = False
) -> Nonconformance:
    """`refresh`: after a write, so server-set columns and every collection are read back."""
    ncr = session.scalar(
        select(Nonconformance)
        .where(Nonconformance.id == nonconformance_id)
        .options(*FULL_NONCONFORMANCE)
        .execution_options(populate_existing=refresh)
    )
    if ncr is None:
        raise not_found(
            "nonconformance_not_found", f"no nonconformance with id {nonconformance_id}"
        )
    return ncr


def get_nonconformance(
    session: Session, nonconformance_id: str, *, actor: Principal
) -> NonconformanceView:
    roles.TABLE.require(actor, "get_nonconformance")
    ncr_id = parse_id(nonconformance_id, "nonconformance")
    return nonconformance_view(load_nonconformance(session, ncr_id))


def list_nonconformances(
    session: Session, query: NonconformanceQuery, *, actor: Principal
) -> NonconformancePage:
    """Nonconformances oldest first, filtered, one keyset page at a time."""
    roles.TABLE.require(actor, "list_nonconformances")
    statement = (
        select(Nonconformance)
        .options(*FULL_NONCONFORMANCE)
        .order_by(Nonconformance.position)
        .limit(query.page_size + 1)
    )
    after = position_after(query.page_token)
    if after is not None:
        statement = statement.where(Nonconformance.position > after)
    for column, value in (
        (Nonconformance.lot_code, query.lot_code),
        (Nonconformance.state, query.state),
        (Nonconformance.source_inspection_id, query.source_inspection_id),
    ):
        if value is not None:
            statement = statement.where(column == value)
    ncrs = session.scalars(statement).all()
    more = len(ncrs) > query.page_size
    return NonconformancePage(
        nonconformances=[nonconformance_view(n) for n in ncrs[: query.page_size]],
        next_page_token=paging.token(ncrs[query.page_size - 1].position) if more else "",
    )
