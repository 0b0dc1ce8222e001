"""Views of suppliers and their approved items."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lotflow import paging
from lotflow.auth import Principal
from lotflow.errors import NotFound
from lotflow.refusals import quoted
from services.receiving.domain import roles
from services.receiving.domain.quantities import format_decimal
from services.receiving.domain.shelf_life import ShelfLifeMinimum
from services.receiving.models import Supplier, SupplierItem
from services.receiving.schemas.suppliers import (
    ApprovedItemView,
    ContactView,
    MinimumShelfLife,
    ReceivingRequirements,
    SupplierPage,
    SupplierQuery,
    SupplierView,
)

SUPPLIER_WITH_ITEMS = selectinload(Supplier.approved_items).selectinload(SupplierItem.lot_code_rule)


def shelf_life_minimum(approval: SupplierItem) -> ShelfLifeMinimum | None:
    days, percent = approval.min_shelf_life_days, approval.min_shelf_life_percent
    if days is None and percent is None:
        return None
    return ShelfLifeMinimum(days=days, percent=percent)


def _minimum_shelf_life_view(approval: SupplierItem) -> MinimumShelfLife | None:
    minimum = shelf_life_minimum(approval)
    if minimum is None:
        return None
    # "60", not the column's "60.00".
    percent = Decimal(format_decimal(minimum.percent)) if minimum.percent else None
    return MinimumShelfLife(days=minimum.days, percent=percent)


def approved_item_view(approval: SupplierItem, supplier_code: str) -> ApprovedItemView:
    rule = approval.lot_code_rule
    return ApprovedItemView(
        supplier_code=supplier_code,
        item_code=approval.item_code,
        gtin=approval.gtin,
        description=approval.description,
        receiving_requirements=ReceivingRequirements(
            supplier_lot=approval.requires_supplier_lot,
            expiry_date=approval.requires_expiry_date,
            production_date=approval.requires_production_date,
            certificate_of_analysis=approval.requires_certificate_of_analysis,
            lot_code_rule=rule.name if rule else None,
            minimum_shelf_life=_minimum_shelf_life_view(approval),
        ),
        approved_by=approval.approved_by,
        approved_at=approval.approved_at,
    )


def supplier_view(supplier: Supplier) -> SupplierView:
    has_contact = supplier.contact_name or supplier.contact_email or supplier.contact_phone
    return SupplierView(
        id=supplier.id,
        code=supplier.code,
        name=supplier.name,
        country=supplier.country,
        gln=supplier.gln,
        contact=ContactView(
            name=supplier.contact_name, email=supplier.contact_email, phone=supplier.contact_phone
        )
        if has_contact
        else None,
        assigns_traceability_lot_codes=supplier.assigns_traceability_lot_codes,
        approved_items=[approved_item_view(a, supplier.code) for a in supplier.approved_items],
        created_by=supplier.created_by,
        created_at=supplier.created_at,
    )


def supplier_location(supplier: Supplier) -> str:
    """How FSMA 204 records name the supplier's place when nothing more precise is given."""
    where = f"{supplier.name}, {supplier.country}"
    return f"{where} (GLN {supplier.gln})" if supplier.gln else where


def find_supplier(session: Session, code: str, *, for_update: bool = False) -> Supplier:
    statement = select(Supplier).where(Supplier.code == code).options(SUPPLIER_WITH_ITEMS)
    supplier = session.scalar(statement.with_for_update() if for_update else statement)
    if supplier is None:
        raise NotFound(f"no supplier with code {quoted(code)}", code="supplier_not_found")
    return supplier


def get_supplier(session: Session, code: str, *, actor: Principal) -> SupplierView:
    roles.TABLE.require(actor, "get_supplier")
    return supplier_view(find_supplier(session, code))


def list_suppliers(session: Session, query: SupplierQuery, *, actor: Principal) -> SupplierPage:
    """Suppliers ordered by code, one keyset page at a time."""
    roles.TABLE.require(actor, "list_suppliers")
    statement = (
        select(Supplier)
        .options(SUPPLIER_WITH_ITEMS)
        .order_by(Supplier.code)
        .limit(query.page_size + 1)
    )
    if query.country:
        statement = statement.where(Supplier.country == query.country)
    after = paging.parse(query.page_token, 1)
    if after:
        statement = statement.where(Supplier.code > after[0])
    suppliers = session.scalars(statement).all()
    views = [supplier_view(s) for s in suppliers[: query.page_size]]
    more = len(suppliers) > query.page_size
    return SupplierPage(
        suppliers=views, next_page_token=paging.token(views[-1].code) if more else ""
    )
