"""The ledger rows of a movement (movement and postings, one round trip) and its event."""

from __future__ import annotations

import uuid
from datetime import datetime
from functools import lru_cache

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.outbox import emit
from services.warehouse.schemas.movements import MovementView
from services.warehouse.service.drafts import Draft


def record(
    session: Session, draft: Draft, *, actor: str, request_id: str, at: datetime
) -> MovementView:
    """Append the ledger rows of postings already applied, and the movement's event."""
    movement_id = draft.movement_id
    params: dict = {
        "id": movement_id,
        "type": draft.type.value,
        "lot": draft.lot.id,
        "item": draft.lot.item.id,
        "quantity": draft.quantity,
        "uom": draft.uom,
        "base_quantity": draft.base_quantity,
        "from_location": draft.from_location.id if draft.from_location else None,
        "from_status": draft.from_status.value if draft.from_status else None,
        "to_location": draft.to_location.id if draft.to_location else None,
        "to_status": draft.to_status.value if draft.to_status else None,
        "reason_code": draft.reason_code,
        "reference_type": draft.reference_type,
        "reference_number": draft.reference_number,
        "note": draft.note,
        "override": draft.expiry_override_reason,
        "reservation": draft.reservation_id,
        "transfer": draft.transfer_id,
        "shipment": draft.shipment_id,
        "request_id": request_id,
        "actor": actor,
        "at": at,
    }
    for n, posting in enumerate(draft.postings):
        params |= {
            f"location{n}": posting.location.id,
            f"status{n}": posting.status.value,
            f"dq{n}": posting.qty_delta,
            f"dr{n}": posting.reserved_delta,
        }
    seq = session.execute(_insert_movement(len(draft.postings)), params).scalar_one()
    view = view_of(draft, movement_id, seq, actor, at)
    emit(session, "warehouse.stock_moved", draft.lot.code, event_payload(draft, view))
    return view


def event_payload(draft: Draft, view: MovementView) -> dict:
    """What the recall graph needs: lot, item, quantities with units, places, documents."""
    item = draft.lot.item
    payload = view.model_dump(mode="json", exclude_none=True)
    payload |= {
        "movement_id": str(view.id),
        "gtin": item.gtin,
        "product_description": item.description,
        "tlc_source": draft.lot.tlc_source,
        "from_site_code": draft.from_location.site_code if draft.from_location else None,
        "to_site_code": draft.to_location.site_code if draft.to_location else None,
        **draft.event_extra,
    }
    return {key: value for key, value in payload.items() if value is not None}


def view_of(draft: Draft, movement_id: uuid.UUID, seq: int | None, actor: str, at: datetime):
    return MovementView(
        id=movement_id,
        seq=seq,
        type=draft.type,
        lot_code=draft.lot.code,
        item_code=draft.lot.item.code,
        quantity=draft.quantity,
        uom=draft.uom,
        base_quantity=draft.base_quantity,
        base_uom=draft.lot.item.base_uom,
        from_location_code=draft.from_location.code if draft.from_location else None,
        from_status=draft.from_status,
        to_location_code=draft.to_location.code if draft.to_location else None,
        to_status=draft.to_status,
        reason_code=draft.reason_code,
        reference_type=draft.reference_type,
        reference_number=draft.reference_number,
        note=draft.note,
        expiry_override_reason=draft.expiry_override_reason,
        reservation_id=draft.reservation_id,
        transfer_id=draft.transfer_id,
        shipment_id=draft.shipment_id,
        actor=actor,
        occurred_at=at,
    )


@lru_cache(maxsize=8)
def _insert_movement(posting_count: int):
    """One round trip for the movement and its postings."""
    values = ", ".join(
        f"(CAST(:location{n} AS uuid), CAST(:status{n} AS varchar), "
        f"CAST(:dq{n} AS numeric), CAST(:dr{n} AS numeric))"
        for n in range(posting_count)
    )
    return text(
        "WITH movement AS ("
        " INSERT INTO movements (id, type, lot_id, item_id, quantity, uom, base_quantity,"
        " from_location_id, from_status, to_location_id, to_status, reason_code,"
        " reference_type, reference_number, note, expiry_override_reason, reservation_id,"
        " transfer_id, shipment_id, request_id, actor, occurred_at)"
        " VALUES (:id, :type, :lot, :item, :quantity, :uom, :base_quantity, :from_location,"
        " :from_status, :to_location, :to_status, :reason_code, :reference_type,"
        " :reference_number, :note, :override, :reservation, :transfer, :shipment,"
        " :request_id, :actor, :at) RETURNING id, seq, lot_id),"
        " posted AS (INSERT INTO postings (movement_id, lot_id, location_id, status,"
        " qty_delta, reserved_delta)"
        " SELECT movement.id, movement.lot_id, p.location_id, p.status, p.dq, p.dr"
        f" FROM movement, (VALUES {values}) AS p(location_id, status, dq, dr))"
        " SELECT seq FROM movement"
    )
