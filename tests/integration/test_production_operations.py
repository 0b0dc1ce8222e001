"""Operations on the floor: scrap with a reason and a rework loop, with exact WIP quantities at
each operation and a yield that adds up; and every bad report refused with a stable code,
nothing recorded."""

from __future__ import annotations

from decimal import Decimal

import grpc
import pytest

from tests.integration.production_floor import (
    complete,
    positions,
    produce,
    released_order,
    report,
    scrap_reason,
    start,
)
from tests.integration.production_world import (
    ENGINEER_ROLES,
    OPERATOR_ROLES,
    PLANNER_ROLES,
    Production,
    build_plant,
    component,
    create_order,
    define_bom,
    define_routing,
    make_material,
    operation,
    stock_lot,
)
from tests.property.warehouse_world import Warehouse
from tests.transport import get, grpc_channel, outbox_about, post, unique

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
    return build_plant(wh, engineer, work_centers=2)


def three_step_order(wh, engineer, planner, plant, quantity="10"):
    """10 (reworkable) and 30 at the first work center, 20 at the second."""
    flour, item = make_material(wh, "KGM"), make_material(wh, "H87")
    stock_lot(wh, plant, flour, "100")
    first, second = plant.work_centers
    return released_order(
        engineer,
        planner,
        plant,
        item,
        [component(1, flour, "1", "KGM")],
        quantity=quantity,
        operations=[
            operation(10, first, reworkable=True),
            operation(20, second),
            operation(30, first),
        ],
    )


def test_scrap_and_a_rework_loop_keep_exact_wip_and_a_yield_that_adds_up(
    production, wh, engineer, planner, floor, plant
):
    order = three_step_order(wh, engineer, planner, plant)
    reason = scrap_reason(engineer, plant.work_centers[1])
    n = order.number
    start(floor, n, 10)
    report(floor, n, 10, good="10")
    start(floor, n, 20)
    looped = report(floor, n, 20, good="7", scrap="1", reason=reason, rework="2", rework_to=10)
    assert (looped.operation.good, looped.operation.available) == ("7", "0")
    wip = positions(floor, n)
    assert wip[10]["in_process"] == 2 and wip[10]["rework_in"] == 2
    assert wip[20]["rework_out"] == 2 and wip[30]["queued"] == 7
    report(floor, n, 10, good="2")
    report(floor, n, 20, good="1", scrap="1", reason=reason)
    wip = positions(floor, n)
    assert wip[10] == dict(queued=0, in_process=0, good=12, scrap=0, rework_out=0, rework_in=2)
    assert wip[20] == dict(queued=0, in_process=0, good=8, scrap=2, rework_out=2, rework_in=0)
    assert wip[30] == dict(queued=8, in_process=0, good=0, scrap=0, rework_out=0, rework_in=0)
    start(floor, n, 30)
    report(floor, n, 30, good="8")
    for seq in (10, 20, 30):
        complete(floor, n, seq)
    produce(floor, n, "8")
    done = floor.call("CompleteOrder", order_number=n)
    assert (done.status, done.output_quantity, done.yield_ratio) == ("completed", "8", "0.8")
    # Every unit is accounted for: output plus scrap is the order quantity.
    scrapped = sum(Decimal(p["scrap"]) for p in positions(floor, n).values())
    assert Decimal(done.output_quantity) + scrapped == Decimal(order.quantity)
    report_of_yield = floor.call("GetYield", item_code=order.item_code)
    assert [(i.planned, i.produced, i.yield_ratio) for i in report_of_yield.items] == [
        ("10", "8", "0.8")
    ]
    by_center = {o.work_center_code: o for o in report_of_yield.operations}
    second = by_center[plant.work_centers[1]]
    assert (second.good, second.scrap, second.rework, second.yield_ratio) == (
        "8",
        "2",
        "2",
        "0.666667",
    )
    assert [(s.reason_code, s.quantity) for s in second.scrap_by_reason] == [(reason, "2")]
    kinds = [t for t, _ in outbox_about(production, n)]
    assert kinds.count("production.scrap") == 2
    assert "production.order_completed" in kinds


def test_a_replayed_report_is_recorded_once(wh, engineer, planner, floor, plant):
    order = three_step_order(wh, engineer, planner, plant)
    start(floor, order.number, 10)
    request = dict(order_number=order.number, operation_seq=10, good="4", request_id=unique("r"))
    first = floor.call("RecordOperationReport", **request)
    again = floor.call("RecordOperationReport", **request)
    assert again == first
    assert positions(floor, order.number)[10]["good"] == 4


