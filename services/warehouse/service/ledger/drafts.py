"""A movement about to be appended: the postings it makes and what the ledger will say."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from services.warehouse.domain.stock import MovementType, StockStatus
from services.warehouse.resolve import LocationRecord, LotRecord

ZERO = Decimal(0)


@dataclass(frozen=True)
class Posting:
    location: LocationRecord
    status: StockStatus
    qty_delta: Decimal
    reserved_delta: Decimal = ZERO


@dataclass
class Draft:
    """A movement about to be appended, as the user posted it."""

    type: MovementType
    lot: LotRecord
    quantity: Decimal
    uom: str
    base_quantity: Decimal
    postings: list[Posting]
    from_location: LocationRecord | None = None
    from_status: StockStatus | None = None
    to_location: LocationRecord | None = None
    to_status: StockStatus | None = None
    reason_code: str | None = None
    reference_type: str | None = None
    reference_number: str | None = None
    note: str | None = None
    expiry_override_reason: str | None = None
    reservation_id: uuid.UUID | None = None
    transfer_id: uuid.UUID | None = None
    shipment_id: uuid.UUID | None = None
    event_extra: dict = field(default_factory=dict)
    # Deposits AVAILABLE stock: append locks the lot and lands it in HOLD if the lot is held.
    follows_holds: bool = False
    # Draw on the reservation's allocation at the source (issue or ship against a reservation).
    consumes_allocation: bool = False
    # Move the reservation's allocation from the source to the target with the stock (a
    # reserved transfer: staging to line-side and back), the stock staying reserved.
    carries_allocation: bool = False
    movement_id: uuid.UUID = field(default_factory=uuid.uuid4)
