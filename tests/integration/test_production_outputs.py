"""Output: the order's lot registered and received at its location, AVAILABLE, or QUARANTINE
when quality has a final inspection plan for the item; by-products as lots of their own
linked to the inputs; never more output than the last operation's good."""

from __future__ import annotations

import grpc
import pytest

from tests.integration.production_floor import issue, produce, released_order, run_operation
from tests.integration.production_world import (
    ENGINEER_ROLES,
    OPERATOR_ROLES,
    PLANNER_ROLES,
    Production,
    build_plant,
    component,
    make_material,
    stock_lot,
)
from tests.integration.quality_calls import define_plan
from tests.property.warehouse_world import Warehouse
from tests.transport import grpc_channel, outbox_about

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def wh(warehouse, token) -> Warehouse:
    return Warehouse(grpc_channel(warehouse), token("root"))


@pytest.fixture(scope="module")
def engineer(production, token) -> Production:
    return Production(grpc_channel(production), token("erin", *ENGINEER_ROLES))


@pytest.fixture(scope="module")
def planner(production, token) -> Production:
    return Production(grpc_channel(production), token("pia", *PLANNER_ROLES))


@pytest.fixture(scope="module")
def floor(production, token) -> Production:
    return Production(grpc_channel(production), token("olga", *OPERATOR_ROLES))


@pytest.fixture(scope="module")
def plant(wh, engineer):
    return build_plant(wh, engineer, work_centers=1)


def test_by_products_are_lots_of_their_own_linked_to_the_inputs(
    production, wh, engineer, planner, floor, plant
):
    wheat = make_material(wh, "KGM")
    flour = make_material(wh, "KGM", shelf_life_days=30)
    bran = make_material(wh, "KGM")
    lot = stock_lot(wh, plant, wheat, "20")
    order = released_order(
        engineer,
        planner,
        plant,
        flour,
        [component(1, wheat, "1.25", "KGM")],
        quantity="8",
        uom="KGM",
        outputs=[{"item_code": bran, "quantity_per": "0.25", "uom": "KGM", "kind": "by_product"}],
    )
    issue(floor, order.number, 10, lot, "10", "KGM")
    run_operation(floor, order.number, 10, "8")
    made = produce(floor, order.number, "8", "KGM")
    (primary,) = [o for o in made.outputs if o.kind == "primary"]
    (side,) = [o for o in made.outputs if o.kind == "by_product"]
    assert (primary.lot_code, primary.quantity, primary.status) == (
        order.output_lot_code,
        "8",
        "AVAILABLE",
    )
    assert primary.expiry_date and primary.expiry_date > primary.production_date
    assert (side.item_code, side.quantity) == (bran, "2")
    assert side.lot_code != primary.lot_code
    out = order.output_location_code
    assert wh.on_hand(primary.lot_code) == {(out, "AVAILABLE"): 8}
    assert wh.on_hand(side.lot_code) == {(out, "AVAILABLE"): 2}
    assert wh.call("GetLot", lot_code=side.lot_code).origin == "produced"
    trace = floor.call("GetLotGenealogy", lot_code=side.lot_code, direction="backward")
    assert [(s.input_lot_code, s.quantity) for s in trace.steps] == [(lot, "10")]
    forward = floor.call("GetLotGenealogy", lot_code=lot, direction="forward")
    assert {s.output_lot_code for s in forward.steps} == {primary.lot_code, side.lot_code}
    kinds = [
        p["kind"]
        for t, p in outbox_about(production, order.number)
        if t == "production.output_produced"
    ]
    assert sorted(kinds) == ["by_product", "primary"]


def test_output_of_an_item_quality_inspects_waits_in_quarantine(
    quality, wh, engineer, planner, floor, plant, token
):
    sugar, syrup = make_material(wh, "KGM"), make_material(wh, "H87")
    define_plan(quality, token("eva", "quality_engineer"), syrup)
    lot = stock_lot(wh, plant, sugar, "5")
    order = released_order(
        engineer, planner, plant, syrup, [component(1, sugar, "0.5", "KGM")], quantity="4"
    )
    issue(floor, order.number, 10, lot, "2", "KGM")
    run_operation(floor, order.number, 10, "4")
    (output,) = produce(floor, order.number, "4").outputs
    assert output.status == "QUARANTINE"
    assert wh.on_hand(output.lot_code) == {(order.output_location_code, "QUARANTINE"): 4}


def test_output_never_exceeds_the_good_of_the_last_operation(wh, engineer, planner, floor, plant):
    salt, brine = make_material(wh, "KGM"), make_material(wh, "H87")
    stock_lot(wh, plant, salt, "5")
    order = released_order(
        engineer, planner, plant, brine, [component(1, salt, "0.1", "KGM")], quantity="5"
    )
    run_operation(floor, order.number, 10, "3")
    produce(floor, order.number, "2")
    assert floor.refusal("ProduceOutput", order_number=order.number, quantity="2", uom="H87") == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "exceeds_good",
    )
    assert wh.on_hand(order.output_lot_code) == {(order.output_location_code, "AVAILABLE"): 2}
