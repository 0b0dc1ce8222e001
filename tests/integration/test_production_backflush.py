"""Backflush by policy: a backflush_operation line consumes the standard for the good
quantity reported so far, lots first-expiring-first from the line side; a backflush_order line
at order completion; a short line side refused with nothing written."""

from __future__ import annotations

import grpc
import pytest

from tests.integration.production_floor import (
    complete,
    produce,
    released_order,
    report,
    run_operation,
    start,
)
from tests.integration.production_world import (
    ENGINEER_ROLES,
    OPERATOR_ROLES,
    PLANNER_ROLES,
    Production,
    build_plant,
    component,
    make_material,
    operation,
    stock_lot,
)
from tests.property.warehouse_world import Warehouse
from tests.transport import grpc_channel, outbox_about, unique

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
    return build_plant(wh, engineer, work_centers=2)


def backflushed(result) -> list[tuple[str, str, str]]:
    return [(c.lot_code, c.quantity, c.method) for c in result.consumptions]


def test_both_policies_consume_the_standard_fefo_from_the_line_side(
    production, wh, engineer, planner, floor, plant
):
    flour, sugar, cake = (make_material(wh, u) for u in ("KGM", "KGM", "H87"))
    early = stock_lot(wh, plant, flour, "3", expiry_date="2031-01-01")
    late = stock_lot(wh, plant, flour, "10", expiry_date="2032-01-01")
    sugar_lot = stock_lot(wh, plant, sugar, "10")
    first, second = plant.work_centers
    order = released_order(
        engineer,
        planner,
        plant,
        cake,
        [
            component(1, flour, "0.5", "KGM", issue_policy="backflush_operation"),
            component(2, sugar, "0.1", "KGM", operation_seq=20, issue_policy="backflush_order"),
        ],
        quantity="10",
        operations=[operation(10, first), operation(20, second)],
    )
    n = order.number
    start(floor, n, 10)
    report(floor, n, 10, good="6")
    now = floor.call("Backflush", order_number=n, operation_seq=10, policy="backflush_operation")
    assert backflushed(now) == [(early, "3", "backflush")]
    report(floor, n, 10, good="4")
    complete(floor, n, 10)
    rest = floor.call("Backflush", order_number=n, operation_seq=10, policy="backflush_operation")
    assert backflushed(rest) == [(late, "2", "backflush")]
    again = floor.call("Backflush", order_number=n, operation_seq=10, policy="backflush_operation")
    assert backflushed(again) == []
    run_operation(floor, n, 20, "10")
    produce(floor, n, "10")
    done = floor.call("CompleteOrder", order_number=n)
    assert [(c.lot_code, c.quantity, c.line_no) for c in done.backflushed] == [(sugar_lot, "1", 2)]
    assert list(done.variances) == []
    trace = floor.call("GetLotGenealogy", lot_code=order.output_lot_code, direction="backward")
    assert {(s.input_lot_code, s.quantity) for s in trace.steps} == {
        (early, "3"),
        (late, "2"),
        (sugar_lot, "1"),
    }
    consumed = [p for t, p in outbox_about(production, n) if t == "production.consumed"]
    assert {p["method"] for p in consumed} == {"backflush"}


def test_a_short_line_side_is_refused_with_nothing_written(
    production, wh, engineer, planner, floor, plant
):
    flour, cake = make_material(wh, "KGM"), make_material(wh, "H87")
    lot = stock_lot(wh, plant, flour, "5")
    order = released_order(
        engineer,
        planner,
        plant,
        cake,
        [component(1, flour, "0.5", "KGM", issue_policy="backflush_operation")],
        quantity="10",
    )
    n = order.number
    start(floor, n, 10)
    report(floor, n, 10, good="10")
    # The staged lot is held: its reservation is cancelled and nothing issuable is left.
    wh.call("HoldLot", lot_code=lot, hold_ref=unique("QH"), reason="suspect")
    before = wh.on_hand(lot)
    assert floor.refusal(
        "Backflush", order_number=n, operation_seq=10, policy="backflush_operation"
    ) == (grpc.StatusCode.FAILED_PRECONDITION, "line_side_short")
    assert wh.on_hand(lot) == before
    assert list(floor.call("GetOrderGenealogy", order_number=n).consumptions) == []
    assert "production.consumed" not in [t for t, _ in outbox_about(production, n)]
