"""Inspections over REST and gRPC: opening against a plan snapshot, results in several calls
judged against inclusive limits, completion, reads, history and events."""

from __future__ import annotations

import pytest

from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from tests.integration.quality_calls import (
    MOISTURE,
    PASSING,
    complete,
    completed_inspection,
    define_plan,
    events_about,
    open_inspection,
    opening,
    record,
)
from tests.transport import auth, get, grpc_channel, ok, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


@pytest.fixture
def olga(token):
    return token("olga", "quality_inspector")


def test_an_inspection_snapshots_its_plan_and_collects_results_until_completed(
    quality, stub, engineer, ivan, olga, token
):
    item, lot = unique("FLOUR"), unique("L/26")
    plan = define_plan(quality, engineer, item, supplier="MILL")
    requirement = ok(
        get(quality, ivan, f"/v1/items/{item}/inspection-requirement", supplier_code="MILL")
    )
    assert (requirement["outcome"], requirement["plan_id"], requirement["plan_version"]) == (
        "required",
        plan["id"],
        1,
    )

    opened = open_inspection(quality, ivan, opening(lot, item, quantity="250.5", unit="KGM"))
    assert (opened["state"], opened["plan_id"], opened["plan_supplier_code"]) == (
        "open",
        plan["id"],
        "MILL",
    )
    assert (opened["quantity"], opened["unit"], opened["opened_by"]) == ("250.5", "KGM", "ivan")
    assert [(c["name"], c["upper_limit"], c["result"]) for c in opened["checks"]] == [
        ("moisture", "14.5", None),
        ("temperature", "-15", None),
        ("smell", None, None),
    ]
    # A new plan version does not change an inspection already running.
    define_plan(quality, engineer, item, supplier="MILL", characteristics=[MOISTURE])

    first = ok(record(quality, ivan, opened["id"], [{"characteristic": "moisture", "value": "15"}]))
    assert first["checks"][0] | {"recorded_at": None} == {
        "name": "moisture",
        "kind": "numeric",
        "lower_limit": None,
        "upper_limit": "14.5",
        "unit": "P1",
        "value": "15",
        "passed": None,
        "result": "fail",
        "recorded_by": "ivan",
        "recorded_at": None,
    }
    assert (first["state"], first["inspectors"]) == ("open", ["ivan"])
    # A second inspector corrects the moisture (retest) and records the rest.
    second = ok(record(quality, olga, opened["id"], PASSING))
    assert [(c["name"], c["value"], c["passed"], c["result"]) for c in second["checks"]] == [
        ("moisture", "14.5", None, "pass"),
        ("temperature", "-18", None, "pass"),
        ("smell", None, True, "pass"),
    ]
    assert second["inspectors"] == ["ivan", "olga"]
    assert second["result"] is None

    done = ok(complete(quality, olga, opened["id"], {"comment": "retest after drying"}))
    assert (done["state"], done["result"], done["completed_by"]) == ("completed", "pass", "olga")
    assert done["completed_at"] is not None
    assert [(h["action"], h["actor"], h["reason"]) for h in done["history"]] == [
        ("opened", "ivan", None),
        ("results_recorded", "ivan", None),
        ("results_recorded", "olga", None),
        ("completed", "olga", "retest after drying"),
    ]
    assert done["history"][1]["details"] == {
        "results": [{"characteristic": "moisture", "value": "15", "result": "fail"}]
    }
    assert done["history"][3]["details"] == {"result": "pass", "failed_characteristics": []}

    fetched = stub.GetInspection(
        pb.GetInspectionRequest(inspection_id=opened["id"]), metadata=auth(ivan)
    )
    assert (fetched.state, fetched.result, list(fetched.inspectors)) == (
        "completed",
        "pass",
        ["ivan", "olga"],
    )
    assert [c.name for c in fetched.checks] == ["moisture", "temperature", "smell"]
    assert fetched.checks[2].HasField("passed") and fetched.checks[2].passed
    assert not fetched.checks[0].HasField("passed")
    assert [h.action for h in fetched.history][-1] == "completed"
    assert fetched.history[1].details["results"][0]["value"] == "15"

    events = events_about(stub, lot, token(), until="quality.inspection_completed")
    assert [kind for kind, _ in events] == [
        "quality.inspection_opened",
        "quality.inspection_completed",
    ]
    assert events[0][1]["id"] == opened["id"]
    assert "history" not in events[0][1]
    assert (events[1][1]["result"], events[1][1]["completed_by"]) == ("pass", "olga")


