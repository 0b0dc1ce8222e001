"""Deciding a nonconformance's disposition and closing it once carried out."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import not_found, refuse_if
from services.quality.domain import roles
from services.quality.domain.audit import AuditAction
from services.quality.domain.nonconformances import (
    NONCONFORMANCE_TRANSITIONS,
    NonconformanceState,
    NonconformanceStep,
    disposition_refusal,
    nonconformance_step_refusal,
    originator_refusal,
)
from services.quality.domain.numbers import format_decimal
from services.quality.models import Nonconformance, NonconformanceDisposition
from services.quality.queries.nonconformances import load_nonconformance, nonconformance_view
from services.quality.schemas.nonconformances import (
    CloseNonconformance,
    DispositionNonconformance,
    NonconformanceView,
)
from services.quality.service.audit import record_step
from services.quality.service.nonconformances import nonconformance_event
from services.quality.service.transaction import lot_key


def _lot_of(session: Session, nonconformance_id: uuid.UUID) -> str:
    lot_code = session.scalar(
        select(Nonconformance.lot_code).where(Nonconformance.id == nonconformance_id)
    )
    if lot_code is None:
        raise not_found(
            "nonconformance_not_found", f"no nonconformance with id {nonconformance_id}"
        )
    return lot_code


def disposition_nonconformance(
    uow: UnitOfWork, *, request_id: str, command: DispositionNonconformance, actor: Principal
) -> NonconformanceView:
    roles.TABLE.require(actor, "disposition_nonconformance")
    return perform(
        uow,
        lock=lambda session: lot_key(_lot_of(session, command.nonconformance_id)),
        actor=actor,
        request_id=request_id,
        operation="quality.disposition_nonconformance",
        request=command,
        result_type=NonconformanceView,
        execute=lambda session: _disposition(session, command, actor),
    )


def _disposition(
    session: Session, command: DispositionNonconformance, actor: Principal
) -> NonconformanceView:
    ncr = load_nonconformance(session, command.nonconformance_id)
    state, step = NonconformanceState(ncr.state), NonconformanceStep.DISPOSITION
    refuse_if(nonconformance_step_refusal(state, step), nonconformance_id=str(ncr.id))
    refuse_if(originator_refusal(actor.user, ncr.opened_by), nonconformance_id=str(ncr.id))
    lines = [(line.disposition, line.quantity) for line in command.dispositions]
    refuse_if(disposition_refusal(lines, ncr.quantity, ncr.supplier_code))
    ncr.dispositions = [
        NonconformanceDisposition(position=position, disposition=d.value, quantity=q)
        for position, (d, q) in enumerate(lines, start=1)
    ]
    ncr.state = NONCONFORMANCE_TRANSITIONS[(state, step)].value
    ncr.disposition_reason = command.reason
    ncr.dispositioned_by = actor.user
    ncr.dispositioned_at = func.now()
    record_step(
        session,
        nonconformance_id=ncr.id,
        action=AuditAction.DISPOSITIONED,
        actor=actor,
        reason=command.reason,
        details={
            "dispositions": [
                {"disposition": d.value, "quantity": format_decimal(q)} for d, q in lines
            ]
        },
    )
    view = nonconformance_view(load_nonconformance(session, ncr.id, refresh=True))
    emit(session, "quality.nonconformance_dispositioned", ncr.lot_code, nonconformance_event(view))
    return view


def close_nonconformance(
    uow: UnitOfWork, *, request_id: str, command: CloseNonconformance, actor: Principal
) -> NonconformanceView:
    roles.TABLE.require(actor, "close_nonconformance")
    return perform(
        uow,
        lock=lambda session: lot_key(_lot_of(session, command.nonconformance_id)),
        actor=actor,
        request_id=request_id,
        operation="quality.close_nonconformance",
        request=command,
        result_type=NonconformanceView,
        execute=lambda session: _close(session, command, actor),
    )


def _close(session: Session, command: CloseNonconformance, actor: Principal) -> NonconformanceView:
    ncr = load_nonconformance(session, command.nonconformance_id)
    state, step = NonconformanceState(ncr.state), NonconformanceStep.CLOSE
    refuse_if(nonconformance_step_refusal(state, step), nonconformance_id=str(ncr.id))
    ncr.state = NONCONFORMANCE_TRANSITIONS[(state, step)].value
    ncr.close_reason = command.reason
    ncr.closed_by = actor.user
    ncr.closed_at = func.now()
    record_step(
        session,
        nonconformance_id=ncr.id,
        action=AuditAction.CLOSED,
        actor=actor,
        reason=command.reason,
        details={},
    )
    view = nonconformance_view(load_nonconformance(session, ncr.id, refresh=True))
    emit(session, "quality.nonconformance_closed", ncr.lot_code, nonconformance_event(view))
    return view
