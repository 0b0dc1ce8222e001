"""After a receipt, over REST and gRPC: outcomes, returns to the supplier, reading and listing."""

from __future__ import annotations

import json
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
)
from tests.transport import auth, events_about, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture
def order(stub, admin, buyer) -> dict:
    supplier, item = create_supplier(stub, admin, name="Oat Co", country="SE"), unique("OATS")
    approve_item(stub, admin, supplier, item)
    number = create_order(stub, buyer, supplier, order_line(1, item, "1000", "KGM"))
    return {"number": number, "supplier": supplier, "item": item}


@pytest.fixture
def receive(stub, receiver, request_id, order):
    def record(quantity: str = "100", supplier_lot: str = "") -> pb.Receipt:
        return stub.RecordReceipt(
            pb.RecordReceiptRequest(
                request_id=request_id(),
                purchase_order_number=order["number"],
                line_number=1,
                quantity=quantity,
                supplier_lot=supplier_lot,
                receiving_location="DOCK-5",
                received_on="2026-03-05",
            ),
            metadata=auth(receiver),
        )

    return record


def test_a_partial_outcome_is_recorded_once_for_the_workflow(
    stub, receive, receiver, reader, request_id
):
    receipt = receive("100")
    request = pb.RecordReceiptOutcomeRequest(
        request_id=request_id(),
        receipt_id=receipt.id,
        accepted_quantity="92.5",
        rejected_quantity="7.5",
        reason="torn bags",
        inspection_reference="INSP-12",
    )
    decided = stub.RecordReceiptOutcome(request, metadata=auth(receiver))
    assert decided.status == "partially_accepted"
    assert (decided.outcome.accepted_quantity, decided.outcome.rejected_quantity) == ("92.5", "7.5")
    assert (decided.outcome.reason, decided.outcome.recorded_by) == ("torn bags", "rick")
    assert decided.outcome.HasField("recorded_at")
    assert stub.RecordReceiptOutcome(request, metadata=auth(receiver)) == decided
    again = pb.RecordReceiptOutcomeRequest(
        request_id=request_id(),
        receipt_id=receipt.id,
        accepted_quantity="100",
        rejected_quantity="0",
    )
    assert grpc_refusal(stub.RecordReceiptOutcome, again, receiver) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "receipt_outcome_already_recorded",
    )
    types = [e.event_type for e in events_about(stub, receipt.id, reader, at_least=2)]
    assert types == ["receiving.receipt_recorded", "receiving.receipt_outcome_recorded"]
    payload = json.loads(events_about(stub, receipt.id, reader, at_least=2)[1].payload_json)
    assert payload["receipt_id"] == receipt.id
    assert payload["traceability_lot_code"] == receipt.traceability_lot_code
    assert (payload["status"], payload["accepted_quantity"], payload["unit"]) == (
        "partially_accepted",
        "92.5",
        "KGM",
    )


@pytest.mark.parametrize(
    ("accepted", "rejected", "reason", "status"),
    [("40", "0", None, "accepted"), ("0", "40", "mould", "rejected")],
)
def test_full_acceptance_and_full_rejection(
    receiving, receive, receiver, request_id, accepted, rejected, reason, status
):
    receipt = receive("40")
    with rest_client(receiving, receiver) as client:
        response = client.post(
            f"/v1/receipts/{receipt.id}/outcome",
            json={"accepted_quantity": accepted, "rejected_quantity": rejected, "reason": reason},
            headers={"Idempotency-Key": request_id()},
        )
        assert response.status_code == 200, response.text
        assert response.json()["status"] == status
        assert client.get(f"/v1/receipts/{receipt.id}").json()["status"] == status


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (
            {"accepted_quantity": "30", "rejected_quantity": "5", "reason": "x"},
            422,
            "outcome_quantities_do_not_add_up",
        ),
        (
            {"accepted_quantity": "0", "rejected_quantity": "0"},
            422,
            "outcome_quantities_do_not_add_up",
        ),
        ({"accepted_quantity": "30", "rejected_quantity": "10"}, 422, "rejection_reason_required"),
        (
            {"accepted_quantity": "-1", "rejected_quantity": "41", "reason": "x"},
            422,
            "invalid_request",
        ),
        ({"accepted_quantity": 40, "rejected_quantity": "0"}, 422, "invalid_request"),
        ({"accepted_quantity": "40"}, 422, "invalid_request"),
    ],
)
def test_outcomes_that_do_not_add_up_are_refused_and_the_receipt_stays_recorded(
    receiving, receive, receiver, request_id, body, status, code
):
    receipt = receive("40")
    with rest_client(receiving, receiver) as client:
        response = client.post(
            f"/v1/receipts/{receipt.id}/outcome",
            json=body,
            headers={"Idempotency-Key": request_id()},
        )
        assert (response.status_code, response.json()["code"]) == (status, code)
        read = client.get(f"/v1/receipts/{receipt.id}").json()
    assert (read["status"], read["outcome"]) == ("recorded", None)


