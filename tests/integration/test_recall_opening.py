"""Opening, reading and listing recalls over REST and gRPC: idempotency and bad input."""

from __future__ import annotations

import uuid

import grpc
import pytest

from protos.recall.v1 import recall_pb2 as pb
from protos.recall.v1 import recall_pb2_grpc as pb_grpc
from tests.integration.recall_calls import open_over_grpc, recall_body, recall_number
from tests.transport import auth, grpc_channel, grpc_failure, outbox_about, rest_client

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(recall):
    return pb_grpc.RecallServiceStub(grpc_channel(recall))


@pytest.fixture
def client(recall, cora):
    with rest_client(recall, cora) as client:
        yield client


def test_open_over_rest_then_read_it_over_grpc(recall, stub, client, cora, request_id):
    number = recall_number()
    opened = client.post(
        "/v1/recalls", json=recall_body(number), headers={"Idempotency-Key": request_id()}
    )
    assert opened.status_code == 201, opened.text
    body = opened.json()
    assert body["state"] == "open"
    assert body["coordinator"] == "cora"
    assert body["scope"] == [
        {"lot_code": "L2026-0042", "item_code": "FLOUR-T55"},
        {"lot_code": "(10)ABC17", "item_code": None},
    ]
    assert body["cancelled_at"] is None and body["closed_at"] is None

    by_number = stub.GetRecall(pb.GetRecallRequest(ref=number), metadata=auth(cora))
    assert by_number == stub.GetRecall(pb.GetRecallRequest(ref=body["id"]), metadata=auth(cora))
    assert by_number.classification == "class_i"
    assert [(s.lot_code, s.item_code) for s in by_number.scope] == [
        ("L2026-0042", "FLOUR-T55"),
        ("(10)ABC17", ""),
    ]
    assert outbox_about(recall, number) == [("recall.opened", body)]


def test_open_over_grpc_then_read_over_rest(stub, client, cora, request_id):
    number = recall_number()
    opened = open_over_grpc(stub, auth(cora), number, request_id(), classification="class_iii")
    assert opened.state == "open"
    assert opened.opened_at.seconds > 0
    read = client.get(f"/v1/recalls/{number}")
    assert read.status_code == 200
    assert read.json()["classification"] == "class_iii"
    assert read.json()["id"] == opened.id


def test_a_replay_returns_the_first_result_and_writes_once(recall, stub, client, cora, request_id):
    number, key = recall_number(), request_id()
    first = client.post("/v1/recalls", json=recall_body(number), headers={"Idempotency-Key": key})
    again = client.post("/v1/recalls", json=recall_body(number), headers={"Idempotency-Key": key})
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert open_over_grpc(stub, auth(cora), number, key).id == first.json()["id"]
    assert len(outbox_about(recall, number)) == 1


def test_a_request_id_reused_with_another_body_is_refused(recall, stub, client, cora, request_id):
    number, key = recall_number(), request_id()
    assert (
        client.post(
            "/v1/recalls", json=recall_body(number), headers={"Idempotency-Key": key}
        ).status_code
        == 201
    )
    other = recall_number()
    reused = client.post("/v1/recalls", json=recall_body(other), headers={"Idempotency-Key": key})
    assert reused.status_code == 409
    assert reused.json()["code"] == "request_id_reused"
    status, error_code = grpc_failure(
        open_over_grpc, stub, auth(cora), number, key, classification="class_ii"
    )
    assert (status, error_code) == (grpc.StatusCode.ALREADY_EXISTS, "request_id_reused")
    assert client.get(f"/v1/recalls/{other}").status_code == 404
    assert client.get(f"/v1/recalls/{number}").json()["classification"] == "class_i"


