"""Recording receipts over REST and gRPC: partial receipts, tolerance, units, closing orders."""

from __future__ import annotations

import json

import grpc
import pytest

from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.integration.receiving_calls import (
    approve_item,
    create_order,
    create_supplier,
    new_gln,
    order_line,
    post_receipt,
    received_quantities,
)
from tests.transport import auth, events_about, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration

GTIN = "04006381333931"


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture
def order(stub, admin, buyer) -> dict:
    """An open order of a Mill for FLOUR (200 KGM, +5% / -2.5%) and SUGAR (10 H87, exact)."""
    flour, sugar, gln = unique("FLOUR"), unique("SUGAR"), new_gln()
    supplier = create_supplier(stub, admin, gln=gln)
    for item, gtin in ((flour, GTIN), (sugar, "")):
        approve_item(stub, admin, supplier, item, gtin=gtin, description=f"{item} 25 kg bag")
    number = create_order(
        stub,
        buyer,
        supplier,
        order_line(
            1, flour, "200", "KGM", over_tolerance_percent="5", under_tolerance_percent="2.5"
        ),
        order_line(2, sugar, "10", "H87"),
    )
    return {"number": number, "supplier": supplier, "flour": flour, "sugar": sugar, "gln": gln}


def receipt(order: dict, line: int = 1, **changes) -> dict:
    return {
        "purchase_order_number": order["number"],
        "line_number": line,
        "quantity": "80",
        "unit": "KGM",
        "supplier_lot": unique("L")[:20],
        "receiving_location": "DOCK-1",
        "reference_document": {"type": "asn", "number": "ASN-4711"},
        "received_on": "2026-03-05",
    } | changes


def test_a_receipt_records_everything_fsma_204_asks_and_stays_in_quarantine(
    receiving, stub, order, receiver, reader, request_id
):
    body = receipt(order, certificate_of_analysis="COA-2026-17", previous_source_location="Hub")
    response = post_receipt(receiving, receiver, body, request_id())
    assert response.status_code == 201, response.text
    view = response.json()
    assert view["status"] == "recorded"
    assert (view["quantity"], view["unit"], view["line_quantity"], view["line_unit"]) == (
        "80",
        "KGM",
        "80",
        "KGM",
    )
    assert view["tlc_source"] == "assigned"
    assert view["traceability_lot_code"].startswith("RCV260305-")
    assert view["gtin"] == GTIN
    assert view["recorded_by"] == "rick"
    assert view["kdes"] == {
        "receipt_id": view["id"],
        "traceability_lot_code": view["traceability_lot_code"],
        "item_code": order["flour"],
        "gtin": GTIN,
        "product_description": f"{order['flour']} 25 kg bag",
        "quantity": "80",
        "unit": "KGM",
        "immediate_previous_source_location": "Hub",
        "receiving_location": "DOCK-1",
        "date_received": "2026-03-05",
        "tlc_source_location": "DOCK-1",
        "tlc_source_reference": None,
        "reference_document_type": "asn",
        "reference_document_number": "ASN-4711",
    }
    assert received_quantities(receiving, receiver, order) == ["80", "0"]

    over_grpc = stub.GetReceipt(pb.GetReceiptRequest(receipt_id=view["id"]), metadata=auth(reader))
    assert over_grpc.traceability_lot_code == view["traceability_lot_code"]
    assert over_grpc.kdes.immediate_previous_source_location == "Hub"
    assert over_grpc.certificate_of_analysis == "COA-2026-17"

    (event,) = events_about(stub, view["id"], reader)
    assert event.event_type == "receiving.receipt_recorded"
    payload = json.loads(event.payload_json)
    assert payload["id"] == view["id"]
    assert payload["purchase_order_number"] == order["number"]
    assert payload["supplier"] == {
        "code": order["supplier"],
        "name": "Mill",
        "country": "DE",
        "gln": order["gln"],
        "location": f"Mill, DE (GLN {order['gln']})",
        "assigns_traceability_lot_codes": False,
    }
    assert payload["lot"]["traceability_lot_code"] == view["traceability_lot_code"]
    assert payload["lot"]["tlc_source_location"] == "DOCK-1"
    assert payload["reference_document"]["cbv_business_transaction_type"] == "desadv"
    assert payload["kdes"] == view["kdes"]


def test_defaults_come_from_the_order_and_the_supplier(receiving, order, receiver, request_id):
    body = receipt(order, line=2, quantity="4", unit=None, supplier_lot=None)
    del body["reference_document"]
    view = post_receipt(receiving, receiver, body, request_id()).json()
    assert (view["quantity"], view["unit"]) == ("4", "H87")
    assert view["reference_document"] == {"type": "purchase_order", "number": order["number"]}
    assert view["previous_source_location"] == f"Mill, DE (GLN {order['gln']})"
    assert view["gtin"] is None
    assert view["product_description"] == f"{order['sugar']} 25 kg bag"


