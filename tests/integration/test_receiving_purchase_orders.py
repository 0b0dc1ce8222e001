"""Creating purchase orders over REST and gRPC: the ordering rules, refusals, idempotency."""

from __future__ import annotations

import json

import grpc
import pytest

from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.integration.receiving_calls import (
    approved_supplier,
    create,
    line,
    order_body,
)
from tests.transport import auth, events_about, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture
def supplier(stub, admin) -> str:
    """A supplier approved for FLOUR and YEAST (not for SALT)."""
    return approved_supplier(stub, admin, "FLOUR", "YEAST")


def test_create_over_grpc_then_read_over_rest(receiving, stub, supplier, buyer, token, request_id):
    number = unique("PO")
    order = stub.CreatePurchaseOrder(
        pb.CreatePurchaseOrderRequest(
            request_id=request_id(),
            number=number,
            supplier_code=supplier,
            lines=[
                pb.NewPurchaseOrderLine(
                    line_number=10,
                    item_code="FLOUR",
                    quantity="1000.000",
                    unit="KGM",
                    over_tolerance_percent="5",
                    due_date="2026-04-01",
                ),
                pb.NewPurchaseOrderLine(
                    line_number=20,
                    item_code="YEAST",
                    quantity="25",
                    unit="H87",
                    due_date="2026-04-15",
                ),
            ],
        ),
        metadata=auth(buyer),
    )
    assert order.status == "open"
    assert [(ln.line_number, ln.quantity, ln.received_quantity) for ln in order.lines] == [
        (10, "1000", "0"),
        (20, "25", "0"),
    ]
    assert order.lines[1].over_tolerance_percent == "0"
    with rest_client(receiving, token("anyone", "auditor")) as client:
        read = client.get(f"/v1/purchase-orders/{number}").json()
    assert read["id"] == order.id
    assert read["supplier_code"] == supplier
    assert read["created_by"] == "bea"
    assert read["lines"][0] == {
        "line_number": 10,
        "item_code": "FLOUR",
        "quantity": "1000",
        "unit": "KGM",
        "over_tolerance_percent": "5",
        "under_tolerance_percent": "0",
        "due_date": "2026-04-01",
        "received_quantity": "0",
    }
    [event] = events_about(stub, number, token())
    assert event.event_type == "receiving.purchase_order_created"
    assert json.loads(event.payload_json)["lines"][1]["item_code"] == "YEAST"


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ([line(quantity="0")], "quantity"),
        ([line(quantity="-3")], "quantity"),
        ([line(quantity=12.5)], "quantity"),
        ([line(quantity="1.1234567")], "quantity"),
        ([line(unit="KILO")], "unit"),
        ([line(over_tolerance_percent="100.5")], "over_tolerance_percent"),
        ([line(under_tolerance_percent="-1")], "under_tolerance_percent"),
        ([line(due_date="31.03.2026")], "due_date"),
        ([line(line_number=0)], "line_number"),
        ([line(line_number="one")], "line_number"),
        ([line(colour="red")], "colour"),
        ([], "lines"),
    ],
)
def test_create_refuses_malformed_lines(receiving, supplier, buyer, request_id, lines, field):
    body = order_body(supplier) | {"lines": lines}
    response = create(receiving, buyer, body, request_id())
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["code"] == "invalid_request"
    assert any(e["field"].endswith(field) for e in problem["details"]["errors"]), problem
    with rest_client(receiving, buyer) as client:
        assert client.get(f"/v1/purchase-orders/{body['number']}").status_code == 404


def test_create_refuses_breaches_of_the_ordering_rules(
    receiving, stub, supplier, buyer, request_id
):
    cases = [
        (order_body(unique("NOPE")), 404, "supplier_not_found"),
        (
            order_body(supplier, line(1), line(2, item_code="SALT")),
            409,
            "item_not_approved_for_supplier",
        ),
        (order_body(supplier, line(1), line(2), line(1)), 422, "duplicate_line_number"),
    ]
    for body, status, code in cases:
        response = create(receiving, buyer, body, request_id())
        assert (response.status_code, response.json()["code"]) == (status, code), response.text
        with rest_client(receiving, buyer) as client:
            assert client.get(f"/v1/purchase-orders/{body['number']}").status_code == 404
    assert (
        "SALT"
        in create(
            receiving, buyer, order_body(supplier, line(item_code="SALT")), request_id()
        ).json()["detail"]
    )

    number = unique("PO")
    assert (
        create(receiving, buyer, order_body(supplier, number=number), request_id()).status_code
        == 201
    )
    again = create(receiving, buyer, order_body(supplier, number=number), request_id())
    assert (again.status_code, again.json()["code"]) == (409, "purchase_order_exists")

    unapproved = pb.CreatePurchaseOrderRequest(
        request_id=request_id(),
        number=unique("PO"),
        supplier_code=supplier,
        lines=[
            pb.NewPurchaseOrderLine(
                line_number=1, item_code="SALT", quantity="1", unit="KGM", due_date="2026-01-01"
            )
        ],
    )
    assert grpc_refusal(stub.CreatePurchaseOrder, unapproved, buyer) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "item_not_approved_for_supplier",
    )
    malformed = pb.CreatePurchaseOrderRequest(
        request_id=request_id(),
        number=unique("PO"),
        supplier_code=supplier,
        lines=[
            pb.NewPurchaseOrderLine(
                line_number=1, item_code="FLOUR", quantity="ten", unit="KGM", due_date="2026-01-01"
            )
        ],
    )
    assert grpc_refusal(stub.CreatePurchaseOrder, malformed, buyer) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )


def test_only_buyers_create_and_cancel(receiving, stub, supplier, token, request_id):
    admin = token("rita", "receiving_admin")
    response = create(receiving, admin, order_body(supplier), request_id())
    assert (response.status_code, response.json()["code"]) == (403, "role_required")
    cancel = pb.CancelPurchaseOrderRequest(request_id=request_id(), number="PO-1", reason="x")
    assert grpc_refusal(stub.CancelPurchaseOrder, cancel, admin) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "role_required",
    )


def test_replay_returns_the_first_order_and_reuse_is_refused(
    receiving, stub, supplier, buyer, request_id
):
    key, body = request_id(), order_body(supplier)
    first = create(receiving, buyer, body, key)
    replay = create(receiving, buyer, body, key)
    assert first.status_code == replay.status_code == 201
    assert replay.json() == first.json()
    changed = body | {"lines": [line(quantity="99")]}
    reused = create(receiving, buyer, changed, key)
    assert (reused.status_code, reused.json()["code"]) == (409, "request_id_reused")
    with rest_client(receiving, buyer) as client:
        stored = client.get(f"/v1/purchase-orders/{body['number']}").json()
    assert stored["lines"][0]["quantity"] == "1200.5"
