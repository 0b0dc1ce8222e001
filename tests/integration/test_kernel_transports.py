"""Auth, error mapping, idempotency and the event feed over both REST and gRPC.

The warehouse's master-data calls stand in for every service: the behaviour under test is the
kernel's, shared by all of them.
"""

from __future__ import annotations

import json
import uuid

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from lotflow.auth import ON_BEHALF_OF, ON_BEHALF_OF_ROLES
from lotflow.grpc_client import on_behalf_of
from protos.common.v1 import common_pb2
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1 import warehouse_pb2_grpc as pb_grpc
from tests.transport import (
    assert_problem,
    auth,
    events_about,
    grpc_channel,
    grpc_failure,
    rest_client,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(warehouse):
    return pb_grpc.WarehouseServiceStub(grpc_channel(warehouse))


def item_body(**overrides) -> dict:
    return {
        "code": f"I-{uuid.uuid4().hex[:10]}",
        "description": "Sugar",
        "base_uom": "KGM",
        **overrides,
    }


# -- authentication and roles -----------------------------------------------------------------


def test_health_is_the_only_anonymous_surface(warehouse, stub):
    with rest_client(warehouse, None) as client:
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").json() == {"status": "SERVING"}
        assert_problem(client.get("/v1/locations"), 401, "token_missing")
        assert_problem(client.get("/events"), 401, "token_missing")
    health = health_pb2_grpc.HealthStub(grpc_channel(warehouse))
    assert (
        health.Check(health_pb2.HealthCheckRequest()).status
        == health_pb2.HealthCheckResponse.SERVING
    )
    assert grpc_failure(lambda: stub.ListLocations(pb.ListLocationsRequest())) == (
        grpc.StatusCode.UNAUTHENTICATED,
        "token_missing",
    )


def test_a_forged_token_is_refused_on_both_transports(warehouse, stub):
    forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJldmUifQ.c2lnbmF0dXJl"
    with rest_client(warehouse, forged) as client:
        assert_problem(client.get("/v1/locations"), 401, "invalid_token")
    assert grpc_failure(
        lambda: stub.ListLocations(pb.ListLocationsRequest(), metadata=auth(forged))
    ) == (grpc.StatusCode.UNAUTHENTICATED, "invalid_token")


def test_a_caller_without_the_role_is_forbidden_and_nothing_is_written(
    warehouse, stub, token, request_id
):
    body = item_body()
    with rest_client(warehouse, token("otto", "buyer")) as client:
        assert_problem(
            client.post("/v1/items", json=body, headers={"Idempotency-Key": request_id()}),
            403,
            "role_required",
        )
    request = pb.RegisterItemRequest(request_id=request_id(), **body)
    assert grpc_failure(
        lambda: stub.RegisterItem(request, metadata=auth(token("otto", "buyer")))
    ) == (grpc.StatusCode.PERMISSION_DENIED, "role_required")
    assert grpc_failure(
        lambda: stub.GetItem(pb.GetItemRequest(ref=body["code"]), metadata=auth(token()))
    ) == (grpc.StatusCode.NOT_FOUND, "item_not_found")


def test_a_delegate_acts_for_a_person_with_no_more_than_its_own_roles(
    warehouse, stub, token, request_id
):
    delegate = token("lotflow-worker", "delegate", "warehouse_admin")
    for_dora = {ON_BEHALF_OF: "dora", ON_BEHALF_OF_ROLES: "warehouse_admin"}
    body = item_body()
    with rest_client(warehouse, delegate) as client:
        created = client.post(
            "/v1/items", json=body, headers={"Idempotency-Key": request_id(), **for_dora}
        )
        assert created.status_code == 201, created.text
        assert created.json()["created_by"] == "dora"
        beyond = {ON_BEHALF_OF: "dora", ON_BEHALF_OF_ROLES: "warehouse_admin,admin"}
        assert_problem(client.get("/v1/locations", headers=beyond), 403, "delegation_beyond_roles")
        nobody = {ON_BEHALF_OF_ROLES: "warehouse_admin"}
        assert_problem(client.get("/v1/locations", headers=nobody), 422, "delegation_invalid")
    request = pb.RegisterItemRequest(request_id=request_id(), **item_body())
    reply = stub.RegisterItem(request, metadata=auth(delegate) + tuple(for_dora.items()))
    assert reply.created_by == "dora"
    # Names travel percent-encoded (metadata is ASCII): what the worker's client sends.
    request = pb.RegisterItemRequest(request_id=request_id(), **item_body())
    for_jose = on_behalf_of("José Núñez", ("warehouse_admin",))
    assert stub.RegisterItem(request, metadata=auth(delegate) + for_jose).created_by == "José Núñez"
    # Acting for someone is the delegate's privilege alone, even for a caller with the role.
    admin = token("otto", "warehouse_admin")
    with rest_client(warehouse, admin) as client:
        assert_problem(client.get("/v1/locations", headers=for_dora), 403, "delegation_not_allowed")
    assert grpc_failure(
        lambda: stub.ListLocations(
            pb.ListLocationsRequest(), metadata=auth(admin) + tuple(for_dora.items())
        )
    ) == (grpc.StatusCode.PERMISSION_DENIED, "delegation_not_allowed")
    # The person's roles are those named, not the delegate's: without the role, refused.
    as_nobody = {ON_BEHALF_OF: "dora", ON_BEHALF_OF_ROLES: ""}
    with rest_client(warehouse, delegate) as client:
        refused = client.post(
            "/v1/items", json=item_body(), headers={"Idempotency-Key": request_id(), **as_nobody}
        )
        assert_problem(refused, 403, "role_required")


# -- bad input ----------------------------------------------------------------------------------


def test_unknown_fields_and_wrong_types_are_invalid_over_rest(warehouse, token, request_id):
    with rest_client(warehouse, token()) as client:
        unknown = client.post(
            "/v1/items", json=item_body(colour="red"), headers={"Idempotency-Key": request_id()}
        )
        assert_problem(unknown, 422, "invalid_request")
        assert "colour" in unknown.json()["detail"]
        wrong_type = client.post(
            "/v1/items",
            json=item_body(shelf_life_days="soon"),
            headers={"Idempotency-Key": request_id()},
        )
        assert_problem(wrong_type, 422, "invalid_request")
        assert wrong_type.json()["details"]["errors"][0]["field"].endswith("shelf_life_days")
        not_json = client.post(
            "/v1/items",
            content=b"{",
            headers={"Idempotency-Key": request_id(), "content-type": "application/json"},
        )
        assert_problem(not_json, 422, "invalid_request")
        no_key = client.post("/v1/items", json=item_body())
        assert_problem(no_key, 422, "invalid_request")
        assert "Idempotency-Key" in no_key.text


def test_invalid_values_are_invalid_argument_over_grpc(stub, token, request_id):
    bad_gtin = pb.RegisterItemRequest(request_id=request_id(), **item_body(gtin="4006381333932"))
    assert grpc_failure(lambda: stub.RegisterItem(bad_gtin, metadata=auth(token()))) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )
    missing = pb.RegisterItemRequest(request_id=request_id(), code="X-1", base_uom="KGM")
    assert grpc_failure(lambda: stub.RegisterItem(missing, metadata=auth(token()))) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )
    no_request_id = pb.RegisterItemRequest(**item_body())
    assert grpc_failure(lambda: stub.RegisterItem(no_request_id, metadata=auth(token()))) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "request_id_required",
    )


