"""Substitutions on an order's material line: checked (an approved alternate of that BOM line,
valid today, with enough issuable stock at the order's site), opened by a requester, decided by
someone else, and recorded: the substitute staged by the ratio on a line of its own, the
primary line reduced to what it consumed and its staged stock given back, the order unblocked
once no line is short.

Ratios are alternate base units per primary base unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import not_found, refuse_if, refused
from services.production import warehouse
from services.production.domain import orders as rules
from services.production.domain.boms import is_valid_on
from services.production.domain.orders import (
    ACTIVE,
    SHORTAGE,
    MaterialStatus,
    SubstitutionStatus,
)
from services.production.domain.roles import TABLE
from services.production.models import (
    BomAlternate,
    OrderMaterial,
    ProductionOrder,
    Substitution,
)
from services.production.queries.orders import find_order, substitution_view
from services.production.schemas.orders import SubstitutionView
from services.production.schemas.substitutions import (
    CheckSubstitute,
    DecideSubstitution,
    OpenSubstitution,
    RecordSubstitution,
    SubstituteCheckView,
)
from services.production.service.items import known_items
from services.production.service.order_history import locked_order, record
from services.production.service.order_states import give_back
from services.production.service.staging import stage_line


@dataclass(frozen=True)
class _Checked:
    order: ProductionOrder
    primary: OrderMaterial
    alternate: BomAlternate
    quantity: Decimal
    uom: str
    issuable: Decimal


def check_substitute(
    session: Session, query: CheckSubstitute, *, actor: Principal
) -> SubstituteCheckView:
    """Whether the substitute may stand in for the line now, and how much of it is needed."""
    TABLE.require(actor, "check_substitute")
    checked = _check(
        session, find_order(session, query.order_number), query.line_no, query.substitute_item_code
    )
    return SubstituteCheckView(
        order_number=checked.order.number,
        line_no=checked.primary.line_no,
        primary_item_code=checked.primary.item_code,
        substitute_item_code=checked.alternate.item_code,
        ratio=checked.alternate.ratio,
        quantity_needed=checked.quantity,
        uom=checked.uom,
        issuable_quantity=checked.issuable,
        sufficient=True,
        priority=checked.alternate.priority,
    )


def _check(session: Session, order: ProductionOrder, line_no: int, substitute: str) -> _Checked:
    refuse_if(rules.status_refusal(order.number, order.status, ACTIVE, "a substitution"))
    primary = session.scalar(
        select(OrderMaterial).where(
            OrderMaterial.order_id == order.id,
            OrderMaterial.line_no == line_no,
            OrderMaterial.substitutes_line_no.is_(None),
        )
    )
    if primary is None or primary.bom_component_id is None:
        raise not_found("line_not_found", f"order {order.number} has no BOM line {line_no}")
    alternate = session.scalar(
        select(BomAlternate)
        .where(
            BomAlternate.component_id == primary.bom_component_id,
            BomAlternate.item_code == substitute,
        )
        .order_by(BomAlternate.priority)
        .limit(1)
    )
    if alternate is None:
        raise refused(
            "not_an_approved_alternate",
            f"{substitute} is not an approved alternate of line {line_no} ({primary.item_code}) "
            f"of order {order.number}",
        )
    today = date.today()
    if not is_valid_on(alternate.valid_from, alternate.valid_to, today):
        raise refused(
            "alternate_not_valid",
            f"alternate {substitute} of {primary.item_code} is not valid on {today}",
        )
    item = known_items([substitute])[substitute]
    quantity = (
        (primary.required_quantity - primary.consumed_quantity) * alternate.ratio
    ).normalize()
    issuable = warehouse.usable_at_site(substitute, order.site_code, order.due_date)
    if issuable < quantity:
        raise refused(
            "substitute_stock_short",
            f"{quantity} {item.base_uom} of {substitute} are needed at site {order.site_code}; "
            f"{issuable} can be issued",
            needed=str(quantity),
            issuable=str(issuable),
        )
    return _Checked(order, primary, alternate, quantity, item.base_uom, issuable)


def _write(
    uow, use_case: str, request_id: str, command, actor: Principal, change
) -> SubstitutionView:
    TABLE.require(actor, use_case)
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation=f"production.{use_case}",
        request=command,
        result_type=SubstitutionView,
        execute=lambda session: change(session, command, actor),
    )


def open_substitution(
    uow: UnitOfWork, *, request_id: str, command: OpenSubstitution, actor: Principal
) -> SubstitutionView:
    return _write(uow, "open_substitution", request_id, command, actor, _open)


def decide_substitution(
    uow: UnitOfWork, *, request_id: str, command: DecideSubstitution, actor: Principal
) -> SubstitutionView:
    return _write(uow, "decide_substitution", request_id, command, actor, _decide)


def record_substitution(
    uow: UnitOfWork, *, request_id: str, command: RecordSubstitution, actor: Principal
) -> SubstitutionView:
    return _write(uow, "record_substitution", request_id, command, actor, _record)


def _open(session: Session, command: OpenSubstitution, actor: Principal) -> SubstitutionView:
    order = locked_order(session, command.order_number)
    checked = _check(session, order, command.line_no, command.substitute_item_code)
    pending = session.scalar(
        select(Substitution.id).where(
            Substitution.order_id == order.id,
            Substitution.line_no == command.line_no,
            Substitution.status.in_((SubstitutionStatus.REQUESTED, SubstitutionStatus.APPROVED)),
        )
    )
    if pending is not None:
        raise refused(
            "substitution_pending",
            f"line {command.line_no} of order {order.number} has substitution {pending} pending",
        )
    substitution = Substitution(
        order_id=order.id,
        line_no=command.line_no,
        substitute_item_code=command.substitute_item_code,
        ratio=checked.alternate.ratio,
        quantity=checked.quantity,
        reason=command.reason,
        requested_by=actor.user,
        status=SubstitutionStatus.REQUESTED,
        workflow_id=command.workflow_id,
    )
    session.add(substitution)
    session.flush()
    record(
        session,
        order,
        "substitution_requested",
        actor.user,
        substitution_id=str(substitution.id),
        line_no=command.line_no,
        substitute_item_code=command.substitute_item_code,
        quantity=format(checked.quantity, "f"),
        reason=command.reason,
    )
    return substitution_view(substitution, order.number, checked.uom)


def _locked_substitution(session: Session, substitution_id) -> tuple[Substitution, ProductionOrder]:
    found = session.get(Substitution, substitution_id)
    if found is None:
        raise not_found("substitution_not_found", f"no substitution {substitution_id}")
    order = session.get(ProductionOrder, found.order_id, with_for_update=True)
    session.refresh(found, with_for_update=True)
    return found, order


def _decide(session: Session, command: DecideSubstitution, actor: Principal) -> SubstitutionView:
    substitution, order = _locked_substitution(session, command.substitution_id)
    _require_status(substitution, SubstitutionStatus.REQUESTED, "deciding")
    if actor.user == substitution.requested_by:
        raise refused(
            "requester_cannot_approve",
            f"{actor.user} requested substitution {substitution.id}; someone else decides it",
        )
    if not command.approve and not command.reason:
        raise refused("reason_required", "a rejection needs a reason")
    substitution.status = (
        SubstitutionStatus.APPROVED if command.approve else SubstitutionStatus.REJECTED
    )
    substitution.decided_by = actor.user
    substitution.decided_at = session.scalar(select(func.now()))
    record(
        session,
        order,
        f"substitution_{substitution.status}",
        actor.user,
        substitution_id=str(substitution.id),
        line_no=substitution.line_no,
        reason=command.reason,
    )
    return substitution_view(substitution, order.number, _uom(substitution))


def _record(session: Session, command: RecordSubstitution, actor: Principal) -> SubstitutionView:
    substitution, order = _locked_substitution(session, command.substitution_id)
    _require_status(substitution, SubstitutionStatus.APPROVED, "recording")
    checked = _check(session, order, substitution.line_no, substitution.substitute_item_code)
    primary = checked.primary
    give_back(session, order, primary, actor)
    primary.required_quantity = primary.consumed_quantity
    primary.status = MaterialStatus.SUBSTITUTED
    last = session.scalar(
        select(func.max(OrderMaterial.line_no)).where(OrderMaterial.order_id == order.id)
    )
    line = OrderMaterial(
        order_id=order.id,
        line_no=last + 1,
        bom_component_id=primary.bom_component_id,
        item_code=substitution.substitute_item_code,
        uom=checked.uom,
        required_quantity=checked.quantity,
        operation_seq=primary.operation_seq,
        issue_policy=primary.issue_policy,
        line_side_location_code=primary.line_side_location_code,
        staged_quantity=Decimal(0),
        consumed_quantity=Decimal(0),
        substitutes_line_no=primary.line_no,
        ratio=substitution.ratio,
        status=MaterialStatus.OPEN,
    )
    session.add(line)
    session.flush()
    if not stage_line(session, order, line, actor):
        raise refused(
            "substitute_stock_short",
            f"{substitution.substitute_item_code} could not be fully reserved; nothing recorded",
        )
    substitution.status = SubstitutionStatus.RECORDED
    substitution.quantity = checked.quantity
    detail = {
        "order_number": order.number,
        "substitution_id": str(substitution.id),
        "line_no": primary.line_no,
        "primary_item_code": primary.item_code,
        "substitute_line_no": line.line_no,
        "substitute_item_code": line.item_code,
        "ratio": format(substitution.ratio.normalize(), "f"),
        "quantity": format(checked.quantity, "f"),
        "uom": line.uom,
        "requested_by": substitution.requested_by,
        "approved_by": substitution.decided_by,
        "recorded_by": actor.user,
    }
    record(session, order, "substitution_recorded", actor.user, **detail)
    emit(session, "production.substitution_recorded", order.number, detail)
    session.flush()
    _unblock_when_staged(session, order, actor)
    return substitution_view(substitution, order.number, line.uom)


def _unblock_when_staged(session: Session, order: ProductionOrder, actor: Principal) -> None:
    short = session.scalar(
        select(func.count()).where(
            OrderMaterial.order_id == order.id, OrderMaterial.status == MaterialStatus.SHORT
        )
    )
    if order.blocked and order.blocked_reason == SHORTAGE and not short:
        order.blocked, order.blocked_reason = False, None
        order.version += 1
        record(session, order, "unblocked", actor.user, reason="no line is short")
        emit(
            session,
            "production.order_unblocked",
            order.number,
            {"order_number": order.number, "reason": "no line is short", "by": actor.user},
        )


def _require_status(substitution: Substitution, wanted: SubstitutionStatus, action: str) -> None:
    if substitution.status != wanted:
        raise refused(
            "substitution_state_invalid",
            f"substitution {substitution.id} is {substitution.status}; {action} needs it {wanted}",
        )


def _uom(substitution: Substitution) -> str:
    facts = warehouse.item(substitution.substitute_item_code)
    return facts.base_uom if facts else ""
