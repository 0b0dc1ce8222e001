"""A lot, and its full movement history."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow import paging
from lotflow.auth import Principal
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.schemas.lots import LotView
from services.warehouse.schemas.movements import MovementPage, MovementView

_LOT = text(
    "SELECT id, code, origin, supplier, supplier_lot, production_date, expiry_date, tlc_source,"
    " attributes, created_by, created_at FROM lots WHERE id = :id"
)
_HOLDS = text(
    "SELECT hold_ref FROM lot_holds WHERE lot_id = :id AND lifted_at IS NULL ORDER BY hold_ref"
)
_HISTORY = text(
    "SELECT m.id, m.seq, m.type, m.quantity, m.uom, m.base_quantity, src.code, m.from_status,"
    " dst.code, m.to_status, m.reason_code, m.reference_type, m.reference_number, m.note,"
    " m.expiry_override_reason, m.reservation_id, m.transfer_id, m.shipment_id, m.actor,"
    " m.occurred_at FROM movements m LEFT JOIN locations src ON src.id = m.from_location_id"
    " LEFT JOIN locations dst ON dst.id = m.to_location_id"
    " WHERE m.lot_id = :lot AND m.seq > :after ORDER BY m.seq LIMIT :limit"
)
_FIELDS = [
    "id",
    "seq",
    "type",
    "quantity",
    "uom",
    "base_quantity",
    "from_location_code",
    "from_status",
    "to_location_code",
    "to_status",
    "reason_code",
    "reference_type",
    "reference_number",
    "note",
    "expiry_override_reason",
    "reservation_id",
    "transfer_id",
    "shipment_id",
    "actor",
    "occurred_at",
]


def get_lot(session: Session, lot_code: str, item_code: str | None, *, actor: Principal) -> LotView:
    roles.TABLE.require(actor, "get_lot")
    lot = resolve.lot(session, lot_code, item_code)
    row = session.execute(_LOT, {"id": lot.id}).one()
    holds = list(session.execute(_HOLDS, {"id": lot.id}).scalars())
    return LotView(
        id=row[0],
        lot_code=row[1],
        item_code=lot.item.code,
        origin=row[2],
        supplier=row[3],
        supplier_lot=row[4],
        production_date=row[5],
        expiry_date=row[6],
        tlc_source=row[7],
        attributes=row[8],
        on_hold=bool(holds),
        active_holds=holds,
        created_by=row[9],
        created_at=row[10],
    )


def lot_movements(
    session: Session,
    lot_code: str,
    item_code: str | None,
    *,
    page_size: int = 100,
    page_token: str = "",
    actor: Principal,
) -> MovementPage:
    """Every movement of the lot, oldest first."""
    roles.TABLE.require(actor, "lot_movements")
    lot = resolve.lot(session, lot_code, item_code)
    after = paging.position_after(page_token) or 0
    rows = session.execute(_HISTORY, {"lot": lot.id, "after": after, "limit": page_size + 1}).all()
    views = [
        MovementView.model_validate(
            dict(zip(_FIELDS, row, strict=True))
            | {"lot_code": lot.code, "item_code": lot.item.code, "base_uom": lot.item.base_uom}
        )
        for row in rows[:page_size]
    ]
    more = len(rows) > page_size
    return MovementPage(movements=views, next_page_token=str(views[-1].seq) if more else "")
