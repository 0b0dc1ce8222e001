"""Approving suppliers for items over REST and gRPC: approvals, refusals, idempotency."""

from __future__ import annotations

from datetime import UTC, datetime

import grpc
import pytest

from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.integration.receiving_calls import create_supplier, known_items
from tests.transport import auth, events_about, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration

GLN = "4006381000017"
GTIN_13 = "4006381333931"


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture(scope="module", autouse=True)
def items(receiving):
    """The items these tests approve suppliers for, known to the warehouse."""
    known_items("FLOUR-550", "SUGAR", "OIL", "RICE")


def test_create_supplier_over_grpc_with_gln_and_approve_items(
    receiving, stub, admin, reader, request_id
):
    code = unique("SUP")
    supplier = stub.CreateSupplier(
        pb.CreateSupplierRequest(
            request_id=request_id(),
            code=code,
            name="Acme",
            country="NL",
            gln=GLN,
            contact=pb.Contact(phone="+31 20 123 4567"),
        ),
        metadata=auth(admin),
    )
    assert supplier.gln == GLN
    assert supplier.contact.phone == "+31 20 123 4567"

    approval = stub.ApproveSupplierItem(
        pb.ApproveSupplierItemRequest(
            request_id=request_id(), supplier_code=code, item_code="FLOUR-550", gtin=GTIN_13
        ),
        metadata=auth(admin),
    )
    assert (approval.supplier_code, approval.item_code) == (code, "FLOUR-550")
    assert approval.gtin == "0" + GTIN_13
    assert approval.approved_by == "rita"

    with rest_client(receiving, admin) as client:
        second = client.post(
            f"/v1/suppliers/{code}/approved-items",
            json={"item_code": "SUGAR"},
            headers={"Idempotency-Key": request_id()},
        )
        assert second.status_code == 201, second.text
        assert second.json()["gtin"] is None
        read = client.get(f"/v1/suppliers/{code}").json()
    assert [(a["item_code"], a["gtin"]) for a in read["approved_items"]] == [
        ("FLOUR-550", "0" + GTIN_13),
        ("SUGAR", None),
    ]
    approved = "receiving.supplier_item_approved"
    types = [e.event_type for e in events_about(stub, code, reader, at_least=2, of_type=approved)]
    assert types.count(approved) == 2


def test_approvals_refuse_unknown_suppliers_repeats_and_bad_gtins(
    receiving, stub, admin, request_id
):
    code = create_supplier(stub, admin, name="S", country="FR")
    approve = stub.ApproveSupplierItem
    unknown = pb.ApproveSupplierItemRequest(
        request_id=request_id(), supplier_code=unique("NOPE"), item_code="X"
    )
    assert grpc_refusal(approve, unknown, admin) == (
        grpc.StatusCode.NOT_FOUND,
        "supplier_not_found",
    )
    first = pb.ApproveSupplierItemRequest(
        request_id=request_id(), supplier_code=code, item_code="OIL", gtin=GTIN_13
    )
    approve(first, metadata=auth(admin))
    repeat = pb.ApproveSupplierItemRequest(
        request_id=request_id(), supplier_code=code, item_code="OIL"
    )
    assert grpc_refusal(approve, repeat, admin) == (
        grpc.StatusCode.ALREADY_EXISTS,
        "supplier_item_already_approved",
    )
    same_gtin = pb.ApproveSupplierItemRequest(
        request_id=request_id(), supplier_code=code, item_code="OIL-2", gtin="0" + GTIN_13
    )
    assert grpc_refusal(approve, same_gtin, admin) == (
        grpc.StatusCode.ALREADY_EXISTS,
        "gtin_in_use",
    )
    with rest_client(receiving, admin) as client:
        bad_gtin = client.post(
            f"/v1/suppliers/{code}/approved-items",
            json={"item_code": "SALT", "gtin": "123"},
            headers={"Idempotency-Key": request_id()},
        )
        assert bad_gtin.status_code == 422
        assert "GTIN" in bad_gtin.json()["detail"]
        approved = [
            a["item_code"] for a in client.get(f"/v1/suppliers/{code}").json()["approved_items"]
        ]
    assert approved == ["OIL"]


def test_approval_replay_returns_the_first_result_and_reuse_is_refused(
    receiving, stub, admin, reader, request_id
):
    code, key = create_supplier(stub, admin, name="S", country="IT"), request_id()
    with rest_client(receiving, admin) as client:
        url = f"/v1/suppliers/{code}/approved-items"
        first = client.post(url, json={"item_code": "RICE"}, headers={"Idempotency-Key": key})
        replay = client.post(url, json={"item_code": "RICE"}, headers={"Idempotency-Key": key})
        reused = client.post(url, json={"item_code": "CORN"}, headers={"Idempotency-Key": key})
    assert first.status_code == replay.status_code == 201
    assert replay.json() == first.json()
    assert (reused.status_code, reused.json()["code"]) == (409, "request_id_reused")
    same_over_grpc = pb.ApproveSupplierItemRequest(
        request_id=key, supplier_code=code, item_code="RICE"
    )
    approval = stub.ApproveSupplierItem(same_over_grpc, metadata=auth(admin))
    first_approved_at = datetime.fromisoformat(first.json()["approved_at"])
    assert approval.approved_at.ToDatetime(tzinfo=UTC) == first_approved_at
    assert len(events_about(stub, code, reader, at_least=2)) == 2  # created + one approval
