"""Cancelling and closing recalls over REST and gRPC: only open recalls move, and only once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from protos.recall.v1 import recall_pb2 as pb
from protos.recall.v1 import recall_pb2_grpc as pb_grpc
from tests.integration.recall_calls import COORDINATOR, open_over_grpc, recall_number
from tests.transport import (
    auth,
    grpc_channel,
    grpc_failure,
    new_request_id,
    outbox_about,
    rest_client,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(recall):
    return pb_grpc.RecallServiceStub(grpc_channel(recall))


@pytest.fixture
def client(recall, token):
    with rest_client(recall, token("cole", COORDINATOR)) as client:
        yield client


@pytest.fixture
def open_recall(stub, cora) -> str:
    number = recall_number()
    open_over_grpc(
        stub,
        auth(cora),
        number,
        new_request_id(),
        reason="Metal fragments",
        classification="class_ii",
        scope=[{"lot_code": "L-1", "item_code": "BAR"}],
    )
    return number


def events_about(service, subject: str) -> list[str]:
    """The types of every outbox event about `subject`."""
    return [kind for kind, _ in outbox_about(service, subject)]


def cancel(client, number: str, key: str, reason: str = "Supplier test was a false positive"):
    return client.post(
        f"/v1/recalls/{number}/cancel", json={"reason": reason}, headers={"Idempotency-Key": key}
    )


def close(client, number: str, key: str, summary: str = "All affected stock destroyed"):
    return client.post(
        f"/v1/recalls/{number}/close", json={"summary": summary}, headers={"Idempotency-Key": key}
    )


def test_cancelling_an_open_recall_is_final(recall, stub, client, cora, open_recall, request_id):
    cancelled = cancel(client, open_recall, request_id())
    assert cancelled.status_code == 200, cancelled.text
    body = cancelled.json()
    assert body["state"] == "cancelled"
    assert body["cancel_reason"] == "Supplier test was a false positive"
    assert body["cancelled_by"] == "cole"
    assert body["coordinator"] == "cora"
    assert body["cancelled_at"] is not None and body["closed_at"] is None

    for attempt in (
        cancel(client, open_recall, request_id()),
        close(client, open_recall, request_id()),
    ):
        assert attempt.status_code == 409
        assert attempt.json()["code"] == "recall_not_open"
    status, error_code = grpc_failure(
        stub.CloseRecall,
        pb.CloseRecallRequest(request_id=request_id(), recall_number=open_recall, summary="done"),
        metadata=auth(cora),
    )
    assert (status, error_code) == (grpc.StatusCode.FAILED_PRECONDITION, "recall_not_open")
    assert client.get(f"/v1/recalls/{open_recall}").json() == body
    assert events_about(recall, open_recall) == ["recall.opened", "recall.cancelled"]


def test_closing_over_grpc_and_a_replay_returns_the_first_result(
    recall, stub, client, cora, open_recall, request_id
):
    key = request_id()
    request = pb.CloseRecallRequest(
        request_id=key, recall_number=open_recall, summary="Stock destroyed"
    )
    closed = stub.CloseRecall(request, metadata=auth(cora))
    assert closed.state == "closed"
    assert closed.closing_summary == "Stock destroyed"
    assert closed.closed_by == "cora"
    assert stub.CloseRecall(request, metadata=auth(cora)) == closed
    # A request id is its caller's: Cora's replay over REST returns her first result.
    with rest_client(recall, cora) as coras:
        assert close(coras, open_recall, key, summary="Stock destroyed").json()["closed_at"]

    status, error_code = grpc_failure(
        stub.CancelRecall,
        pb.CancelRecallRequest(request_id=request_id(), recall_number=open_recall, reason="late"),
        metadata=auth(cora),
    )
    assert (status, error_code) == (grpc.StatusCode.FAILED_PRECONDITION, "recall_not_open")
    assert events_about(recall, open_recall) == ["recall.opened", "recall.closed"]


def test_a_request_id_reused_with_another_body_is_refused(
    recall, stub, client, token, open_recall, request_id
):
    key = request_id()
    assert cancel(client, open_recall, key, reason="Wrong lot").status_code == 200
    reused = cancel(client, open_recall, key, reason="Another reason")
    assert reused.status_code == 409
    assert reused.json()["code"] == "request_id_reused"
    status, error_code = grpc_failure(
        stub.CloseRecall,
        pb.CloseRecallRequest(request_id=key, recall_number=open_recall, summary="x"),
        metadata=auth(token("cole", COORDINATOR)),  # the id is this caller's
    )
    assert (status, error_code) == (grpc.StatusCode.ALREADY_EXISTS, "request_id_reused")
    assert client.get(f"/v1/recalls/{open_recall}").json()["cancel_reason"] == "Wrong lot"


@pytest.mark.parametrize(
    ("verb", "body"),
    [
        ("cancel", {}),  # a reason is required
        ("cancel", {"reason": "  "}),
        ("cancel", {"reason": ["list"]}),  # wrong type
        ("cancel", {"reason": "ok", "notify": True}),  # unknown field
        ("close", {}),  # a summary is required
        ("close", {"summary": ""}),
        ("close", {"reason": "wrong field"}),
    ],
)
def test_bad_transition_bodies_are_refused_and_change_nothing(
    recall, client, open_recall, request_id, verb, body
):
    refused = client.post(
        f"/v1/recalls/{open_recall}/{verb}", json=body, headers={"Idempotency-Key": request_id()}
    )
    assert refused.status_code == 422, refused.text
    assert refused.json()["code"] == "invalid_request"
    assert client.get(f"/v1/recalls/{open_recall}").json()["state"] == "open"
    assert events_about(recall, open_recall) == ["recall.opened"]


def test_grpc_refuses_a_cancellation_without_a_reason(stub, cora, open_recall, request_id):
    status, error_code = grpc_failure(
        stub.CancelRecall,
        pb.CancelRecallRequest(request_id=request_id(), recall_number=open_recall),
        metadata=auth(cora),
    )
    assert (status, error_code) == (grpc.StatusCode.INVALID_ARGUMENT, "invalid_request")


def test_unknown_recalls_cannot_move(stub, client, cora, request_id):
    assert cancel(client, "RC-NONE", request_id()).json()["code"] == "recall_not_found"
    assert close(client, "RC-NONE", request_id()).status_code == 404
    status, error_code = grpc_failure(
        stub.CloseRecall,
        pb.CloseRecallRequest(request_id=request_id(), recall_number="RC-NONE", summary="x"),
        metadata=auth(cora),
    )
    assert (status, error_code) == (grpc.StatusCode.NOT_FOUND, "recall_not_found")


def test_transitions_need_the_coordinator_role(recall, stub, token, open_recall, request_id):
    supervisor = token("sam", "production_supervisor")
    with rest_client(recall, supervisor) as client:
        refused = cancel(client, open_recall, request_id())
        assert refused.status_code == 403
        assert refused.json()["code"] == "role_required"
        # Reading needs the coordinator role too (or auditor).
        read = client.get(f"/v1/recalls/{open_recall}")
        assert (read.status_code, read.json()["code"]) == (403, "role_required")
    with rest_client(recall, token("ada", "auditor")) as client:
        assert client.get(f"/v1/recalls/{open_recall}").json()["state"] == "open"
    status, error_code = grpc_failure(
        stub.CloseRecall,
        pb.CloseRecallRequest(request_id=request_id(), recall_number=open_recall, summary="x"),
        metadata=auth(supervisor),
    )
    assert (status, error_code) == (grpc.StatusCode.PERMISSION_DENIED, "role_required")
    assert events_about(recall, open_recall) == ["recall.opened"]


def test_racing_transitions_move_a_recall_exactly_once(recall, token, open_recall, request_id):
    """Cancels and closes sent at the same moment: one wins, the others find it no longer open."""
    racers = 6
    start = threading.Barrier(racers)
    bearer = token("cole", COORDINATOR)

    def race(n: int):
        with rest_client(recall, bearer) as client:
            start.wait()
            move = cancel if n % 2 else close
            return move(client, open_recall, request_id())

    with ThreadPoolExecutor(racers) as pool:
        answers = list(pool.map(race, range(racers)))
    assert sorted(a.status_code for a in answers) == [200] + [409] * (racers - 1)
    assert {a.json()["code"] for a in answers if a.status_code == 409} == {"recall_not_open"}
    assert len(events_about(recall, open_recall)) == 2


def test_racing_opens_of_one_recall_number_create_it_once(recall, token, request_id):
    racers = 4
    number = recall_number()
    start = threading.Barrier(racers)
    bearer = token("cole", COORDINATOR)
    body = {
        "recall_number": number,
        "reason": "Allergen",
        "classification": "class_i",
        "scope": [{"lot_code": "L-9"}],
    }

    def race(_n: int):
        with rest_client(recall, bearer) as client:
            start.wait()
            return client.post("/v1/recalls", json=body, headers={"Idempotency-Key": request_id()})

    with ThreadPoolExecutor(racers) as pool:
        answers = list(pool.map(race, range(racers)))
    assert sorted(a.status_code for a in answers) == [201] + [409] * (racers - 1)
    assert {a.json()["code"] for a in answers if a.status_code == 409} == {"recall_exists"}
    assert events_about(recall, number) == ["recall.opened"]
