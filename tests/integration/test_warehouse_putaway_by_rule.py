"""System-directed putaway (PutAwayByRule): the rules choose the bin and the stock moves there."""

from __future__ import annotations

from decimal import Decimal

import grpc
import pytest

from tests.property.warehouse_world import (
    Site,
    Warehouse,
    build_site,
    events_about,
    make_item,
    make_lot,
)
from tests.transport import rest_client, unique

pytestmark = pytest.mark.integration


def zone_of_one_pallet(wh: Warehouse, site: Site) -> str:
    """A storage zone with one bin holding one lot at a time, where AVAILABLE stock goes."""
    zone, bin_code = unique("ZONE"), unique("PALLET")
    wh.call(
        "RegisterLocation",
        code=zone,
        name="pallets",
        level="zone",
        kind="storage",
        parent_code=site.warehouse,
    )
    wh.call(
        "RegisterLocation",
        code=bin_code,
        name="pallet",
        level="bin",
        parent_code=zone,
        capacity=1,
    )
    wh.call("RegisterPutawayRule", zone_code=zone, stock_status="AVAILABLE", priority=1)
    return bin_code


def at_dock(wh: Warehouse, site: Site, item: str, quantity: str) -> str:
    lot = make_lot(wh, item)
    wh.call(
        "ReceiveStock",
        lot_code=lot,
        location_code=site.dock,
        quantity=quantity,
        uom="H87",
        status="AVAILABLE",
        reference_number="PO-1",
    )
    return lot


def put_away(wh: Warehouse, site: Site, lot: str, quantity: str, **fields):
    return wh.call(
        "PutAwayByRule",
        lot_code=lot,
        from_location_code=site.dock,
        quantity=quantity,
        uom="H87",
        status="AVAILABLE",
        **fields,
    )


def test_the_stock_goes_where_the_rule_says_and_the_movement_names_the_rule(wh):
    site, item = build_site(wh), make_item(wh)
    pallet = zone_of_one_pallet(wh, site)
    lot = at_dock(wh, site, item, "6")
    moved = put_away(wh, site, lot, "6")
    assert (moved.type, moved.from_location_code, moved.to_location_code) == (
        "putaway",
        site.dock,
        pallet,
    )
    assert "priority 1" in moved.note
    assert wh.on_hand(lot) == {(pallet, "AVAILABLE"): Decimal(6)}
    event = events_about(wh, lot, at_least=3)[-1]
    assert (event["type"], event["suggested_location_code"]) == ("putaway", pallet)
    assert wh.ledger_is_exact()


def test_with_no_bin_free_nothing_moves_and_the_refusal_says_why(wh):
    site, item = build_site(wh), make_item(wh)
    no_rule = at_dock(wh, site, item, "2")
    assert wh.refusal(
        "PutAwayByRule",
        lot_code=no_rule,
        from_location_code=site.dock,
        quantity="2",
        uom="H87",
        status="AVAILABLE",
    ) == (grpc.StatusCode.FAILED_PRECONDITION, "no_putaway_bin")
    zone_of_one_pallet(wh, site)
    put_away(wh, site, at_dock(wh, site, item, "1"), "1")
    full = at_dock(wh, site, item, "3")
    assert wh.refusal(
        "PutAwayByRule",
        lot_code=full,
        from_location_code=site.dock,
        quantity="3",
        uom="H87",
        status="AVAILABLE",
    ) == (grpc.StatusCode.FAILED_PRECONDITION, "no_putaway_bin")
    assert wh.on_hand(no_rule) == {(site.dock, "AVAILABLE"): Decimal(2)}
    assert wh.on_hand(full) == {(site.dock, "AVAILABLE"): Decimal(3)}


def test_a_replay_returns_the_first_movement_even_once_the_bin_is_taken(wh):
    site, item = build_site(wh), make_item(wh)
    pallet = zone_of_one_pallet(wh, site)
    first_lot, request_id = at_dock(wh, site, item, "4"), unique("req")
    first = put_away(wh, site, first_lot, "4", request_id=request_id)
    wh.call(
        "TransferStock",
        lot_code=first_lot,
        from_location_code=pallet,
        to_location_code=site.bins[0],
        quantity="4",
        uom="H87",
    )
    put_away(wh, site, at_dock(wh, site, item, "1"), "1")  # another lot takes the pallet
    again = put_away(wh, site, first_lot, "4", request_id=request_id)
    assert again.id == first.id and again.to_location_code == pallet
    assert wh.on_hand(first_lot) == {(site.bins[0], "AVAILABLE"): Decimal(4)}


def test_the_rest_route_puts_away_by_rule(warehouse, wh, token, request_id):
    site, item = build_site(wh), make_item(wh)
    pallet = zone_of_one_pallet(wh, site)
    lot = at_dock(wh, site, item, "2")
    with rest_client(warehouse, token("ana", "warehouse_clerk")) as client:
        moved = client.post(
            "/v1/stock/putaways/by-rule",
            json={
                "lot_code": lot,
                "from_location_code": site.dock,
                "quantity": "2",
                "uom": "H87",
                "status": "AVAILABLE",
            },
            headers={"Idempotency-Key": request_id()},
        )
        assert moved.status_code == 201, moved.text
        assert moved.json()["to_location_code"] == pallet
