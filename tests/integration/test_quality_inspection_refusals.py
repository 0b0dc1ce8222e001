"""Inspections refuse bad input over both transports with stable codes, write nothing when
they do, and run once per request id."""

from __future__ import annotations

import uuid

import grpc
import pytest

from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from tests.integration.quality_calls import (
    PASSING,
    complete,
    end_of_events,
    events_about,
    open_inspection,
    opening,
    record,
)
from tests.transport import auth, get, grpc_channel, grpc_refusal, ok, post, refusal, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def inspections_of(quality, bearer, lot) -> list[dict]:
    return ok(get(quality, bearer, "/v1/inspections", lot_code=lot))["inspections"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"inspector": "ivan"}, "inspector"),
        ({"quantity": 100}, "quantity"),
        ({"quantity": "0"}, "quantity"),
        ({"quantity": "12,5"}, "quantity"),
        ({"unit": "KG"}, "unit"),
        ({"lot_code": "LOT 1"}, "lot_code"),
        ({"receipt_reference": ""}, "receipt_reference"),
        ({"item_code": ["FLOUR"]}, "item_code"),
    ],
)
def test_open_refuses_malformed_requests_and_writes_nothing(quality, item, ivan, changes, field):
    lot = unique("LOT")
    response = post(quality, ivan, "/v1/inspections", opening(lot, item) | changes)
    assert refusal(response) == (422, "invalid_request"), response.text
    assert any(e["field"].endswith(field) for e in response.json()["details"]["errors"])
    assert inspections_of(quality, ivan, lot) == []


def test_open_needs_a_plan_and_one_undecided_inspection_per_lot_and_receipt(
    quality, stub, item, ivan
):
    lot = unique("LOT")
    no_plan = post(quality, ivan, "/v1/inspections", opening(lot, unique("NOPLAN")))
    assert refusal(no_plan) == (409, "no_inspection_plan")
    first = open_inspection(quality, ivan, opening(lot, item))
    again = post(quality, ivan, "/v1/inspections", opening(lot, item))
    assert refusal(again) == (409, "inspection_exists")
    assert again.json()["details"]["inspection_id"] == first["id"]
    request = pb.OpenInspectionRequest(
        request_id=unique("req"),
        lot_code=lot,
        item_code=item,
        receipt_reference=first["receipt_reference"],
        quantity="1",
        unit="KGM",
    )
    assert grpc_refusal(stub.OpenInspection, request, ivan) == (
        grpc.StatusCode.ALREADY_EXISTS,
        "inspection_exists",
    )
    other_receipt = opening(lot, item, receipt_reference="RCV-OTHER")
    assert open_inspection(quality, ivan, other_receipt)["id"] != first["id"]
    request.item_code, request.receipt_reference = unique("NOPLAN"), "RCV-X"
    assert grpc_refusal(stub.OpenInspection, request, ivan) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "no_inspection_plan",
    )
    assert len(inspections_of(quality, ivan, lot)) == 2


def test_roles_gate_opening_recording_and_completing(quality, stub, item, ivan, token):
    lot = unique("LOT")
    engineer = token("eva", "quality_engineer")
    assert refusal(post(quality, engineer, "/v1/inspections", opening(lot, item))) == (
        403,
        "role_required",
    )
    opened = open_inspection(quality, token("anna", "quality_approver"), opening(lot, item))
    assert opened["opened_by"] == "anna"
    approver = token("rick", "quality_approver")
    assert refusal(record(quality, approver, opened["id"], PASSING)) == (403, "role_required")
    request = pb.CompleteInspectionRequest(request_id=unique("req"), inspection_id=opened["id"])
    assert grpc_refusal(stub.CompleteInspection, request, approver) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "role_required",
    )
    with pytest.raises(grpc.RpcError) as failure:
        stub.GetInspection(pb.GetInspectionRequest(inspection_id=opened["id"]))
    assert failure.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert (
        ok(get(quality, ivan, f"/v1/inspections/{opened['id']}"))["history"][-1]["action"]
        == "opened"
    )


def test_unknown_and_malformed_inspection_ids(quality, stub, ivan):
    missing = str(uuid.uuid4())
    assert refusal(get(quality, ivan, f"/v1/inspections/{missing}")) == (
        404,
        "inspection_not_found",
    )
    assert refusal(get(quality, ivan, "/v1/inspections/not-a-uuid")) == (
        422,
        "invalid_inspection_id",
    )
    assert refusal(record(quality, ivan, missing, PASSING)) == (404, "inspection_not_found")
    assert refusal(record(quality, ivan, missing, [])) == (422, "invalid_request")
    assert refusal(record(quality, ivan, "not-a-uuid", PASSING)) == (422, "invalid_request")
    assert refusal(complete(quality, ivan, missing)) == (404, "inspection_not_found")
    assert grpc_refusal(stub.GetInspection, pb.GetInspectionRequest(inspection_id="x"), ivan) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_inspection_id",
    )
    assert grpc_refusal(
        stub.RecordInspectionResults,
        pb.RecordInspectionResultsRequest(
            request_id=unique("req"),
            inspection_id=missing,
            results=[pb.InspectionResultEntry(characteristic="smell", passed=True)],
        ),
        ivan,
    ) == (grpc.StatusCode.NOT_FOUND, "inspection_not_found")
    bad_page = get(quality, ivan, "/v1/inspections", page_token="abc")
    assert refusal(bad_page) == (422, "invalid_page_token")
    assert refusal(get(quality, ivan, "/v1/inspections", state="closed")) == (
        422,
        "invalid_request",
    )


