"""Nonconformance reports over REST and gRPC: opening (alone or from an inspection),
disposition, closing, reads, history, events and listing."""

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
    disposition,
    events_about,
    ncr_report,
    open_ncr,
)
from tests.transport import auth, get, grpc_channel, grpc_refusal, ok, refusal, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def test_an_ncr_is_opened_dispositioned_by_another_person_and_closed(
    quality, stub, item, ivan, anna, token
):
    lot = unique("L/26")
    opened = open_ncr(quality, ivan, ncr_report(lot, item))
    assert (opened["state"], opened["opened_by"], opened["quantity"]) == ("open", "ivan", "4")
    assert opened["number"].startswith("NCR-") and opened["dispositions"] == []
    assert refusal(close_ncr(quality, ivan, opened["id"])) == (
        409,
        "nonconformance_not_dispositioned",
    )

    decided = ok(disposition(quality, anna, opened["id"], SPLIT))
    assert (decided["state"], decided["dispositioned_by"]) == ("dispositioned", "anna")
    assert decided["dispositions"] == SPLIT
    assert decided["disposition_reason"] == "repack two, scrap two"
    again = disposition(quality, token("rick", "quality_approver"), opened["id"], SPLIT)
    assert refusal(again) == (409, "nonconformance_already_dispositioned")

    closed = ok(close_ncr(quality, ivan, opened["id"], "scrap ticket S-9, return RMA-3"))
    assert (closed["state"], closed["closed_by"], closed["close_reason"]) == (
        "closed",
        "ivan",
        "scrap ticket S-9, return RMA-3",
    )
    assert refusal(close_ncr(quality, ivan, opened["id"])) == (409, "nonconformance_closed")
    assert refusal(disposition(quality, anna, opened["id"], SPLIT)) == (
        409,
        "nonconformance_closed",
    )
    fetched = stub.GetNonconformance(
        pb.GetNonconformanceRequest(nonconformance_id=opened["id"]), metadata=auth(anna)
    )
    assert [(h.action, h.actor) for h in fetched.history] == [
        ("opened", "ivan"),
        ("dispositioned", "anna"),
        ("closed", "ivan"),
    ]
    assert fetched.history[1].reason == "repack two, scrap two"
    assert fetched.history[1].details["dispositions"][1]["quantity"] == "1.5"
    assert [(d.disposition, d.quantity) for d in fetched.dispositions] == [
        ("rework", "2"),
        ("scrap", "1.5"),
        ("return_to_supplier", "0.5"),
    ]

    events = events_about(stub, lot, token(), until="quality.nonconformance_closed")
    assert [kind for kind, _ in events] == [
        "quality.nonconformance_opened",
        "quality.nonconformance_dispositioned",
        "quality.nonconformance_closed",
    ]
    assert events[1][1]["dispositions"] == SPLIT
    assert (events[2][1]["state"], events[2][1]["closed_by"]) == ("closed", "ivan")
    assert "history" not in events[0][1]


def test_over_grpc_an_ncr_from_an_inspection_is_about_that_inspection(quality, stub, item, ivan):
    lot = unique("LOT")
    inspection = completed_inspection(quality, ivan, lot, item, supplier="MILL")
    request = pb.OpenNonconformanceRequest(
        request_id=unique("req"),
        lot_code=lot,
        item_code=item,
        description="foreign body in sample 3",
        quantity="100",
        unit="KGM",
        severity="critical",
        source_inspection_id=inspection["id"],
    )
    ncr = stub.OpenNonconformance(request, metadata=auth(ivan))
    assert (ncr.supplier_code, ncr.source_inspection_id, ncr.severity) == (
        "MILL",
        inspection["id"],
        "critical",
    )
    for changes, status, code in [
        ({"lot_code": unique("LOT")}, grpc.StatusCode.INVALID_ARGUMENT, "inspection_mismatch"),
        ({"supplier_code": "OTHER"}, grpc.StatusCode.INVALID_ARGUMENT, "inspection_mismatch"),
        ({"unit": "GRM"}, grpc.StatusCode.INVALID_ARGUMENT, "inspection_mismatch"),
        ({"quantity": "100.5"}, grpc.StatusCode.INVALID_ARGUMENT, "quantity_exceeds_inspection"),
        (
            {"source_inspection_id": str(uuid.uuid4())},
            grpc.StatusCode.NOT_FOUND,
            "inspection_not_found",
        ),
        ({"source_inspection_id": "x"}, grpc.StatusCode.INVALID_ARGUMENT, "invalid_request"),
        ({"severity": "low"}, grpc.StatusCode.INVALID_ARGUMENT, "invalid_request"),
        ({"quantity": "0"}, grpc.StatusCode.INVALID_ARGUMENT, "invalid_request"),
    ]:
        bad = pb.OpenNonconformanceRequest()
        bad.CopyFrom(request)
        bad.request_id = unique("req")
        for field, value in changes.items():
            setattr(bad, field, value)
        assert grpc_refusal(stub.OpenNonconformance, bad, ivan) == (status, code), changes
    listed = stub.ListNonconformances(
        pb.ListNonconformancesRequest(source_inspection_id=inspection["id"]), metadata=auth(ivan)
    )
    assert [n.id for n in listed.nonconformances] == [ncr.id]


def test_list_nonconformances_by_lot_and_state_one_page_at_a_time(quality, stub, item, ivan, anna):
    lot = unique("LOT")
    ncrs = [open_ncr(quality, ivan, ncr_report(lot, item, quantity=str(n))) for n in (1, 2, 3)]
    ok(disposition(quality, anna, ncrs[1]["id"], [{"disposition": "scrap", "quantity": "2"}]))
    page = ok(get(quality, ivan, "/v1/nonconformances", lot_code=lot, page_size=2))
    assert [n["id"] for n in page["nonconformances"]] == [ncrs[0]["id"], ncrs[1]["id"]]
    rest = stub.ListNonconformances(
        pb.ListNonconformancesRequest(
            lot_code=lot, page_size=2, page_token=page["next_page_token"]
        ),
        metadata=auth(ivan),
    )
    assert ([n.id for n in rest.nonconformances], rest.next_page_token) == ([ncrs[2]["id"]], "")
    still_open = ok(get(quality, ivan, "/v1/nonconformances", lot_code=lot, state="open"))
    assert [n["id"] for n in still_open["nonconformances"]] == [ncrs[0]["id"], ncrs[2]["id"]]