def test_partial_receipts_add_up_and_the_order_closes_itself(
    receiving, stub, order, receiver, reader, request_id
):
    assert (
        post_receipt(receiving, receiver, receipt(order, quantity="100"), request_id()).status_code
        == 201
    )
    assert (
        post_receipt(receiving, receiver, receipt(order, quantity="95"), request_id()).status_code
        == 201
    )
    # Line 1 is fulfilled (195 >= 200 - 2.5%), line 2 not yet: the order stays open.
    read = stub.GetPurchaseOrder(
        pb.GetPurchaseOrderRequest(number=order["number"]), metadata=auth(reader)
    )
    assert (read.status, read.lines[0].received_quantity) == ("open", "195")
    # Over-receipt is cumulative: 195 + 16 > 210.
    over = post_receipt(receiving, receiver, receipt(order, quantity="16"), request_id())
    assert (over.status_code, over.json()["code"]) == (409, "over_receipt_tolerance_exceeded")
    assert over.json()["details"]["maximum_remaining"] == "15"
    last = receipt(order, line=2, quantity="10", unit="H87", supplier_lot=None)
    closing = stub.RecordReceipt(
        pb.RecordReceiptRequest(
            request_id=request_id(), **{k: v for k, v in last.items() if k != "reference_document"}
        ),
        metadata=auth(receiver),
    )
    assert closing.status == "recorded"
    read = stub.GetPurchaseOrder(
        pb.GetPurchaseOrderRequest(number=order["number"]), metadata=auth(reader)
    )
    assert read.status == "closed"
    assert read.HasField("closed_at")
    assert [line.received_quantity for line in read.lines] == ["195", "10"]
    types = [e.event_type for e in events_about(stub, order["number"], reader, at_least=2)]
    assert types == ["receiving.purchase_order_created", "receiving.purchase_order_closed"]
    # A closed order takes no more goods, even within the over tolerance.
    more = post_receipt(receiving, receiver, receipt(order, quantity="5"), request_id())
    assert (more.status_code, more.json()["code"]) == (409, "purchase_order_not_open")


def test_an_order_with_a_receipt_can_no_longer_be_cancelled(
    receiving, stub, order, receiver, token, request_id
):
    assert (
        post_receipt(receiving, receiver, receipt(order, quantity="1"), request_id()).status_code
        == 201
    )
    cancel = pb.CancelPurchaseOrderRequest(
        request_id=request_id(), number=order["number"], reason="x"
    )
    assert grpc_refusal(stub.CancelPurchaseOrder, cancel, token("bea", "buyer")) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "purchase_order_received",
    )


def test_a_cancelled_order_takes_no_goods(receiving, stub, order, receiver, token, request_id):
    stub.CancelPurchaseOrder(
        pb.CancelPurchaseOrderRequest(request_id=request_id(), number=order["number"], reason="x"),
        metadata=auth(token("bea", "buyer")),
    )
    refused = post_receipt(receiving, receiver, receipt(order), request_id())
    assert (refused.status_code, refused.json()["code"]) == (409, "purchase_order_not_open")


def test_quantities_in_other_units_convert_exactly_to_the_line_unit(
    receiving, stub, order, receiver, request_id
):
    pounds = post_receipt(
        receiving, receiver, receipt(order, quantity="2.5", unit="LBR"), request_id()
    )
    assert pounds.status_code == 201, pounds.text
    assert (pounds.json()["line_quantity"], pounds.json()["line_unit"]) == ("1.133980925", "KGM")
    grams = stub.RecordReceipt(
        pb.RecordReceiptRequest(
            request_id=request_id(),
            purchase_order_number=order["number"],
            line_number=1,
            quantity="1500",
            unit="GRM",
            receiving_location="DOCK-2",
        ),
        metadata=auth(receiver),
    )
    assert (grams.quantity, grams.unit, grams.line_quantity) == ("1500", "GRM", "1.5")
    dozens = post_receipt(
        receiving, receiver, receipt(order, line=2, quantity="0.5", unit="DZN"), request_id()
    )
    assert dozens.json()["line_quantity"] == "6"
    assert received_quantities(receiving, receiver, order) == ["2.633980925", "6"]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"unit": "XYZ"}, "unit_unknown"),
        ({"unit": "LTR"}, "unit_not_convertible"),
        ({"line_number": 2, "quantity": "1", "unit": "DZN"}, "over_receipt_tolerance_exceeded"),
        ({"line_number": 2, "quantity": "1", "unit": "KGM"}, "unit_not_convertible"),
        # 0.5 ONZ is 0.0141747615625 KGM: exact, but with 13 decimals.
        ({"quantity": "0.5", "unit": "ONZ"}, "quantity_not_exact"),
        ({"line_number": 2, "quantity": "10.5", "unit": "H87"}, "over_receipt_tolerance_exceeded"),
    ],
)
def test_quantity_refusals_leave_nothing_written(
    receiving, stub, order, receiver, reader, request_id, changes, code
):
    response = post_receipt(receiving, receiver, receipt(order, **changes), request_id())
    expected = 409 if code == "over_receipt_tolerance_exceeded" else 422
    assert (response.status_code, response.json()["code"]) == (expected, code)
    assert received_quantities(receiving, receiver, order) == ["0", "0"]
    listed = stub.ListReceipts(
        pb.ListReceiptsRequest(purchase_order_number=order["number"]), metadata=auth(reader)
    )
    assert list(listed.receipts) == []


