"""A receipt whose inbound workflow cannot go on, over gRPC and REST: marked failed with the step
and why, which frees its quantity on the order line; reopened for a retry, which holds it again
(within the line's tolerance); each idempotent by request id, refused from the wrong state."""

from __future__ import annotations

import uuid

import grpc
import pytest

from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.integration.receiving_calls import (
    approve_item,
    create_order,
    create_supplier,
    order_line,
    received_quantities,
)
from tests.transport import auth, events_about, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture
def order(stub, admin, buyer) -> dict:
    supplier, item = create_supplier(stub, admin, name="Rye Co", country="DE"), unique("RYE")
    approve_item(stub, admin, supplier, item)
    number = create_order(stub, buyer, supplier, order_line(1, item, "100", "KGM"))
    return {"number": number}


def receive(stub, receiver, order, quantity: str) -> pb.Receipt:
    return stub.RecordReceipt(
        pb.RecordReceiptRequest(
            request_id=str(uuid.uuid4()),
            purchase_order_number=order["number"],
            line_number=1,
            quantity=quantity,
            receiving_location="DOCK-1",
            received_on="2026-03-05",
        ),
        metadata=auth(receiver),
    )


def failed(receipt_id: str, request_id: str) -> pb.MarkReceiptFailedRequest:
    return pb.MarkReceiptFailedRequest(
        request_id=request_id,
        receipt_id=receipt_id,
        step="receive_into_quarantine",
        reason="item_not_found: no item FLOUR",
    )


def test_a_failed_receipt_frees_its_line_quantity_until_it_is_reopened(
    stub, receiving, receiver, reader, order
):
    receipt = receive(stub, receiver, order, "100")
    assert received_quantities(receiving, receiver, order) == ["100"]

    request = failed(receipt.id, str(uuid.uuid4()))
    marked = stub.MarkReceiptFailed(request, metadata=auth(receiver))
    assert marked.status == "failed"
    assert (marked.failure.step, marked.failure.reason, marked.failure.failed_by) == (
        "receive_into_quarantine",
        "item_not_found: no item FLOUR",
        "rick",
    )
    assert stub.MarkReceiptFailed(request, metadata=auth(receiver)) == marked  # a replay
    assert received_quantities(receiving, receiver, order) == ["0"]
    assert grpc_refusal(
        stub.RecordReceiptOutcome,
        pb.RecordReceiptOutcomeRequest(
            request_id=str(uuid.uuid4()),
            receipt_id=receipt.id,
            accepted_quantity="100",
            rejected_quantity="0",
        ),
        receiver,
    ) == (grpc.StatusCode.FAILED_PRECONDITION, "receipt_failed")

    reopen = pb.ReopenReceiptRequest(request_id=str(uuid.uuid4()), receipt_id=receipt.id)
    reopened = stub.ReopenReceipt(reopen, metadata=auth(receiver))
    assert reopened.status == "recorded" and not reopened.HasField("failure")
    assert received_quantities(receiving, receiver, order) == ["100"]
    types = [e.event_type for e in events_about(stub, receipt.id, reader, at_least=3)]
    assert types == [
        "receiving.receipt_recorded",
        "receiving.receipt_failed",
        "receiving.receipt_reopened",
    ]


def test_only_a_recorded_receipt_fails_and_only_a_failed_one_reopens(stub, receiver, order):
    receipt = receive(stub, receiver, order, "40")
    reopen = pb.ReopenReceiptRequest(request_id=str(uuid.uuid4()), receipt_id=receipt.id)
    assert grpc_refusal(stub.ReopenReceipt, reopen, receiver) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "receipt_not_failed",
    )
    stub.MarkReceiptFailed(failed(receipt.id, str(uuid.uuid4())), metadata=auth(receiver))
    assert grpc_refusal(
        stub.MarkReceiptFailed, failed(receipt.id, str(uuid.uuid4())), receiver
    ) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "receipt_not_in_progress",
    )


def test_a_reopened_receipt_may_not_pass_the_line_tolerance(stub, receiving, receiver, order):
    first = receive(stub, receiver, order, "60")
    stub.MarkReceiptFailed(failed(first.id, str(uuid.uuid4())), metadata=auth(receiver))
    receive(stub, receiver, order, "100")  # the freed quantity is received again meanwhile
    reopen = pb.ReopenReceiptRequest(request_id=str(uuid.uuid4()), receipt_id=first.id)
    assert grpc_refusal(stub.ReopenReceipt, reopen, receiver) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "over_receipt_tolerance_exceeded",
    )
    assert received_quantities(receiving, receiver, order) == ["100"]


def test_over_rest_a_failure_needs_a_reason_and_the_receiver_role(
    receiving, stub, receiver, buyer, order
):
    receipt = receive(stub, receiver, order, "10")
    path = f"/v1/receipts/{receipt.id}/failure"
    with rest_client(receiving, receiver) as client:
        missing = client.post(
            path, json={"step": "put_away"}, headers={"Idempotency-Key": unique("k")}
        )
        assert missing.status_code == 422
        marked = client.post(
            path,
            json={"step": "put_away", "reason": "no bin"},
            headers={"Idempotency-Key": unique("k")},
        )
        assert marked.status_code == 200, marked.text
        assert marked.json()["failure"]["reason"] == "no bin"
        assert marked.json()["status"] == "failed"
    with rest_client(receiving, buyer) as client:
        forbidden = client.post(
            f"/v1/receipts/{receipt.id}/reopen", headers={"Idempotency-Key": unique("k")}
        )
        assert forbidden.status_code == 403
    with rest_client(receiving, receiver) as client:
        reopened = client.post(
            f"/v1/receipts/{receipt.id}/reopen", headers={"Idempotency-Key": unique("k")}
        )
        assert reopened.status_code == 200, reopened.text
        assert reopened.json()["status"] == "recorded"
        assert reopened.json()["failure"] is None
