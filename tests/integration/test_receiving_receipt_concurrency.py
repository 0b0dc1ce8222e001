"""Receipts, lot codes and returns posted at the same moment never break their limits."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.integration.receiving_calls import (
    approve_item,
    create_order,
    create_supplier,
    define_lot_code_rule,
    lot_code_rule,
    order_line,
)
from tests.transport import auth, error_code, grpc_channel, new_request_id, unique

pytestmark = pytest.mark.integration

ATTEMPTS = 8


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture
def orders(stub, admin, buyer):
    """Makes `count` orders of one supplier for one item, each one line of 10 H87."""

    def make(count: int, rule: str = "") -> list[str]:
        supplier, item = create_supplier(stub, admin, name="H", country="DK"), unique("EGG")
        approve_item(stub, admin, supplier, item, **lot_code_rule(rule))
        return [
            create_order(stub, buyer, supplier, order_line(1, item, "10", "H87"))
            for _ in range(count)
        ]

    return make


def all_at_once(call, requests, bearer: str) -> tuple[list, list[str]]:
    """Runs the calls in parallel; returns the replies and the refusal codes."""

    def attempt(request):
        try:
            return call(request, metadata=auth(bearer)), None
        except grpc.RpcError as error:
            return None, error_code(error)

    with ThreadPoolExecutor(max_workers=len(requests)) as pool:
        outcomes = list(pool.map(attempt, requests))
    return [r for r, _ in outcomes if r is not None], [c for _, c in outcomes if c is not None]


def receipt_request(number: str, quantity: str) -> pb.RecordReceiptRequest:
    return pb.RecordReceiptRequest(
        request_id=new_request_id(),
        purchase_order_number=number,
        line_number=1,
        quantity=quantity,
        receiving_location="DOCK-1",
        received_on="2026-03-05",
    )


def test_parallel_partial_receipts_never_pass_the_tolerance(stub, orders, receiver):
    (number,) = orders(1)
    requests = [receipt_request(number, "3") for _ in range(ATTEMPTS)]
    accepted, refused = all_at_once(stub.RecordReceipt, requests, receiver)
    assert len(accepted) == 3
    assert set(refused) == {"over_receipt_tolerance_exceeded"}
    read = stub.GetPurchaseOrder(pb.GetPurchaseOrderRequest(number=number), metadata=auth(receiver))
    assert (read.lines[0].received_quantity, read.status) == ("9", "open")


def test_parallel_receipts_of_one_item_get_distinct_lot_codes(
    stub, orders, receiver, token, request_id
):
    rule = define_lot_code_rule(stub, token("bea", "buyer"), "{YY}{MM}{DD}-{SEQ:2}")
    numbers = orders(ATTEMPTS, rule=rule)
    requests = [receipt_request(number, "10") for number in numbers]
    accepted, refused = all_at_once(stub.RecordReceipt, requests, receiver)
    assert refused == []
    codes = sorted(r.traceability_lot_code for r in accepted)
    assert codes == [f"260305-{n:02d}" for n in range(1, ATTEMPTS + 1)]
    # Each order was fully received, so each closed itself.
    for number in numbers:
        read = stub.GetPurchaseOrder(
            pb.GetPurchaseOrderRequest(number=number), metadata=auth(receiver)
        )
        assert read.status == "closed"


def test_parallel_returns_never_pass_what_was_received(stub, orders, receiver, request_id):
    (number,) = orders(1)
    receipt = stub.RecordReceipt(receipt_request(number, "10"), metadata=auth(receiver))
    requests = [
        pb.ReturnToSupplierRequest(
            request_id=request_id(), receipt_id=receipt.id, quantity="3", reason="cracked"
        )
        for _ in range(ATTEMPTS)
    ]
    accepted, refused = all_at_once(stub.ReturnToSupplier, requests, receiver)
    assert len(accepted) == 3
    assert set(refused) == {"return_exceeds_received"}
    read = stub.GetReceipt(pb.GetReceiptRequest(receipt_id=receipt.id), metadata=auth(receiver))
    assert (read.returned_quantity, len(read.returns)) == ("9", 3)