def test_bad_reports_are_refused_with_stable_codes_and_change_nothing(
    wh, engineer, planner, floor, plant
):
    order = three_step_order(wh, engineer, planner, plant, quantity="5")
    n = order.number
    elsewhere = scrap_reason(engineer, plant.work_centers[1])
    assert floor.refusal("RecordOperationReport", order_number=n, operation_seq=10, good="1") == (
        FAILED,
        "operation_not_started",
    )
    assert floor.refusal("RecordOperationStart", order_number=n, operation_seq=20) == (
        FAILED,
        "operation_out_of_sequence",
    )
    start(floor, n, 10)
    assert floor.refusal(
        "RecordOperationReport",
        order_number=n,
        operation_seq=10,
        good="5",
        scrap="1",
        scrap_reason_code=elsewhere,
    ) == (FAILED, "exceeds_input")
    assert floor.refusal("RecordOperationReport", order_number=n, operation_seq=10, scrap="1") == (
        INVALID,
        "scrap_reason_required",
    )
    assert floor.refusal(
        "RecordOperationReport",
        order_number=n,
        operation_seq=10,
        scrap="1",
        scrap_reason_code=elsewhere,
    ) == (INVALID, "scrap_reason_unknown")
    report(floor, n, 10, good="3")
    start(floor, n, 20)
    assert floor.refusal(
        "RecordOperationReport", order_number=n, operation_seq=20, rework="1", rework_to_seq=30
    ) == (INVALID, "rework_target_invalid")
    assert floor.refusal("RecordOperationCompletion", order_number=n, operation_seq=20) == (
        FAILED,
        "operation_out_of_sequence",
    )
    wip = positions(floor, n)
    assert (wip[10]["good"], wip[10]["scrap"], wip[10]["in_process"]) == (3, 0, 2)
    assert (wip[20]["good"], wip[20]["rework_out"], wip[20]["in_process"]) == (0, 0, 3)


def test_an_order_not_released_takes_no_floor_records(wh, engineer, planner, floor, plant):
    flour, item = make_material(wh, "KGM"), make_material(wh, "H87")
    define_bom(engineer, item, [component(1, flour, "1", "KGM")])
    define_routing(engineer, item, [operation(10, plant.work_centers[0])])
    planned = create_order(planner, plant, item, "3")
    assert floor.refusal("RecordOperationStart", order_number=planned.number, operation_seq=10) == (
        FAILED,
        "order_not_released",
    )
    assert floor.refusal(
        "RecordOperationStart", order_number="MO-NONE-" + unique("x"), operation_seq=10
    ) == (grpc.StatusCode.NOT_FOUND, "order_not_found")


def test_wip_aging_lists_open_operations_oldest_first(wh, engineer, planner, floor, plant):
    order = three_step_order(wh, engineer, planner, plant)
    start(floor, order.number, 10)
    ages = floor.call("ListWipAging", work_center_code=plant.work_centers[0], page_size=500).ages
    mine = [(a.seq, a.status, a.quantity) for a in ages if a.order_number == order.number]
    # The queued operation has waited since the release, longer than the one just started.
    assert mine == [(30, "queued", "0"), (10, "started", "10")]
    stamps = [a.last_event_at.ToDatetime() for a in ages]
    assert stamps == sorted(stamps)


def test_rest_takes_the_same_reports_and_refuses_them_the_same_way(
    production, wh, engineer, planner, floor, plant, token
):
    order = three_step_order(wh, engineer, planner, plant, quantity="2")
    olga = token("olga", *OPERATOR_ROLES)
    started = post(
        production,
        olga,
        "/v1/operation-starts",
        {"order_number": order.number, "operation_seq": 10},
    )
    assert (started.status_code, started.json()["operation"]["status"]) == (201, "started")
    body = {"order_number": order.number, "operation_seq": 10, "good": "3"}
    refused = post(production, olga, "/v1/operation-reports", body)
    assert (refused.status_code, refused.json()["code"]) == (409, "exceeds_input")
    wip = get(production, olga, "/v1/wip", order_number=order.number).json()
    assert [(p["seq"], p["in_process"], p["queued"]) for p in wip["positions"]] == [
        (10, "2", "0"),
        (20, "0", "0"),
        (30, "0", "0"),
    ]
