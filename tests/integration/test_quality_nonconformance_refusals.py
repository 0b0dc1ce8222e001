"""Nonconformance refusals over REST and gRPC: who opened it never dispositions it (even
an admin), quantities that do not add up, unknown ids; once per request id."""

from __future__ import annotations

import uuid

import grpc
import pytest

from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from tests.integration.quality_calls import (
    SPLIT,
    close_ncr,
    completed_inspection,
    decide,
    disposition,
    end_of_events,
    events_about,
    known_lot,
    ncr_report,
    open_ncr,
)
from tests.transport import auth, get, grpc_channel, grpc_refusal, ok, post, refusal, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def test_who_opened_an_ncr_never_dispositions_it_even_as_admin(quality, stub, item, ivan, token):
    root = token("root")
    ncr = open_ncr(quality, root, ncr_report(unique("LOT"), item))
    assert refusal(disposition(quality, root, ncr["id"], SPLIT)) == (403, "approver_is_originator")
    request = pb.DispositionNonconformanceRequest(
        request_id=unique("req"),
        nonconformance_id=ncr["id"],
        dispositions=[pb.DispositionLine(disposition="scrap", quantity="4")],
        reason="scrap all",
    )
    assert grpc_refusal(stub.DispositionNonconformance, request, root) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "approver_is_originator",
    )
    assert refusal(disposition(quality, ivan, ncr["id"], SPLIT)) == (403, "role_required")
    assert refusal(
        post(
            quality, token("eva", "quality_engineer"), "/v1/nonconformances", ncr_report("L", item)
        )
    ) == (
        403,
        "role_required",
    )
    assert ok(get(quality, ivan, f"/v1/nonconformances/{ncr['id']}"))["state"] == "open"
    done = stub.DispositionNonconformance(request, metadata=auth(token("anna", "quality_approver")))
    assert (done.state, done.dispositioned_by) == ("dispositioned", "anna")


def test_the_approver_who_rejected_a_lot_does_not_disposition_its_ncr(
    quality, item, ivan, anna, token
):
    inspection = completed_inspection(quality, ivan, known_lot(unique("LOT"), item), item)
    decided = ok(decide(quality, anna, inspection["id"], {"decision": "reject", "reason": "r"}))
    ncr_id = decided["decision"]["nonconformance_id"]
    scrap_all = [{"disposition": "scrap", "quantity": "100"}]
    assert refusal(disposition(quality, anna, ncr_id, scrap_all)) == (403, "approver_is_originator")
    ok(disposition(quality, token("rick", "quality_approver"), ncr_id, scrap_all))


@pytest.mark.parametrize(
    ("lines", "supplier", "status", "code"),
    [
        (
            [{"disposition": "scrap", "quantity": "3"}],
            "MILL",
            422,
            "disposition_quantities_do_not_add_up",
        ),
        (
            [{"disposition": "scrap", "quantity": "2"}, {"disposition": "scrap", "quantity": "2"}],
            "MILL",
            422,
            "duplicate_disposition",
        ),
        (
            [{"disposition": "scrap", "quantity": "4"}, {"disposition": "rework", "quantity": "0"}],
            "MILL",
            422,
            "disposition_quantity_not_positive",
        ),
        ([{"disposition": "destroy", "quantity": "4"}], "MILL", 422, "invalid_request"),
        ([{"disposition": "scrap", "quantity": 4}], "MILL", 422, "invalid_request"),
        ([{"disposition": "scrap", "quantity": "4", "bin": "B1"}], "MILL", 422, "invalid_request"),
        ([], "MILL", 422, "invalid_request"),
        ([{"disposition": "return_to_supplier", "quantity": "4"}], None, 409, "supplier_unknown"),
    ],
)
def test_a_refused_disposition_writes_nothing(
    quality, stub, item, ivan, anna, token, lines, supplier, status, code
):
    lot = unique("LOT")
    ncr = open_ncr(quality, ivan, ncr_report(lot, item, supplier_code=supplier))
    assert refusal(disposition(quality, anna, ncr["id"], lines)) == (status, code)
    assert ok(get(quality, anna, f"/v1/nonconformances/{ncr['id']}")) == ncr
    events = events_about(stub, lot, token(), until=end_of_events(quality, ivan, lot))
    assert [kind for kind, _ in events] == ["quality.nonconformance_opened", "quality.hold_placed"]


def test_unknown_and_malformed_nonconformance_ids(quality, stub, anna):
    missing = str(uuid.uuid4())
    assert refusal(get(quality, anna, f"/v1/nonconformances/{missing}")) == (
        404,
        "nonconformance_not_found",
    )
    assert refusal(get(quality, anna, "/v1/nonconformances/x")) == (
        422,
        "invalid_nonconformance_id",
    )
    assert refusal(disposition(quality, anna, missing, SPLIT)) == (404, "nonconformance_not_found")
    assert refusal(close_ncr(quality, anna, "x")) == (422, "invalid_request")
    assert grpc_refusal(
        stub.CloseNonconformance,
        pb.CloseNonconformanceRequest(
            request_id=unique("req"), nonconformance_id=missing, reason="r"
        ),
        anna,
    ) == (grpc.StatusCode.NOT_FOUND, "nonconformance_not_found")
    assert refusal(get(quality, anna, "/v1/nonconformances", state="pending")) == (
        422,
        "invalid_request",
    )


def test_a_disposition_runs_once_per_request_id(quality, item, ivan, anna):
    ncr = open_ncr(quality, ivan, ncr_report(unique("LOT"), item))
    key = unique("req")
    first = disposition(quality, anna, ncr["id"], SPLIT, key=key)
    assert first.status_code == 200, first.text
    replay = disposition(quality, anna, ncr["id"], SPLIT, key=key)
    assert replay.json() == first.json()
    reused = disposition(quality, anna, ncr["id"], SPLIT, reason="other", key=key)
    assert refusal(reused) == (409, "request_id_reused")
    body = ncr_report(unique("LOT"), item)
    assert refusal(post(quality, ivan, "/v1/nonconformances", body, key)) == (
        409,
        "request_id_reused",
    )
