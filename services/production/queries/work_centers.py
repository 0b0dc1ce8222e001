"""Production read side: each query takes a session and what it reads by, and returns a view."""

from __future__ import annotations

import contextlib
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lotflow import paging
from lotflow.auth import Principal
from lotflow.refusals import not_found, quoted
from services.production.domain.roles import TABLE
from services.production.models import ScrapReason, WorkCenter
from services.production.schemas.work_centers import (
    ListWorkCenters,
    ScrapReasonView,
    WorkCenterPage,
    WorkCenterView,
)


def scrap_reason_view(reason: ScrapReason, work_center_code: str) -> ScrapReasonView:
    fields = {
        f: getattr(reason, f) for f in ScrapReasonView.model_fields if f != "work_center_code"
    }
    return ScrapReasonView.model_validate({**fields, "work_center_code": work_center_code})


def work_center_view(work_center: WorkCenter) -> WorkCenterView:
    fields = {
        f: getattr(work_center, f) for f in WorkCenterView.model_fields if f != "scrap_reasons"
    }
    reasons = [scrap_reason_view(reason, work_center.code) for reason in work_center.scrap_reasons]
    return WorkCenterView.model_validate({**fields, "scrap_reasons": reasons})


def get_work_center(session: Session, ref: str, *, actor: Principal) -> WorkCenterView:
    """A work center, with all its scrap reasons, by id or code."""
    TABLE.require(actor, "get_work_center")
    condition = WorkCenter.code == ref
    with contextlib.suppress(ValueError):  # not an id: look up the code alone
        condition = condition | (WorkCenter.id == uuid.UUID(ref))
    work_center = session.scalar(
        select(WorkCenter).where(condition).options(selectinload(WorkCenter.scrap_reasons))
    )
    if work_center is None:
        raise not_found("work_center_not_found", f"no work center with id or code {quoted(ref)}")
    return work_center_view(work_center)


def list_work_centers(
    session: Session, query: ListWorkCenters, *, actor: Principal
) -> WorkCenterPage:
    """Work centers ordered by code, filtered, one keyset page at a time."""
    TABLE.require(actor, "list_work_centers")
    statement = (
        select(WorkCenter)
        .options(selectinload(WorkCenter.scrap_reasons))
        .order_by(WorkCenter.code)
        .limit(query.page_size + 1)
    )
    if query.site_code:
        statement = statement.where(WorkCenter.site_code == query.site_code)
    if query.kind:
        statement = statement.where(WorkCenter.kind == query.kind)
    if after := paging.parse(query.page_token, 1):
        statement = statement.where(WorkCenter.code > after[0])
    rows = session.scalars(statement).all()
    views = [work_center_view(work_center) for work_center in rows[: query.page_size]]
    more = len(rows) > query.page_size
    return WorkCenterPage(
        work_centers=views, next_page_token=paging.token(views[-1].code) if more else ""
    )
