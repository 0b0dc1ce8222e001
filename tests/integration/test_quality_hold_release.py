"""Releasing and finding holds over REST and gRPC: refusals, idempotency, listing."""

from __future__ import annotations

import uuid

import grpc
import pytest

from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from tests.integration.quality_calls import known_lot, place_hold, release_hold
from tests.transport import auth, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def test_release_refusals(quality, stub, ivan, anna, request_id):
    hold = place_hold(stub, ivan, request_id(), known_lot(unique("LOT")))
    assert grpc_refusal(
        stub.ReleaseHold,
        pb.ReleaseHoldRequest(request_id=request_id(), hold_id=hold.id, reason="ok"),
        ivan,
    ) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "role_required",
    )
    for reason in ("", "   "):
        request = pb.ReleaseHoldRequest(request_id=request_id(), hold_id=hold.id, reason=reason)
        assert grpc_refusal(stub.ReleaseHold, request, anna) == (
            grpc.StatusCode.INVALID_ARGUMENT,
            "invalid_request",
        )
    unknown = pb.ReleaseHoldRequest(request_id=request_id(), hold_id=str(uuid.uuid4()), reason="ok")
    assert grpc_refusal(stub.ReleaseHold, unknown, anna) == (
        grpc.StatusCode.NOT_FOUND,
        "hold_not_found",
    )
    malformed = pb.ReleaseHoldRequest(request_id=request_id(), hold_id="hold-1", reason="ok")
    assert grpc_refusal(stub.ReleaseHold, malformed, anna) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )
    release_hold(stub, anna, request_id(), hold.id)
    again = pb.ReleaseHoldRequest(request_id=request_id(), hold_id=hold.id, reason="twice")
    assert grpc_refusal(stub.ReleaseHold, again, anna) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "hold_already_released",
    )
    with rest_client(quality, anna) as client:
        twice = client.post(
            f"/v1/holds/{hold.id}/release",
            json={"reason": "twice"},
            headers={"Idempotency-Key": request_id()},
        )
        extra = client.post(
            f"/v1/holds/{hold.id}/release",
            json={"reason": "x", "force": True},
            headers={"Idempotency-Key": request_id()},
        )
        read = client.get(f"/v1/holds/{hold.id}").json()
    assert (twice.status_code, twice.json()["code"]) == (409, "hold_already_released")
    assert (extra.status_code, extra.json()["code"]) == (422, "invalid_request")
    assert read["release_reason"] == "retest passed"


def test_replay_returns_the_first_hold_and_reuse_is_refused(quality, stub, ivan, anna, request_id):
    lot, key = known_lot(unique("LOT")), request_id()
    first = place_hold(stub, ivan, key, lot)
    assert place_hold(stub, ivan, key, lot) == first
    with rest_client(quality, ivan) as client:
        reused = client.post(
            "/v1/holds",
            json={"lot_code": lot, "reason": "other", "source": "inspection"},
            headers={"Idempotency-Key": key},
        )
    assert (reused.status_code, reused.json()["code"]) == (409, "request_id_reused")
    assert (
        len(
            stub.GetLotQualityStatus(
                pb.GetLotQualityStatusRequest(lot_code=lot), metadata=auth(ivan)
            ).active_holds
        )
        == 1
    )
    release_key = request_id()
    released = release_hold(stub, anna, release_key, first.id)
    assert release_hold(stub, anna, release_key, first.id) == released
    with pytest.raises(grpc.RpcError) as failure:
        release_hold(stub, anna, release_key, first.id, reason="changed my mind")
    assert failure.value.code() == grpc.StatusCode.ALREADY_EXISTS


def test_get_and_list_holds(quality, stub, ivan, anna, request_id):
    lot, reference = known_lot(unique("LOT")), unique("RCL")
    holds = [
        place_hold(stub, ivan, request_id(), lot, "recall", f"{reference}-{n}") for n in range(5)
    ]
    release_hold(stub, anna, request_id(), holds[0].id)
    seen, page_token = [], ""
    while True:
        page = stub.ListHolds(
            pb.ListHoldsRequest(lot_code=lot, page_size=2, page_token=page_token),
            metadata=auth(ivan),
        )
        assert len(page.holds) <= 2
        seen += [h.id for h in page.holds]
        page_token = page.next_page_token
        if not page_token:
            break
    assert seen == [h.id for h in holds]
    with rest_client(quality, ivan) as client:
        active = client.get("/v1/holds", params={"lot_code": lot, "status": "active"}).json()
        by_reference = client.get(
            "/v1/holds", params={"source": "recall", "source_reference": f"{reference}-3"}
        ).json()
        one = client.get(f"/v1/holds/{holds[0].id}").json()
        assert client.get("/v1/holds", params={"status": "paused"}).status_code == 422
        assert client.get("/v1/holds", params={"page_token": "abc"}).json()["code"] == (
            "invalid_page_token"
        )
        assert client.get("/v1/holds", params={"shelf": "A"}).status_code == 422
        assert client.get(f"/v1/holds/{uuid.uuid4()}").json()["code"] == "hold_not_found"
        assert client.get("/v1/holds/not-a-uuid").json()["code"] == "invalid_hold_id"
    assert [h["id"] for h in active["holds"]] == [h.id for h in holds[1:]]
    assert [h["id"] for h in by_reference["holds"]] == [holds[3].id]
    assert (one["status"], one["released_by"]) == ("released", "anna")
    assert grpc_refusal(stub.GetHold, pb.GetHoldRequest(hold_id="x"), ivan) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_hold_id",
    )
    assert grpc_refusal(stub.ListHolds, pb.ListHoldsRequest(page_size=1000), ivan) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )
    assert grpc_refusal(stub.GetLotQualityStatus, pb.GetLotQualityStatusRequest(), ivan) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )


def test_a_hold_is_lifted_only_by_its_authority_or_an_override_with_a_reason(
    stub, ivan, anna, token, request_id
):
    cora = token("cora", "recall_coordinator")
    lot = unique("LOT")
    quality_hold = place_hold(stub, ivan, request_id(), lot, "inspection")
    recall_hold = place_hold(stub, cora, request_id(), lot, "recall", unique("RCL"))
    assert (quality_hold.authority, recall_hold.authority) == (
        "quality_approver",
        "recall_coordinator",
    )
    forbidden = (grpc.StatusCode.PERMISSION_DENIED, "role_required")
    request = pb.ReleaseHoldRequest
    assert (
        grpc_refusal(
            stub.ReleaseHold,
            request(request_id=request_id(), hold_id=quality_hold.id, reason="x"),
            cora,
        )
        == forbidden
    )
    assert (
        grpc_refusal(
            stub.ReleaseHold,
            request(request_id=request_id(), hold_id=recall_hold.id, reason="x"),
            anna,
        )
        == forbidden
    )
    assert release_hold(stub, anna, request_id(), quality_hold.id).status == "released"
    overridden = release_hold(
        stub, token("olga", "hold_override"), request_id(), recall_hold.id, "recall stuck"
    )
    assert (overridden.status, overridden.released_by) == ("released", "olga")
