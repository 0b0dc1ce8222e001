"""GS1 scans at receipt over REST and gRPC: ParseScan, and scans that fill and check receipts.

Barcodes are built from the known-valid GTIN 04006381333931 and GTINs whose check digits the
tests compute.
"""

from __future__ import annotations

import grpc
import pytest

from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.integration.receiving_calls import (
    approve_item,
    check_digit,
    create_order,
    create_supplier,
    order_line,
    post_receipt,
    received_quantities,
)
from tests.transport import auth, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration

GS = "\x1d"  # FNC1 as a scanner sends it


PENCIL_GTIN = "0400638133393" + check_digit("0400638133393")
FLOUR_GTIN = "0400638133394" + check_digit("0400638133394")
STRANGER_GTIN = "0400638199999" + check_digit("0400638199999")


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


LINES = ((1, "pencil", "H87"), (2, "flour", "KGM"), (3, "salt", "KGM"))


@pytest.fixture
def order(stub, admin, buyer) -> dict:
    """Line 1: PENCIL in pieces; line 2: FLOUR in KGM; line 3: SALT, approved without a GTIN."""
    supplier = create_supplier(stub, admin, name="S")
    items = {"pencil": unique("PENCIL"), "flour": unique("FLOUR"), "salt": unique("SALT")}
    for item, gtin in zip(items.values(), (PENCIL_GTIN, FLOUR_GTIN, ""), strict=True):
        approve_item(stub, admin, supplier, item, gtin=gtin)
    lines = [order_line(n, items[name], "500", unit) for n, name, unit in LINES]
    return {"number": create_order(stub, buyer, supplier, *lines), **items}


def receive(receiving, receiver, request_id, order: dict, line: int, **fields):
    body = {
        "purchase_order_number": order["number"],
        "line_number": line,
        "receiving_location": "DOCK-3",
        "received_on": "2026-03-05",
    } | fields
    return post_receipt(receiving, receiver, body, request_id())


@pytest.mark.parametrize(
    ("scan", "form", "symbology"),
    [
        (
            f"]C101{PENCIL_GTIN}17350131" + f"10LOT-A{GS}11260101" + f"21SER-9{GS}3012",
            "element_string",
            "GS1_128",
        ),
        (
            f"]d201{PENCIL_GTIN}17350131" + f"10LOT-A{GS}11260101" + f"21SER-9{GS}3012",
            "element_string",
            "GS1_DATAMATRIX",
        ),
        (f"(01){PENCIL_GTIN}(17)350131(10)LOT-A(11)260101(21)SER-9(30)12", "bracketed", None),
        (
            f"https://id.gs1.org/01/{PENCIL_GTIN}/10/LOT-A/21/SER-9?17=350131&11=260101&30=12",
            "digital_link",
            None,
        ),
    ],
)
def test_parse_scan_reads_every_form_over_rest(receiving, receiver, scan, form, symbology):
    with rest_client(receiving, receiver) as client:
        response = client.post("/v1/scans/parse", json={"scan": scan})
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["form"], result["symbology"]) == (form, symbology)
    assert result["gtin"] == PENCIL_GTIN
    assert (result["supplier_lot"], result["serial_number"]) == ("LOT-A", "SER-9")
    assert (result["expiry_date"], result["production_date"]) == ("2035-01-31", "2026-01-01")
    assert result["count"] == "12"
    assert {"ai": "10", "title": "BATCH/LOT", "value": "LOT-A"} in result["elements"]


def test_parse_scan_over_grpc_reads_logistic_labels_and_weights(stub, receiver):
    sscc_body = "34006381000000001"
    sscc = sscc_body + check_digit(sscc_body)
    logistic = stub.ParseScan(
        pb.ParseScanRequest(scan=f"00{sscc}02{FLOUR_GTIN}3740{GS}10LOT-9"), metadata=auth(receiver)
    )
    assert (logistic.form, logistic.sscc, logistic.gtin, logistic.count) == (
        "element_string",
        sscc,
        FLOUR_GTIN,
        "40",
    )
    weighed = stub.ParseScan(
        pb.ParseScanRequest(scan=f"01{FLOUR_GTIN}3103025000"), metadata=auth(receiver)
    )
    assert (weighed.net_weight.quantity, weighed.net_weight.unit) == ("25", "KGM")
    bare = stub.ParseScan(pb.ParseScanRequest(scan=PENCIL_GTIN[1:]), metadata=auth(receiver))
    assert (bare.form, bare.gtin) == ("gtin", PENCIL_GTIN)


def test_parse_scan_refuses_unreadable_and_missing_scans(receiving, stub, receiver):
    bad_check = "01" + PENCIL_GTIN[:-1] + str((int(PENCIL_GTIN[-1]) + 1) % 10)
    with rest_client(receiving, receiver) as client:
        for scan in ("not a barcode", bad_check, f"01{PENCIL_GTIN}17271399"):
            response = client.post("/v1/scans/parse", json={"scan": scan})
            assert (response.status_code, response.json()["code"]) == (422, "scan_unreadable")
        empty = client.post("/v1/scans/parse", json={"scan": ""})
        assert (empty.status_code, empty.json()["code"]) == (422, "invalid_request")
    with rest_client(receiving, None) as anonymous:
        assert anonymous.post("/v1/scans/parse", json={"scan": PENCIL_GTIN}).status_code == 401
    assert grpc_refusal(stub.ParseScan, pb.ParseScanRequest(scan="(01)123"), receiver) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "scan_unreadable",
    )


