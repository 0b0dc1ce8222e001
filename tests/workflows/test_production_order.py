"""A production order run through its workflow: the project's worker on the real Temporal dev
server, warehouse, quality and production over gRPC on real PostgreSQL. Operators report through
production's RPCs, which send Updates to the order's workflow; every trail is a path of
production_order.bpmn."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import grpc
import pytest

from protos.quality.v1 import quality_pb2
from protos.quality.v1.quality_pb2_grpc import QualityServiceStub
from tests.integration.production_world import component, make_material, operation, stock_lot
from tests.transport import auth, grpc_channel, rest_client, unique
from tests.workflows.inbound_fixtures import inspect_and_decide
from tests.workflows.inbound_world import GOOD_RESULTS, complete, open_task, person
from tests.workflows.production_fixtures import (  # noqa: F401 - fixtures
    finish,
    inbox,
    operate,
    refused,
    released,
    scrap_reason,
    start_order,
    taking_reports,
    with_worker,
    world,
)
from workflows.production_order.contracts import workflow_id_for
from workflows.production_order.elements import (
    BACKFLUSH_OPERATION_TASK,
    BACKFLUSH_ORDER_TASK,
    COMPLETE_ORDER_TASK,
    PRODUCE_OUTPUT_TASK,
    RESOLVE_ORDER_FAILURE,
)
from workflows.production_order.workflow import ProductionOrderWorkflow

pytestmark = pytest.mark.workflows


def bread_order(world, *, flour_lot_kg: str = "50"):
    """Bread of flour (0.5 KGM each, backflushed when the first operation completes) and salt
    (0.01 KGM each, backflushed when the order completes), mixed then baked."""
    flour, salt = make_material(world.wh, "KGM", prefix="FLR"), make_material(world.wh, "KGM")
    bread = make_material(world.wh, "H87", prefix="BRD")
    lots = {
        "flour": stock_lot(world.wh, world.plant, flour, flour_lot_kg),
        "salt": stock_lot(world.wh, world.plant, salt, "5"),
    }
    mix, bake = world.plant.work_centers
    order = released(
        world,
        bread,
        [
            component(1, flour, "0.5", "KGM", operation_seq=10, issue_policy="backflush_operation"),
            component(2, salt, "0.01", "KGM", operation_seq=20, issue_policy="backflush_order"),
        ],
        [operation(10, mix), operation(20, bake)],
    )
    return order, lots


def consumptions(world, number: str) -> list[tuple[int, str, Decimal, str]]:
    """The order's consumptions as production records them: (operation, lot, qty, method)."""
    genealogy = world.planner.call("GetOrderGenealogy", order_number=number)
    return sorted(
        (c.operation_seq, c.lot_code, Decimal(c.quantity), c.method) for c in genealogy.consumptions
    )


def issued(world, lot: str) -> list[Decimal]:
    """The warehouse's issue movements of the lot to production."""
    page = world.wh.call("ListLotMovements", lot_code=lot, page_size=500)
    return [Decimal(m.quantity) for m in page.movements if m.type == "issue"]


