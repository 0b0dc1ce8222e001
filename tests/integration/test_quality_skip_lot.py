"""Inspection requirement over REST and gRPC: no plan, required, skip-lot for a supplier whose
last lots were all accepted, and resets on any lot not accepted."""

from __future__ import annotations

import pytest

from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from services.quality.domain.skip_lot import selected_for_inspection
from tests.integration.quality_calls import (
    FAILING,
    MOISTURE,
    PASSING,
    completed_inspection,
    decide,
    define_plan,
    known_lot,
    open_inspection,
    opening,
)
from tests.transport import auth, get, grpc_channel, grpc_refusal, ok, post, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def requirement(quality, bearer, item, supplier=None, lot=None) -> dict:
    params = {k: v for k, v in (("supplier_code", supplier), ("lot_code", lot)) if v}
    return ok(get(quality, bearer, f"/v1/items/{item}/inspection-requirement", **params))


def answer(quality, bearer, item, supplier, lot=None) -> tuple[str, int]:
    found = requirement(quality, bearer, item, supplier, lot)
    return found["outcome"], found["consecutive_accepted_lots"]


def lot_decided(quality, ivan, anna, item, supplier, body, lot=None, results=PASSING) -> str:
    lot = known_lot(lot or unique("LOT"), item)
    inspection = completed_inspection(quality, ivan, lot, item, supplier, results=results)
    ok(decide(quality, anna, inspection["id"], body))
    return lot


RELEASE = {"decision": "release"}
REJECT = {"decision": "reject", "reason": "mould"}
DEVIATION = {"decision": "release", "override_failed_result": True, "reason": "deviation D-1"}


def test_without_a_plan_no_inspection_is_needed(quality, stub, ivan):
    item = unique("NOPLAN")
    found = requirement(quality, ivan, item, "MILL")
    assert (found["outcome"], found["inspection_required"], found["plan_id"]) == (
        "not_required",
        False,
        None,
    )
    reply = stub.GetInspectionRequirement(
        pb.GetInspectionRequirementRequest(item_code=item), metadata=auth(ivan)
    )
    assert (reply.outcome, reply.inspection_required, reply.plan_id) == ("not_required", False, "")


def test_a_trusted_supplier_skips_inspection_until_a_lot_is_not_accepted(
    quality, stub, ivan, anna, token
):
    item, supplier = unique("SUGAR"), unique("SUP")
    plan = define_plan(
        quality, token("eva", "quality_engineer"), item, supplier=supplier, skip_lot_after=2
    )
    assert answer(quality, ivan, item, supplier) == ("required", 0)
    lot_decided(quality, ivan, anna, item, supplier, RELEASE)
    assert answer(quality, ivan, item, supplier) == ("required", 1)
    second = lot_decided(quality, ivan, anna, item, supplier, RELEASE)
    skipped = requirement(quality, ivan, item, supplier)
    assert (skipped["outcome"], skipped["inspection_required"]) == ("skipped", False)
    assert (skipped["plan_id"], skipped["plan_version"], skipped["skip_lot_after"]) == (
        plan["id"],
        1,
        2,
    )
    assert skipped["plan_supplier_code"] == supplier
    # A lot never vouches for itself: asked about the second lot, only the first counts.
    assert answer(quality, ivan, item, supplier, lot=second) == ("required", 1)

    rejected = lot_decided(quality, ivan, anna, item, supplier, REJECT, results=FAILING)
    assert answer(quality, ivan, item, supplier) == ("required", 0)
    # The rejected lot, reworked and inspected again on the same receipt, is accepted: a lot
    # counts by its latest decision, so the run is back to two.
    lot_decided(quality, ivan, anna, item, supplier, RELEASE, lot=rejected)
    assert answer(quality, ivan, item, supplier) == ("skipped", 2)

    lot_decided(quality, ivan, anna, item, supplier, DEVIATION, results=FAILING)
    assert answer(quality, ivan, item, supplier) == ("required", 0)
    partial = {
        "decision": "partial",
        "accepted_quantity": "99",
        "rejected_quantity": "1",
        "reason": "one bag torn",
    }
    lot_decided(quality, ivan, anna, item, supplier, RELEASE)
    lot_decided(quality, ivan, anna, item, supplier, partial)
    assert answer(quality, ivan, item, supplier) == ("required", 0)

    reply = stub.GetInspectionRequirement(
        pb.GetInspectionRequirementRequest(item_code=item, supplier_code=supplier),
        metadata=auth(ivan),
    )
    assert (reply.outcome, reply.inspection_required, reply.consecutive_accepted_lots) == (
        "required",
        True,
        0,
    )
    assert (reply.plan_version, reply.skip_lot_after) == (1, 2)


