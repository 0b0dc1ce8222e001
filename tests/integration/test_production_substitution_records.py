"""Substitutions on a short order line: checked against the BOM line's approved alternates and
the stock at the site, opened by one planner, decided by another (the requester may not), and
recorded: the substitute staged by the ratio on its own line, the order unblocked."""

from __future__ import annotations

import json

import grpc
import pytest

from tests.integration.production_world import (
    ENGINEER_ROLES,
    PLANNER_ROLES,
    Production,
    alternate,
    build_plant,
    component,
    create_order,
    define_bom,
    define_routing,
    history_kinds,
    make_material,
    material,
    operation,
    release_order,
    stock_lot,
)
from tests.property.warehouse_world import Warehouse
from tests.transport import grpc_channel, outbox_about

pytestmark = pytest.mark.integration

STATE = grpc.StatusCode.FAILED_PRECONDITION


@pytest.fixture(scope="module")
def wh(warehouse, token) -> Warehouse:
    return Warehouse(grpc_channel(warehouse), token("root"))


@pytest.fixture(scope="module")
def engineer(production, token) -> Production:
    return Production(grpc_channel(production), token("erin", *ENGINEER_ROLES))


@pytest.fixture(scope="module")
def pia(production, token) -> Production:
    return Production(grpc_channel(production), token("pia", *PLANNER_ROLES))


@pytest.fixture(scope="module")
def paul(production, token) -> Production:
    return Production(grpc_channel(production), token("paul", *PLANNER_ROLES))


@pytest.fixture(scope="module")
def plant(wh, engineer):
    return build_plant(wh, engineer, work_centers=1)


@pytest.fixture
def short_order(wh, engineer, pia, plant):
    """An order of 10 whose flour line (2 kg each) is short: rye may stand in at 1.5 kg per kg,
    spelt only from 2031, oats are no alternate."""
    flour, rye, spelt, oats = (make_material(wh, "KGM") for _ in range(4))
    bread = make_material(wh, "H87")
    alternates = [alternate(rye, "1.5"), alternate(spelt, "1", valid_from="2031-01-01")]
    define_bom(engineer, bread, [component(1, flour, "2", "KGM", alternates=alternates)])
    define_routing(engineer, bread, [operation(10, plant.work_centers[0])])
    flour_lot = stock_lot(wh, plant, flour, "5")
    order = release_order(pia, create_order(pia, plant, bread, "10").number)
    assert (order.blocked_reason, material(order, 1).status) == ("shortage", "short")
    return {
        "order": order,
        "flour": flour,
        "flour_lot": flour_lot,
        "rye": rye,
        "spelt": spelt,
        "oats": oats,
    }


