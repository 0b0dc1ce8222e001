"""Bad input: a clear refusal with a stable code, and nothing written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import grpc
import pytest

from tests.property.warehouse_world import (
    build_site,
    make_item,
    make_lot,
    stock_available,
)
from tests.transport import rest_client, unique

pytestmark = pytest.mark.integration
INVALID = grpc.StatusCode.INVALID_ARGUMENT
NOT_FOUND = grpc.StatusCode.NOT_FOUND
REFUSED = grpc.StatusCode.FAILED_PRECONDITION


@pytest.fixture(scope="module")
def stocked(wh):
    """A site with 10 AVAILABLE of a lot in its first bin, and another site."""
    site, elsewhere = build_site(wh), build_site(wh)
    item = make_item(wh)
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "10")
    return site, elsewhere, item, lot


def issue(lot: str, location: str, **changes) -> dict:
    return (
        dict(lot_code=lot, location_code=location, quantity="1", uom="H87", reference_number="WO-1")
        | changes
    )


def assert_refused_and_untouched(wh, lot, method, fields, expected) -> None:
    before = (wh.on_hand(lot), len(wh.call("ListLotMovements", lot_code=lot).movements))
    request_id = unique("refused")
    assert wh.refusal(method, request_id=request_id, **fields) == expected
    after = (wh.on_hand(lot), len(wh.call("ListLotMovements", lot_code=lot).movements))
    assert after == before


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"quantity": "0"}, (INVALID, "invalid_request")),
        ({"quantity": "-3"}, (INVALID, "invalid_request")),
        ({"quantity": "abc"}, (INVALID, "invalid_request")),
        ({"quantity": "1e400"}, (INVALID, "invalid_request")),
        ({"uom": "XYZ"}, (INVALID, "unit_unknown")),
        ({"uom": "LTR"}, (INVALID, "unit_not_convertible")),
        ({"quantity": "0.5"}, (INVALID, "quantity_not_whole")),
        ({"quantity": "11"}, (REFUSED, "insufficient_stock")),
        ({"reference_number": ""}, (INVALID, "invalid_request")),
    ],
)
def test_bad_issue_requests_are_refused_and_write_nothing(wh, stocked, changes, expected):
    site, _elsewhere, _item, lot = stocked
    fields = issue(lot, site.bins[0], **changes)
    assert_refused_and_untouched(wh, lot, "IssueStock", fields, expected)
    assert wh.ledger_is_exact()


def test_unknown_lot_location_and_non_bins_are_refused(wh, stocked):
    site, _elsewhere, _item, lot = stocked
    assert wh.refusal("IssueStock", **issue("NO-SUCH-LOT", site.bins[0])) == (
        NOT_FOUND,
        "lot_not_found",
    )
    assert_refused_and_untouched(
        wh, lot, "IssueStock", issue(lot, "NO-SUCH-BIN"), (NOT_FOUND, "location_not_found")
    )
    assert_refused_and_untouched(
        wh, lot, "IssueStock", issue(lot, site.storage_zone), (INVALID, "location_not_a_bin")
    )


def test_a_missing_request_id_is_refused(wh, stocked):
    site, _elsewhere, _item, lot = stocked
    assert wh.refusal("IssueStock", request_id="", **issue(lot, site.bins[0])) == (
        INVALID,
        "request_id_required",
    )


def test_a_refused_request_id_can_post_the_corrected_request(wh, stocked):
    site, _elsewhere, _item, lot = stocked
    request_id = unique("retry")
    assert wh.refusal(
        "IssueStock", request_id=request_id, **issue(lot, site.bins[0], quantity="99")
    ) == (REFUSED, "insufficient_stock")
    wh.call("ReturnStock", request_id=request_id, **issue(lot, site.bins[0]))
    assert wh.free(lot, site.bins[0]) == 11
    wh.call("IssueStock", **issue(lot, site.bins[0]))


def test_issue_from_held_quarantined_or_expired_lots_is_refused(wh, stocked):
    site, _elsewhere, item, _lot = stocked
    held = make_lot(wh, item)
    stock_available(wh, held, site.bins[1], "5")
    wh.call("HoldLot", lot_code=held, hold_ref="QH-1", reason="suspect")
    assert_refused_and_untouched(
        wh, held, "IssueStock", issue(held, site.bins[1]), (REFUSED, "lot_on_hold")
    )
    quarantined = make_lot(wh, item)
    wh.call(
        "ReceiveStock",
        lot_code=quarantined,
        location_code=site.bins[1],
        quantity="5",
        uom="H87",
        reference_number="PO-2",
    )
    assert_refused_and_untouched(
        wh,
        quarantined,
        "IssueStock",
        issue(quarantined, site.bins[1]),
        (REFUSED, "stock_in_quarantine"),
    )
    yesterday = (datetime.now(UTC) - timedelta(days=2)).date().isoformat()
    expired = make_lot(wh, item, expiry_date=yesterday)
    stock_available(wh, expired, site.bins[2], "5")
    assert_refused_and_untouched(
        wh, expired, "IssueStock", issue(expired, site.bins[2]), (REFUSED, "lot_expired")
    )
    assert_refused_and_untouched(
        wh,
        expired,
        "ShipStock",
        {
            "shipment_number": unique("SH"),
            "customer": "C",
            "ship_to": "C DC",
            "lines": [
                {"lot_code": expired, "location_code": site.bins[2], "quantity": "1", "uom": "H87"}
            ],
        },
        (REFUSED, "lot_expired"),
    )


def test_scrap_and_adjust_need_reasons_and_real_changes(wh, stocked):
    site, _elsewhere, _item, lot = stocked
    scrap = issue(lot, site.bins[0], status="AVAILABLE")
    scrap.pop("reference_number")
    assert_refused_and_untouched(wh, lot, "ScrapStock", scrap, (INVALID, "invalid_request"))
    adjust = dict(
        lot_code=lot,
        location_code=site.bins[0],
        status="AVAILABLE",
        quantity_change="0",
        uom="H87",
        reason_code="COUNT",
        reference_number="CC-1",
    )
    assert_refused_and_untouched(wh, lot, "AdjustStock", adjust, (INVALID, "invalid_request"))
    adjust["quantity_change"] = "-11"
    assert_refused_and_untouched(wh, lot, "AdjustStock", adjust, (REFUSED, "insufficient_stock"))


def test_transfers_stay_in_their_site_and_putaway_overrides_need_a_reason(wh, stocked):
    site, elsewhere, _item, lot = stocked
    move = dict(
        lot_code=lot,
        from_location_code=site.bins[0],
        to_location_code=elsewhere.bins[0],
        quantity="1",
        uom="H87",
    )
    assert_refused_and_untouched(
        wh, lot, "TransferStock", move, (INVALID, "transfer_between_sites")
    )
    putaway = dict(
        lot_code=lot,
        from_location_code=site.bins[0],
        suggested_location_code=site.bins[1],
        scanned_location_code=site.bins[2],
        quantity="1",
        uom="H87",
        status="AVAILABLE",
    )
    assert_refused_and_untouched(
        wh, lot, "ConfirmPutaway", putaway, (INVALID, "putaway_override_reason_required")
    )
    overridden = wh.call("ConfirmPutaway", **putaway, override_reason="bin blocked by pallet")
    assert (overridden.reason_code, overridden.note) == (
        "PUTAWAY_OVERRIDE",
        "bin blocked by pallet",
    )


def test_rest_refuses_unknown_fields_and_bad_quantities_as_problems(warehouse, stocked, token):
    site, _elsewhere, _item, lot = stocked
    with rest_client(warehouse, token("ana", "warehouse_clerk")) as client:
        for body in (
            issue(lot, site.bins[0], colour="red"),
            issue(lot, site.bins[0], quantity="-1"),
            issue(lot, site.bins[0], quantity="NaN"),
        ):
            answer = client.post(
                "/v1/stock/issues", json=body, headers={"Idempotency-Key": unique("rest")}
            )
            assert answer.status_code == 422, answer.text
            assert answer.headers["content-type"] == "application/problem+json"
            assert answer.json()["code"] == "invalid_request"
        unknown = client.post(
            "/v1/stock/issues",
            json=issue("NOPE", site.bins[0]),
            headers={"Idempotency-Key": unique("rest")},
        )
        assert (unknown.status_code, unknown.json()["code"]) == (404, "lot_not_found")