def test_an_order_runs_end_to_end_through_operator_reports_backflush_output_and_completion(
    with_worker, client, world, start_service, token
):
    order, lots = bread_order(world)
    rest = rest_client(start_service("production"), token("olga", "production"))

    def key() -> dict[str, str]:
        return {"Idempotency-Key": unique("rest")}

    burnt = scrap_reason(world, world.plant.work_centers[1])

    def scenario(on_loop):
        handle = start_order(client, on_loop, order.number)
        taking_reports(on_loop, handle)
        mixed = operate(world.floor, order.number, 10, good="10")
        # The same reports over REST: a refusal with its stable code, then the real ones.
        operation = f"/v1/orders/{order.number}/operations/20"
        early = rest.post(f"{operation}/reports", json={"good": "1"}, headers=key())
        assert rest.post(f"{operation}/start", headers=key()).status_code == 200
        baked = rest.post(
            f"{operation}/reports",
            json={"good": "9", "scrap": "1", "scrap_reason_code": burnt},
            headers=key(),
        )
        assert baked.status_code == 200, baked.text
        baked = SimpleNamespace(**baked.json())
        assert (early.status_code, early.json()["code"]) == (409, "operation_not_started")
        world.floor.call("CompleteOperation", order_number=order.number, operation_seq=20)
        return mixed, baked, *finish(on_loop, handle)

    mixed, baked, result, trail = with_worker(scenario)

    assert (mixed.status, mixed.good_quantity, mixed.reported_by) == ("completed", "10", "olga")
    assert (baked.good_quantity, baked.scrap_quantity, baked.available_input) == ("9", "1", "0")
    assert (result.output_quantity, result.output_status) == (Decimal(9), "AVAILABLE")
    for step in (BACKFLUSH_OPERATION_TASK, BACKFLUSH_ORDER_TASK, PRODUCE_OUTPUT_TASK):
        assert step in trail
    assert trail[-2:] == [COMPLETE_ORDER_TASK, "order_completed"]
    done = world.planner.call("GetOrder", ref=order.number)
    assert done.status == "completed"
    operations = {op.seq: op for op in done.operations}
    assert (operations[10].good_quantity, operations[20].scrap_quantity) == ("10", "1")
    assert operations[20].started_by == "olga"
    # Flour backflushed at the first operation for its 10 good, salt at completion.
    flour = [c for c in consumptions(world, order.number) if c[1] == lots["flour"]]
    assert flour == [(10, lots["flour"], Decimal(5), "backflush")]
    assert issued(world, lots["flour"]) == [Decimal(5)]
    assert any(c[1] == lots["salt"] for c in consumptions(world, order.number))


def test_a_refused_report_never_enters_the_workflows_history(with_worker, client, world):
    order, _ = bread_order(world)
    burnt = scrap_reason(world, world.plant.work_centers[1])
    floor, number = world.floor, order.number
    too_much, no_reason = unique("too-much"), unique("no-reason")

    def scenario(on_loop):
        handle = start_order(client, on_loop, number)
        taking_reports(on_loop, handle)
        before_start = refused(
            floor, "ReportOperation", order_number=number, operation_seq=10, good="1"
        )
        out_of_sequence = refused(floor, "StartOperation", order_number=number, operation_seq=20)
        floor.call("StartOperation", order_number=number, operation_seq=10)
        exceeding = refused(
            floor,
            "ReportOperation",
            request_id=too_much,
            order_number=number,
            operation_seq=10,
            good="10.5",
        )
        floor.call("ReportOperation", order_number=number, operation_seq=10, good="10")
        floor.call("StartOperation", order_number=number, operation_seq=20)
        reasonless = refused(
            floor,
            "ReportOperation",
            request_id=no_reason,
            order_number=number,
            operation_seq=20,
            scrap="1",
        )
        unknown_reason = refused(
            floor,
            "ReportOperation",
            order_number=number,
            operation_seq=20,
            scrap="1",
            scrap_reason_code="NOT-HERE",
        )
        early = refused(floor, "CompleteOperation", order_number=number, operation_seq=20)
        history = on_loop(handle.fetch_history()).to_json()
        on_loop(handle.terminate("test over"))
        refusals = [before_start, out_of_sequence, exceeding, reasonless, unknown_reason, early]
        return refusals, history

    refusals, history = with_worker(scenario)

    state, invalid = grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.INVALID_ARGUMENT
    assert refusals == [
        (state, "operation_not_started"),
        (state, "operation_out_of_sequence"),
        (state, "exceeds_input"),
        (invalid, "scrap_reason_required"),
        (invalid, "scrap_reason_unknown"),
        (state, "operation_out_of_sequence"),
    ]
    assert too_much not in history and no_reason not in history
    assert burnt  # defined at the second work center; the report named another
    # Nothing of the refused reports reached production either.
    ops = {op.seq: op for op in world.planner.call("GetOrder", ref=number).operations}
    assert (ops[10].good_quantity, ops[20].scrap_quantity) == ("10", "0")


