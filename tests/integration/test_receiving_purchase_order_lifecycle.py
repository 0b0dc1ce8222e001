"""A purchase order's life after creation over REST and gRPC: cancellation, listing, reading."""

from __future__ import annotations

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
from tests.transport import auth, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture
def supplier(stub, admin) -> str:
    """A supplier approved for FLOUR and YEAST (not for SALT)."""
    return approved_supplier(stub, admin, "FLOUR", "YEAST")


def test_cancel_needs_a_reason_and_an_open_order_with_nothing_received(
    receiving, stub, supplier, buyer, request_id
):
    number = create(receiving, buyer, order_body(supplier), request_id()).json()["number"]
    with rest_client(receiving, buyer) as client:
        for body in ({}, {"reason": "  "}, {"reason": "dup", "force": True}):
            response = client.post(
                f"/v1/purchase-orders/{number}/cancel",
                json=body,
                headers={"Idempotency-Key": request_id()},
            )
            assert (response.status_code, response.json()["code"]) == (422, "invalid_request")
        unknown = client.post(
            f"/v1/purchase-orders/{unique('PO')}/cancel",
            json={"reason": "dup"},
            headers={"Idempotency-Key": request_id()},
        )
        assert (unknown.status_code, unknown.json()["code"]) == (404, "purchase_order_not_found")
        assert client.get(f"/v1/purchase-orders/{number}").json()["status"] == "open"

    key = request_id()
    request = pb.CancelPurchaseOrderRequest(request_id=key, number=number, reason="ordered twice")
    cancelled = stub.CancelPurchaseOrder(request, metadata=auth(buyer))
    assert (cancelled.status, cancelled.cancelled_by, cancelled.cancel_reason) == (
        "cancelled",
        "bea",
        "ordered twice",
    )
    assert cancelled.HasField("cancelled_at")
    assert stub.CancelPurchaseOrder(request, metadata=auth(buyer)) == cancelled
    again = pb.CancelPurchaseOrderRequest(request_id=request_id(), number=number, reason="again")
    assert grpc_refusal(stub.CancelPurchaseOrder, again, buyer) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "purchase_order_not_open",
    )


def test_an_order_with_goods_received_cannot_be_cancelled(
    receiving, stub, supplier, buyer, token, request_id
):
    order = create(receiving, buyer, order_body(supplier, line(1), line(2)), request_id()).json()
    stub.RecordReceipt(
        pb.RecordReceiptRequest(
            request_id=request_id(),
            purchase_order_number=order["number"],
            line_number=2,
            quantity="0.5",
            receiving_location="DOCK-1",
        ),
        metadata=auth(token("rick", "receiver")),
    )
    request = pb.CancelPurchaseOrderRequest(
        request_id=request_id(), number=order["number"], reason="x"
    )
    assert grpc_refusal(stub.CancelPurchaseOrder, request, buyer) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "purchase_order_received",
    )
    with rest_client(receiving, buyer) as client:
        read = client.get(f"/v1/purchase-orders/{order['number']}").json()
    assert read["status"] == "open"
    assert read["lines"][1]["received_quantity"] == "0.5"


def test_list_filters_by_supplier_and_status_and_pages(
    receiving, stub, supplier, buyer, request_id
):
    numbers = sorted(
        create(receiving, buyer, order_body(supplier), request_id()).json()["number"]
        for _ in range(5)
    )
    stub.CancelPurchaseOrder(
        pb.CancelPurchaseOrderRequest(
            request_id=request_id(), number=numbers[1], reason="not needed"
        ),
        metadata=auth(buyer),
    )
    seen, page_token = [], ""
    while True:
        page = stub.ListPurchaseOrders(
            pb.ListPurchaseOrdersRequest(
                supplier_code=supplier, page_size=2, page_token=page_token
            ),
            metadata=auth(buyer),
        )
        assert len(page.purchase_orders) <= 2
        seen += [o.number for o in page.purchase_orders]
        page_token = page.next_page_token
        if not page_token:
            break
    assert seen == numbers
    with rest_client(receiving, buyer) as client:
        open_orders = client.get(
            "/v1/purchase-orders", params={"supplier_code": supplier, "status": "open"}
        ).json()
        cancelled = client.get(
            "/v1/purchase-orders", params={"supplier_code": supplier, "status": "cancelled"}
        ).json()
        assert client.get("/v1/purchase-orders", params={"status": "lost"}).status_code == 422
        assert client.get("/v1/purchase-orders", params={"page_size": 501}).status_code == 422
    assert [o["number"] for o in open_orders["purchase_orders"]] == [numbers[0], *numbers[2:]]
    assert [o["number"] for o in cancelled["purchase_orders"]] == [numbers[1]]
    assert open_orders["next_page_token"] == ""
    bad_status = pb.ListPurchaseOrdersRequest(status="lost")
    assert grpc_refusal(stub.ListPurchaseOrders, bad_status, buyer) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )


def test_get_unknown_order_is_not_found(stub, buyer):
    request = pb.GetPurchaseOrderRequest(number="PO-DOES-NOT-EXIST")
    assert grpc_refusal(stub.GetPurchaseOrder, request, buyer) == (
        grpc.StatusCode.NOT_FOUND,
        "purchase_order_not_found",
    )
