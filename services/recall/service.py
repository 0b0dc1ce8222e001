"""Recall use cases: one function each, checking the caller's role, then running its change
once per request id in its own transaction (`perform`)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, add_unique
from lotflow.errors import Conflict
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import not_found, refuse_if
from services.recall import queries, warehouse
from services.recall.domain import (
    TABLE,
    RecallState,
    ScopeLot,
    scope_refusal,
    transition_refusal,
    unknown_lots_refusal,
)
from services.recall.models import Recall, RecallScopeLot
from services.recall.schemas import CancelRecall, CloseRecall, OpenRecall, RecallView


def open_recall(
    uow: UnitOfWork, *, request_id: str, command: OpenRecall, actor: Principal
) -> RecallView:
    TABLE.require(actor, "open_recall")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="recall.open_recall",
        request=command,
        result_type=RecallView,
        execute=lambda session: _open_recall(session, command, actor),
    )


def _open_recall(session: Session, command: OpenRecall, actor: Principal) -> RecallView:
    scope = [ScopeLot(lot.lot_code, lot.item_code) for lot in command.scope]
    refuse_if(scope_refusal(scope))
    # Only for a new request (a replay needs no warehouse), and every lot, so that one refusal
    # names all the scope's unknown lots.
    unknown = [lot for lot in scope if not warehouse.lot_known(lot.lot_code, lot.item_code)]
    refuse_if(unknown_lots_refusal(unknown))
    recall = Recall(
        recall_number=command.recall_number,
        reason=command.reason,
        classification=command.classification.value,
        state=RecallState.OPEN.value,
        coordinator=actor.user,
        scope=[
            RecallScopeLot(position=position, lot_code=lot.lot_code, item_code=lot.item_code)
            for position, lot in enumerate(command.scope)
        ],
    )
    clash = Conflict(f"recall {command.recall_number} exists already", code="recall_exists")
    add_unique(session, recall, clash)
    view = queries.recall_view(recall)
    emit(session, "recall.opened", recall.recall_number, view.model_dump(mode="json"))
    return view


def cancel_recall(
    uow: UnitOfWork, *, request_id: str, command: CancelRecall, actor: Principal
) -> RecallView:
    TABLE.require(actor, "cancel_recall")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="recall.cancel_recall",
        request=command,
        result_type=RecallView,
        execute=lambda session: _cancel_recall(session, command, actor),
    )


def _cancel_recall(session: Session, command: CancelRecall, actor: Principal) -> RecallView:
    recall = _recall_for_transition(session, command.recall_number, RecallState.CANCELLED)
    recall.state = RecallState.CANCELLED.value
    recall.cancel_reason = command.reason
    recall.cancelled_by = actor.user
    recall.cancelled_at = session.scalar(select(func.now()))
    session.flush()
    view = queries.recall_view(recall)
    emit(session, "recall.cancelled", recall.recall_number, view.model_dump(mode="json"))
    return view


def close_recall(
    uow: UnitOfWork, *, request_id: str, command: CloseRecall, actor: Principal
) -> RecallView:
    TABLE.require(actor, "close_recall")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="recall.close_recall",
        request=command,
        result_type=RecallView,
        execute=lambda session: _close_recall(session, command, actor),
    )


def _close_recall(session: Session, command: CloseRecall, actor: Principal) -> RecallView:
    recall = _recall_for_transition(session, command.recall_number, RecallState.CLOSED)
    recall.state = RecallState.CLOSED.value
    recall.closing_summary = command.summary
    recall.closed_by = actor.user
    recall.closed_at = session.scalar(select(func.now()))
    session.flush()
    view = queries.recall_view(recall)
    emit(session, "recall.closed", recall.recall_number, view.model_dump(mode="json"))
    return view


def _recall_for_transition(session: Session, recall_number: str, target: RecallState) -> Recall:
    """The recall, locked against concurrent transitions, if it may move to `target`."""
    recall = session.scalar(
        select(Recall)
        .where(Recall.recall_number == recall_number)
        .options(selectinload(Recall.scope))
        .with_for_update(of=Recall)
    )
    if recall is None:
        raise not_found("recall_not_found", f"no recall {recall_number}")
    refuse_if(transition_refusal(RecallState(recall.state), target), state=recall.state)
    return recall