def test_a_worker_stopped_mid_order_and_a_new_one_finishing_it_duplicate_no_consumption(
    with_worker, client, world
):
    order, lots = bread_order(world)
    floor, number = world.floor, order.number
    start_id, complete_id = unique("start-10"), unique("complete-10")

    def first_worker(on_loop):
        handle = start_order(client, on_loop, number)
        taking_reports(on_loop, handle)
        floor.call("StartOperation", request_id=start_id, order_number=number, operation_seq=10)
        floor.call("ReportOperation", order_number=number, operation_seq=10, good="10")
        return floor.call(
            "CompleteOperation", request_id=complete_id, order_number=number, operation_seq=10
        )

    def second_worker(on_loop):
        run = ProductionOrderWorkflow.run
        handle = client.get_workflow_handle_for(run, workflow_id_for(number))
        # The operator's retries of what the first worker recorded answer as the first time.
        started = floor.call(
            "StartOperation", request_id=start_id, order_number=number, operation_seq=10
        )
        completed = floor.call(
            "CompleteOperation", request_id=complete_id, order_number=number, operation_seq=10
        )
        operate(floor, number, 20, good="10")
        return started, completed, *finish(on_loop, handle)

    first, (started, completed, result, trail) = with_worker(first_worker, second_worker)

    assert (first.status, completed.status, started.reported_by) == ("completed",) * 2 + ("olga",)
    assert completed == first
    assert result.output_quantity == Decimal(10)
    assert trail.count(BACKFLUSH_OPERATION_TASK) == 1
    recorded = consumptions(world, number)
    assert [c for c in recorded if c[1] == lots["flour"]] == [
        (10, lots["flour"], Decimal(5), "backflush")
    ]
    assert issued(world, lots["flour"]) == [Decimal(5)]
    salt = [c for c in recorded if c[1] == lots["salt"]]
    assert len(salt) == 1 and issued(world, lots["salt"]) == [salt[0][2]]
    done = world.planner.call("GetOrder", ref=number)
    assert [(m.line_no, m.consumed_quantity) for m in done.materials] == [
        (1, "5"),
        (2, str(salt[0][2].normalize())),
    ]


def test_output_quality_inspects_waits_in_quarantine_for_inbounds_inspection_and_release(
    with_worker, client, world, inbox, token, start_service
):
    order, _ = bread_order(world)
    quality = QualityServiceStub(grpc_channel(start_service("quality")))
    quality.DefineInspectionPlan(
        quality_pb2.DefineInspectionPlanRequest(
            request_id=unique("plan"),
            item_code=order.item_code,
            sample_size=3,
            characteristics=[
                quality_pb2.Characteristic(
                    name="moisture", kind="numeric", upper_limit="15.0", unit="P1"
                ),
                quality_pb2.Characteristic(name="foreign matter", kind="attribute"),
            ],
        ),
        metadata=auth(token("admin", "admin")),
    )

    def scenario(on_loop):
        handle = start_order(client, on_loop, order.number)
        taking_reports(on_loop, handle)
        operate(world.floor, order.number, 10, good="10")
        operate(world.floor, order.number, 20, good="10")
        inspect_and_decide(inbox, token, order.number, GOOD_RESULTS, "release")
        return finish(on_loop, handle)

    result, trail = with_worker(scenario)

    assert (result.decision, result.output_status) == ("release", "AVAILABLE")
    assert result.inspection_id
    assert trail[trail.index(PRODUCE_OUTPUT_TASK) :] == [
        PRODUCE_OUTPUT_TASK,
        "final_inspection_needed",
        "open_inspection",
        "inspect_lot",
        "record_inspection_results",
        "results_accepted",
        "decide_release",
        "decide_lot",
        "decision_accepted",
        "lot_decision",
        "release_stock",
        "stock_settled",
        COMPLETE_ORDER_TASK,
        "order_completed",
    ]
    assert world.wh.on_hand(result.output_lot_code) == {
        (world.plant.output_location_code, "AVAILABLE"): Decimal(10)
    }
    assert world.planner.call("GetOrder", ref=order.number).status == "completed"


