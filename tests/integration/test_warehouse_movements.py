"""Stock movements over real gRPC and REST: flows, unit conversion, idempotency, ledger, events."""

from __future__ import annotations

from decimal import Decimal

import grpc
import pytest

from tests.property.warehouse_world import (
    Warehouse,
    build_site,
    events_about,
    make_item,
    make_lot,
    stock_available,
)
from tests.transport import grpc_channel, rest_client, unique

pytestmark = pytest.mark.integration


def test_receipt_putaway_release_transfer_issue_return_scrap_adjust(wh):
    site = build_site(wh)
    item = make_item(wh, conversions=[{"uom": "CS", "factor": "12"}])
    lot = make_lot(wh, item, expiry_date="2099-12-31")
    receipt = wh.call(
        "ReceiveStock",
        lot_code=lot,
        location_code=site.dock,
        quantity="5",
        uom="CS",
        reference_number="PO-1",
    )
    assert (receipt.base_quantity, receipt.to_status) == ("60", "QUARANTINE")
    wh.call("RegisterPutawayRule", zone_code=site.quarantine_zone, stock_status="QUARANTINE")
    suggestion = wh.call("SuggestPutaway", lot_code=lot, from_location_code=site.dock)
    assert suggestion.location_code == site.quarantine_bin
    wh.call(
        "ConfirmPutaway",
        lot_code=lot,
        from_location_code=site.dock,
        quantity="60",
        uom="H87",
        suggested_location_code=suggestion.location_code,
        scanned_location_code=suggestion.location_code,
    )
    released = wh.call(
        "DecideLot",
        lot_code=lot,
        decision="release",
        reference_type="INSPECTION",
        reference_number="INS-1",
    )
    assert [(m.from_status, m.to_status) for m in released.movements] == [
        ("QUARANTINE", "AVAILABLE")
    ]
    wh.call(
        "TransferStock",
        lot_code=lot,
        from_location_code=site.quarantine_bin,
        to_location_code=site.bins[0],
        quantity="2",
        uom="CS",
    )
    wh.call(
        "IssueStock",
        lot_code=lot,
        location_code=site.bins[0],
        quantity="10",
        uom="H87",
        reference_number="WO-7",
    )
    wh.call(
        "ReturnStock",
        lot_code=lot,
        location_code=site.bins[0],
        quantity="3",
        uom="H87",
        reference_number="WO-7",
    )
    wh.call(
        "ScrapStock",
        lot_code=lot,
        location_code=site.bins[0],
        status="AVAILABLE",
        quantity="1",
        uom="H87",
        reason_code="DAMAGED",
    )
    wh.call(
        "AdjustStock",
        lot_code=lot,
        location_code=site.quarantine_bin,
        status="AVAILABLE",
        quantity_change="-2",
        uom="H87",
        reason_code="COUNT_VARIANCE",
        reference_number="CC-1",
    )
    assert wh.on_hand(lot) == {
        (site.quarantine_bin, "AVAILABLE"): Decimal(34),
        (site.bins[0], "AVAILABLE"): Decimal(16),
    }
    history = wh.call("ListLotMovements", lot_code=lot)
    assert [m.type for m in history.movements] == [
        "receive",
        "putaway",
        "status_change",
        "transfer",
        "issue",
        "return",
        "scrap",
        "adjust",
    ]
    assert history.movements[6].reason_code == "DAMAGED"
    assert all(m.actor == "clerk" for m in history.movements)
    assert wh.ledger_is_exact()


def test_a_replayed_request_posts_once_and_returns_the_first_result(wh):
    site = build_site(wh)
    lot = make_lot(wh, make_item(wh))
    stock_available(wh, lot, site.bins[0], "10")
    fields = dict(
        lot_code=lot,
        location_code=site.bins[0],
        quantity="4",
        uom="H87",
        reference_number="O-1",
        request_id=unique("replay"),
    )
    first = wh.call("IssueStock", **fields)
    again = wh.call("IssueStock", **fields)
    assert again == first
    assert wh.free(lot, site.bins[0]) == 6
    status, code = wh.refusal("IssueStock", **(fields | {"quantity": "5"}))
    assert (status, code) == (grpc.StatusCode.ALREADY_EXISTS, "request_id_reused")
    assert wh.free(lot, site.bins[0]) == 6


