"""Lot decisions over REST and gRPC: release, reject, partial, the use-as-is override, the
NCR a rejection opens, and the lot_decided event."""

from __future__ import annotations

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
    record,
)
from tests.transport import auth, get, grpc_channel, grpc_refusal, ok, refusal, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def test_a_passed_inspection_is_released_once_and_the_decision_is_recorded(
    quality, stub, item, ivan, anna, token
):
    lot = known_lot(unique("L/26"), item)
    inspection = completed_inspection(quality, ivan, lot, item)
    decided = ok(decide(quality, anna, inspection["id"], {"decision": "release"}))
    assert decided["state"] == "decided"
    assert decided["decision"] | {"decided_at": None} == {
        "decision": "release",
        "accepted_quantity": "100",
        "rejected_quantity": "0",
        "unit": "KGM",
        "override_failed_result": False,
        "reason": None,
        "decided_by": "anna",
        "decided_at": None,
        "nonconformance_id": None,
    }
    assert decided["history"][-1] | {"recorded_at": None} == {
        "action": "lot_decided",
        "actor": "anna",
        "relayed_by": None,  # anna called herself
        "reason": None,
        "details": {
            "decision": "release",
            "accepted_quantity": "100",
            "rejected_quantity": "0",
            "unit": "KGM",
            "override_failed_result": False,
            "nonconformance_id": None,
        },
        "recorded_at": None,
    }
    again = decide(
        quality, token("rick", "quality_approver"), inspection["id"], {"decision": "release"}
    )
    assert refusal(again) == (409, "inspection_already_decided")
    assert refusal(record(quality, ivan, inspection["id"], PASSING)) == (409, "inspection_not_open")

    events = events_about(stub, lot, token(), until=end_of_events(quality, anna, lot))
    kinds = [kind for kind, _ in events]
    assert kinds == [
        "quality.inspection_opened",
        "quality.inspection_completed",
        "quality.lot_decided",
        "quality.hold_placed",
    ]
    payload = events[2][1]
    assert {k: payload[k] for k in payload if k != "decided_at"} == {
        "inspection_id": inspection["id"],
        "lot_code": lot,
        "item_code": item,
        "supplier_code": "MILL",
        "receipt_reference": f"RCV-{lot}",
        "decision": "release",
        "accepted_quantity": "100",
        "rejected_quantity": "0",
        "unit": "KGM",
        "inspection_result": "pass",
        "override_failed_result": False,
        "reason": None,
        "inspector": "ivan",
        "inspectors": ["ivan"],
        "approver": "anna",
        "nonconformance_id": None,
    }
    assert payload["decided_at"] == decided["decision"]["decided_at"].replace("Z", "+00:00")