@pytest.mark.parametrize(
    "scan",
    [
        f"]C101{PENCIL_GTIN}17350131" + f"10LOT-A{GS}11260101" + f"21SER-9{GS}3012",
        f"(01){PENCIL_GTIN}(17)350131(10)LOT-A(11)260101(21)SER-9(30)12",
        f"https://id.gs1.org/01/{PENCIL_GTIN}/10/LOT-A/21/SER-9?17=350131&11=260101&30=12",
    ],
)
def test_a_scan_fills_what_the_receipt_left_empty(receiving, receiver, request_id, order, scan):
    response = receive(receiving, receiver, request_id, order, 1, scan=scan)
    assert response.status_code == 201, response.text
    view = response.json()
    assert (view["quantity"], view["unit"]) == ("12", "H87")
    assert (view["supplier_lot"], view["serial_number"], view["gtin"]) == (
        "LOT-A",
        "SER-9",
        PENCIL_GTIN,
    )
    assert (view["expiry_date"], view["production_date"]) == ("2035-01-31", "2026-01-01")
    assert view["scan"] == scan
    assert received_quantities(receiving, receiver, order) == ["12", "0", "0"]


def test_typed_values_win_where_they_agree_and_the_weight_fills_the_quantity(
    stub, receiver, request_id, order
):
    request = pb.RecordReceiptRequest(
        request_id=request_id(),
        purchase_order_number=order["number"],
        line_number=2,
        supplier_lot="LOT-W",
        receiving_location="DOCK-3",
        received_on="2026-03-05",
        scan=f"01{FLOUR_GTIN}3103025000{GS}10LOT-W",
    )
    weighed = stub.RecordReceipt(request, metadata=auth(receiver))
    assert (weighed.quantity, weighed.unit, weighed.line_quantity) == ("25", "KGM", "25")
    typed = stub.RecordReceipt(
        pb.RecordReceiptRequest(
            request_id=request_id(),
            purchase_order_number=order["number"],
            line_number=1,
            quantity="240",
            receiving_location="DOCK-3",
            scan=f"(01){PENCIL_GTIN}(30)12",
        ),
        metadata=auth(receiver),
    )
    assert (typed.quantity, typed.unit) == ("240", "H87")


@pytest.mark.parametrize(
    ("line", "fields", "status", "code"),
    [
        (1, {"scan": f"01{FLOUR_GTIN}3012"}, 422, "scan_gtin_mismatch"),
        (1, {"scan": f"01{STRANGER_GTIN}3012"}, 422, "scan_gtin_mismatch"),
        (
            1,
            {"scan": f"01{PENCIL_GTIN}10LOT-A{GS}3012", "supplier_lot": "LOT-B"},
            422,
            "scan_lot_mismatch",
        ),
        (
            1,
            {"scan": f"01{PENCIL_GTIN}173501313012", "expiry_date": "2035-02-28"},
            422,
            "scan_date_mismatch",
        ),
        (1, {"scan": "no barcode here", "quantity": "1"}, 422, "scan_unreadable"),
        (1, {"scan": f"01{PENCIL_GTIN}10LOT-A"}, 422, "quantity_required"),
        (2, {"scan": f"01{FLOUR_GTIN}3012"}, 422, "unit_not_convertible"),
        (3, {"scan": f"01{FLOUR_GTIN}3103001000"}, 409, "item_gtin_unknown"),
    ],
)
def test_scan_mismatches_are_refused_and_nothing_is_written(
    receiving, receiver, request_id, order, line, fields, status, code
):
    response = receive(receiving, receiver, request_id, order, line, **fields)
    assert (response.status_code, response.json()["code"]) == (status, code), response.text
    assert received_quantities(receiving, receiver, order) == ["0", "0", "0"]


def test_grpc_refuses_scan_mismatches_the_same_way(stub, receiver, request_id, order):
    request = pb.RecordReceiptRequest(
        request_id=request_id(),
        purchase_order_number=order["number"],
        line_number=1,
        receiving_location="DOCK-3",
        scan=f"https://id.gs1.org/01/{FLOUR_GTIN}/10/LOT-A?30=5",
    )
    assert grpc_refusal(stub.RecordReceipt, request, receiver) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "scan_gtin_mismatch",
    )


def test_parse_scan_needs_a_receiving_role(receiving, stub, token):
    buyer = token("bea", "buyer")
    with rest_client(receiving, buyer) as client:
        refused = client.post("/v1/scans/parse", json={"scan": PENCIL_GTIN})
    assert (refused.status_code, refused.json()["code"]) == (403, "role_required")
    assert grpc_refusal(stub.ParseScan, pb.ParseScanRequest(scan=PENCIL_GTIN), buyer) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "role_required",
    )