def test_over_grpc_limits_are_inclusive_and_one_failure_fails_the_inspection(
    quality, stub, engineer, ivan
):
    item, lot = unique("FISH"), unique("LOT")
    define_plan(quality, engineer, item)
    opened = stub.OpenInspection(
        pb.OpenInspectionRequest(
            request_id=unique("req"),
            lot_code=lot,
            item_code=item,
            receipt_reference="RCV-9",
            quantity="12",
            unit="CS",
        ),
        metadata=auth(ivan),
    )
    assert (opened.state, opened.supplier_code, opened.plan_supplier_code) == ("open", "", "")
    recorded = stub.RecordInspectionResults(
        pb.RecordInspectionResultsRequest(
            request_id=unique("req"),
            inspection_id=opened.id,
            results=[
                pb.InspectionResultEntry(characteristic="moisture", value="14.500000001"),
                pb.InspectionResultEntry(characteristic="temperature", value="-15"),
                pb.InspectionResultEntry(characteristic="smell", passed=False),
            ],
        ),
        metadata=auth(ivan),
    )
    assert [(c.name, c.value, c.result) for c in recorded.checks] == [
        ("moisture", "14.500000001", "fail"),
        ("temperature", "-15", "pass"),
        ("smell", "", "fail"),
    ]
    assert recorded.checks[2].HasField("passed") and not recorded.checks[2].passed
    done = stub.CompleteInspection(
        pb.CompleteInspectionRequest(request_id=unique("req"), inspection_id=opened.id),
        metadata=auth(ivan),
    )
    assert (done.state, done.result, done.completed_by) == ("completed", "fail", "ivan")
    assert list(done.history[-1].details["failed_characteristics"]) == ["moisture", "smell"]


def test_list_inspections_by_lot_state_inspector_and_receipt_one_page_at_a_time(
    quality, stub, engineer, ivan, olga
):
    item, lot = unique("OATS"), unique("LOT")
    define_plan(quality, engineer, item)
    for receipt in ("A", "B"):
        completed_inspection(quality, ivan, lot, item, receipt_reference=f"RCV-{receipt}")
    still_open = open_inspection(quality, olga, opening(lot, item, receipt_reference="RCV-C"))
    record(quality, olga, still_open["id"], [{"characteristic": "smell", "passed": True}])

    page = ok(get(quality, ivan, "/v1/inspections", lot_code=lot, page_size=2))
    assert len(page["inspections"]) == 2 and page["next_page_token"]
    rest = ok(
        get(
            quality,
            ivan,
            "/v1/inspections",
            lot_code=lot,
            page_size=2,
            page_token=page["next_page_token"],
        )
    )
    assert [i["id"] for i in rest["inspections"]] == [still_open["id"]]
    assert rest["next_page_token"] == ""

    completed = ok(get(quality, ivan, "/v1/inspections", lot_code=lot, state="completed"))
    assert {i["receipt_reference"] for i in completed["inspections"]} == {"RCV-A", "RCV-B"}
    by_olga = stub.ListInspections(
        pb.ListInspectionsRequest(lot_code=lot, inspector="olga"), metadata=auth(ivan)
    )
    assert [i.id for i in by_olga.inspections] == [still_open["id"]]
    by_receipt = stub.ListInspections(
        pb.ListInspectionsRequest(receipt_reference="RCV-B", lot_code=lot), metadata=auth(ivan)
    )
    assert [i.state for i in by_receipt.inspections] == ["completed"]
    assert by_receipt.inspections[0].history[0].action == "opened"
