"""Reservations by FEFO, issues against them, shipments with FSMA 204 KDEs, paginated queries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.property.warehouse_world import (
    build_site,
    events_about,
    make_item,
    make_lot,
    stock_available,
)
from tests.transport import unique

pytestmark = pytest.mark.integration


def day(offset: int) -> str:
    return (datetime.now(UTC).date() + timedelta(days=offset)).isoformat()


def test_fefo_reserves_the_first_expiring_lot_usable_on_the_need_date(wh):
    site = build_site(wh)
    item = make_item(wh)
    soon = make_lot(wh, item, expiry_date=day(10))
    later = make_lot(wh, item, expiry_date=day(40))
    undated = make_lot(wh, item)
    for lot, bin_code in ((undated, site.bins[0]), (later, site.bins[1]), (soon, site.bins[2])):
        stock_available(wh, lot, bin_code, "5")
    early = wh.call(
        "ReserveStock",
        order_ref="SO-1",
        item_code=item,
        site_code=site.code,
        quantity="7",
        uom="H87",
        need_date=day(5),
    )
    assert [(a.lot_code, a.allocated) for a in early.allocations] == [(soon, "5"), (later, "2")]
    # Needed after `soon` expires: `soon` is skipped, though it is still in stock.
    late = wh.call(
        "ReserveStock",
        order_ref="SO-2",
        item_code=item,
        site_code=site.code,
        quantity="4",
        uom="H87",
        need_date=day(20),
    )
    assert [(a.lot_code, a.allocated) for a in late.allocations] == [(later, "3"), (undated, "1")]
    refused = wh.refusal(
        "ReserveStock",
        order_ref="SO-3",
        item_code=item,
        site_code=site.code,
        quantity="5",
        uom="H87",
        need_date=day(20),
    )
    assert refused[1] == "insufficient_stock"
    balances = wh.call("ListOnHand", item_code=item).balances
    assert {(b.lot_code, b.reserved) for b in balances} == {
        (soon, "5"),
        (later, "5"),
        (undated, "1"),
    }
    assert wh.ledger_is_exact()


def test_issue_against_a_reservation_then_release_the_rest(wh):
    site = build_site(wh)
    item = make_item(wh)
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "10")
    reservation = wh.call(
        "ReserveStock",
        order_ref="WO-5",
        item_code=item,
        site_code=site.code,
        quantity="6",
        uom="H87",
        need_date=day(1),
        lot_code=lot,
    )
    # Free stock is what is not reserved: only 4 can go to someone else.
    assert wh.free(lot, site.bins[0]) == 4
    assert (
        wh.refusal(
            "IssueStock",
            lot_code=lot,
            location_code=site.bins[0],
            quantity="5",
            uom="H87",
            reference_number="OTHER",
        )[1]
        == "insufficient_stock"
    )
    wh.call(
        "IssueStock",
        lot_code=lot,
        location_code=site.bins[0],
        quantity="4",
        uom="H87",
        reference_number="WO-5",
        reservation_id=reservation.id,
    )
    assert (
        wh.refusal(
            "IssueStock",
            lot_code=lot,
            location_code=site.bins[0],
            quantity="3",
            uom="H87",
            reference_number="WO-5",
            reservation_id=reservation.id,
        )[1]
        == "reservation_exceeded"
    )
    released = wh.call("ReleaseReservation", reservation_id=reservation.id, reason="order done")
    assert [(a.allocated, a.remaining) for a in released.allocations] == [("6", "0")]
    assert wh.free(lot, site.bins[0]) == 6
    assert wh.ledger_is_exact()


def test_a_shipment_records_the_fsma_204_kdes_and_its_customer(wh):
    site = build_site(wh)
    item = make_item(wh, conversions=[{"uom": "CS", "factor": "12"}])
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "4", uom="CS")
    number = unique("SH")
    shipment = wh.call(
        "ShipStock",
        shipment_number=number,
        customer="Fresh Foods Inc",
        ship_to="Fresh Foods DC, 1 Market St, Springfield",
        order_ref="SO-77",
        lines=[{"lot_code": lot, "location_code": site.bins[0], "quantity": "2", "uom": "CS"}],
    )
    (kdes,) = shipment.kdes
    assert kdes.traceability_lot_code == lot
    assert (kdes.quantity, kdes.unit) == ("2", "CS")
    assert kdes.product_description == f"item {item}"
    assert kdes.ship_to_location.startswith("Fresh Foods DC")
    assert kdes.ship_from_location == f"{site.code}/{site.bins[0]}"
    assert kdes.date_shipped == datetime.now(UTC).date().isoformat()
    assert kdes.tlc_source == "Supplier Farm, Salinas CA"
    assert (kdes.reference_document_type, kdes.reference_document_number) == ("SHIPMENT", number)
    assert wh.free(lot, site.bins[0]) == 24
    assert (
        wh.refusal(
            "ShipStock",
            shipment_number=number,
            customer="x",
            ship_to="y",
            lines=[{"lot_code": lot, "location_code": site.bins[0], "quantity": "1", "uom": "H87"}],
        )[1]
        == "shipment_exists"
    )
    events = events_about(wh, number, at_least=1)
    (shipped,) = events
    assert shipped["event_type"] == "warehouse.shipped"
    assert shipped["customer"] == "Fresh Foods Inc"
    assert shipped["kdes"][0]["traceability_lot_code"] == lot


def test_a_shipment_is_all_or_nothing(wh):
    site = build_site(wh)
    item = make_item(wh)
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "3")
    refused = wh.refusal(
        "ShipStock",
        shipment_number=unique("SH"),
        customer="C",
        ship_to="C DC",
        lines=[
            {"lot_code": lot, "location_code": site.bins[0], "quantity": "2", "uom": "H87"},
            {"lot_code": lot, "location_code": site.bins[0], "quantity": "2", "uom": "H87"},
        ],
    )
    assert refused[1] == "insufficient_stock"
    assert wh.free(lot, site.bins[0]) == 3


def test_queries_page_through_everything_with_totals(wh):
    site = build_site(wh, bins=5)
    item = make_item(wh)
    lots = [make_lot(wh, item) for _ in range(3)]
    for lot in lots:
        for bin_code in site.bins:
            stock_available(wh, lot, bin_code, "2")
    seen, token = [], ""
    while True:
        page = wh.call("ListOnHand", item_code=item, page_size=4, page_token=token)
        seen += [(b.lot_code, b.location_code) for b in page.balances]
        assert [(t.status, t.quantity) for t in page.totals] == [("AVAILABLE", "30")]
        token = page.next_page_token
        if not token:
            break
    assert len(seen) == len(set(seen)) == 15
    under_site = wh.call("ListOnHand", location_code=site.code, page_size=500).balances
    assert len(under_site) == 15
    history, token = [], ""
    while True:
        page = wh.call("ListLotMovements", lot_code=lots[0], page_size=2, page_token=token)
        history += page.movements
        token = page.next_page_token
        if not token:
            break
    assert len(history) == 5 and all(m.type == "receive" for m in history)
    assert wh.refusal("ListOnHand", page_token="nonsense")[1] == "invalid_page_token"
    assert wh.refusal("ListOnHand", page_size=501)[1] == "invalid_page_size"
