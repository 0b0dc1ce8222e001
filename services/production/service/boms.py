"""Defining BOMs: checked at the door against the warehouse's items and their units, checked
for cycles through the components' own BOMs, then written once per request id."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, add_unique
from lotflow.errors import Conflict
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import invalid, refuse_if
from services.production.domain import boms as rules
from services.production.domain.roles import TABLE
from services.production.models import Bom, BomAlternate, BomComponent, BomOutput
from services.production.queries.boms import bom_view
from services.production.schemas.boms import BomView, DefineBom
from services.production.service.items import known_items


def define_bom(
    uow: UnitOfWork, *, request_id: str, command: DefineBom, actor: Principal
) -> BomView:
    TABLE.require(actor, "define_bom")
    _check_shape(command)
    _check_units(command)
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.define_bom",
        request=command,
        result_type=BomView,
        execute=lambda session: _define_bom(session, command, actor),
    )


def _check_shape(command: DefineBom) -> None:
    refuse_if(rules.validity_refusal(command.valid_from, command.valid_to, "the BOM's"))
    if twice := rules.duplicates(c.line_no for c in command.components):
        raise invalid("bom_line_duplicate", f"line numbers {twice} appear more than once")
    for component in command.components:
        for alternate in component.alternates:
            refuse_if(
                rules.validity_refusal(alternate.valid_from, alternate.valid_to, "an alternate's")
            )
            if alternate.item_code == component.item_code:
                raise invalid(
                    "alternate_invalid",
                    f"line {component.line_no}: {alternate.item_code} cannot be its own alternate",
                )


def _check_units(command: DefineBom) -> None:
    """Every item known to the warehouse, every unit convertible to its item's base unit."""
    uses = [(command.item_code, command.output_uom)]
    uses += [(c.item_code, c.uom) for c in command.components]
    uses += [(a.item_code, None) for c in command.components for a in c.alternates]
    uses += [(o.item_code, o.uom) for o in command.outputs]
    items = known_items(code for code, _ in uses)
    for code, uom in uses:
        if uom is not None:
            refuse_if(rules.unit_refusal(items[code], uom))


def _define_bom(session: Session, command: DefineBom, actor: Principal) -> BomView:
    inputs = [c.item_code for c in command.components]
    inputs += [a.item_code for c in command.components for a in c.alternates]
    path = rules.find_cycle(
        command.item_code, inputs, lambda item: _inputs_of(session, item, command.valid_from)
    )
    if path is not None:
        raise invalid(
            "bom_cycle",
            f"{command.item_code} would be made from itself: {' -> '.join(path)}",
            path=path,
        )
    version = command.version or _next_version(session, command.item_code)
    now = session.scalar(select(func.now()))
    bom = Bom(
        item_code=command.item_code,
        version=version,
        valid_from=command.valid_from,
        valid_to=command.valid_to,
        output_quantity=command.output_quantity,
        output_uom=command.output_uom,
        created_by=actor.user,
        components=[],
        outputs=[BomOutput(**o.model_dump()) for o in command.outputs],
    )
    for spec in command.components:
        component = BomComponent(
            **spec.model_dump(exclude={"alternates"}),
            alternates=[
                BomAlternate(**a.model_dump(), approved_by=actor.user, approved_at=now)
                for a in spec.alternates
            ],
        )
        bom.components.append(component)
    clash = Conflict(
        f"BOM version {version} of {command.item_code} exists already", code="bom_version_exists"
    )
    add_unique(session, bom, clash)
    session.flush()
    view = bom_view(bom)
    emit(session, "production.bom_defined", bom.item_code, view.model_dump(mode="json"))
    return view


def _next_version(session: Session, item_code: str) -> int:
    latest = session.scalar(select(func.max(Bom.version)).where(Bom.item_code == item_code))
    return (latest or 0) + 1


def _inputs_of(session: Session, item_code: str, from_day: date) -> list[str]:
    """The components and alternates of the item's BOMs still valid on or after `from_day`."""
    still_valid = or_(Bom.valid_to.is_(None), Bom.valid_to >= from_day)
    components = session.scalars(
        select(BomComponent.item_code).join(Bom).where(Bom.item_code == item_code, still_valid)
    ).all()
    alternates = session.scalars(
        select(BomAlternate.item_code)
        .join(BomComponent)
        .join(Bom)
        .where(Bom.item_code == item_code, still_valid)
    ).all()
    return [*components, *alternates]
