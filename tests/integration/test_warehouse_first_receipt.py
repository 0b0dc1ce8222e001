"""A lot's first receipt registers it (ReceiveStock with new_lot), in one transaction."""

from __future__ import annotations

from decimal import Decimal

import grpc
import pytest

from tests.property.warehouse_world import (
    Warehouse,
    build_site,
    clients,
    events_about,
    make_item,
    run_together,
)
from tests.transport import unique

pytestmark = pytest.mark.integration

NEW_LOT = {
    "origin": "received",
    "supplier": "MILL",
    "supplier_lot": "S-77",
    "production_date": "2026-10-01",
    "expiry_date": "2027-10-01",
    "tlc_source": "Mill, Bremen DE",
}


def receive_new(wh: Warehouse, lot: str, item: str, location: str, quantity: str, **fields):
    new_lot = {**NEW_LOT, **fields.pop("new_lot", {})}
    return wh.call(
        "ReceiveStock",
        lot_code=lot,
        item_code=item,
        location_code=location,
        quantity=quantity,
        uom="H87",
        status="QUARANTINE",
        reference_number="PO-1",
        new_lot=new_lot,
        **fields,
    )


def test_a_first_receipt_registers_the_lot_and_a_later_one_keeps_its_attributes(wh):
    site, item, lot = build_site(wh), make_item(wh), unique("LOT")
    first = receive_new(wh, lot, item, site.dock, "5")
    registered = wh.call("GetLot", lot_code=lot, item_code=item)
    assert (registered.origin, registered.supplier, registered.supplier_lot) == (
        "received",
        "MILL",
        "S-77",
    )
    assert (registered.production_date, registered.expiry_date) == ("2026-10-01", "2027-10-01")
    assert registered.tlc_source == "Mill, Bremen DE"

    second = receive_new(wh, lot, item, site.dock, "3", new_lot={"supplier_lot": "OTHER"})
    assert second.id != first.id
    assert wh.call("GetLot", lot_code=lot, item_code=item).supplier_lot == "S-77"
    assert wh.on_hand(lot) == {(site.dock, "QUARANTINE"): Decimal(8)}
    events = events_about(wh, lot, at_least=3)
    assert [e["event_type"] for e in events] == [
        "warehouse.lot_registered",
        "warehouse.stock_moved",
        "warehouse.stock_moved",
    ]
    assert wh.ledger_is_exact()


def test_a_replayed_first_receipt_returns_the_first_movement(wh):
    site, item, lot = build_site(wh), make_item(wh), unique("LOT")
    request_id = unique("req")
    first = receive_new(wh, lot, item, site.dock, "5", request_id=request_id)
    again = receive_new(wh, lot, item, site.dock, "5", request_id=request_id)
    assert again.id == first.id
    assert wh.on_hand(lot) == {(site.dock, "QUARANTINE"): Decimal(5)}


def test_a_refused_first_receipt_registers_nothing_and_can_be_posted_again(wh):
    site, item, lot = build_site(wh), make_item(wh), unique("LOT")
    refused = wh.refusal(
        "ReceiveStock",
        lot_code=lot,
        item_code=item,
        location_code=unique("NOWHERE"),
        quantity="5",
        uom="H87",
        reference_number="PO-1",
        new_lot=NEW_LOT,
    )
    assert refused == (grpc.StatusCode.NOT_FOUND, "location_not_found")
    assert wh.refusal("GetLot", lot_code=lot, item_code=item) == (
        grpc.StatusCode.NOT_FOUND,
        "lot_not_found",
    )
    # The rolled-back registration left nothing behind, not even in the service's cache.
    receive_new(wh, lot, item, site.dock, "5")
    assert wh.call("GetLot", lot_code=lot, item_code=item).supplier_lot == "S-77"
    assert wh.on_hand(lot) == {(site.dock, "QUARANTINE"): Decimal(5)}


def test_a_new_lot_needs_its_item_and_an_unknown_lot_without_one_is_not_found(wh):
    site, lot = build_site(wh), unique("LOT")
    without_item = wh.refusal(
        "ReceiveStock",
        lot_code=lot,
        location_code=site.dock,
        quantity="5",
        uom="H87",
        reference_number="PO-1",
        new_lot=NEW_LOT,
    )
    assert without_item[0] == grpc.StatusCode.INVALID_ARGUMENT
    unknown = wh.refusal(
        "ReceiveStock",
        lot_code=lot,
        item_code=make_item(wh),
        location_code=site.dock,
        quantity="5",
        uom="H87",
        reference_number="PO-1",
    )
    assert unknown == (grpc.StatusCode.NOT_FOUND, "lot_not_found")


def test_first_receipts_of_one_lot_racing_register_it_once_and_receive_all(warehouse, token, wh):
    site, item, lot = build_site(wh), make_item(wh), unique("LOT")
    racers = clients(warehouse, token, 6)
    run_together(6, lambda n: receive_new(racers[n], lot, item, site.dock, "2"))
    assert wh.on_hand(lot) == {(site.dock, "QUARANTINE"): Decimal(12)}
    events = events_about(wh, lot, at_least=7)
    assert [e["event_type"] for e in events].count("warehouse.lot_registered") == 1
    assert wh.ledger_is_exact()


def test_goods_taken_in_only_for_return_are_received_rejected_but_never_on_hold(wh):
    site, item, lot = build_site(wh), make_item(wh), unique("LOT")
    fields = {"item_code": item, "location_code": site.dock, "uom": "H87", "new_lot": NEW_LOT}
    on_hold = wh.refusal(
        "ReceiveStock", lot_code=lot, quantity="4", status="HOLD", reference_number="PO-1", **fields
    )
    assert on_hold == (grpc.StatusCode.INVALID_ARGUMENT, "invalid_status")
    wh.call(
        "ReceiveStock",
        lot_code=lot,
        quantity="4",
        status="REJECTED",
        reference_number="PO-1",
        **fields,
    )
    assert wh.on_hand(lot) == {(site.dock, "REJECTED"): Decimal(4)}
    assert wh.ledger_is_exact()
