"""Blocking, unblocking, cancelling (giving back what staging took, said in the history) and
closing production orders; what the state does not allow is refused, writing nothing."""

from __future__ import annotations

import json

import grpc
import pytest

from tests.integration.production_world import (
    ENGINEER_ROLES,
    PLANNER_ROLES,
    Production,
    build_plant,
    component,
    create_order,
    define_bom,
    define_routing,
    history_kinds,
    make_material,
    operation,
    release_order,
    stock_lot,
)
from tests.property.warehouse_world import Warehouse
from tests.transport import assert_problem, grpc_channel, outbox_about, post

pytestmark = pytest.mark.integration

STATE = grpc.StatusCode.FAILED_PRECONDITION


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
def plant(wh, engineer):
    return build_plant(wh, engineer, work_centers=1)


@pytest.fixture
def product(wh, engineer, plant):
    flour, bread = make_material(wh, "KGM"), make_material(wh, "H87")
    define_bom(engineer, bread, [component(1, flour, "1", "KGM")])
    define_routing(engineer, bread, [operation(10, plant.work_centers[0])])
    return {"item": bread, "flour": flour}


def test_block_and_unblock(planner, plant, product):
    order = create_order(planner, plant, product["item"], "5")
    blocked = planner.call("BlockOrder", order_number=order.number, reason="line down")
    assert (blocked.blocked, blocked.blocked_reason) == (True, "line down")
    again = planner.refusal("BlockOrder", order_number=order.number, reason="again")
    assert again == (STATE, "order_blocked")
    unblocked = planner.call("UnblockOrder", order_number=order.number, reason="fixed")
    assert (unblocked.blocked, unblocked.blocked_reason) == (False, "")
    assert history_kinds(unblocked) == ["created", "blocked", "unblocked"]
    assert planner.refusal("UnblockOrder", order_number=order.number) == (
        STATE,
        "order_not_blocked",
    )


def test_a_shortage_stays_blocked_until_the_line_is_staged(planner, plant, product):
    order = create_order(planner, plant, product["item"], "5")
    released = release_order(planner, order.number)
    assert released.blocked_reason == "shortage"
    assert planner.refusal("UnblockOrder", order_number=order.number) == (STATE, "order_short")


def test_cancel_gives_back_what_staging_took_and_says_so(production, wh, planner, plant, product):
    storage, line_side = plant.storage_bins[0], plant.line_sides[plant.work_centers[0]]
    lot = stock_lot(wh, plant, product["flour"], "20")
    order = create_order(planner, plant, product["item"], "8")
    release_order(planner, order.number)
    assert wh.on_hand(lot) == {(storage, "AVAILABLE"): 12, (line_side, "AVAILABLE"): 8}
    assert wh.free(lot, storage) == 12

    cancelled = planner.call("CancelOrder", order_number=order.number, reason="no demand")
    assert cancelled.status == "cancelled"
    # Back where it came from, and free again.
    back = wh.on_hand(lot)
    assert (back[(storage, "AVAILABLE")], back.get((line_side, "AVAILABLE"), 0)) == (20, 0)
    assert wh.free(lot, storage) == 20
    assert history_kinds(cancelled)[-2:] == ["compensated", "cancelled"]
    compensated = json.loads(cancelled.history[-2].detail_json)
    assert compensated["released_reservation_id"] == cancelled.materials[0].reservation_id
    assert compensated["returned"] == [
        {
            "lot_code": lot,
            "from_location_code": storage,
            "to_location_code": line_side,
            "quantity": "8",
        }
    ]
    events = dict(outbox_about(production, order.number))
    assert events["production.order_cancelled"]["compensations"][0]["line_no"] == 1
    assert planner.refusal("CancelOrder", order_number=order.number, reason="twice") == (
        STATE,
        "order_state_invalid",
    )
    assert planner.refusal("BlockOrder", order_number=order.number, reason="late") == (
        STATE,
        "order_state_invalid",
    )
    assert wh.ledger_is_exact()


def test_only_completed_orders_close(production, planner, plant, product, token):
    order = create_order(planner, plant, product["item"], "5")
    assert planner.refusal("CloseOrder", order_number=order.number) == (
        STATE,
        "order_state_invalid",
    )
    response = post(
        production, token("pia", *PLANNER_ROLES), f"/v1/orders/{order.number}/close", None
    )
    assert_problem(response, 409, "order_state_invalid")
    assert planner.call("GetOrder", ref=order.number).status == "planned"


def test_a_block_needs_a_reason(production, planner, plant, product, token):
    order = create_order(planner, plant, product["item"], "5")
    response = post(
        production, token("pia", *PLANNER_ROLES), f"/v1/orders/{order.number}/block", {}
    )
    assert response.status_code == 422
    assert not planner.call("GetOrder", ref=order.number).blocked