@pytest.mark.parametrize(
    ("changes", "status", "code"),
    [
        ({"purchase_order_number": "PO-NOT-THERE"}, 404, "purchase_order_not_found"),
        ({"line_number": 3}, 404, "purchase_order_line_not_found"),
        ({"quantity": "0"}, 422, "invalid_request"),
        ({"quantity": 5}, 422, "invalid_request"),
        ({"quantity": None}, 422, "quantity_required"),
        ({"receiving_location": ""}, 422, "invalid_request"),
        ({"supplier_lot": "LOT WITH SPACES"}, 422, "invalid_request"),
        ({"reference_document": {"type": "fax", "number": "1"}}, 422, "invalid_request"),
        ({"expiry_date": "2026-02-30"}, 422, "invalid_request"),
        ({"received_on": "2999-01-01"}, 422, "received_on_in_future"),
        ({"colour": "red"}, 422, "invalid_request"),
        ({"certificate_of_analysis": "COA\x00-1"}, 422, "invalid_request"),
        ({"scan": "01\x0004006381333931"}, 422, "invalid_request"),
    ],
)
def test_bad_requests_are_refused_with_a_stable_code(
    receiving, order, receiver, request_id, changes, status, code
):
    body = receipt(order, **changes)
    if changes.get("quantity", "") is None:
        body["unit"] = None
    response = post_receipt(receiving, receiver, body, request_id())
    assert (response.status_code, response.json()["code"]) == (status, code), response.text
    assert received_quantities(receiving, receiver, order) == ["0", "0"]


def test_grpc_refuses_bad_input_the_same_way(stub, order, receiver, request_id):
    base = {
        "purchase_order_number": order["number"],
        "line_number": 1,
        "quantity": "1",
        "receiving_location": "DOCK-1",
    }
    cases = [
        ({"unit": "XYZ"}, grpc.StatusCode.INVALID_ARGUMENT, "unit_unknown"),
        ({"line_number": 0}, grpc.StatusCode.INVALID_ARGUMENT, "invalid_request"),
        ({"quantity": "1e3"}, grpc.StatusCode.INVALID_ARGUMENT, "invalid_request"),
        ({"received_on": "yesterday"}, grpc.StatusCode.INVALID_ARGUMENT, "invalid_request"),
        (
            {"quantity": "300"},
            grpc.StatusCode.FAILED_PRECONDITION,
            "over_receipt_tolerance_exceeded",
        ),
        ({"purchase_order_number": "NOPE"}, grpc.StatusCode.NOT_FOUND, "purchase_order_not_found"),
    ]
    for changes, status, code in cases:
        request = pb.RecordReceiptRequest(request_id=request_id(), **(base | changes))
        assert grpc_refusal(stub.RecordReceipt, request, receiver) == (status, code), changes


def test_receipts_need_the_receiver_role_and_a_request_id(
    receiving, stub, order, token, request_id
):
    for bearer in (token("bea", "buyer"), token("rita", "receiving_admin")):
        response = post_receipt(receiving, bearer, receipt(order), request_id())
        assert (response.status_code, response.json()["code"]) == (403, "role_required")
    with rest_client(receiving, token("rick", "receiver")) as client:
        assert client.post("/v1/receipts", json=receipt(order)).status_code == 422
    request = pb.RecordReceiptRequest(
        purchase_order_number=order["number"], line_number=1, quantity="1", receiving_location="D"
    )
    assert grpc_refusal(stub.RecordReceipt, request, token("rick", "receiver")) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "request_id_required",
    )


def test_a_replay_returns_the_first_receipt_and_reuse_is_refused(
    receiving, stub, order, receiver, reader, request_id
):
    key, body = request_id(), receipt(order, quantity="7")
    first = post_receipt(receiving, receiver, body, key)
    replay = post_receipt(receiving, receiver, body, key)
    assert first.status_code == replay.status_code == 201
    assert replay.json() == first.json()
    reused = post_receipt(receiving, receiver, body | {"quantity": "8"}, key)
    assert (reused.status_code, reused.json()["code"]) == (409, "request_id_reused")
    same = {k: v for k, v in body.items() if k != "reference_document"}
    over_grpc = pb.RecordReceiptRequest(
        request_id=key,
        reference_document=pb.ReferenceDocument(type="asn", number="ASN-4711"),
        **same,
    )
    assert stub.RecordReceipt(over_grpc, metadata=auth(receiver)).id == first.json()["id"]
    assert received_quantities(receiving, receiver, order) == ["7", "0"]
    assert len(events_about(stub, first.json()["id"], reader)) == 1
