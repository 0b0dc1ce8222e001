"""Production's peer to the warehouse (lotflow.peers): questions at the door (`find`, as the
production service) and the moves made for the person who released or changed an order (`act`:
the warehouse records that person and checks their roles there).

Request ids sent to the warehouse are derived from what is being done (order, line, step), not
from the caller's request id: a release retried after a crash, under any request id, replays
the warehouse's first answer instead of reserving or moving twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lotflow.auth import Principal
from lotflow.peers import Peer
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1.warehouse_pb2_grpc import WarehouseServiceStub
from services.production.domain.boms import ItemFacts

# The warehouse roles a person's moves for an order run in: reserving (planner), moving stock
# to the line and back (production staff or a clerk).
WAREHOUSE_ROLES = ("planner", "production", "warehouse_clerk")

_warehouse = Peer(
    "warehouse", WarehouseServiceStub, caller="lotflow-production", acts_in=WAREHOUSE_ROLES
)


@dataclass(frozen=True)
class PlaceFacts:
    code: str
    level: str
    kind: str
    site_code: str


@dataclass(frozen=True)
class Allocation:
    lot_code: str
    location_code: str
    quantity: Decimal


@dataclass(frozen=True)
class Reserved:
    reservation_id: str
    allocations: tuple[Allocation, ...]


def item(code: str) -> ItemFacts | None:
    found = _warehouse.find("GetItem", pb.GetItemRequest(ref=code))
    if found is None:
        return None
    return ItemFacts(
        code=found.code,
        base_uom=found.base_uom,
        conversions={c.uom: Decimal(c.factor) for c in found.conversions},
        shelf_life_days=found.shelf_life_days or None,
    )


def place(code: str) -> PlaceFacts | None:
    found = _warehouse.find("GetLocation", pb.GetLocationRequest(code=code))
    if found is None:
        return None
    return PlaceFacts(found.code, found.level, found.kind, found.site_code)


def usable_at_site(item_code: str, site_code: str, on_day: date) -> Decimal:
    """AVAILABLE stock of the item at the site not reserved and not expired on `on_day`: what
    a reservation at that need date can take."""
    total, token = Decimal(0), ""
    while True:
        page = _warehouse.find(
            "ListOnHand",
            pb.ListOnHandRequest(
                item_code=item_code,
                location_code=site_code,
                status="AVAILABLE",
                page_size=500,
                page_token=token,
            ),
        )
        if page is None:
            return total
        for balance in page.balances:
            expired = balance.expiry_date and date.fromisoformat(balance.expiry_date) < on_day
            if not expired:
                total += Decimal(balance.available_to_promise or "0")
        token = page.next_page_token
        if not token:
            return total


def reserve(
    request_id: str,
    *,
    order_ref: str,
    item_code: str,
    site_code: str,
    quantity: Decimal,
    uom: str,
    need_date: date,
    person: Principal,
) -> Reserved:
    """Reserve FEFO at the site for the need date, all of `quantity` or refused
    (insufficient_stock)."""
    answer = _warehouse.act(
        "ReserveStock",
        pb.ReserveStockRequest(
            request_id=request_id,
            order_ref=order_ref,
            item_code=item_code,
            site_code=site_code,
            quantity=format(quantity, "f"),
            uom=uom,
            need_date=need_date.isoformat(),
        ),
        person,
    )
    return Reserved(
        answer.id,
        tuple(
            Allocation(a.lot_code, a.location_code, Decimal(a.allocated))
            for a in answer.allocations
        ),
    )


def move_reserved(
    request_id: str,
    *,
    reservation_id: str,
    item_code: str,
    allocation: Allocation,
    to_location_code: str,
    uom: str,
    order_ref: str,
    person: Principal,
) -> None:
    """Move one allocation of a reservation, still reserved, to `to_location_code`."""
    _warehouse.act(
        "TransferStock",
        pb.TransferStockRequest(
            request_id=request_id,
            lot_code=allocation.lot_code,
            item_code=item_code,
            from_location_code=allocation.location_code,
            to_location_code=to_location_code,
            quantity=format(allocation.quantity, "f"),
            uom=uom,
            reference_type="ORDER",
            reference_number=order_ref,
            reservation_id=reservation_id,
        ),
        person,
    )


def release_reservation(request_id: str, reservation_id: str, reason: str, person: Principal):
    """Give back what a reservation still holds (wherever it now lies)."""
    return _warehouse.act(
        "ReleaseReservation",
        pb.ReleaseReservationRequest(
            request_id=request_id, reservation_id=reservation_id, reason=reason
        ),
        person,
    )


def reservation(reservation_id: str):
    return _warehouse.find(
        "GetReservation", pb.GetReservationRequest(reservation_id=reservation_id)
    )


def move_back(
    request_id: str,
    *,
    item_code: str,
    lot_code: str,
    from_location_code: str,
    to_location_code: str,
    quantity: Decimal,
    uom: str,
    order_ref: str,
    person: Principal,
) -> None:
    """Move free (no longer reserved) stock of a lot, e.g. staged stock back to storage."""
    _warehouse.act(
        "TransferStock",
        pb.TransferStockRequest(
            request_id=request_id,
            lot_code=lot_code,
            item_code=item_code,
            from_location_code=from_location_code,
            to_location_code=to_location_code,
            quantity=format(quantity, "f"),
            uom=uom,
            reference_type="ORDER",
            reference_number=order_ref,
        ),
        person,
    )
