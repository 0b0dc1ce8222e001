"""Suppliers over REST and gRPC: creation, reading, listing, refusals, idempotency."""

from __future__ import annotations

import json

import grpc
import pytest

from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.transport import auth, events_about, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


def supplier_body(code: str, **changes) -> dict:
    return {"code": code, "name": "Mühle Nord GmbH", "country": "de"} | changes


def test_create_supplier_over_rest_then_read_it_over_grpc(
    receiving, stub, admin, reader, token, request_id
):
    code = unique("SUP")
    body = supplier_body(code, contact={"name": "Jana Kohl", "email": "jana@muehle.example"})
    with rest_client(receiving, admin) as client:
        created = client.post("/v1/suppliers", json=body, headers={"Idempotency-Key": request_id()})
    assert created.status_code == 201, created.text
    view = created.json()
    assert view["country"] == "DE"
    assert view["created_by"] == "rita"
    assert view["approved_items"] == []
    assert view["contact"] == {"name": "Jana Kohl", "email": "jana@muehle.example", "phone": None}

    supplier = stub.GetSupplier(pb.GetSupplierRequest(code=code), metadata=auth(token("reader")))
    assert supplier.id == view["id"]
    assert supplier.name == "Mühle Nord GmbH"
    assert supplier.contact.email == "jana@muehle.example"

    [event] = events_about(stub, code, reader)
    assert event.event_type == "receiving.supplier_created"
    assert json.loads(event.payload_json)["id"] == view["id"]


def test_replay_returns_the_first_result_and_reuse_is_refused(
    receiving, stub, admin, reader, request_id
):
    code, key = unique("SUP"), request_id()
    with rest_client(receiving, admin) as client:
        first = client.post(
            "/v1/suppliers", json=supplier_body(code), headers={"Idempotency-Key": key}
        )
        replay = client.post(
            "/v1/suppliers", json=supplier_body(code), headers={"Idempotency-Key": key}
        )
        reused = client.post(
            "/v1/suppliers", json=supplier_body(unique("SUP")), headers={"Idempotency-Key": key}
        )
    assert first.status_code == 201
    assert replay.status_code == 201
    assert replay.json() == first.json()
    assert reused.status_code == 409
    assert reused.json()["code"] == "request_id_reused"

    same = pb.CreateSupplierRequest(request_id=key, code=code, name="Mühle Nord GmbH", country="de")
    assert stub.CreateSupplier(same, metadata=auth(admin)).id == first.json()["id"]
    other = pb.CreateSupplierRequest(request_id=key, code=code, name="Other", country="DE")
    assert grpc_refusal(stub.CreateSupplier, other, admin) == (
        grpc.StatusCode.ALREADY_EXISTS,
        "request_id_reused",
    )
    assert len(events_about(stub, code, reader)) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"country": "UK"}, "country"),
        ({"gln": "4006381000016"}, "gln"),
        ({"code": "has space"}, "code"),
        ({"name": "   "}, "name"),
        ({"contact": {}}, "contact"),
        ({"contact": {"email": "not-an-email"}}, "contact.email"),
        ({"name": 42}, "name"),
        ({"rating": "A"}, "rating"),
    ],
)
def test_create_supplier_refuses_bad_input_over_rest(receiving, admin, request_id, changes, field):
    code = unique("SUP")
    with rest_client(receiving, admin) as client:
        response = client.post(
            "/v1/suppliers",
            json=supplier_body(code) | changes,
            headers={"Idempotency-Key": request_id()},
        )
        assert response.status_code == 422, response.text
        problem = response.json()
        assert problem["code"] == "invalid_request"
        assert any(e["field"].endswith(field) for e in problem["details"]["errors"]), problem
        assert client.get(f"/v1/suppliers/{code}").status_code == 404


