"""Manual issue of a named lot from the line side: drawn on the order's staged reservation,
linked to the output lot at once; beyond standard only with a variance reason; an item off
the BOM, a held or quarantined lot refused with nothing written in production or the
warehouse; unused staged stock given back when the order completes."""

from __future__ import annotations

from decimal import Decimal

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
    material,
    stock_lot,
)
from tests.property.warehouse_world import Warehouse
from tests.transport import grpc_channel, outbox_about, unique

pytestmark = pytest.mark.integration

FAILED, INVALID = grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.INVALID_ARGUMENT


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


def flour_order(wh, engineer, planner, plant, stocked="100"):
    """An order of 10 pieces needing 0.6 KGM of flour each (6 KGM staged line-side)."""
    flour, bread = make_material(wh, "KGM", conversions={"BG": "2"}), make_material(wh, "H87")
    lot = stock_lot(wh, plant, flour, stocked)
    order = released_order(engineer, planner, plant, bread, [component(1, flour, "0.6", "KGM")])
    return order, flour, lot


def written(production, floor, order_number) -> tuple[list, list]:
    genealogy = floor.call("GetOrderGenealogy", order_number=order_number)
    events = [t for t, _ in outbox_about(production, order_number) if t == "production.consumed"]
    return list(genealogy.consumptions), events


def test_a_manual_issue_draws_on_the_staged_stock_and_links_the_output_lot(
    production, wh, engineer, planner, floor, plant
):
    order, flour, lot = flour_order(wh, engineer, planner, plant)
    line_side = plant.line_sides[plant.work_centers[0]]
    # 2 bags of 2 KGM: converted to the line's base unit.
    consumed = issue(floor, order.number, 10, lot, "2", "BG")
    assert (consumed.quantity, consumed.uom, consumed.method) == ("4", "KGM", "manual")
    assert consumed.output_lot_code == order.output_lot_code
    assert wh.on_hand(lot)[(line_side, "AVAILABLE")] == 2
    reservation = wh.call("GetReservation", reservation_id=material(order, 1).reservation_id)
    assert [a.remaining for a in reservation.allocations] == ["2"]
    trace = floor.call("GetLotGenealogy", lot_code=order.output_lot_code, direction="backward")
    assert [(s.input_lot_code, s.quantity) for s in trace.steps] == [(lot, "4")]


def test_issuing_beyond_standard_needs_a_variance_reason_and_records_the_variance(
    production, wh, engineer, planner, floor, plant
):
    order, flour, lot = flour_order(wh, engineer, planner, plant)
    issue(floor, order.number, 10, lot, "6", "KGM")
    # More than staged: free stock brought to the line side.
    wh.call(
        "TransferStock",
        lot_code=lot,
        from_location_code=plant.storage_bins[0],
        to_location_code=plant.line_sides[plant.work_centers[0]],
        quantity="1",
        uom="KGM",
    )
    assert floor.refusal(
        "IssueMaterial",
        order_number=order.number,
        operation_seq=10,
        lot_code=lot,
        quantity="1",
        uom="KGM",
    ) == (INVALID, "variance_reason_required")
    extra = issue(floor, order.number, 10, lot, "1", "KGM", variance_reason="spilled")
    assert (extra.standard_quantity, extra.variance_quantity, extra.variance_reason) == (
        "0",
        "1",
        "spilled",
    )
    variances = [p for t, p in outbox_about(production, order.number) if t == "production.variance"]
    assert [(v["quantity"], v["variance"], v["reason"]) for v in variances] == [
        ("1", "1", "spilled")
    ]


def test_an_item_not_on_the_bom_is_refused_with_nothing_written(
    production, wh, engineer, planner, floor, plant
):
    order, _flour, _lot = flour_order(wh, engineer, planner, plant)
    sugar = make_material(wh, "KGM")
    sugar_lot = stock_lot(wh, plant, sugar, "5")
    before = wh.on_hand(sugar_lot)
    assert floor.refusal(
        "IssueMaterial",
        order_number=order.number,
        operation_seq=10,
        lot_code=sugar_lot,
        quantity="1",
        uom="KGM",
    ) == (FAILED, "item_not_on_bom")
    assert wh.on_hand(sugar_lot) == before
    assert written(production, floor, order.number) == ([], [])


def test_a_held_or_quarantined_lot_is_refused_at_issue_with_nothing_written(
    production, wh, engineer, planner, floor, plant
):
    order, flour, lot = flour_order(wh, engineer, planner, plant)
    line_side = plant.line_sides[plant.work_centers[0]]
    wh.call("HoldLot", lot_code=lot, hold_ref=unique("QH"), reason="suspect")
    held = wh.on_hand(lot)
    assert floor.refusal(
        "IssueMaterial",
        order_number=order.number,
        operation_seq=10,
        lot_code=lot,
        quantity="1",
        uom="KGM",
    ) == (FAILED, "lot_on_hold")
    quarantined = unique("LOT")
    wh.call(
        "ReceiveStock",
        lot_code=quarantined,
        item_code=flour,
        location_code=line_side,
        quantity="5",
        uom="KGM",
        status="QUARANTINE",
        reference_number=unique("PO"),
        new_lot={"origin": "received"},
    )
    assert floor.refusal(
        "IssueMaterial",
        order_number=order.number,
        operation_seq=10,
        lot_code=quarantined,
        quantity="1",
        uom="KGM",
    ) == (FAILED, "stock_in_quarantine")
    assert wh.on_hand(lot) == held
    assert wh.on_hand(quarantined) == {(line_side, "QUARANTINE"): 5}
    assert written(production, floor, order.number) == ([], [])
    assert material(floor.call("GetOrder", ref=order.number), 1).consumed_quantity == "0"


def test_completion_gives_unused_staged_stock_back_and_records_the_variance(
    production, wh, engineer, planner, floor, plant
):
    order, flour, lot = flour_order(wh, engineer, planner, plant)
    line_side = plant.line_sides[plant.work_centers[0]]
    issue(floor, order.number, 10, lot, "4", "KGM")
    run_operation(floor, order.number, 10, "10")
    produce(floor, order.number, "10")
    done = floor.call("CompleteOrder", order_number=order.number)
    assert [(r.lot_code, r.quantity, r.location_code) for r in done.returned] == [
        (lot, "2", plant.storage_bins[0])
    ]
    assert [(v.standard, v.consumed, v.variance) for v in done.variances] == [("6", "4", "-2")]
    stock = wh.on_hand(lot)
    assert stock[(plant.storage_bins[0], "AVAILABLE")] == 96
    assert stock.get((line_side, "AVAILABLE"), 0) == 0
    assert wh.free(lot, plant.storage_bins[0]) == Decimal(96)
    assert floor.call("GetOrder", ref=order.number).status == "completed"