def test_outcomes_need_a_known_receipt_and_the_receiver_role(
    receiving, stub, receive, receiver, token, request_id
):
    body = {"accepted_quantity": "1", "rejected_quantity": "0"}
    with rest_client(receiving, receiver) as client:
        unknown = client.post(
            f"/v1/receipts/{uuid.uuid4()}/outcome",
            json=body,
            headers={"Idempotency-Key": request_id()},
        )
        assert (unknown.status_code, unknown.json()["code"]) == (404, "receipt_not_found")
        malformed = client.post(
            "/v1/receipts/not-a-uuid/outcome", json=body, headers={"Idempotency-Key": request_id()}
        )
        assert (malformed.status_code, malformed.json()["code"]) == (422, "invalid_request")
    request = pb.RecordReceiptOutcomeRequest(
        request_id=request_id(),
        receipt_id=receive("1").id,
        accepted_quantity="1",
        rejected_quantity="0",
    )
    assert grpc_refusal(stub.RecordReceiptOutcome, request, token("bea", "buyer")) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "role_required",
    )
    bad_id = pb.GetReceiptRequest(receipt_id="42")
    assert grpc_refusal(stub.GetReceipt, bad_id, receiver) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )


def test_returns_never_exceed_what_was_received_minus_returned(
    receiving, stub, receive, receiver, reader, request_id
):
    receipt = receive("50")
    url = f"/v1/receipts/{receipt.id}/returns"
    first_body = {
        "quantity": "20",
        "reason": "damaged in transit",
        "reference_document": {"type": "return_authorization", "number": "RMA-31"},
    }
    key = request_id()
    with rest_client(receiving, receiver) as client:
        first = client.post(url, json=first_body, headers={"Idempotency-Key": key})
        assert first.status_code == 201, first.text
        assert (
            client.post(url, json=first_body, headers={"Idempotency-Key": key}).json()
            == first.json()
        )
        assert (first.json()["quantity"], first.json()["unit"]) == ("20", "KGM")
        too_much = client.post(
            url, json={"quantity": "30.5", "reason": "x"}, headers={"Idempotency-Key": request_id()}
        )
        assert (too_much.status_code, too_much.json()["code"]) == (409, "return_exceeds_received")
        assert too_much.json()["details"] == {"returnable": "30", "unit": "KGM"}
        no_reason = client.post(
            url, json={"quantity": "1"}, headers={"Idempotency-Key": request_id()}
        )
        assert (no_reason.status_code, no_reason.json()["code"]) == (422, "invalid_request")
    rest = stub.ReturnToSupplier(
        pb.ReturnToSupplierRequest(
            request_id=request_id(), receipt_id=receipt.id, quantity="30", reason="short shelf life"
        ),
        metadata=auth(receiver),
    )
    assert (rest.quantity, rest.reason, rest.returned_by) == ("30", "short shelf life", "rick")
    nothing_left = pb.ReturnToSupplierRequest(
        request_id=request_id(), receipt_id=receipt.id, quantity="0.001", reason="x"
    )
    assert grpc_refusal(stub.ReturnToSupplier, nothing_left, receiver) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "return_exceeds_received",
    )
    read = stub.GetReceipt(pb.GetReceiptRequest(receipt_id=receipt.id), metadata=auth(receiver))
    assert read.returned_quantity == "50"
    assert [(r.quantity, r.reference_document.number) for r in read.returns] == [
        ("20", "RMA-31"),
        ("30", ""),
    ]
    returns = [
        e
        for e in events_about(stub, receipt.id, reader, at_least=3)
        if e.event_type == "receiving.returned_to_supplier"
    ]
    payloads = [json.loads(e.payload_json) for e in returns]
    assert [p["total_returned_quantity"] for p in payloads] == ["20", "50"]
    assert payloads[0]["reference_document"] == {
        "type": "return_authorization",
        "number": "RMA-31",
        "cbv_business_transaction_type": "rma",
    }
    assert payloads[0]["traceability_lot_code"] == receipt.traceability_lot_code
    assert payloads[0]["supplier"]["name"] == "Oat Co"


def test_list_receipts_filters_and_pages(receiving, stub, receive, order, receiver, request_id):
    first = receive("10", supplier_lot="OL-1")
    ids = [first.id, receive("20").id, receive("30").id]
    stub.RecordReceiptOutcome(
        pb.RecordReceiptOutcomeRequest(
            request_id=request_id(),
            receipt_id=ids[1],
            accepted_quantity="20",
            rejected_quantity="0",
        ),
        metadata=auth(receiver),
    )
    seen, token = [], ""
    while True:
        page = stub.ListReceipts(
            pb.ListReceiptsRequest(supplier_code=order["supplier"], page_size=2, page_token=token),
            metadata=auth(receiver),
        )
        assert len(page.receipts) <= 2
        seen += [r.id for r in page.receipts]
        token = page.next_page_token
        if not token:
            break
    assert seen == ids
    with rest_client(receiving, receiver) as client:

        def listed(**params) -> list[str]:
            response = client.get("/v1/receipts", params=params)
            assert response.status_code == 200, response.text
            return [r["id"] for r in response.json()["receipts"]]

        assert listed(purchase_order_number=order["number"]) == ids
        assert listed(purchase_order_number=order["number"], status="accepted") == [ids[1]]
        assert listed(supplier_code=order["supplier"], status="recorded") == [ids[0], ids[2]]
        assert listed(item_code=order["item"], lot_code=first.traceability_lot_code) == [ids[0]]
        assert listed(purchase_order_number=unique("PO")) == []
        bad = client.get("/v1/receipts", params={"status": "lost"})
        assert (bad.status_code, bad.json()["code"]) == (422, "invalid_request")
        token = client.get("/v1/receipts", params={"page_token": "2026|x"})
        assert (token.status_code, token.json()["code"]) == (422, "invalid_page_token")
        assert client.get(f"/v1/receipts/{uuid.uuid4()}").json()["code"] == "receipt_not_found"