def test_unknown_ids_are_not_found_on_both_transports(warehouse, stub, token):
    with rest_client(warehouse, token()) as client:
        assert_problem(client.get("/v1/items/NO-SUCH-ITEM"), 404, "item_not_found")
        assert_problem(client.get("/v1/no-such-route"), 404, "route_not_found")
    assert grpc_failure(
        lambda: stub.GetItem(pb.GetItemRequest(ref="NO-SUCH"), metadata=auth(token()))
    ) == (grpc.StatusCode.NOT_FOUND, "item_not_found")


# -- idempotency --------------------------------------------------------------------------------


def test_replays_return_the_first_result_and_reuse_with_other_content_conflicts(
    warehouse, stub, token, request_id
):
    body, rid = item_body(), request_id()
    with rest_client(warehouse, token()) as client:
        first = client.post("/v1/items", json=body, headers={"Idempotency-Key": rid})
        replay = client.post("/v1/items", json=body, headers={"Idempotency-Key": rid})
        assert first.status_code == replay.status_code == 201
        assert replay.json() == first.json()
        other = client.post(
            "/v1/items", json={**body, "description": "Salt"}, headers={"Idempotency-Key": rid}
        )
        assert_problem(other, 409, "request_id_reused")
    # The same request id over gRPC is the same request: the first result comes back.
    again = stub.RegisterItem(
        pb.RegisterItemRequest(request_id=rid, **body), metadata=auth(token())
    )
    assert again.id == first.json()["id"]
    changed = pb.RegisterItemRequest(request_id=rid, **{**body, "description": "Salt"})
    assert grpc_failure(lambda: stub.RegisterItem(changed, metadata=auth(token()))) == (
        grpc.StatusCode.ALREADY_EXISTS,
        "request_id_reused",
    )