def test_a_qualified_supplier_still_has_lots_picked_for_inspection_at_the_plan_frequency(
    quality, stub, ivan, anna, token
):
    item, supplier = unique("SALT"), unique("SUP")
    engineer = token("eva", "quality_engineer")
    assert define_plan(quality, engineer, item, supplier=supplier)["skip_lot_inspect_one_in"] == 4
    plan = define_plan(
        quality, engineer, item, supplier=supplier, skip_lot_after=1, skip_lot_inspect_one_in=2
    )
    lot_decided(quality, ivan, anna, item, supplier, RELEASE)

    candidates = [unique("LOT") for _ in range(40)]
    picked = {lot for lot in candidates if selected_for_inspection(plan["id"], lot, 2)}
    assert picked and len(picked) < len(candidates)
    for lot in candidates:
        found = requirement(quality, ivan, item, supplier, lot)
        assert found["skip_lot_inspect_one_in"] == 2
        if lot in picked:
            assert (found["outcome"], found["consecutive_accepted_lots"]) == ("required", 1)
            assert "one lot in 2" in found["reason"]
        else:
            assert found["outcome"] == "skipped"
    reply = stub.GetInspectionRequirement(
        pb.GetInspectionRequirementRequest(
            item_code=item, supplier_code=supplier, lot_code=sorted(picked)[0]
        ),
        metadata=auth(ivan),
    )
    assert (reply.outcome, reply.skip_lot_inspect_one_in) == ("required", 2)
    # Inspecting every lot is no skip-lot at all: a frequency below 2 is refused.
    refused = post(
        quality,
        engineer,
        "/v1/inspection-plans",
        {
            "item_code": item,
            "sample_size": 5,
            "skip_lot_after": 1,
            "skip_lot_inspect_one_in": 1,
            "characteristics": [MOISTURE],
        },
    )
    assert refused.status_code == 422, refused.text


def test_skip_lot_is_per_supplier_and_needs_a_plan_that_skips(quality, ivan, anna, token):
    item, trusted, other = unique("SALT"), unique("SUP"), unique("SUP")
    engineer = token("eva", "quality_engineer")
    define_plan(quality, engineer, item, skip_lot_after=1)
    lot_decided(quality, ivan, anna, item, trusted, RELEASE)
    assert answer(quality, ivan, item, trusted) == ("skipped", 1)
    assert answer(quality, ivan, item, other) == ("required", 0)
    found = requirement(quality, ivan, item)
    assert (found["outcome"], found["reason"]) == (
        "required",
        "skip-lot applies only to lots from a supplier",
    )
    # A supplier plan that never skips replaces the general one for that supplier.
    define_plan(quality, engineer, item, supplier=trusted, skip_lot_after=0)
    never = requirement(quality, ivan, item, trusted)
    assert (never["outcome"], never["plan_supplier_code"]) == ("required", trusted)


def test_the_answer_names_an_inspection_of_the_lot_still_waiting_for_its_decision(
    quality, stub, ivan, token
):
    item, lot = unique("OIL"), unique("L/1")
    define_plan(quality, token("eva", "quality_engineer"), item)
    assert requirement(quality, ivan, item, "MILL", lot)["undecided_inspection_id"] is None
    opened = open_inspection(quality, ivan, opening(lot, item))
    assert requirement(quality, ivan, item, "MILL", lot)["undecided_inspection_id"] == opened["id"]
    reply = stub.GetInspectionRequirement(
        pb.GetInspectionRequirementRequest(item_code=item, supplier_code="MILL", lot_code=lot),
        metadata=auth(ivan),
    )
    assert (reply.lot_code, reply.undecided_inspection_id) == (lot, opened["id"])


def test_a_malformed_question_is_refused(quality, stub, ivan):
    response = get(quality, ivan, "/v1/items/BAD ITEM/inspection-requirement")
    assert (response.status_code, response.json()["code"]) == (422, "invalid_request")
    response = get(quality, ivan, "/v1/items/X/inspection-requirement", lot_code="LOT 1")
    assert (response.status_code, response.json()["code"]) == (422, "invalid_request")
    assert (
        grpc_refusal(stub.GetInspectionRequirement, pb.GetInspectionRequirementRequest(), ivan)[1]
        == "invalid_request"
    )