def test_a_recall_number_taken_already_is_a_conflict(recall, stub, client, cora, request_id):
    number = recall_number()
    client.post("/v1/recalls", json=recall_body(number), headers={"Idempotency-Key": request_id()})
    clash = client.post(
        "/v1/recalls", json=recall_body(number), headers={"Idempotency-Key": request_id()}
    )
    assert clash.status_code == 409
    assert clash.json()["code"] == "recall_exists"
    status, error_code = grpc_failure(open_over_grpc, stub, auth(cora), number, request_id())
    assert (status, error_code) == (grpc.StatusCode.ALREADY_EXISTS, "recall_exists")
    assert len(outbox_about(recall, number)) == 1


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"urgency": "high"}, "invalid_request"),  # unknown field
        ({"classification": "class_iv"}, "invalid_request"),
        ({"classification": 1}, "invalid_request"),  # wrong type
        ({"scope": []}, "invalid_request"),
        ({"scope": "L2026-0042"}, "invalid_request"),  # wrong type
        ({"scope": [{"lot_code": "L1", "gtin": "123"}]}, "invalid_request"),  # unknown field
        ({"scope": [{"lot_code": " L1"}]}, "invalid_request"),  # edge space
        ({"reason": "   "}, "invalid_request"),
        ({"recall_number": "RC 1"}, "invalid_request"),
        ({"recall_number": "RC/2026/1"}, "invalid_request"),  # would not fit in a URL path
        ({"scope": [{"lot_code": "L1"}, {"lot_code": "L1"}]}, "recall_scope_lot_repeated"),
        (
            {"scope": [{"lot_code": "L1"}, {"lot_code": "L1", "item_code": "FLOUR"}]},
            "recall_scope_lot_repeated",
        ),
    ],
)
def test_rest_refuses_bad_bodies_and_writes_nothing(recall, client, request_id, change, code):
    number = recall_number()
    refused = client.post(
        "/v1/recalls", json=recall_body(number, **change), headers={"Idempotency-Key": request_id()}
    )
    assert refused.status_code == 422, refused.text
    assert refused.json()["code"] == code
    assert client.get(f"/v1/recalls/{number}").status_code == 404
    assert outbox_about(recall, number) == []


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"classification": "class_iv"}, "invalid_request"),
        ({"scope": []}, "invalid_request"),
        ({"reason": ""}, "invalid_request"),
        ({"scope": [{"lot_code": "L1"}, {"lot_code": "L1"}]}, "recall_scope_lot_repeated"),
    ],
)
def test_grpc_refuses_bad_requests(stub, cora, request_id, change, code):
    status, error_code = grpc_failure(
        open_over_grpc, stub, auth(cora), recall_number(), request_id(), **change
    )
    assert (status, error_code) == (grpc.StatusCode.INVALID_ARGUMENT, code)


def test_unknown_recalls_are_not_found(stub, client, cora):
    for ref in ("RC-NONE", str(uuid.uuid4())):
        missing = client.get(f"/v1/recalls/{ref}")
        assert missing.status_code == 404
        assert missing.json()["code"] == "recall_not_found"
    status, error_code = grpc_failure(
        stub.GetRecall, pb.GetRecallRequest(ref="RC-NONE"), metadata=auth(cora)
    )
    assert (status, error_code) == (grpc.StatusCode.NOT_FOUND, "recall_not_found")


def test_opening_needs_the_coordinator_role(recall, stub, token, request_id):
    number = recall_number()
    engineer = token("erin", "production_engineer")
    with rest_client(recall, engineer) as client:
        refused = client.post(
            "/v1/recalls", json=recall_body(number), headers={"Idempotency-Key": request_id()}
        )
        assert refused.status_code == 403
        assert refused.json()["code"] == "role_required"
    with rest_client(recall, None) as client:
        assert client.get("/v1/recalls").status_code == 401
    status, error_code = grpc_failure(open_over_grpc, stub, auth(engineer), number, request_id())
    assert (status, error_code) == (grpc.StatusCode.PERMISSION_DENIED, "role_required")
    assert outbox_about(recall, number) == []


def test_list_by_state_pages_in_recall_number_order(stub, client, cora, request_id):
    prefix = recall_number("RCL")
    numbers = [f"{prefix}-{n}" for n in range(3)]
    for number in numbers:
        open_over_grpc(stub, auth(cora), number, request_id())
    cancelled = numbers[1]
    client.post(
        f"/v1/recalls/{cancelled}/cancel",
        json={"reason": "Opened by mistake"},
        headers={"Idempotency-Key": request_id()},
    )

    seen, token = [], ""
    while True:
        page = client.get(
            "/v1/recalls", params={"state": "open", "page_size": 2, "page_token": token}
        ).json()
        assert len(page["recalls"]) <= 2
        assert all(r["state"] == "open" for r in page["recalls"])
        seen += page["recalls"]
        token = page["next_page_token"]
        if not token:
            break
    seen_numbers = [r["recall_number"] for r in seen]
    assert len(seen_numbers) == len(set(seen_numbers))  # keyset pages never repeat a recall
    mine = [r for r in seen if r["recall_number"].startswith(prefix)]
    assert [r["recall_number"] for r in mine] == [numbers[0], numbers[2]]
    assert [r["scope_lot_count"] for r in mine] == [2, 2]

    grpc_seen, token = [], ""
    while True:
        page = stub.ListRecalls(
            pb.ListRecallsRequest(state="cancelled", page_size=2, page_token=token),
            metadata=auth(cora),
        )
        grpc_seen += [r.recall_number for r in page.recalls]
        token = page.next_page_token
        if not token:
            break
    assert cancelled in grpc_seen and numbers[0] not in grpc_seen


def test_list_refuses_bad_filters(stub, client, cora):
    for params in ({"state": "reopened"}, {"page_size": 0}, {"page_size": 501}, {"owner": "me"}):
        refused = client.get("/v1/recalls", params=params)
        assert refused.status_code == 422, params
        assert refused.json()["code"] == "invalid_request"
    status, error_code = grpc_failure(
        stub.ListRecalls, pb.ListRecallsRequest(state="reopened"), metadata=auth(cora)
    )
    assert (status, error_code) == (grpc.StatusCode.INVALID_ARGUMENT, "invalid_request")