def test_a_new_request_for_an_existing_item_is_a_conflict(warehouse, stub, token, request_id):
    body = item_body()
    stub.RegisterItem(
        pb.RegisterItemRequest(request_id=request_id(), **body), metadata=auth(token())
    )
    with rest_client(warehouse, token()) as client:
        assert_problem(
            client.post("/v1/items", json=body, headers={"Idempotency-Key": request_id()}),
            409,
            "item_exists",
        )


# -- event feed ---------------------------------------------------------------------------------


def read_feed_over_grpc(stub, bearer: str, until_subject: str) -> list:
    """Page through the whole feed, 50 events at a time, once an event about `until_subject`
    shows (a fresh event may take a moment to: see `tests.transport.events_about`)."""
    events_about(stub, until_subject, bearer)
    events, after = [], ""
    while True:
        reply = stub.ListEvents(
            common_pb2.ListEventsRequest(after=after, limit=50), metadata=auth(bearer)
        )
        if not reply.events:
            assert reply.next_cursor == after
            return events
        events += reply.events
        after = reply.next_cursor


def test_the_feed_serves_the_same_events_over_both_transports(warehouse, stub, token, request_id):
    body = item_body()
    with rest_client(warehouse, token()) as client:
        client.post("/v1/items", json=body, headers={"Idempotency-Key": request_id()})
        grpc_events = read_feed_over_grpc(stub, token(), body["code"])
        rest_events, after = [], ""
        while page := client.get("/events", params={"after": after, "limit": 50}).json()["events"]:
            rest_events += page
            after = page[-1]["cursor"]
        assert_problem(client.get("/events", params={"after": "nonsense"}), 422, "invalid_cursor")
    # Everything gRPC read, REST reads in the same order (REST may already see a few more).
    assert [e["event_id"] for e in rest_events[: len(grpc_events)]] == [
        e.event_id for e in grpc_events
    ]
    mine = [e for e in grpc_events if e.subject == body["code"]]
    assert [e.event_type for e in mine] == ["warehouse.item_registered"]
    assert json.loads(mine[0].payload_json)["description"] == "Sugar"
    outsider = token("eve", "buyer")
    assert grpc_failure(
        lambda: stub.ListEvents(common_pb2.ListEventsRequest(), metadata=auth(outsider))
    ) == (grpc.StatusCode.PERMISSION_DENIED, "role_required")
