"""Production use cases: one function each, checking the caller's role, then running its change
once per request id in its own transaction (`perform`)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, add_unique
from lotflow.errors import Conflict
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import not_found, refuse_if
from services.production.domain.roles import TABLE
from services.production.domain.work_centers import ScrapReasonFacts, deactivation_refusal
from services.production.models import ScrapReason, WorkCenter
from services.production.queries import work_centers as queries
from services.production.schemas.work_centers import (
    DeactivateScrapReason,
    DefineScrapReason,
    RegisterWorkCenter,
    ScrapReasonView,
    WorkCenterView,
)


def register_work_center(
    uow: UnitOfWork, *, request_id: str, command: RegisterWorkCenter, actor: Principal
) -> WorkCenterView:
    TABLE.require(actor, "register_work_center")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.register_work_center",
        request=command,
        result_type=WorkCenterView,
        execute=lambda session: _register_work_center(session, command, actor),
    )


def _register_work_center(
    session: Session, command: RegisterWorkCenter, actor: Principal
) -> WorkCenterView:
    work_center = WorkCenter(**command.model_dump(), created_by=actor.user, scrap_reasons=[])
    clash = Conflict(f"work center {command.code} exists already", code="work_center_exists")
    add_unique(session, work_center, clash)
    view = queries.work_center_view(work_center)
    emit(
        session, "production.work_center_registered", work_center.code, view.model_dump(mode="json")
    )
    return view


def define_scrap_reason(
    uow: UnitOfWork, *, request_id: str, command: DefineScrapReason, actor: Principal
) -> ScrapReasonView:
    TABLE.require(actor, "define_scrap_reason")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.define_scrap_reason",
        request=command,
        result_type=ScrapReasonView,
        execute=lambda session: _define_scrap_reason(session, command, actor),
    )


def _define_scrap_reason(
    session: Session, command: DefineScrapReason, actor: Principal
) -> ScrapReasonView:
    work_center = session.scalar(
        select(WorkCenter).where(WorkCenter.code == command.work_center_code)
    )
    if work_center is None:
        raise not_found("work_center_not_found", f"no work center {command.work_center_code}")
    reason = ScrapReason(
        work_center_id=work_center.id,
        reason_code=command.reason_code,
        description=command.description,
        category=command.category.value,
        active=True,
        defined_by=actor.user,
    )
    # Deactivated reasons keep their code too: history must never change meaning.
    clash = Conflict(
        f"scrap reason {command.reason_code} exists already at work center {work_center.code}",
        code="scrap_reason_exists",
    )
    add_unique(session, reason, clash)
    view = queries.scrap_reason_view(reason, work_center.code)
    emit(session, "production.scrap_reason_defined", work_center.code, view.model_dump(mode="json"))
    return view


def deactivate_scrap_reason(
    uow: UnitOfWork, *, request_id: str, command: DeactivateScrapReason, actor: Principal
) -> ScrapReasonView:
    TABLE.require(actor, "deactivate_scrap_reason")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.deactivate_scrap_reason",
        request=command,
        result_type=ScrapReasonView,
        execute=lambda session: _deactivate_scrap_reason(session, command, actor),
    )


def _deactivate_scrap_reason(
    session: Session, command: DeactivateScrapReason, actor: Principal
) -> ScrapReasonView:
    reason = session.scalar(
        select(ScrapReason)
        .join(WorkCenter)
        .where(
            WorkCenter.code == command.work_center_code,
            ScrapReason.reason_code == command.reason_code,
        )
        .with_for_update(of=ScrapReason)
    )
    if reason is None:
        raise not_found(
            "scrap_reason_not_found",
            f"no scrap reason {command.reason_code} at work center {command.work_center_code}",
        )
    facts = ScrapReasonFacts(command.work_center_code, reason.reason_code, reason.active)
    refuse_if(deactivation_refusal(facts))
    reason.active = False
    reason.deactivated_by = actor.user
    reason.deactivated_at = session.scalar(select(func.now()))
    session.flush()
    view = queries.scrap_reason_view(reason, command.work_center_code)
    emit(
        session,
        "production.scrap_reason_deactivated",
        command.work_center_code,
        view.model_dump(mode="json"),
    )
    return view