def test_create_supplier_refuses_bad_input_over_grpc(stub, admin, request_id):
    bad = pb.CreateSupplierRequest(
        request_id=request_id(), code=unique("S"), name="X", country="XX"
    )
    assert grpc_refusal(stub.CreateSupplier, bad, admin) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )


def test_duplicate_supplier_code_and_gln_are_conflicts(receiving, admin, request_id):
    holder = unique("SUP")
    with rest_client(receiving, admin) as client:
        created = client.post(
            "/v1/suppliers",
            json=supplier_body(holder, gln="0614141000036"),
            headers={"Idempotency-Key": request_id()},
        )
        assert created.status_code == 201, created.text
        same_code = client.post(
            "/v1/suppliers", json=supplier_body(holder), headers={"Idempotency-Key": request_id()}
        )
        same_gln = client.post(
            "/v1/suppliers",
            json=supplier_body(unique("SUP"), gln="0614141000036"),
            headers={"Idempotency-Key": request_id()},
        )
    assert (same_code.status_code, same_code.json()["code"]) == (409, "supplier_exists")
    assert (same_gln.status_code, same_gln.json()["code"]) == (409, "gln_in_use")
    assert holder in same_gln.json()["detail"]


def test_roles_and_tokens_are_enforced(receiving, stub, token, request_id):
    body = supplier_body(unique("SUP"))
    with rest_client(receiving, token("bob", "buyer")) as client:
        forbidden = client.post(
            "/v1/suppliers", json=body, headers={"Idempotency-Key": request_id()}
        )
    assert (forbidden.status_code, forbidden.json()["code"]) == (403, "role_required")
    with rest_client(receiving, None) as client:
        assert client.post("/v1/suppliers", json=body).status_code == 401
    request = pb.CreateSupplierRequest(
        request_id=request_id(), code=unique("S"), name="X", country="DE"
    )
    assert grpc_refusal(stub.CreateSupplier, request, token("bob", "buyer")) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "role_required",
    )
    with rest_client(receiving, token("bob", "buyer")) as client:
        missing_key = client.post("/v1/suppliers", json=body)
    assert missing_key.status_code == 422


def test_get_unknown_supplier_is_not_found(receiving, stub, token):
    with rest_client(receiving, token()) as client:
        response = client.get(f"/v1/suppliers/{unique('NOPE')}")
    assert (response.status_code, response.json()["code"]) == (404, "supplier_not_found")
    assert grpc_refusal(stub.GetSupplier, pb.GetSupplierRequest(code="NOPE-X"), token()) == (
        grpc.StatusCode.NOT_FOUND,
        "supplier_not_found",
    )


def test_list_suppliers_pages_by_code_and_filters_by_country(receiving, stub, admin, request_id):
    prefix = unique("PAGE")
    codes = [f"{prefix}-{n}" for n in range(5)]
    for code in codes:
        stub.CreateSupplier(
            pb.CreateSupplierRequest(request_id=request_id(), code=code, name="S", country="PT"),
            metadata=auth(admin),
        )
    seen, token_ = [], ""
    while True:
        page = stub.ListSuppliers(
            pb.ListSuppliersRequest(country="PT", page_size=2, page_token=token_),
            metadata=auth(admin),
        )
        assert len(page.suppliers) <= 2
        seen += [s.code for s in page.suppliers]
        token_ = page.next_page_token
        if not token_:
            break
    assert [c for c in seen if c.startswith(prefix)] == codes
    assert seen == sorted(seen)
    with rest_client(receiving, admin) as client:
        rest_page = client.get("/v1/suppliers", params={"country": "pt", "page_size": 500}).json()
        assert {s["country"] for s in rest_page["suppliers"]} == {"PT"}
        assert client.get("/v1/suppliers", params={"page_size": 0}).status_code == 422
        assert client.get("/v1/suppliers", params={"colour": "red"}).status_code == 422
    assert grpc_refusal(stub.ListSuppliers, pb.ListSuppliersRequest(page_size=501), admin) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )
