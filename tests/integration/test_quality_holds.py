"""Placing holds over REST and gRPC: stacking, lot status, refusals, events, concurrency."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from lotflow.errors import ERROR_CODE_METADATA_KEY
from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from tests.conftest import grpc_channel, rest_client
from tests.integration.quality_calls import events_about

pytestmark = pytest.mark.integration


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def auth(bearer: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {bearer}"),)


def grpc_refusal(call, request, bearer: str) -> tuple[grpc.StatusCode, str]:
    """Make a call that must fail; return its status and the stable lotflow error code."""
    with pytest.raises(grpc.RpcError) as failure:
        call(request, metadata=auth(bearer))
    trailing = dict(failure.value.trailing_metadata() or ())
    return failure.value.code(), trailing.get(ERROR_CODE_METADATA_KEY)


@pytest.fixture(scope="module")
def quality(start_service):
    return start_service("quality")


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


@pytest.fixture
def inspector(token):
    return token("ivan", "quality_inspector")


@pytest.fixture
def approver(token):
    return token("anna", "quality_approver")


def place(stub, bearer: str, key: str, lot: str, source: str = "inspection", reference: str = ""):
    request = pb.PlaceHoldRequest(
        request_id=key,
        lot_code=lot,
        reason="moisture above limit",
        source=source,
        source_reference=reference,
    )
    return stub.PlaceHold(request, metadata=auth(bearer))


def release(stub, bearer: str, key: str, hold_id: str, reason: str = "retest passed"):
    request = pb.ReleaseHoldRequest(request_id=key, hold_id=hold_id, reason=reason)
    return stub.ReleaseHold(request, metadata=auth(bearer))


def status_over_rest(quality, bearer: str, lot: str) -> dict:
    with rest_client(quality, bearer) as client:
        response = client.get(f"/v1/lots/{lot}/quality-status")
    assert response.status_code == 200, response.text
    return response.json()


def test_holds_stack_and_the_lot_is_free_only_when_all_are_released(
    quality, stub, inspector, approver, token, request_id
):
    lot = unique("L/2026")  # GS1 lot codes may contain "/"
    assert status_over_rest(quality, inspector, lot) == {
        "lot_code": lot,
        "blocked": False,
        "active_holds": [],
    }
    first = place(stub, inspector, request_id(), lot)
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
        pb.GetLotQualityStatusRequest(lot_code=lot), metadata=auth(inspector)
    )
    assert status.blocked
    assert [h.id for h in status.active_holds] == [first.id, second.json()["id"]]

    released = release(stub, approver, request_id(), first.id)
    assert (released.status, released.released_by, released.release_reason) == (
        "released",
        "anna",
        "retest passed",
    )
    assert released.HasField("released_at")
    still = status_over_rest(quality, inspector, lot)
    assert still["blocked"] is True
    assert [h["id"] for h in still["active_holds"]] == [second.json()["id"]]

    with rest_client(quality, approver) as client:
        last = client.post(
            f"/v1/holds/{second.json()['id']}/release",
            json={"reason": "complaint unfounded"},
            headers={"Idempotency-Key": request_id()},
        )
    assert last.status_code == 200, last.text
    assert status_over_rest(quality, inspector, lot)["blocked"] is False

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
def test_place_refuses_bad_input_over_rest(quality, inspector, request_id, changes, field):
    lot = unique("LOT")
    body = {"lot_code": lot, "reason": "suspect", "source": "deviation"} | changes
    with rest_client(quality, inspector) as client:
        response = client.post("/v1/holds", json=body, headers={"Idempotency-Key": request_id()})
        assert response.status_code == 422, response.text
        assert response.json()["code"] == "invalid_request"
        assert any(e["field"].endswith(field) for e in response.json()["details"]["errors"])
        assert client.get(f"/v1/lots/{lot}/quality-status").json()["blocked"] is False


def test_place_refusals_over_grpc(stub, inspector, token, request_id):
    lot = unique("LOT")
    bad_source = pb.PlaceHoldRequest(request_id=request_id(), lot_code=lot, reason="r", source="x")
    assert grpc_refusal(stub.PlaceHold, bad_source, inspector) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )
    no_reason = pb.PlaceHoldRequest(request_id=request_id(), lot_code=lot, source="inspection")
    assert grpc_refusal(stub.PlaceHold, no_reason, inspector) == (
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
    assert grpc_refusal(stub.PlaceHold, no_key, inspector) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "request_id_required",
    )


def test_one_active_hold_per_lot_and_source_reference(stub, inspector, approver, request_id):
    lot = unique("LOT")
    first = place(stub, inspector, request_id(), lot, "recall", "RCL-9")
    request = pb.PlaceHoldRequest(
        request_id=request_id(),
        lot_code=lot,
        reason="again",
        source="recall",
        source_reference="RCL-9",
    )
    assert grpc_refusal(stub.PlaceHold, request, inspector) == (
        grpc.StatusCode.ALREADY_EXISTS,
        "hold_exists",
    )
    assert place(stub, inspector, request_id(), lot, "recall", "RCL-10").id != first.id
    assert place(stub, inspector, request_id(), lot, "inspection").status == "active"
    assert place(stub, inspector, request_id(), lot, "inspection").status == "active"
    release(stub, approver, request_id(), first.id)
    assert place(stub, inspector, request_id(), lot, "recall", "RCL-9").id != first.id


def test_concurrent_places_and_releases_leave_a_consistent_status_and_feed(
    stub, inspector, approver, token, request_id
):
    lot = unique("LOT")
    with ThreadPoolExecutor(max_workers=8) as pool:
        holds = list(
            pool.map(
                lambda n: place(stub, inspector, request_id(), lot, "recall", f"R{n}"), range(8)
            )
        )
        list(pool.map(lambda hold: release(stub, approver, request_id(), hold.id), holds))
    status = stub.GetLotQualityStatus(
        pb.GetLotQualityStatusRequest(lot_code=lot), metadata=auth(inspector)
    )
    assert not status.blocked
    events = events_about(stub, lot, token(), until="quality.hold_released", count=8)
    released = [body["lot_blocked"] for kind, body in events if kind == "quality.hold_released"]
    # Serialised per lot: exactly the last release in the feed frees the lot.
    assert released == [True] * 7 + [False]
