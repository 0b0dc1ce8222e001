"""Placing holds over REST and gRPC: stacking, lot status, refusals, events, concurrency."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from tests.integration.quality_calls import events_about, known_lot, place_hold, release_hold
from tests.transport import auth, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def status_over_rest(quality, bearer: str, lot: str) -> dict:
    with rest_client(quality, bearer) as client:
        response = client.get(f"/v1/lots/{lot}/quality-status")
    assert response.status_code == 200, response.text
    return response.json()


def test_holds_stack_and_the_lot_is_free_only_when_all_are_released(
    quality, stub, ivan, anna, token, request_id
):
    lot = known_lot(unique("L/2026"))  # GS1 lot codes may contain "/"
    assert status_over_rest(quality, ivan, lot) == {
        "lot_code": lot,
        "blocked": False,
        "active_holds": [],
    }
    first = place_hold(stub, ivan, request_id(), lot)
    with rest_client(quality, token("rick", "quality_approver")) as client:
        second = client.post(
            "/v1/holds",
            json={
                "lot_code": lot,
                "reason": "customer complaint",
                "source": "complaint",
                "source_reference": "CMP-17",
            },
            headers={"Idempotency-Key": request_id()},
        )
    assert second.status_code == 201, second.text
    assert (first.status, first.placed_by, first.source_reference) == ("active", "ivan", "")
    assert (second.json()["placed_by"], second.json()["source_reference"]) == ("rick", "CMP-17")

    status = stub.GetLotQualityStatus(
        pb.GetLotQualityStatusRequest(lot_code=lot), metadata=auth(ivan)
    )
    assert status.blocked
    assert [h.id for h in status.active_holds] == [first.id, second.json()["id"]]

    released = release_hold(stub, anna, request_id(), first.id)
    assert (released.status, released.released_by, released.release_reason) == (
        "released",
        "anna",
        "retest passed",
    )
    assert released.HasField("released_at")
    still = status_over_rest(quality, ivan, lot)
    assert still["blocked"] is True
    assert [h["id"] for h in still["active_holds"]] == [second.json()["id"]]

    with rest_client(quality, anna) as client:
        last = client.post(
            f"/v1/holds/{second.json()['id']}/release",
            json={"reason": "complaint unfounded"},
            headers={"Idempotency-Key": request_id()},
        )
    assert last.status_code == 200, last.text
    assert status_over_rest(quality, ivan, lot)["blocked"] is False

    events = events_about(stub, lot, token(), until="quality.hold_released", count=2)
    assert [(kind, body["lot_blocked"]) for kind, body in events] == [
        ("quality.hold_placed", True),
        ("quality.hold_placed", True),
        ("quality.hold_released", True),
        ("quality.hold_released", False),
    ]
    assert events[2][1]["released_by"] == "anna"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reason": ""}, "reason"),
        ({"reason": "   "}, "reason"),
        ({"source": "audit"}, "source"),
        ({"lot_code": ""}, "lot_code"),
        ({"lot_code": "LOT 1"}, "lot_code"),
        ({"lot_code": 1234}, "lot_code"),
        ({"placed_by": "someone else"}, "placed_by"),
    ],
)
def test_place_refuses_bad_input_over_rest(quality, ivan, request_id, changes, field):
    lot = unique("LOT")
    body = {"lot_code": lot, "reason": "suspect", "source": "deviation"} | changes
    with rest_client(quality, ivan) as client:
        response = client.post("/v1/holds", json=body, headers={"Idempotency-Key": request_id()})
        assert response.status_code == 422, response.text
        assert response.json()["code"] == "invalid_request"
        assert any(e["field"].endswith(field) for e in response.json()["details"]["errors"])
        assert client.get(f"/v1/lots/{lot}/quality-status").json()["blocked"] is False


def test_place_refusals_over_grpc(stub, ivan, token, request_id):
    lot = unique("LOT")
    bad_source = pb.PlaceHoldRequest(request_id=request_id(), lot_code=lot, reason="r", source="x")
    assert grpc_refusal(stub.PlaceHold, bad_source, ivan) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )
    no_reason = pb.PlaceHoldRequest(request_id=request_id(), lot_code=lot, source="inspection")
    assert grpc_refusal(stub.PlaceHold, no_reason, ivan) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )
    engineer = token("eva", "quality_engineer")
    allowed = pb.PlaceHoldRequest(
        request_id=request_id(), lot_code=lot, reason="r", source="recall"
    )
    assert grpc_refusal(stub.PlaceHold, allowed, engineer) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "role_required",
    )
    no_key = pb.PlaceHoldRequest(lot_code=lot, reason="r", source="recall")
    assert grpc_refusal(stub.PlaceHold, no_key, ivan) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "request_id_required",
    )


def test_one_active_hold_per_lot_and_source_reference(stub, ivan, anna, request_id):
    lot = known_lot(unique("LOT"))
    first = place_hold(stub, ivan, request_id(), lot, "recall", "RCL-9")
    request = pb.PlaceHoldRequest(
        request_id=request_id(),
        lot_code=lot,
        reason="again",
        source="recall",
        source_reference="RCL-9",
    )
    assert grpc_refusal(stub.PlaceHold, request, ivan) == (
        grpc.StatusCode.ALREADY_EXISTS,
        "hold_exists",
    )
    assert place_hold(stub, ivan, request_id(), lot, "recall", "RCL-10").id != first.id
    assert place_hold(stub, ivan, request_id(), lot, "inspection").status == "active"
    assert place_hold(stub, ivan, request_id(), lot, "inspection").status == "active"
    release_hold(stub, anna, request_id(), first.id)
    assert place_hold(stub, ivan, request_id(), lot, "recall", "RCL-9").id != first.id


def test_concurrent_places_and_releases_leave_a_consistent_status_and_feed(
    stub, ivan, anna, token, request_id
):
    lot = known_lot(unique("LOT"))
    with ThreadPoolExecutor(max_workers=8) as pool:
        holds = list(
            pool.map(
                lambda n: place_hold(stub, ivan, request_id(), lot, "recall", f"R{n}"), range(8)
            )
        )
        list(pool.map(lambda hold: release_hold(stub, anna, request_id(), hold.id), holds))
    status = stub.GetLotQualityStatus(
        pb.GetLotQualityStatusRequest(lot_code=lot), metadata=auth(ivan)
    )
    assert not status.blocked
    events = events_about(stub, lot, token(), until="quality.hold_released", count=8)
    released = [body["lot_blocked"] for kind, body in events if kind == "quality.hold_released"]
    # Serialised per lot: exactly the last release in the feed frees the lot.
    assert released == [True] * 7 + [False]
