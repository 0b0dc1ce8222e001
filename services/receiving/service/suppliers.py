"""Suppliers, their approved items, and how their goods are received."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, add_unique
from lotflow.errors import Conflict, NotFound
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import refuse_if
from services.receiving import warehouse
from services.receiving.domain import roles
from services.receiving.domain.warehouse_facts import item_refusal
from services.receiving.models import LotCodeRule, Supplier, SupplierItem
from services.receiving.queries import lot_codes as rule_queries
from services.receiving.queries import suppliers as queries
from services.receiving.schemas.suppliers import (
    ApprovedItemView,
    ApproveSupplierItem,
    CreateSupplier,
    ReceivingRequirements,
    SetReceivingRequirements,
    SetSupplierTlcAssignment,
    SupplierView,
)


def create_supplier(
    uow: UnitOfWork, *, request_id: str, command: CreateSupplier, actor: Principal
) -> SupplierView:
    roles.TABLE.require(actor, "create_supplier")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.create_supplier",
        request=command,
        result_type=SupplierView,
        execute=lambda session: _create_supplier(session, command, actor),
    )


def _supplier_clash(session: Session, command: CreateSupplier) -> Conflict | None:
    """The conflict with a supplier that has this code or GLN already, if there is one."""
    if session.scalar(select(Supplier.id).where(Supplier.code == command.code)):
        return Conflict(f"supplier {command.code} exists already", code="supplier_exists")
    if command.gln is not None:
        holder = session.scalar(select(Supplier.code).where(Supplier.gln == command.gln))
        if holder is not None:
            return Conflict(f"supplier {holder} already has GLN {command.gln}", code="gln_in_use")
    return None


def _create_supplier(session: Session, command: CreateSupplier, actor: Principal) -> SupplierView:
    clash = _supplier_clash(session, command)
    if clash is not None:
        raise clash
    contact = command.contact
    supplier = Supplier(
        code=command.code,
        name=command.name,
        country=command.country,
        gln=command.gln,
        contact_name=contact.name if contact else None,
        contact_email=contact.email if contact else None,
        contact_phone=contact.phone if contact else None,
        assigns_traceability_lot_codes=command.assigns_traceability_lot_codes,
        created_by=actor.user,
    )
    add_unique(session, supplier, lambda: _supplier_clash(session, command))
    view = queries.supplier_view(supplier)
    emit(session, "receiving.supplier_created", supplier.code, view.model_dump(mode="json"))
    return view


def set_supplier_tlc_assignment(
    uow: UnitOfWork, *, request_id: str, command: SetSupplierTlcAssignment, actor: Principal
) -> SupplierView:
    """Whether receiving keeps this supplier's lot codes as TLCs (it assigns its own if not)."""
    roles.TABLE.require(actor, "set_supplier_tlc_assignment")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.set_supplier_tlc_assignment",
        request=command,
        result_type=SupplierView,
        execute=lambda session: _set_supplier_tlc_assignment(session, command),
    )


def _set_supplier_tlc_assignment(
    session: Session, command: SetSupplierTlcAssignment
) -> SupplierView:
    supplier = queries.find_supplier(session, command.supplier_code, for_update=True)
    supplier.assigns_traceability_lot_codes = command.assigns_traceability_lot_codes
    session.flush()
    view = queries.supplier_view(supplier)
    emit(
        session,
        "receiving.supplier_tlc_assignment_set",
        supplier.code,
        {
            "supplier_code": supplier.code,
            "assigns_traceability_lot_codes": supplier.assigns_traceability_lot_codes,
        },
    )
    return view


def approve_supplier_item(
    uow: UnitOfWork, *, request_id: str, command: ApproveSupplierItem, actor: Principal
) -> ApprovedItemView:
    roles.TABLE.require(actor, "approve_supplier_item")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.approve_supplier_item",
        request=command,
        result_type=ApprovedItemView,
        execute=lambda session: _approve_supplier_item(session, command, actor),
    )


def _approve_supplier_item(
    session: Session, command: ApproveSupplierItem, actor: Principal
) -> ApprovedItemView:
    supplier = queries.find_supplier(session, command.supplier_code)
    approved_already = Conflict(
        f"supplier {supplier.code} is already approved for item {command.item_code}",
        code="supplier_item_already_approved",
    )
    for approval in supplier.approved_items:
        if approval.item_code == command.item_code:
            raise approved_already
        if command.gtin is not None and approval.gtin == command.gtin:
            raise Conflict(
                f"GTIN {command.gtin} is already approved for item {approval.item_code} "
                f"of supplier {supplier.code}",
                code="gtin_in_use",
            )
    rule = _rule(session, command.receiving_requirements)
    refuse_if(item_refusal(command.item_code, warehouse.item_known(command.item_code)))
    # By id, not through the supplier's collection: the approval joins the session only in
    # add_unique, whole, so no flush before that sees it.
    approval = SupplierItem(
        supplier_id=supplier.id,
        item_code=command.item_code,
        gtin=command.gtin,
        description=command.description,
        approved_by=actor.user,
    )
    _apply_requirements(approval, command.receiving_requirements, rule)
    add_unique(session, approval, approved_already)
    view = queries.approved_item_view(approval, supplier.code)
    emit(session, "receiving.supplier_item_approved", supplier.code, view.model_dump(mode="json"))
    return view


def set_receiving_requirements(
    uow: UnitOfWork, *, request_id: str, command: SetReceivingRequirements, actor: Principal
) -> ApprovedItemView:
    roles.TABLE.require(actor, "set_receiving_requirements")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.set_receiving_requirements",
        request=command,
        result_type=ApprovedItemView,
        execute=lambda session: _set_receiving_requirements(session, command),
    )


def _set_receiving_requirements(
    session: Session, command: SetReceivingRequirements
) -> ApprovedItemView:
    supplier = queries.find_supplier(session, command.supplier_code)
    approval = session.scalar(
        select(SupplierItem)
        .where(SupplierItem.supplier_id == supplier.id, SupplierItem.item_code == command.item_code)
        .with_for_update()
    )
    if approval is None:
        raise NotFound(
            f"supplier {supplier.code} is not approved for item {command.item_code}",
            code="supplier_item_not_found",
        )
    _apply_requirements(approval, command.requirements, _rule(session, command.requirements))
    session.flush()
    view = queries.approved_item_view(approval, supplier.code)
    emit(
        session,
        "receiving.receiving_requirements_set",
        supplier.code,
        view.model_dump(mode="json"),
    )
    return view


def _rule(session: Session, requirements: ReceivingRequirements) -> LotCodeRule | None:
    name = requirements.lot_code_rule
    return rule_queries.find_rule(session, name) if name else None


def _apply_requirements(
    approval: SupplierItem, requirements: ReceivingRequirements, rule: LotCodeRule | None
) -> None:
    approval.requires_supplier_lot = requirements.supplier_lot
    approval.requires_expiry_date = requirements.expiry_date
    approval.requires_production_date = requirements.production_date
    approval.requires_certificate_of_analysis = requirements.certificate_of_analysis
    minimum = requirements.minimum_shelf_life
    approval.min_shelf_life_days = minimum.days if minimum else None
    approval.min_shelf_life_percent = minimum.percent if minimum else None
    approval.lot_code_rule = rule
