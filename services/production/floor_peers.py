"""What the production floor asks and tells the warehouse and quality over gRPC (lotflow.peers):
stock issued to an order, line-side stock, output received, staged stock given back, and
whether quality inspects an item before release. Changes are made for the person on the floor
(`Peer.act`), each under a request id derived from the floor's own, so a retry never posts
twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lotflow.auth import Principal
from lotflow.errors import NotFound
from lotflow.peers import Peer
from protos.quality.v1 import quality_pb2 as qpb
from protos.quality.v1.quality_pb2_grpc import QualityServiceStub
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1.warehouse_pb2_grpc import WarehouseServiceStub
from services.production.domain.consumption import LineSideLot

_warehouse = Peer(
    "warehouse", WarehouseServiceStub, caller="lotflow-production", acts_in=("production",)
)
_quality = Peer("quality", QualityServiceStub, caller="lotflow-production")
# How the warehouse's ledger names the production order a movement belongs to.
REFERENCE_TYPE = "MO"


@dataclass(frozen=True)
class ItemFacts:
    code: str
    base_uom: str
    shelf_life_days: int
    factors: dict[str, Decimal]


@dataclass(frozen=True)
class Issued:
    movement_id: str
    base_quantity: Decimal
    base_uom: str


def item(item_code: str) -> ItemFacts:
    found = _warehouse.find("GetItem", pb.GetItemRequest(ref=item_code))
    if found is None:
        raise NotFound(f"the warehouse knows no item {item_code}", code="item_not_found")
    factors = {c.uom: Decimal(c.factor) for c in found.conversions}
    return ItemFacts(found.code, found.base_uom, found.shelf_life_days, factors)


def lot_item(lot_code: str, item_code: str | None) -> str | None:
    """The item of a lot the warehouse knows (None when it knows no such lot); Invalid
    `lot_ambiguous` when several items use the code and none is named."""
    found = _warehouse.find(
        "GetLot", pb.GetLotRequest(lot_code=lot_code, item_code=item_code or "")
    )
    return found.item_code if found is not None else None


def issue(
    person: Principal,
    request_id: str,
    *,
    lot_code: str,
    item_code: str,
    location_code: str,
    quantity: Decimal,
    uom: str,
    order_number: str,
    reservation_id: str | None,
) -> Issued:
    movement = _warehouse.act(
        "IssueStock",
        pb.IssueStockRequest(
            request_id=request_id,
            lot_code=lot_code,
            item_code=item_code,
            location_code=location_code,
            quantity=str(quantity),
            uom=uom,
            reference_type=REFERENCE_TYPE,
            reference_number=order_number,
            reservation_id=reservation_id or "",
        ),
        person,
    )
    return Issued(movement.id, Decimal(movement.base_quantity), movement.base_uom)


def reserved_at(reservation_id: str, location_code: str) -> list[LineSideLot]:
    """What the reservation still holds at the location, lot by lot."""
    found = _warehouse.find(
        "GetReservation", pb.GetReservationRequest(reservation_id=reservation_id)
    )
    if found is None or found.released_by:
        return []
    return [
        LineSideLot(a.lot_code, Decimal(a.remaining), _day(a.expiry_date))
        for a in found.allocations
        if a.location_code == location_code and Decimal(a.remaining) > 0
    ]


def reservation_open(reservation_id: str) -> bool:
    """Whether the reservation still stands (not released, by a substitution or a cancel)."""
    request = pb.GetReservationRequest(reservation_id=reservation_id)
    found = _warehouse.find("GetReservation", request)
    return found is not None and not found.released_by


def free_at(item_code: str, location_code: str) -> list[LineSideLot]:
    """AVAILABLE stock of the item at the location that nobody reserved."""
    lots: list[LineSideLot] = []
    token = ""
    while True:
        page = _warehouse.find(
            "ListOnHand",
            pb.ListOnHandRequest(
                item_code=item_code,
                location_code=location_code,
                status="AVAILABLE",
                page_size=500,
                page_token=token,
            ),
        )
        if page is None:
            return lots
        lots += [
            LineSideLot(b.lot_code, Decimal(b.available_to_promise), _day(b.expiry_date))
            for b in page.balances
            if Decimal(b.available_to_promise) > 0
        ]
        if not page.next_page_token:
            return lots
        token = page.next_page_token


def release_reservation(person: Principal, request_id: str, reservation_id: str, why: str) -> None:
    _warehouse.act(
        "ReleaseReservation",
        pb.ReleaseReservationRequest(
            request_id=request_id, reservation_id=reservation_id, reason=why
        ),
        person,
    )


def staged_from(lot_code: str, item_code: str, line_side: str, order_number: str) -> str | None:
    """Where the order's staging took the lot from before it reached the line side."""
    token = ""
    while True:
        page = _warehouse.find(
            "ListLotMovements",
            pb.ListLotMovementsRequest(
                lot_code=lot_code, item_code=item_code, page_size=500, page_token=token
            ),
        )
        if page is None:
            return None
        for movement in page.movements:
            if (
                movement.type == "transfer"
                and movement.to_location_code == line_side
                and movement.reference_number == order_number
            ):
                return movement.from_location_code
        if not page.next_page_token:
            return None
        token = page.next_page_token


def transfer(
    person: Principal,
    request_id: str,
    *,
    lot_code: str,
    item_code: str,
    from_location: str,
    to_location: str,
    quantity: Decimal,
    uom: str,
    order_number: str,
) -> None:
    _warehouse.act(
        "TransferStock",
        pb.TransferStockRequest(
            request_id=request_id,
            lot_code=lot_code,
            item_code=item_code,
            from_location_code=from_location,
            to_location_code=to_location,
            quantity=str(quantity),
            uom=uom,
            reference_type=REFERENCE_TYPE,
            reference_number=order_number,
            note="unused staged material returned at order completion",
        ),
        person,
    )


def receive_output(
    person: Principal,
    request_id: str,
    *,
    lot_code: str,
    item_code: str,
    location_code: str,
    quantity: Decimal,
    uom: str,
    status: str,
    order_number: str,
    production_date: date,
    expiry_date: date | None,
) -> None:
    """The output received at its location, registering its lot (origin produced) the first
    time in the same warehouse transaction."""
    _warehouse.act(
        "ReceiveStock",
        pb.ReceiveStockRequest(
            request_id=request_id,
            lot_code=lot_code,
            item_code=item_code,
            location_code=location_code,
            quantity=str(quantity),
            uom=uom,
            status=status,
            reference_type=REFERENCE_TYPE,
            reference_number=order_number,
            new_lot=pb.LotAttributes(
                origin="produced",
                production_date=production_date.isoformat(),
                expiry_date=expiry_date.isoformat() if expiry_date else "",
            ),
        ),
        person,
    )


def final_inspection_required(item_code: str, lot_code: str) -> bool:
    """Whether quality inspects the item's produced lots before they may be used."""
    found = _quality.find(
        "GetInspectionRequirement",
        qpb.GetInspectionRequirementRequest(item_code=item_code, lot_code=lot_code),
    )
    return found is not None and found.inspection_required


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None
