"""Recall read side: each query takes a session and what it reads by, and returns a view."""

from __future__ import annotations

import contextlib
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from lotflow import paging
from lotflow.auth import Principal
from lotflow.refusals import not_found, quoted
from services.recall.domain import TABLE
from services.recall.models import Recall, RecallScopeLot
from services.recall.schemas import ListRecalls, RecallPage, RecallSummary, RecallView


def recall_view(recall: Recall) -> RecallView:
    return RecallView.model_validate(
        {
            **{f: getattr(recall, f) for f in RecallView.model_fields if f != "scope"},
            "scope": [{"lot_code": s.lot_code, "item_code": s.item_code} for s in recall.scope],
        }
    )


def recall_summary(recall: Recall, scope_lot_count: int) -> RecallSummary:
    fields = {f: getattr(recall, f) for f in RecallSummary.model_fields if f != "scope_lot_count"}
    return RecallSummary.model_validate({**fields, "scope_lot_count": scope_lot_count})


def get_recall(session: Session, ref: str, *, actor: Principal) -> RecallView:
    """A recall, with its scope, by id or recall number."""
    TABLE.require(actor, "get_recall")
    condition = Recall.recall_number == ref
    with contextlib.suppress(ValueError):  # not an id: look up the code alone
        condition = condition | (Recall.id == uuid.UUID(ref))
    recall = session.scalar(select(Recall).where(condition).options(selectinload(Recall.scope)))
    if recall is None:
        raise not_found("recall_not_found", f"no recall with id or number {quoted(ref)}")
    return recall_view(recall)


def list_recalls(session: Session, query: ListRecalls, *, actor: Principal) -> RecallPage:
    """Recalls ordered by recall number, optionally in one state, one keyset page at a time."""
    TABLE.require(actor, "list_recalls")
    lot_count = (
        select(func.count())
        .where(RecallScopeLot.recall_id == Recall.id)
        .correlate(Recall)
        .scalar_subquery()
    )
    statement = (
        select(Recall, lot_count.label("scope_lot_count"))
        .order_by(Recall.recall_number)
        .limit(query.page_size + 1)
    )
    if query.state:
        statement = statement.where(Recall.state == query.state.value)
    if after := paging.parse(query.page_token, 1):
        statement = statement.where(Recall.recall_number > after[0])
    rows = session.execute(statement).all()
    summaries = [recall_summary(recall, count) for recall, count in rows[: query.page_size]]
    more = len(rows) > query.page_size
    return RecallPage(
        recalls=summaries, next_page_token=paging.token(summaries[-1].recall_number) if more else ""
    )
