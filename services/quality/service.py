"""Quality use cases: one function each, owning its transaction."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import Conflict, Invalid, InvalidState, NotFound
from lotflow.idempotency import run_once
from lotflow.outbox import emit
from services.quality import queries
from services.quality.domain import (
    HOLD_PLACING_ROLES,
    HOLD_RELEASING_ROLES,
    PLAN_ROLE,
    HoldStatus,
    characteristic_refusal,
    duplicates,
    next_plan_version,
    release_refusal,
)
from services.quality.models import Hold, InspectionCharacteristic, InspectionPlan
from services.quality.schemas import (
    DefineInspectionPlan,
    HoldView,
    InspectionPlanView,
    PlaceHold,
    ReleaseHold,
)


def _serialize_on(session: Session, key: str) -> None:
    """Queue behind other transactions on the same key until this one ends.

    Taken before the first write (the request id claim), so transactions on one key also get
    their transaction ids, and so their place in the event feed, in the order they commit.
    """
    session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"), {"key": key})


def define_inspection_plan(
    uow: UnitOfWork, *, request_id: str, command: DefineInspectionPlan, actor: Principal
) -> InspectionPlanView:
    actor.require(PLAN_ROLE)
    with uow:
        _serialize_on(uow.session, f"plan:{command.item_code}:{command.supplier_code or ''}")
        return run_once(
            uow,
            request_id=request_id,
            operation="quality.define_inspection_plan",
            request=command,
            result_type=InspectionPlanView,
            execute=lambda: _define_inspection_plan(uow.session, command, actor),
        )


def _define_inspection_plan(
    session: Session, command: DefineInspectionPlan, actor: Principal
) -> InspectionPlanView:
    repeated = duplicates(c.name.casefold() for c in command.characteristics)
    if repeated:
        raise Invalid(
            f"characteristic names must be unique in a plan; repeated: {', '.join(repeated)}",
            code="duplicate_characteristic",
        )
    for c in command.characteristics:
        refusal = characteristic_refusal(c.name, c.kind, c.lower_limit, c.upper_limit, c.unit)
        if refusal:
            raise Invalid(refusal.message, code=refusal.code, characteristic=c.name)
    latest = queries.latest_plan(session, command.item_code, command.supplier_code)
    plan = InspectionPlan(
        item_code=command.item_code,
        supplier_code=command.supplier_code,
        version=next_plan_version(latest.version if latest else None),
        sample_size=command.sample_size,
        skip_lot_after=command.skip_lot_after,
        created_by=actor.user,
        characteristics=[
            InspectionCharacteristic(
                position=position,
                name=c.name,
                kind=c.kind.value,
                lower_limit=c.lower_limit,
                upper_limit=c.upper_limit,
                unit=c.unit,
            )
            for position, c in enumerate(command.characteristics, start=1)
        ],
    )
    session.add(plan)
    session.flush()
    view = queries.plan_view(plan)
    emit(session, "quality.inspection_plan_defined", plan.item_code, view.model_dump(mode="json"))
    return view


def place_hold(
    uow: UnitOfWork, *, request_id: str, command: PlaceHold, actor: Principal
) -> HoldView:
    actor.require(*HOLD_PLACING_ROLES)
    with uow:
        _serialize_on(uow.session, f"lot:{command.lot_code}")
        return run_once(
            uow,
            request_id=request_id,
            operation="quality.place_hold",
            request=command,
            result_type=HoldView,
            execute=lambda: _place_hold(uow.session, command, actor),
        )


def _place_hold(session: Session, command: PlaceHold, actor: Principal) -> HoldView:
    if command.source_reference is not None:
        same = session.scalar(
            select(Hold.id).where(
                Hold.lot_code == command.lot_code,
                Hold.source == command.source,
                Hold.source_reference == command.source_reference,
                Hold.status == HoldStatus.ACTIVE.value,
            )
        )
        if same is not None:
            raise Conflict(
                f"lot {command.lot_code} already has an active {command.source.value} hold for "
                f"{command.source_reference}",
                code="hold_exists",
                hold_id=str(same),
            )
    hold = Hold(
        lot_code=command.lot_code,
        status=HoldStatus.ACTIVE.value,
        source=command.source.value,
        source_reference=command.source_reference,
        reason=command.reason,
        placed_by=actor.user,
    )
    session.add(hold)
    session.flush()
    view = queries.hold_view(hold)
    payload = {**view.model_dump(mode="json"), "lot_blocked": True}
    emit(session, "quality.hold_placed", hold.lot_code, payload)
    return view


def release_hold(
    uow: UnitOfWork, *, request_id: str, command: ReleaseHold, actor: Principal
) -> HoldView:
    actor.require(*HOLD_RELEASING_ROLES)
    with uow:
        lot_code = uow.session.scalar(select(Hold.lot_code).where(Hold.id == command.hold_id))
        if lot_code is None:
            raise NotFound(f"no hold with id {command.hold_id}", code="hold_not_found")
        _serialize_on(uow.session, f"lot:{lot_code}")
        return run_once(
            uow,
            request_id=request_id,
            operation="quality.release_hold",
            request=command,
            result_type=HoldView,
            execute=lambda: _release_hold(uow.session, command, actor),
        )


def _release_hold(session: Session, command: ReleaseHold, actor: Principal) -> HoldView:
    hold = session.get(Hold, command.hold_id, with_for_update=True)
    if hold is None:  # looked up before the lock already; kept for a clear error regardless
        raise NotFound(f"no hold with id {command.hold_id}", code="hold_not_found")
    refusal = release_refusal(HoldStatus(hold.status))
    if refusal:
        raise InvalidState(refusal.message, code=refusal.code, hold_id=str(hold.id))
    hold.status = HoldStatus.RELEASED.value
    hold.released_by = actor.user
    hold.released_at = func.now()
    hold.release_reason = command.reason
    session.flush()
    view = queries.hold_view(hold)
    still_blocked = bool(queries.active_holds(session, hold.lot_code))
    payload = {**view.model_dump(mode="json"), "lot_blocked": still_blocked}
    emit(session, "quality.hold_released", hold.lot_code, payload)
    return view