def test_a_reject_over_grpc_opens_an_ncr_for_the_whole_quantity(
    quality, stub, item, ivan, anna, token
):
    lot = known_lot(unique("LOT"), item)
    inspection = completed_inspection(quality, ivan, lot, item, results=FAILING)
    request = pb.DecideLotRequest(
        request_id=unique("req"), inspection_id=inspection["id"], decision="reject"
    )
    assert grpc_refusal(stub.DecideLot, request, anna) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "reason_required",
    )
    request.reason = "smell of mould"
    decided = stub.DecideLot(request, metadata=auth(anna))
    assert (decided.state, decided.decision.decision) == ("decided", "reject")
    assert (decided.decision.accepted_quantity, decided.decision.rejected_quantity) == ("0", "100")
    ncr = stub.GetNonconformance(
        pb.GetNonconformanceRequest(nonconformance_id=decided.decision.nonconformance_id),
        metadata=auth(ivan),
    )
    assert (ncr.lot_code, ncr.item_code, ncr.supplier_code) == (lot, item, "MILL")
    assert (ncr.quantity, ncr.unit, ncr.severity, ncr.state) == ("100", "KGM", "major", "open")
    assert (ncr.source_inspection_id, ncr.opened_by) == (inspection["id"], "anna")
    assert "smell of mould" in ncr.description and ncr.number.startswith("NCR-")
    assert [h.action for h in ncr.history] == ["opened"]

    events = events_about(stub, lot, token(), until=end_of_events(quality, anna, lot))
    assert [kind for kind, _ in events][2:] == [
        "quality.nonconformance_opened",
        "quality.lot_decided",
        "quality.hold_placed",
    ]
    assert events[3][1]["nonconformance_id"] == ncr.id
    assert events[3][1]["rejected_quantity"] == "100"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"accepted_quantity": "60"}, "partial_quantities_required"),
        (
            {"accepted_quantity": "60", "rejected_quantity": "30"},
            "partial_quantities_do_not_add_up",
        ),
        ({"accepted_quantity": "100", "rejected_quantity": "0"}, "partial_quantity_not_positive"),
        ({"accepted_quantity": "60", "rejected_quantity": "40", "reason": None}, "reason_required"),
    ],
)
def test_partial_quantities_must_split_the_inspected_quantity(
    quality, item, ivan, anna, body, code
):
    inspection = completed_inspection(quality, ivan, unique("LOT"), item, results=FAILING)
    response = decide(
        quality, anna, inspection["id"], {"decision": "partial", "reason": "sorted"} | body
    )
    assert refusal(response) == (422, code)
    assert ok(get(quality, anna, f"/v1/inspections/{inspection['id']}")) == inspection


def test_a_partial_accepts_part_and_opens_an_ncr_for_the_rest(quality, item, ivan, anna):
    lot = known_lot(unique("LOT"), item)
    inspection = completed_inspection(quality, ivan, lot, item, results=FAILING, quantity="12.5")
    body = {
        "decision": "partial",
        "accepted_quantity": "10.25",
        "rejected_quantity": "2.25",
        "reason": "two bags torn",
    }
    decided = ok(decide(quality, anna, inspection["id"], body))
    assert (decided["decision"]["accepted_quantity"], decided["decision"]["rejected_quantity"]) == (
        "10.25",
        "2.25",
    )
    ncrs = ok(get(quality, anna, "/v1/nonconformances", lot_code=lot))["nonconformances"]
    assert [(n["id"], n["quantity"], n["state"]) for n in ncrs] == [
        (decided["decision"]["nonconformance_id"], "2.25", "open")
    ]


def test_releasing_a_failed_inspection_is_an_explicit_recorded_deviation(
    quality, stub, item, ivan, anna, token
):
    lot = known_lot(unique("LOT"), item)
    failed = completed_inspection(quality, ivan, lot, item, results=FAILING)
    assert refusal(decide(quality, anna, failed["id"], {"decision": "release"})) == (
        409,
        "failed_inspection_needs_override",
    )
    request = pb.DecideLotRequest(
        request_id=unique("req"),
        inspection_id=failed["id"],
        decision="release",
        override_failed_result=True,
    )
    assert grpc_refusal(stub.DecideLot, request, anna) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "reason_required",
    )
    request.reason = "customer accepts per deviation D-7"
    released = stub.DecideLot(request, metadata=auth(anna))
    assert released.decision.override_failed_result
    assert (released.decision.reason, released.decision.accepted_quantity) == (
        request.reason,
        "100",
    )
    assert released.history[-1].details["override_failed_result"] is True
    events = events_about(stub, lot, token(), until="quality.lot_decided")
    decided = [body for kind, body in events if kind == "quality.lot_decided"]
    assert (decided[0]["inspection_result"], decided[0]["override_failed_result"]) == ("fail", True)

    passed = completed_inspection(quality, ivan, unique("LOT"), item)
    body = {"decision": "release", "override_failed_result": True, "reason": "r"}
    assert refusal(decide(quality, anna, passed["id"], body)) == (422, "override_not_applicable")
