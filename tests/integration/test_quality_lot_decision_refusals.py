"""Lot decisions refused over REST and gRPC: segregation of duties (even for an admin),
decisions on an open inspection, unknown ids, malformed bodies; once per request id."""

from __future__ import annotations

import uuid

import grpc
import pytest

from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from tests.integration.quality_calls import (
    FAILING,
    PASSING,
    completed_inspection,
    decide,
    end_of_events,
    events_about,
    known_lot,
    open_inspection,
    opening,
    record,
)
from tests.transport import auth, get, grpc_channel, grpc_refusal, ok, post, refusal, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def test_no_inspector_decides_on_the_lot_they_inspected_even_as_admin(
    quality, stub, item, ivan, token
):
    root = token("root")  # admin: holds every role
    lot = known_lot(unique("LOT"), item)
    opened = open_inspection(quality, ivan, opening(lot, item))
    ok(record(quality, root, opened["id"], PASSING))
    inspector_and_approver = token("ivan", "quality_inspector", "quality_approver")
    ok(post(quality, inspector_and_approver, f"/v1/inspections/{opened['id']}/complete", None))
    assert refusal(decide(quality, root, opened["id"], {"decision": "release"})) == (
        403,
        "approver_is_inspector",
    )
    assert refusal(
        decide(quality, inspector_and_approver, opened["id"], {"decision": "release"})
    ) == (
        403,
        "approver_is_inspector",
    )
    request = pb.DecideLotRequest(
        request_id=unique("req"), inspection_id=opened["id"], decision="release"
    )
    assert grpc_refusal(stub.DecideLot, request, root) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "approver_is_inspector",
    )
    assert refusal(
        decide(quality, token("olga", "quality_inspector"), opened["id"], {"decision": "release"})
    ) == (
        403,
        "role_required",
    )
    assert ok(get(quality, ivan, f"/v1/inspections/{opened['id']}"))["state"] == "completed"
    other_admin = ok(decide(quality, token("sam"), opened["id"], {"decision": "release"}))
    assert other_admin["decision"]["decided_by"] == "sam"


def test_a_decision_on_an_open_inspection_is_refused_and_writes_nothing(
    quality, stub, item, ivan, anna, token
):
    lot = unique("LOT")
    opened = open_inspection(quality, ivan, opening(lot, item))
    assert refusal(decide(quality, anna, opened["id"], {"decision": "reject", "reason": "r"})) == (
        409,
        "inspection_not_completed",
    )
    request = pb.DecideLotRequest(
        request_id=unique("req"), inspection_id=opened["id"], decision="reject", reason="r"
    )
    assert grpc_refusal(stub.DecideLot, request, anna) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "inspection_not_completed",
    )
    assert ok(get(quality, anna, f"/v1/inspections/{opened['id']}")) == opened
    assert ok(get(quality, anna, "/v1/nonconformances", lot_code=lot))["nonconformances"] == []
    events = events_about(stub, lot, token(), until=end_of_events(quality, anna, lot))
    assert [kind for kind, _ in events] == ["quality.inspection_opened", "quality.hold_placed"]


@pytest.mark.parametrize(
    ("inspection_id", "body", "status", "code"),
    [
        (str(uuid.uuid4()), {"decision": "release"}, 404, "inspection_not_found"),
        ("42", {"decision": "release"}, 422, "invalid_request"),
        (None, {"decision": "accept"}, 422, "invalid_request"),
        (None, {"decision": "release", "approver": "anna"}, 422, "invalid_request"),
        (
            None,
            {
                "decision": "partial",
                "accepted_quantity": 60,
                "rejected_quantity": "40",
                "reason": "r",
            },
            422,
            "invalid_request",
        ),
        (None, {"decision": "release", "override_failed_result": "yes"}, 422, "invalid_request"),
        (
            None,
            {"decision": "release", "accepted_quantity": "100"},
            422,
            "quantities_only_for_partial",
        ),
        (None, {}, 422, "invalid_request"),
    ],
)
def test_decide_refuses_unknown_ids_and_malformed_bodies(
    quality, item, ivan, anna, inspection_id, body, status, code
):
    inspection = completed_inspection(quality, ivan, unique("LOT"), item)
    response = decide(quality, anna, inspection_id or inspection["id"], body)
    assert refusal(response) == (status, code), response.text
    assert ok(get(quality, anna, f"/v1/inspections/{inspection['id']}"))["state"] == "completed"


def test_a_decision_runs_once_per_request_id(quality, stub, item, ivan, anna, token):
    lot, key = known_lot(unique("LOT"), item), unique("req")
    inspection = completed_inspection(quality, ivan, lot, item, results=FAILING)
    body = {"decision": "reject", "reason": "mould"}
    first = decide(quality, anna, inspection["id"], body, key)
    assert first.status_code == 200, first.text
    replay = decide(quality, anna, inspection["id"], body, key)
    assert replay.json() == first.json()
    request = pb.DecideLotRequest(
        request_id=key, inspection_id=inspection["id"], decision="reject", reason="mould"
    )
    assert (
        stub.DecideLot(request, metadata=auth(anna)).decision.nonconformance_id
        == (first.json()["decision"]["nonconformance_id"])
    )
    reused = decide(quality, anna, inspection["id"], body | {"reason": "rot"}, key)
    assert refusal(reused) == (409, "request_id_reused")
    assert len(ok(get(quality, anna, "/v1/nonconformances", lot_code=lot))["nonconformances"]) == 1
    events = events_about(stub, lot, token(), until=end_of_events(quality, anna, lot))
    assert [kind for kind, _ in events].count("quality.lot_decided") == 1
