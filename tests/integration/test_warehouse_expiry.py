"""Expiry, end to end: the expiry day itself, in the local calendar of the site holding the stock.

Sites on opposite sides of the date line are always on different calendar days, so these
assertions hold whatever time of day the test runs.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.warehouse.domain.expiry import local_day
from tests.property.warehouse_world import Warehouse, build_site, make_item, make_lot

pytestmark = pytest.mark.integration

# UTC+14 and UTC-12: 26 hours apart, so their local dates always differ by one or two days.
EAST, WEST = "Pacific/Kiritimati", "Etc/GMT+12"


def issue(wh: Warehouse, lot: str, bin_code: str):
    return wh.call(
        "IssueStock",
        lot_code=lot,
        location_code=bin_code,
        quantity="1",
        uom="H87",
        reference_number="WO-EXP",
    )


def test_a_lot_expiring_today_in_the_west_is_usable_there_and_expired_in_the_east(wh):
    west, east = build_site(wh, time_zone=WEST), build_site(wh, time_zone=EAST)
    today_west = local_day(datetime.now(UTC), WEST)
    assert local_day(datetime.now(UTC), EAST) > today_west
    item = make_item(wh)
    lot = make_lot(wh, item, expiry_date=today_west.isoformat())
    for site in (west, east):
        wh.call(
            "ReceiveStock",
            lot_code=lot,
            location_code=site.bins[0],
            quantity="5",
            uom="H87",
            status="AVAILABLE",
            reference_number="PO-EXP",
        )
    assert issue(wh, lot, west.bins[0]).base_quantity == "1"  # its expiry day: still usable
    assert (
        wh.refusal(
            "IssueStock",
            lot_code=lot,
            location_code=east.bins[0],
            quantity="1",
            uom="H87",
            reference_number="WO-EXP",
        )[1]
        == "lot_expired"
    )
    # Reservations apply the same predicate at the need date, in the site's calendar.
    assert (
        wh.refusal(
            "ReserveStock",
            order_ref="SO-E",
            item_code=item,
            site_code=east.code,
            quantity="1",
            uom="H87",
            need_date=today_west.isoformat(),
        )[1]
        == "insufficient_stock"
    )
    reserved = wh.call(
        "ReserveStock",
        order_ref="SO-W",
        item_code=item,
        site_code=west.code,
        quantity="1",
        uom="H87",
        need_date=today_west.isoformat(),
    )
    assert [a.lot_code for a in reserved.allocations] == [lot]


def test_expired_stock_is_disposed_of_only_under_an_audited_override(wh):
    east = build_site(wh, time_zone=EAST)
    lot = make_lot(wh, make_item(wh), expiry_date=local_day(datetime.now(UTC), WEST).isoformat())
    wh.call(
        "ReceiveStock",
        lot_code=lot,
        location_code=east.bins[0],
        quantity="5",
        uom="H87",
        status="AVAILABLE",
        reference_number="PO-EXP",
    )
    scrap = dict(
        lot_code=lot,
        location_code=east.bins[0],
        status="AVAILABLE",
        quantity="2",
        uom="H87",
        reason_code="EXPIRED",
    )
    assert wh.refusal("ScrapStock", **scrap)[1] == "lot_expired_override_required"
    scrapped = wh.call("ScrapStock", **scrap, expiry_override_reason="past use-by; incinerate")
    assert scrapped.expiry_override_reason == "past use-by; incinerate"
    assert scrapped.actor == "clerk"
    returned = wh.call(
        "ReturnToSupplier",
        **scrap | {"reason_code": "SUPPLIER_CREDIT"},
        expiry_override_reason="supplier takes it back for credit",
    )
    assert returned.type == "return_to_supplier"
    # Internal moves of expired stock (to the scrap area) need no override.
    wh.call(
        "TransferStock",
        lot_code=lot,
        from_location_code=east.bins[0],
        to_location_code=east.bins[1],
        quantity="1",
        uom="H87",
    )
    assert wh.ledger_is_exact()


def test_a_lot_without_an_expiry_date_gets_one_from_the_items_shelf_life(wh):
    item = make_item(wh, shelf_life_days=10)
    lot = make_lot(wh, item, production_date="2026-01-25")
    assert wh.call("GetLot", lot_code=lot).expiry_date == "2026-02-04"