@pytest.mark.parametrize(
    ("results", "status", "code"),
    [
        ([{"characteristic": "colour", "passed": True}], 422, "unknown_characteristic"),
        ([{"characteristic": "moisture", "passed": True}], 422, "result_does_not_fit"),
        ([{"characteristic": "smell", "value": "1"}], 422, "result_does_not_fit"),
        (
            [{"characteristic": "smell", "passed": True}, {"characteristic": "smell", "passed": 0}],
            422,
            "invalid_request",
        ),
        (
            [
                {"characteristic": "smell", "passed": True},
                {"characteristic": "smell", "passed": False},
            ],
            422,
            "duplicate_result",
        ),
        ([{"characteristic": "moisture", "value": 14.5}], 422, "invalid_request"),
        ([{"characteristic": "moisture", "value": "1", "passed": True}], 422, "invalid_request"),
        ([{"characteristic": "moisture"}], 422, "invalid_request"),
        ([{"characteristic": "smell", "passed": True, "by": "olga"}], 422, "invalid_request"),
    ],
)
def test_a_refused_recording_writes_none_of_its_results(quality, item, ivan, results, status, code):
    lot = unique("LOT")
    opened = open_inspection(quality, ivan, opening(lot, item))
    # The valid first entry must not be written when a later one is refused.
    body = [{"characteristic": "temperature", "value": "-16"}, *results]
    assert refusal(record(quality, ivan, opened["id"], body)) == (status, code)
    assert ok(get(quality, ivan, f"/v1/inspections/{opened['id']}")) == opened


def test_completion_needs_every_result_and_freezes_them(quality, stub, item, ivan):
    lot = unique("LOT")
    opened = open_inspection(quality, ivan, opening(lot, item))
    ok(record(quality, ivan, opened["id"], PASSING[:2]))
    missing = complete(quality, ivan, opened["id"])
    assert refusal(missing) == (409, "results_missing")
    assert "'smell'" in missing.json()["detail"]
    request = pb.CompleteInspectionRequest(request_id=unique("req"), inspection_id=opened["id"])
    assert grpc_refusal(stub.CompleteInspection, request, ivan) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "results_missing",
    )
    assert ok(get(quality, ivan, f"/v1/inspections/{opened['id']}"))["state"] == "open"
    ok(record(quality, ivan, opened["id"], PASSING[2:]))
    done = ok(complete(quality, ivan, opened["id"]))
    assert refusal(record(quality, ivan, opened["id"], PASSING)) == (409, "inspection_not_open")
    assert refusal(complete(quality, ivan, opened["id"])) == (409, "inspection_not_open")
    assert ok(get(quality, ivan, f"/v1/inspections/{opened['id']}")) == done


def test_replay_returns_the_first_result_and_reuse_with_another_body_is_refused(
    quality, stub, item, ivan, token
):
    lot, key = unique("LOT"), unique("req")
    body = opening(lot, item)
    first = post(quality, ivan, "/v1/inspections", body, key)
    assert first.status_code == 201, first.text
    results_key = unique("req")
    recorded = post(
        quality,
        ivan,
        f"/v1/inspections/{first.json()['id']}/results",
        {"results": PASSING},
        results_key,
    )
    ok(complete(quality, ivan, first.json()["id"]))
    # Replays answer what the first call answered, even though the inspection moved on.
    replay = post(quality, ivan, "/v1/inspections", body, key)
    assert (replay.status_code, replay.json()) == (201, first.json())
    again = post(
        quality,
        ivan,
        f"/v1/inspections/{first.json()['id']}/results",
        {"results": PASSING},
        results_key,
    )
    assert (again.status_code, again.json()) == (200, recorded.json())
    request = pb.OpenInspectionRequest(
        request_id=key,
        lot_code=lot,
        item_code=item,
        supplier_code="MILL",
        receipt_reference=body["receipt_reference"],
        quantity="100",
        unit="KGM",
    )
    assert stub.OpenInspection(request, metadata=auth(ivan)).id == first.json()["id"]
    reused = post(quality, ivan, "/v1/inspections", body | {"quantity": "99"}, key)
    assert refusal(reused) == (409, "request_id_reused")
    request.quantity = "99"
    assert grpc_refusal(stub.OpenInspection, request, ivan) == (
        grpc.StatusCode.ALREADY_EXISTS,
        "request_id_reused",
    )
    assert len(inspections_of(quality, ivan, lot)) == 1
    events = events_about(stub, lot, token(), until=end_of_events(quality, ivan, lot))
    assert [kind for kind, _ in events] == [
        "quality.inspection_opened",
        "quality.inspection_completed",
        "quality.hold_placed",
    ]


def test_a_refused_request_id_may_be_used_again_once_the_request_is_fixed(quality, item, ivan):
    lot, key = unique("LOT"), unique("req")
    bad = post(quality, ivan, "/v1/inspections", opening(lot, item, unit="KG"), key)
    assert refusal(bad) == (422, "invalid_request")
    no_plan = post(quality, ivan, "/v1/inspections", opening(lot, unique("NOPLAN")), key)
    assert refusal(no_plan) == (409, "no_inspection_plan")
    fixed = post(quality, ivan, "/v1/inspections", opening(lot, item), key)
    assert fixed.status_code == 201, fixed.text
