"""Placing and releasing holds on lots."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import Conflict
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import not_found, refuse_if
from services.quality import warehouse
from services.quality.domain import roles
from services.quality.domain.holds import (
    HoldSource,
    HoldStatus,
    hold_authority,
    release_refusal,
)
from services.quality.domain.roles import HOLD_OVERRIDE_ROLE
from services.quality.domain.warehouse_facts import lot_refusal
from services.quality.models import Hold
from services.quality.queries.holds import active_holds, hold_view
from services.quality.schemas.holds import HoldView, PlaceHold, ReleaseHold
from services.quality.service.transaction import lot_key


def place_hold(
    uow: UnitOfWork, *, request_id: str, command: PlaceHold, actor: Principal
) -> HoldView:
    recall = command.source is HoldSource.RECALL
    roles.TABLE.require(actor, "place_recall_hold" if recall else "place_hold")
    return perform(
        uow,
        lock=lambda _: lot_key(command.lot_code),
        actor=actor,
        request_id=request_id,
        operation="quality.place_hold",
        request=command,
        result_type=HoldView,
        execute=lambda session: _place_hold(session, command, actor),
    )


def _place_hold(session: Session, command: PlaceHold, actor: Principal) -> HoldView:
    # Only for a new request: a replay needs no warehouse.
    refuse_if(lot_refusal(command.lot_code, warehouse.lot_known(command.lot_code)))
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
        authority=hold_authority(command.source, actor.roles),
    )
    session.add(hold)
    session.flush()
    view = hold_view(hold)
    payload = {**view.model_dump(mode="json"), "lot_blocked": True}
    emit(session, "quality.hold_placed", hold.lot_code, payload)
    return view


def _lot_of_hold(session: Session, hold_id: uuid.UUID) -> str:
    lot_code = session.scalar(select(Hold.lot_code).where(Hold.id == hold_id))
    if lot_code is None:
        raise not_found("hold_not_found", f"no hold with id {hold_id}")
    return lot_code


def release_hold(
    uow: UnitOfWork, *, request_id: str, command: ReleaseHold, actor: Principal
) -> HoldView:
    roles.TABLE.require(actor, "release_hold")
    return perform(
        uow,
        lock=lambda session: lot_key(_lot_of_hold(session, command.hold_id)),
        actor=actor,
        request_id=request_id,
        operation="quality.release_hold",
        request=command,
        result_type=HoldView,
        execute=lambda session: _release_hold(session, command, actor),
    )


def _release_hold(session: Session, command: ReleaseHold, actor: Principal) -> HoldView:
    hold = session.get(Hold, command.hold_id, with_for_update=True)
    if hold is None:  # looked up before the lock already; kept for a clear error regardless
        raise not_found("hold_not_found", f"no hold with id {command.hold_id}")
    # Only the hold's authority lifts it, or an explicit override the event records.
    actor.require(hold.authority, HOLD_OVERRIDE_ROLE)
    overridden = not actor.has_role(hold.authority)
    refuse_if(release_refusal(HoldStatus(hold.status)), hold_id=str(hold.id))
    hold.status = HoldStatus.RELEASED.value
    hold.released_by = actor.user
    hold.released_at = func.now()
    hold.release_reason = command.reason
    session.flush()
    view = hold_view(hold)
    still_blocked = bool(active_holds(session, hold.lot_code))
    payload = {**view.model_dump(mode="json"), "lot_blocked": still_blocked}
    payload["overridden"] = overridden
    emit(session, "quality.hold_released", hold.lot_code, payload)
    return view
