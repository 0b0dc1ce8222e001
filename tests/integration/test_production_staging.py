"""Staging at release: components reserved FEFO for the due date and moved, still reserved, to
the consuming work center's line-side location; a replayed release stages once."""

from __future__ import annotations

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
    material,
    operation,
    release_order,
    stock_lot,
)
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
def plant(wh, engineer):
    return build_plant(wh, engineer, work_centers=1)


def test_release_moves_the_earliest_expiring_lots_line_side_still_reserved(
    production, wh, engineer, planner, plant
):
    flour, bread = make_material(wh, "KGM"), make_material(wh, "H87")
    line_side = plant.line_sides[plant.work_centers[0]]
    define_bom(engineer, bread, [component(1, flour, "0.5", "KGM")])
    define_routing(engineer, bread, [operation(10, plant.work_centers[0])])
    late = stock_lot(wh, plant, flour, "40", expiry_date="2032-01-01")
    early = stock_lot(
        wh, plant, flour, "30", expiry_date="2031-01-01", bin_code=plant.storage_bins[1]
    )
    expired = stock_lot(wh, plant, flour, "99", expiry_date="2030-05-01")
    order = create_order(planner, plant, bread, "100", due_date="2030-06-01")

    released = release_order(planner, order.number)
    line = material(released, 1)
    assert (line.status, line.required_quantity, line.staged_quantity) == ("staged", "50", "50")
    # FEFO at the due date: the expired lot is skipped, the earliest usable one goes first.
    assert wh.on_hand(early) == {(line_side, "AVAILABLE"): 30}
    assert wh.on_hand(late) == {
        (plant.storage_bins[0], "AVAILABLE"): 20,
        (line_side, "AVAILABLE"): 20,
    }
    assert wh.on_hand(expired) == {(plant.storage_bins[0], "AVAILABLE"): 99}
    # Staged stock stays reserved for the order: nobody else can take it.
    assert wh.free(early, line_side) == 0 and wh.free(late, line_side) == 0
    reservation = wh.call("GetReservation", reservation_id=line.reservation_id)
    assert reservation.order_ref == order.number
    assert {(a.lot_code, a.location_code, a.remaining) for a in reservation.allocations} == {
        (early, line_side, "30"),
        (late, line_side, "20"),
    }
    staged = [e for e in released.history if e.kind == "staged"]
    assert len(staged) == 1 and early in staged[0].detail_json
    kinds = [kind for kind, _ in outbox_about(production, order.number)]
    assert kinds == [
        "production.order_created",
        "production.order_released",
        "production.order_staged",
    ]
    assert history_kinds(released) == ["created", "released", "staged"]
    assert wh.ledger_is_exact()
