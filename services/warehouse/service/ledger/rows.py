"""A draft as the ledger function's arguments: the movement and posting rows, named after
their tables' columns (the one place the movement's columns are spelled), the event and the
view the caller gets back."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import datetime

from services.warehouse.schemas.movements import MovementView
from services.warehouse.service.ledger.drafts import Draft, Posting

EVENT_TYPE = "warehouse.stock_moved"


def movement_row(draft: Draft, *, request_id: str, actor: str, at: datetime) -> dict:
    """The `movements` row, `seq` aside (the database numbers it)."""
    source, target = draft.from_location, draft.to_location
    return {
        "id": draft.movement_id,
        "type": draft.type.value,
        "lot_id": draft.lot.id,
        "item_id": draft.lot.item.id,
        "quantity": draft.quantity,
        "uom": draft.uom,
        "base_quantity": draft.base_quantity,
        "from_location_id": source.id if source else None,
        "from_status": draft.from_status.value if draft.from_status else None,
        "to_location_id": target.id if target else None,
        "to_status": draft.to_status.value if draft.to_status else None,
        "reason_code": draft.reason_code,
        "reference_type": draft.reference_type,
        "reference_number": draft.reference_number,
        "note": draft.note,
        "expiry_override_reason": draft.expiry_override_reason,
        "reservation_id": draft.reservation_id,
        "transfer_id": draft.transfer_id,
        "shipment_id": draft.shipment_id,
        "request_id": request_id,
        "actor": actor,
        "occurred_at": at,
    }


def in_lock_order(drafts: Iterable[Draft]) -> list[tuple[Draft, Posting]]:
    """Every posting of the drafts in the global lock order (lot, location, status); postings
    of one key keep the drafts' order (a sort is stable)."""
    postings = [(draft, posting) for draft in drafts for posting in draft.postings]
    return sorted(
        postings, key=lambda dp: (str(dp[0].lot.id), str(dp[1].location.id), dp[1].status.value)
    )


def posting_row(draft: Draft, posting: Posting) -> dict:
    """The `postings` row, plus what a new balance row needs (item and site)."""
    return {
        "movement_id": draft.movement_id,
        "lot_id": draft.lot.id,
        "item_id": draft.lot.item.id,
        "location_id": posting.location.id,
        "site_id": posting.location.site_id,
        "status": posting.status.value,
        "qty_delta": posting.qty_delta,
        "reserved_delta": posting.reserved_delta,
    }


def event(draft: Draft, view: MovementView) -> dict:
    """The movement's event; the database adds the movement's `seq` to its payload."""
    return {
        "event_id": uuid.uuid4(),
        "event_type": EVENT_TYPE,
        "subject": draft.lot.code,
        "payload": event_payload(draft, view),
    }


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


def view_of(draft: Draft, *, actor: str, at: datetime) -> MovementView:
    """The movement as the caller sees it; `seq` comes once the database has numbered it."""
    return MovementView(
        id=draft.movement_id,
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


def as_json(value: object) -> str:
    # Decimals as strings keep quantities exact through JSON; PostgreSQL casts them back.
    return json.dumps(value, default=str, separators=(",", ":"))