def test_a_replay_after_the_stock_is_gone_still_returns_the_first_result(wh):
    site = build_site(wh)
    lot = make_lot(wh, make_item(wh))
    stock_available(wh, lot, site.bins[0], "3")
    fields = dict(
        lot_code=lot,
        location_code=site.bins[0],
        quantity="3",
        uom="H87",
        reference_number="O-2",
        request_id=unique("replay"),
    )
    first = wh.call("IssueStock", **fields)
    assert wh.call("IssueStock", **fields).id == first.id


def test_pack_and_physical_units_are_converted_exactly(wh):
    site = build_site(wh)
    item = make_item(wh, base_uom="KGM", conversions=[{"uom": "BG", "factor": "25"}])
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "2", uom="BG")
    moved = wh.call(
        "IssueStock",
        lot_code=lot,
        location_code=site.bins[0],
        quantity="2.5",
        uom="LBR",
        reference_number="WO-1",
    )
    assert (moved.quantity, moved.uom, moved.base_quantity) == ("2.5", "LBR", "1.133980925")
    assert wh.free(lot, site.bins[0]) == Decimal("48.866019075")
    assert wh.ledger_is_exact()


def test_every_movement_is_an_event_with_what_recall_needs(wh):
    site = build_site(wh)
    item = make_item(wh)
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "10")
    wh.call(
        "TransferStock",
        lot_code=lot,
        from_location_code=site.bins[0],
        to_location_code=site.bins[1],
        quantity="4",
        uom="H87",
        reference_type="TO",
        reference_number="TO-9",
    )
    events = events_about(wh, lot, at_least=3)
    assert [e["event_type"] for e in events] == [
        "warehouse.lot_registered",
        "warehouse.stock_moved",
        "warehouse.stock_moved",
    ]
    moved = events[-1]
    assert moved["type"] == "transfer"
    assert moved["lot_code"] == lot and moved["item_code"] == item
    assert (moved["quantity"], moved["uom"], moved["base_quantity"]) == ("4", "H87", "4")
    assert (moved["from_location_code"], moved["to_location_code"]) == tuple(site.bins[:2])
    assert moved["from_site_code"] == moved["to_site_code"] == site.code
    assert (moved["reference_type"], moved["reference_number"]) == ("TO", "TO-9")
    assert moved["product_description"] and moved["seq"] > 0


def test_the_rest_routes_post_the_same_movements(warehouse, wh, token, request_id):
    site = build_site(wh)
    lot = make_lot(wh, make_item(wh))
    stock_available(wh, lot, site.bins[0], "8")
    with rest_client(warehouse, token("ana", "warehouse_clerk")) as client:
        issued = client.post(
            "/v1/stock/issues",
            json={
                "lot_code": lot,
                "location_code": site.bins[0],
                "quantity": "3",
                "uom": "H87",
                "reference_number": "WO-3",
            },
            headers={"Idempotency-Key": request_id()},
        )
        assert issued.status_code == 201, issued.text
        assert issued.json()["base_quantity"] == "3"
        short = client.post(
            "/v1/stock/issues",
            json={
                "lot_code": lot,
                "location_code": site.bins[0],
                "quantity": "6",
                "uom": "H87",
                "reference_number": "WO-3",
            },
            headers={"Idempotency-Key": request_id()},
        )
        assert short.status_code == 409
        assert short.json()["code"] == "insufficient_stock"
        assert short.json()["details"]["available"] == "5"
        stock = client.get("/v1/stock", params={"lot_code": lot}).json()
        assert [t["quantity"] for t in stock["totals"]] == ["5"]
        history = client.get(f"/v1/lots/{lot}/movements").json()
        assert [m["type"] for m in history["movements"]] == ["receive", "issue"]


def test_a_clerk_cannot_adjust_and_a_stranger_cannot_move(warehouse, wh, token):
    site = build_site(wh)
    lot = make_lot(wh, make_item(wh))
    stock_available(wh, lot, site.bins[0], "8")
    clerk = Warehouse(grpc_channel(warehouse), token("bob", "warehouse_clerk"))
    status, code = clerk.refusal(
        "AdjustStock",
        lot_code=lot,
        location_code=site.bins[0],
        status="AVAILABLE",
        quantity_change="5",
        uom="H87",
        reason_code="FOUND",
        reference_number="CC-2",
    )
    assert (status, code) == (grpc.StatusCode.PERMISSION_DENIED, "role_required")
    reader = Warehouse(grpc_channel(warehouse), token("eve", "quality"))
    status, code = reader.refusal(
        "IssueStock",
        lot_code=lot,
        location_code=site.bins[0],
        quantity="1",
        uom="H87",
        reference_number="X",
    )
    assert code == "role_required"
    assert wh.free(lot, site.bins[0]) == 8
