"""Consumption after a recorded substitution: the substitute's lot is issued on its own line
and the trace shows it; an alternate nobody recorded is not on the order."""

from __future__ import annotations

import grpc
import pytest

from tests.integration.production_floor import issue, produce, run_operation
from tests.integration.production_world import (
    ENGINEER_ROLES,
    OPERATOR_ROLES,
    PLANNER_ROLES,
    Production,
    alternate,
    build_plant,
    component,
    create_order,
    define_bom,
    define_routing,
    make_material,
    material,
    operation,
    release_order,
    stock_lot,
)
from tests.property.warehouse_world import Warehouse
from tests.transport import grpc_channel

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def wh(warehouse, token) -> Warehouse:
    return Warehouse(grpc_channel(warehouse), token("root"))


@pytest.fixture(scope="module")
def engineer(production, token) -> Production:
    return Production(grpc_channel(production), token("erin", *ENGINEER_ROLES))


@pytest.fixture(scope="module")
def plant(wh, engineer):
    return build_plant(wh, engineer, work_centers=1)


def test_the_recorded_substitute_is_consumed_and_traced(production, wh, engineer, plant, token):
    pia = Production(grpc_channel(production), token("pia", *PLANNER_ROLES))
    paul = Production(grpc_channel(production), token("paul", *PLANNER_ROLES))
    floor = Production(grpc_channel(production), token("olga", *OPERATOR_ROLES))
    flour, rye, oats, bread = (make_material(wh, u) for u in ("KGM", "KGM", "KGM", "H87"))
    alternates = [alternate(rye, "1.5"), alternate(oats, "1")]
    define_bom(engineer, bread, [component(1, flour, "2", "KGM", alternates=alternates)])
    define_routing(engineer, bread, [operation(10, plant.work_centers[0])])
    stock_lot(wh, plant, flour, "5")
    rye_lot, oats_lot = stock_lot(wh, plant, rye, "40"), stock_lot(wh, plant, oats, "40")
    order = release_order(pia, create_order(pia, plant, bread, "10").number)
    opened = pia.call(
        "OpenSubstitution",
        order_number=order.number,
        line_no=1,
        substitute_item_code=rye,
        reason="flour short",
    )
    paul.call("DecideSubstitution", substitution_id=opened.id, approve=True)
    pia.call("RecordSubstitution", substitution_id=opened.id)

    consumed = issue(floor, order.number, 10, rye_lot, "30", "KGM")
    assert (consumed.line_no, consumed.standard_quantity, consumed.variance_quantity) == (
        2,
        "30",
        "0",
    )
    assert floor.refusal(
        "IssueMaterial",
        order_number=order.number,
        operation_seq=10,
        lot_code=oats_lot,
        quantity="1",
        uom="KGM",
    ) == (grpc.StatusCode.FAILED_PRECONDITION, "item_not_on_bom")
    run_operation(floor, order.number, 10, "10")
    produce(floor, order.number, "10")
    done = floor.call("CompleteOrder", order_number=order.number)
    assert list(done.variances) == []
    trace = floor.call("GetLotGenealogy", lot_code=order.output_lot_code, direction="backward")
    assert [(s.input_lot_code, s.input_item_code, s.quantity) for s in trace.steps] == [
        (rye_lot, rye, "30")
    ]
    after = floor.call("GetOrder", ref=order.number)
    assert (material(after, 1).consumed_quantity, material(after, 2).consumed_quantity) == (
        "0",
        "30",
    )