def test_an_approved_substitute_is_staged_and_unblocks_the_order(
    production, wh, pia, paul, plant, short_order
):
    order, rye = short_order["order"], short_order["rye"]
    rye_lot = stock_lot(wh, plant, rye, "40")
    check = pia.call(
        "CheckSubstitute", order_number=order.number, line_no=1, substitute_item_code=rye
    )
    assert (
        check.ratio,
        check.quantity_needed,
        check.uom,
        check.issuable_quantity,
        check.sufficient,
    ) == (
        "1.5",
        "30",
        "KGM",
        "40",
        True,
    )
    opened = pia.call(
        "OpenSubstitution",
        order_number=order.number,
        line_no=1,
        substitute_item_code=rye,
        reason="flour short",
    )
    assert (opened.status, opened.requested_by, opened.quantity) == ("requested", "pia", "30")
    refused = pia.refusal("DecideSubstitution", substitution_id=opened.id, approve=True)
    assert refused == (STATE, "requester_cannot_approve")
    assert pia.refusal("RecordSubstitution", substitution_id=opened.id) == (
        STATE,
        "substitution_state_invalid",
    )

    approved = paul.call("DecideSubstitution", substitution_id=opened.id, approve=True)
    assert (approved.status, approved.decided_by) == ("approved", "paul")
    recorded = pia.call("RecordSubstitution", substitution_id=opened.id)
    assert recorded.status == "recorded"

    after = pia.call("GetOrder", ref=order.number)
    primary, substitute = material(after, 1), material(after, 2)
    assert (primary.status, primary.required_quantity, primary.staged_quantity) == (
        "substituted",
        "0",
        "0",
    )
    assert (substitute.item_code, substitute.substitutes_line_no, substitute.ratio) == (
        rye,
        1,
        "1.5",
    )
    assert (substitute.status, substitute.required_quantity, substitute.staged_quantity) == (
        "staged",
        "30",
        "30",
    )
    assert substitute.line_side_location_code == primary.line_side_location_code
    assert (after.blocked, after.blocked_reason) == (False, "")
    line_side = plant.line_sides[plant.work_centers[0]]
    assert wh.on_hand(rye_lot)[(line_side, "AVAILABLE")] == 30
    # The primary's partial staging went back to storage, free.
    assert wh.free(short_order["flour_lot"], plant.storage_bins[0]) == 5
    assert [s.status for s in after.substitutions] == ["recorded"]
    assert history_kinds(after)[-6:] == [
        "substitution_requested",
        "substitution_approved",
        "compensated",
        "staged",
        "substitution_recorded",
        "unblocked",
    ]
    events = dict(outbox_about(production, order.number))
    event = events["production.substitution_recorded"]
    assert (event["primary_item_code"], event["substitute_item_code"], event["quantity"]) == (
        short_order["flour"],
        rye,
        "30",
    )
    assert (event["requested_by"], event["approved_by"]) == ("pia", "paul")
    assert json.loads(after.history[-2].detail_json)["substitute_line_no"] == 2
    assert wh.ledger_is_exact()


def test_a_rejected_substitution_leaves_the_order_blocked(wh, pia, paul, plant, short_order):
    order, rye = short_order["order"], short_order["rye"]
    stock_lot(wh, plant, rye, "40")
    opened = pia.call(
        "OpenSubstitution",
        order_number=order.number,
        line_no=1,
        substitute_item_code=rye,
        reason="short",
    )
    assert paul.refusal("DecideSubstitution", substitution_id=opened.id, approve=False) == (
        STATE,
        "reason_required",
    )
    rejected = paul.call(
        "DecideSubstitution", substitution_id=opened.id, approve=False, reason="taste"
    )
    assert rejected.status == "rejected"
    assert pia.refusal("RecordSubstitution", substitution_id=opened.id) == (
        STATE,
        "substitution_state_invalid",
    )
    after = pia.call("GetOrder", ref=order.number)
    assert (after.blocked_reason, material(after, 1).status, len(after.materials)) == (
        "shortage",
        "short",
        1,
    )


@pytest.mark.parametrize(
    ("which", "code"),
    [
        ("oats", "not_an_approved_alternate"),
        ("spelt", "alternate_not_valid"),
        ("rye", "substitute_stock_short"),
    ],
)
def test_substitutes_that_may_not_stand_in_are_refused(pia, short_order, which, code):
    order = short_order["order"]
    fields = {
        "order_number": order.number,
        "line_no": 1,
        "substitute_item_code": short_order[which],
    }
    assert pia.refusal("CheckSubstitute", **fields) == (STATE, code)
    assert pia.refusal("OpenSubstitution", reason="short", **fields) == (STATE, code)
    assert not pia.call("GetOrder", ref=order.number).substitutions


def test_a_substitution_on_a_line_the_order_lacks_is_not_found(pia, short_order):
    refused = pia.refusal(
        "CheckSubstitute",
        order_number=short_order["order"].number,
        line_no=9,
        substitute_item_code=short_order["rye"],
    )
    assert refused == (grpc.StatusCode.NOT_FOUND, "line_not_found")