def test_a_step_production_refuses_blocks_the_order_with_the_reason_and_asks_the_planners(
    with_worker, client, world, inbox, token
):
    order, lots = bread_order(world)
    flour_item = order.materials[0].item_code
    pia = person(inbox, token, "pia", "production_planner")

    def scenario(on_loop):
        handle = start_order(client, on_loop, order.number)
        taking_reports(on_loop, handle)
        # Quality holds the staged flour lot after release: its backflush cannot be issued.
        world.wh.call(
            "HoldLot",
            lot_code=lots["flour"],
            item_code=flour_item,
            hold_ref=unique("QH"),
            reason="supplier recall check",
        )
        operate(world.floor, order.number, 10, good="10")
        task = open_task(pia, order.number, RESOLVE_ORDER_FAILURE)
        blocked = world.planner.call("GetOrder", ref=order.number)
        refused_start = refused(
            world.floor, "StartOperation", order_number=order.number, operation_seq=20
        )
        done = complete(pia, task["id"], "abandon", reason="flour lot under investigation")
        assert done.status_code == 200, done.text
        return task, blocked, refused_start, *finish(on_loop, handle)

    task, blocked, refused_start, result, trail = with_worker(scenario)

    assert task["details"]["failed_step"] == BACKFLUSH_OPERATION_TASK
    assert blocked.blocked and blocked.blocked_reason == task["details"]["reason"]
    assert refused_start == (grpc.StatusCode.FAILED_PRECONDITION, "order_blocked")
    assert trail[-6:] == [
        BACKFLUSH_OPERATION_TASK,
        "order_step_failed",
        "block_order",
        RESOLVE_ORDER_FAILURE,
        "failure_resolution",
        "order_abandoned",
    ]
    assert (result.failed_step, result.abandoned_by, result.why) == (
        BACKFLUSH_OPERATION_TASK,
        "pia",
        "flour lot under investigation",
    )
    assert issued(world, lots["flour"]) == []


def test_a_failed_step_retried_by_the_planners_runs_again_and_fails_visibly_again(
    with_worker, client, world, inbox, token
):
    order, lots = bread_order(world)
    flour_item = order.materials[0].item_code
    pia = person(inbox, token, "pia", "production_planner")
    hold = unique("QH")

    def scenario(on_loop):
        handle = start_order(client, on_loop, order.number)
        taking_reports(on_loop, handle)
        world.wh.call(
            "HoldLot", lot_code=lots["flour"], item_code=flour_item, hold_ref=hold, reason="check"
        )
        operate(world.floor, order.number, 10, good="10")
        first = open_task(pia, order.number, RESOLVE_ORDER_FAILURE)
        assert complete(pia, first["id"], "retry").status_code == 200
        # The lot's staging was cut short by the hold: the retried backflush fails again.
        second = open_task(pia, order.number, RESOLVE_ORDER_FAILURE, other_than=first["id"])
        again = complete(pia, second["id"], "abandon", reason="restage by hand")
        assert again.status_code == 200, again.text
        return first, second, *finish(on_loop, handle)

    first, second, result, trail = with_worker(scenario)

    assert first["details"]["failed_step"] == second["details"]["failed_step"]
    assert second["details"]["failed_step"] == BACKFLUSH_OPERATION_TASK
    # The second run read the order again: operation 10 done, its backflush run again.
    assert trail[:3] == ["order_released", "read_order", "staging_short"]
    assert trail[-6:] == [
        BACKFLUSH_OPERATION_TASK,
        "order_step_failed",
        "block_order",
        RESOLVE_ORDER_FAILURE,
        "failure_resolution",
        "order_abandoned",
    ]
    assert (result.abandoned_by, result.why) == ("pia", "restage by hand")
    history = [h.kind for h in world.planner.call("GetOrder", ref=order.number).history]
    assert [k for k in history if k in ("blocked", "unblocked")] == [
        "blocked",
        "unblocked",
        "blocked",
    ]
    assert issued(world, lots["flour"]) == []
