"""Genealogy written with each consumption: a two-level build (an intermediate lot made from
two raw lots, then a finished lot from the intermediate and a third raw lot) traced backward
from the finished lot to every raw lot with the quantities consumed, and forward again."""

from __future__ import annotations

import grpc
import pytest

from tests.integration.production_floor import (
    issue,
    produce,
    released_order,
    run_operation,
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
    return build_plant(wh, engineer, work_centers=2)


@pytest.fixture(scope="module")
def build(production, wh, engineer, planner, floor, plant):
    """Raw lots A, B into an intermediate lot M; M and raw lot C into a finished lot F."""
    raw_a, raw_b, raw_c = (make_material(wh, "KGM", prefix=p) for p in ("RA", "RB", "RC"))
    mix, bread = make_material(wh, "KGM", prefix="MIX"), make_material(wh, "H87", prefix="FIN")
    lot_a, lot_b, lot_c = (stock_lot(wh, plant, item, "50") for item in (raw_a, raw_b, raw_c))
    first = released_order(
        engineer,
        planner,
        plant,
        mix,
        [component(1, raw_a, "0.6", "KGM"), component(2, raw_b, "0.4", "KGM")],
        quantity="10",
        uom="KGM",
    )
    issue(floor, first.number, 10, lot_a, "6", "KGM")
    issue(floor, first.number, 10, lot_b, "4", "KGM")
    run_operation(floor, first.number, 10, "10")
    produce(floor, first.number, "10", "KGM")
    floor.call("CompleteOrder", order_number=first.number)
    second = released_order(
        engineer,
        planner,
        plant,
        bread,
        [
            component(1, mix, "1", "KGM", operation_seq=10),
            component(2, raw_c, "0.5", "KGM", operation_seq=10),
        ],
        quantity="4",
        operations=[operation(10, plant.work_centers[1])],
    )
    issue(floor, second.number, 10, first.output_lot_code, "4", "KGM")
    issue(floor, second.number, 10, lot_c, "2", "KGM")
    run_operation(floor, second.number, 10, "4")
    produce(floor, second.number, "4")
    floor.call("CompleteOrder", order_number=second.number)
    return {
        "A": lot_a,
        "B": lot_b,
        "C": lot_c,
        "M": first.output_lot_code,
        "F": second.output_lot_code,
        "first": first.number,
        "second": second.number,
    }


def steps(floor, lot, direction, **fields):
    trace = floor.call("GetLotGenealogy", lot_code=lot, direction=direction, **fields)
    return {
        (s.depth, s.input_lot_code, s.output_lot_code, s.quantity, tuple(s.path))
        for s in trace.steps
    }


def test_the_finished_lot_traces_back_to_every_raw_lot_with_quantities(floor, build):
    b = build
    assert steps(floor, b["F"], "backward") == {
        (1, b["M"], b["F"], "4", (b["F"], b["M"])),
        (1, b["C"], b["F"], "2", (b["F"], b["C"])),
        (2, b["A"], b["M"], "6", (b["F"], b["M"], b["A"])),
        (2, b["B"], b["M"], "4", (b["F"], b["M"], b["B"])),
    }


def test_a_raw_lot_traces_forward_through_the_intermediate_to_the_finished_lot(floor, build):
    b = build
    assert steps(floor, b["A"], "forward") == {
        (1, b["A"], b["M"], "6", (b["A"], b["M"])),
        (2, b["M"], b["F"], "4", (b["A"], b["M"], b["F"])),
    }
    assert steps(floor, b["A"], "forward", max_depth=1) == {
        (1, b["A"], b["M"], "6", (b["A"], b["M"])),
    }


def test_a_trace_pages_and_refuses_an_absurd_depth(floor, build):
    b = build
    first = floor.call("GetLotGenealogy", lot_code=b["F"], direction="backward", page_size=3)
    assert len(first.steps) == 3 and first.next_page_token
    rest = floor.call(
        "GetLotGenealogy", lot_code=b["F"], direction="backward", page_token=first.next_page_token
    )
    assert len(rest.steps) == 1 and not rest.next_page_token
    refusal = floor.refusal("GetLotGenealogy", lot_code=b["F"], max_depth=10_000)
    assert refusal == (grpc.StatusCode.INVALID_ARGUMENT, "depth_out_of_range")


def test_the_order_genealogy_names_its_inputs_outputs_and_consumptions(floor, build):
    b = build
    genealogy = floor.call("GetOrderGenealogy", order_number=b["second"])
    assert genealogy.output_lot_code == b["F"]
    assert {(i.input_lot_code, i.quantity) for i in genealogy.inputs} == {
        (b["M"], "4"),
        (b["C"], "2"),
    }
    assert [(o.lot_code, o.quantity, o.kind, o.status) for o in genealogy.outputs] == [
        (b["F"], "4", "primary", "AVAILABLE")
    ]
    assert {(c.lot_code, c.method, c.output_lot_code) for c in genealogy.consumptions} == {
        (b["M"], "manual", b["F"]),
        (b["C"], "manual", b["F"]),
    }


def test_each_consumption_and_output_is_an_event_for_the_trace_graph(production, build):
    b = build
    events = outbox_about(production, b["first"])
    consumed = [p for t, p in events if t == "production.consumed"]
    assert {(p["input_lot_code"], p["quantity"], p["output_lot_code"]) for p in consumed} == {
        (b["A"], "6", b["M"]),
        (b["B"], "4", b["M"]),
    }
    produced = [p for t, p in events if t == "production.output_produced"]
    assert [(p["lot_code"], p["quantity"], p["reference_document"]) for p in produced] == [
        (b["M"], "10", b["first"])
    ]
    assert {(i["lot_code"], i["quantity"]) for i in produced[0]["inputs"]} == {
        (b["A"], "6"),
        (b["B"], "4"),
    }
