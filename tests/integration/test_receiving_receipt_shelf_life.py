"""Shelf life at the door, over real servers: expired goods and goods with less than the
approved item's minimum shelf life left are refused, unless accepted only for return."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import grpc
import pytest

from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.integration.receiving_calls import (
    approved_supplier,
    create_order,
    order_line,
    post_receipt,
    received_quantities,
)
from tests.transport import auth, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration


def day(offset: int) -> str:
    """Today (UTC, the default lot-code rule's time zone) moved by `offset` days. The margins
    below are days wide, so a run across midnight judges the same."""
    return (datetime.now(UTC).date() + timedelta(days=offset)).isoformat()


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture
def order(receiving, stub, admin, buyer) -> dict:
    """An open order of a new item from a new supplier approved for it, nothing required."""
    item = unique("YOGURT")
    supplier = approved_supplier(stub, admin, item)
    number = create_order(stub, buyer, supplier, order_line(1, item, "1000", "KGM"))
    return {"number": number, "supplier": supplier, "item": item}


def set_minimum(receiving, buyer, request_id, order: dict, minimum: dict):
    url = f"/v1/suppliers/{order['supplier']}/approved-items/{order['item']}/receiving-requirements"
    with rest_client(receiving, buyer) as client:
        return client.put(
            url, json={"minimum_shelf_life": minimum}, headers={"Idempotency-Key": request_id()}
        )


def receive(receiving, receiver, order: dict, **fields):
    body = {
        "purchase_order_number": order["number"],
        "line_number": 1,
        "quantity": "10",
        "receiving_location": "DOCK-2",
    } | fields
    return post_receipt(receiving, receiver, body)


def refusal(response) -> tuple[int, str]:
    return response.status_code, response.json()["code"]


def test_expired_goods_are_refused_over_rest_and_grpc(receiving, stub, receiver, order):
    response = receive(receiving, receiver, order, expiry_date=day(-2))
    assert refusal(response) == (422, "expired_at_receipt")
    assert response.json()["details"]["expiry_date"] == day(-2)
    request = pb.RecordReceiptRequest(
        request_id=unique("r"),
        purchase_order_number=order["number"],
        line_number=1,
        quantity="10",
        expiry_date=day(-2),
        receiving_location="DOCK-2",
    )
    assert grpc_refusal(stub.RecordReceipt, request, receiver) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "expired_at_receipt",
    )
    assert received_quantities(receiving, receiver, order) == ["0"]
    assert receive(receiving, receiver, order, expiry_date=day(2)).status_code == 201


def test_a_minimum_in_days_refuses_short_dated_goods_and_takes_the_rest(
    receiving, buyer, receiver, request_id, order
):
    set_to = set_minimum(receiving, buyer, request_id, order, {"days": 30})
    assert set_to.status_code == 200, set_to.text
    assert set_to.json()["receiving_requirements"]["minimum_shelf_life"] == {
        "days": 30,
        "percent": None,
    }
    short = receive(receiving, receiver, order, expiry_date=day(10))
    assert refusal(short) == (422, "shelf_life_insufficient")
    assert short.json()["details"]["minimum_days"] == 30
    # A minimum needs the expiry date to judge by.
    undated = receive(receiving, receiver, order)
    assert refusal(undated) == (422, "receipt_attributes_missing")
    assert undated.json()["details"] == {"missing": ["expiry_date"]}
    assert received_quantities(receiving, receiver, order) == ["0"]
    enough = receive(receiving, receiver, order, expiry_date=day(200))
    assert enough.status_code == 201, enough.text
    assert enough.json()["status"] == "recorded"
    assert enough.json()["accept_for_return"] is None


def test_a_minimum_in_percent_judges_the_share_of_production_to_expiry_left(
    receiving, stub, admin, receiver, request_id, order
):
    cleared = stub.SetReceivingRequirements(
        pb.SetReceivingRequirementsRequest(
            request_id=request_id(),
            supplier_code=order["supplier"],
            item_code=order["item"],
            requirements=pb.ReceivingRequirements(
                minimum_shelf_life=pb.MinimumShelfLife(percent="60.0")
            ),
        ),
        metadata=auth(admin),
    )
    assert cleared.receiving_requirements.minimum_shelf_life.percent == "60"
    # 50 of 150 days left: a third of the shelf life.
    short = receive(receiving, receiver, order, production_date=day(-100), expiry_date=day(50))
    assert refusal(short) == (422, "shelf_life_insufficient")
    assert short.json()["details"]["minimum_percent"] == "60"
    undated = receive(receiving, receiver, order, expiry_date=day(300))
    assert undated.json()["details"] == {"missing": ["production_date"]}
    enough = receive(receiving, receiver, order, production_date=day(-10), expiry_date=day(300))
    assert enough.status_code == 201, enough.text
    assert received_quantities(receiving, receiver, order) == ["10"]


@pytest.mark.parametrize(
    "minimum", [{}, {"days": 5, "percent": "50"}, {"days": 0}, {"percent": "101"}]
)
def test_a_minimum_must_be_days_or_a_percentage(receiving, buyer, request_id, order, minimum):
    response = set_minimum(receiving, buyer, request_id, order, minimum)
    assert refusal(response) == (422, "invalid_request")


def test_expired_goods_accepted_for_return_are_recorded_with_the_reason(
    receiving, stub, receiver, order
):
    supplier_lot = unique("X")[:20]
    response = receive(
        receiving,
        receiver,
        order,
        supplier_lot=supplier_lot,
        expiry_date=day(-2),
        accept_for_return={"reason": "expired on arrival, back to the supplier"},
    )
    assert response.status_code == 201, response.text
    view = response.json()
    assert view["accept_for_return"] == {"reason": "expired on arrival, back to the supplier"}
    assert view["status"] == "recorded"  # the inbound workflow records the outcome
    read = stub.GetReceipt(pb.GetReceiptRequest(receipt_id=view["id"]), metadata=auth(receiver))
    assert read.accept_for_return.reason == "expired on arrival, back to the supplier"
    # Another delivery of that expired lot, its dates not repeated, is judged by the lot's.
    again = receive(receiving, receiver, order, supplier_lot=supplier_lot)
    assert refusal(again) == (422, "expired_at_receipt")


def test_acceptance_for_return_without_a_reason_is_refused(receiving, stub, receiver, order):
    for acceptance in ({}, {"reason": ""}):
        response = receive(
            receiving, receiver, order, expiry_date=day(-2), accept_for_return=acceptance
        )
        assert refusal(response) == (422, "invalid_request")
    request = pb.RecordReceiptRequest(
        request_id=unique("r"),
        purchase_order_number=order["number"],
        line_number=1,
        quantity="10",
        expiry_date=day(-2),
        receiving_location="DOCK-2",
        accept_for_return=pb.ReturnAcceptance(),
    )
    assert grpc_refusal(stub.RecordReceipt, request, receiver) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )
    assert received_quantities(receiving, receiver, order) == ["0"]
