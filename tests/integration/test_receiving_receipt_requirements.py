"""What a receipt must carry, set per approved supplier item and checked at the point of receipt."""

from __future__ import annotations

import json

import grpc
import pytest
from sqlalchemy import text

from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.integration.receiving_calls import (
    create_order,
    create_supplier,
    known_items,
    order_line,
    post_receipt,
    received_quantities,
)
from tests.transport import auth, events_about, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration

GS = "\x1d"
GTIN = "04006381333931"
EVERYTHING = {
    "supplier_lot": True,
    "expiry_date": True,
    "production_date": True,
    "certificate_of_analysis": True,
    "lot_code_rule": None,
    "minimum_shelf_life": None,
}


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture
def order(receiving, stub, admin, buyer, request_id) -> dict:
    """An order for an item approved over REST with every attribute required."""
    supplier, item = create_supplier(stub, admin, name="Dairy", country="NL"), unique("MILK")
    known_items(item)
    with rest_client(receiving, admin) as client:
        approved = client.post(
            f"/v1/suppliers/{supplier}/approved-items",
            json={
                "item_code": item,
                "gtin": GTIN,
                "description": "Skimmed milk powder, 25 kg",
                "receiving_requirements": EVERYTHING,
            },
            headers={"Idempotency-Key": request_id()},
        )
    assert approved.status_code == 201, approved.text
    assert approved.json()["receiving_requirements"] == EVERYTHING
    number = create_order(stub, buyer, supplier, order_line(1, item, "100", "KGM"))
    return {"number": number, "supplier": supplier, "item": item}


COMPLETE = {
    "supplier_lot": "M-1",
    "expiry_date": "2035-03-01",
    "production_date": "2026-03-01",
    "certificate_of_analysis": "COA-881",
}


def receive(receiving, receiver, request_id, order: dict, **fields):
    body = {
        "purchase_order_number": order["number"],
        "line_number": 1,
        "quantity": "10",
        "receiving_location": "DOCK-1",
        "received_on": "2026-03-05",
    } | fields
    return post_receipt(receiving, receiver, body, request_id())


@pytest.mark.parametrize("left_out", list(COMPLETE))
def test_every_required_attribute_must_be_present(receiving, receiver, request_id, order, left_out):
    fields = {k: v for k, v in COMPLETE.items() if k != left_out}
    response = receive(receiving, receiver, request_id, order, **fields)
    assert (response.status_code, response.json()["code"]) == (422, "receipt_attributes_missing")
    assert response.json()["details"] == {"missing": [left_out]}
    assert received_quantities(receiving, receiver, order)[0] == "0"


def test_a_complete_receipt_is_recorded_with_the_approved_description(
    receiving, receiver, request_id, order
):
    response = receive(receiving, receiver, request_id, order, **COMPLETE)
    assert response.status_code == 201, response.text
    view = response.json()
    assert view["certificate_of_analysis"] == "COA-881"
    assert view["kdes"]["product_description"] == "Skimmed milk powder, 25 kg"


def test_a_scan_may_supply_the_required_lot_and_dates(stub, receiver, request_id, order):
    view = stub.RecordReceipt(
        pb.RecordReceiptRequest(
            request_id=request_id(),
            purchase_order_number=order["number"],
            line_number=1,
            certificate_of_analysis="COA-9",
            receiving_location="DOCK-1",
            received_on="2026-03-05",
            scan=f"01{GTIN}17350301" + f"11260301{GS}10M-2{GS}3103010000",
        ),
        metadata=auth(receiver),
    )
    assert (view.supplier_lot, view.expiry_date, view.production_date) == (
        "M-2",
        "2035-03-01",
        "2026-03-01",
    )
    assert (view.quantity, view.unit) == ("10", "KGM")


@pytest.mark.parametrize(
    ("dates", "code"),
    [
        (
            {"expiry_date": "2026-02-01", "production_date": "2026-03-01"},
            "expiry_before_production",
        ),
        (
            {"expiry_date": "2035-03-01", "production_date": "2026-03-06"},
            "production_date_in_future",
        ),
    ],
)
def test_impossible_dates_are_refused(receiving, receiver, request_id, order, dates, code):
    response = receive(receiving, receiver, request_id, order, **(COMPLETE | dates))
    assert (response.status_code, response.json()["code"]) == (422, code)
    assert received_quantities(receiving, receiver, order)[0] == "0"


def test_requirements_can_be_changed_by_buyers_and_admins(
    receiving, stub, buyer, receiver, token, request_id, order
):
    url = f"/v1/suppliers/{order['supplier']}/approved-items/{order['item']}/receiving-requirements"
    relaxed = {"supplier_lot": True}
    key = request_id()
    with rest_client(receiving, buyer) as client:
        first = client.put(url, json=relaxed, headers={"Idempotency-Key": key})
        replay = client.put(url, json=relaxed, headers={"Idempotency-Key": key})
        assert first.status_code == 200, first.text
        assert replay.json() == first.json()
        assert first.json()["receiving_requirements"] == {
            "supplier_lot": True,
            "expiry_date": False,
            "production_date": False,
            "certificate_of_analysis": False,
            "lot_code_rule": None,
            "minimum_shelf_life": None,
        }
        unknown = client.put(
            f"/v1/suppliers/{order['supplier']}/approved-items/CHEESE/receiving-requirements",
            json=relaxed,
            headers={"Idempotency-Key": request_id()},
        )
        assert (unknown.status_code, unknown.json()["code"]) == (404, "supplier_item_not_found")
        bad = client.put(
            url, json={"supplier_lot": "sometimes"}, headers={"Idempotency-Key": request_id()}
        )
        assert (bad.status_code, bad.json()["code"]) == (422, "invalid_request")
    assert receive(receiving, receiver, request_id, order, supplier_lot="M-3").status_code == 201
    response = receive(receiving, receiver, request_id, order)
    assert response.json()["details"] == {"missing": ["supplier_lot"]}

    request = pb.SetReceivingRequirementsRequest(
        request_id=request_id(),
        supplier_code=order["supplier"],
        item_code=order["item"],
        requirements=pb.ReceivingRequirements(),
    )
    assert grpc_refusal(stub.SetReceivingRequirements, request, receiver) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "role_required",
    )
    cleared = stub.SetReceivingRequirements(
        request, metadata=auth(token("rita", "receiving_admin"))
    )
    assert not cleared.receiving_requirements.supplier_lot
    assert receive(receiving, receiver, request_id, order).status_code == 201
    events = events_about(stub, order["supplier"], token("feed", "event_reader"), at_least=4)
    changes = [
        json.loads(e.payload_json)["receiving_requirements"]
        for e in events
        if e.event_type == "receiving.receiving_requirements_set"
    ]
    assert [change["supplier_lot"] for change in changes] == [True, False]


def test_a_supplier_no_longer_approved_for_the_item_cannot_deliver_it(
    receiving, receiver, request_id, order
):
    # Approvals cannot be withdrawn over the API yet; withdraw this one as the future call will.
    with receiving.database.engine.begin() as connection:
        connection.execute(
            text("DELETE FROM supplier_items WHERE item_code = :item"), {"item": order["item"]}
        )
    response = receive(receiving, receiver, request_id, order, **COMPLETE)
    assert (response.status_code, response.json()["code"]) == (
        409,
        "item_not_approved_for_supplier",
    )
    assert received_quantities(receiving, receiver, order)[0] == "0"
