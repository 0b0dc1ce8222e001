"""Substitution approval: staging leaves a line short, the order's workflow finds an approved
alternate with the stock and asks for approval in the name of the planner who released the
order (who may not approve it); a second planner approves or rejects it through the inbox.
Real services, inbox, worker and Temporal dev server; trails checked against the models."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal

import grpc
import pytest

from tests.integration.production_world import (
    PLANNER_ROLES,
    alternate,
    component,
    make_material,
    operation,
    stock_lot,
)
from tests.transport import error_code, unique
from tests.workflows.inbound_world import complete, open_task, person
from tests.workflows.production_fixtures import (  # noqa: F401 - fixtures
    QUEUE,
    SUBSTITUTION_MODEL,
    finish,
    inbox,
    operate,
    released,
    replayed,
    start_order,
    taking_reports,
    with_worker,
    world,
)
from workflows.production_order.elements import (
    AWAIT_SUBSTITUTION,
    FIND_SUBSTITUTE_TASK,
    SUBSTITUTE_AS_CHILD,
)
from workflows.production_order.workflow import ProductionOrderWorkflow
from workflows.substitution.contracts import (
    ApprovalDeadlines,
    Person,
    RequestSubstitution,
)
from workflows.substitution.contracts import workflow_id_for as substitution_id_for
from workflows.substitution.elements import APPROVE_SUBSTITUTION
from workflows.substitution.workflow import SubstitutionWorkflow

pytestmark = pytest.mark.workflows

PLANNER = "production_planner"


def short_order(world, *, spelt_kg: str = "20"):
    """Bread of flour (0.5 KGM each, backflushed at the first operation) with spelt approved
    as its alternate (1.2 KGM of spelt for 1 of flour): only 2 KGM of flour in stock for the 5
    an order of 10 needs, 20 KGM of spelt. Released by pia, so the flour line is short."""
    flour = make_material(world.wh, "KGM", prefix="FLR")
    spelt = make_material(world.wh, "KGM", prefix="SPL")
    bread = make_material(world.wh, "H87", prefix="BRD")
    lots = {
        "flour": stock_lot(world.wh, world.plant, flour, "2"),
        "spelt": stock_lot(world.wh, world.plant, spelt, spelt_kg),
    }
    order = released(
        world,
        bread,
        [
            component(
                1,
                flour,
                "0.5",
                "KGM",
                issue_policy="backflush_operation",
                alternates=[alternate(spelt, "1.2")],
            )
        ],
        [operation(10, world.plant.work_centers[0])],
    )
    assert (order.blocked, order.materials[0].status) == (True, "short")
    return order, lots, spelt


def child_id(number: str, spelt: str) -> str:
    return substitution_id_for(number, f"shortage-1-{spelt}-1")


def test_an_approved_substitute_is_staged_consumed_and_traced_beside_the_planned_component(
    with_worker, client, world, inbox, token
):
    order, lots, spelt = short_order(world)
    pia = person(inbox, token, "pia", *PLANNER_ROLES)
    paul = person(inbox, token, "paul", PLANNER)

    def scenario(on_loop):
        handle = start_order(client, on_loop, order.number)
        task = open_task(paul, order.number, APPROVE_SUBSTITUTION)
        # pia released the order, so the workflow asked in her name: she may not approve.
        by_requester = complete(pia, task["id"], "approve")
        approved = complete(paul, task["id"], "approve")
        taking_reports(on_loop, handle)
        operate(world.floor, order.number, 10, good="10")
        result, trail = finish(on_loop, handle)
        child = client.get_workflow_handle(child_id(order.number, spelt))
        child_trail = on_loop(child.query(SubstitutionWorkflow.trail))
        assert replayed(on_loop, SubstitutionWorkflow, child)
        return task, by_requester, approved, result, trail, child_trail

    task, by_requester, approved, result, trail, child_trail = with_worker(scenario)

    assert task["details"]["requested_by"] == "pia"
    assert [e["user"] for e in task["excluded"]] == ["pia"]
    assert (by_requester.status_code, by_requester.json()["code"]) == (
        403,
        "segregation_of_duties",
    )
    assert approved.status_code == 200, approved.text
    assert SUBSTITUTION_MODEL.trail_problems(child_trail, completed=True) == []
    assert trail[:6] == [
        "order_released",
        "read_order",
        "staging_short",
        FIND_SUBSTITUTE_TASK,
        "substitute_found",
        SUBSTITUTE_AS_CHILD,
    ]
    done = world.planner.call("GetOrder", ref=order.number)
    assert done.status == "completed"
    planned, used = sorted(done.materials, key=lambda m: m.line_no)
    assert (planned.item_code, planned.status) == (order.materials[0].item_code, "substituted")
    assert (used.item_code, used.substitutes_line_no) == (spelt, 1)
    [substitution] = done.substitutions
    assert (substitution.requested_by, substitution.decided_by, substitution.status) == (
        "pia",
        "paul",
        "recorded",
    )
    # The output lot's genealogy reaches the substitute's lot: 10 x 0.5 x 1.2 KGM of spelt.
    trace = world.planner.call(
        "GetLotGenealogy", lot_code=result.output_lot_code, direction="backward", max_depth=3
    )
    inputs = {(step.input_lot_code, Decimal(step.quantity)) for step in trace.steps}
    assert (lots["spelt"], Decimal(6)) in inputs
    assert lots["flour"] not in {lot for lot, _ in inputs}


def test_a_rejected_substitution_leaves_the_order_blocked_with_the_reason(
    with_worker, client, world, inbox, token
):
    order, _, spelt = short_order(world)
    # The approval task is also quality's: a quality approver decides this one.
    quinn = person(inbox, token, "quinn", "quality_approver")

    def scenario(on_loop):
        handle = start_order(client, on_loop, order.number)
        task = open_task(quinn, order.number, APPROVE_SUBSTITUTION)
        rejected = complete(quinn, task["id"], "reject", reason="spelt changes the crumb")
        child = client.get_workflow_handle_for(
            SubstitutionWorkflow.run, child_id(order.number, spelt)
        )
        settled = on_loop(child.result())
        child_trail = on_loop(child.query(SubstitutionWorkflow.trail))
        # With no other alternate, the order's workflow waits for a planner's substitution.
        deadline_trail = wait_for(on_loop, handle, AWAIT_SUBSTITUTION)
        refused = refusal_of(world, order.number)
        on_loop(handle.terminate("test over"))
        return rejected, settled, child_trail, deadline_trail, refused

    rejected, settled, child_trail, trail, refused = with_worker(scenario)

    assert rejected.status_code == 200, rejected.text
    assert (settled.outcome, settled.decided_by) == ("rejected", "quinn")
    assert "spelt changes the crumb" in settled.reason
    assert SUBSTITUTION_MODEL.trail_problems(child_trail, completed=True) == []
    assert trail[-1] == AWAIT_SUBSTITUTION
    done = world.planner.call("GetOrder", ref=order.number)
    assert done.blocked and done.status == "released"
    assert [s.status for s in done.substitutions] == ["rejected"]
    rejection = [h for h in done.history if h.kind == "substitution_rejected"]
    assert rejection and "spelt changes the crumb" in rejection[0].detail_json
    assert refused == (grpc.StatusCode.FAILED_PRECONDITION, "order_blocked")


def wait_for(on_loop, handle, element: str) -> list[str]:
    """The order's trail once it stands at `element`."""
    deadline = time.monotonic() + 60
    while True:
        trail = on_loop(handle.query(ProductionOrderWorkflow.trail))
        if trail and trail[-1] == element:
            return trail
        if time.monotonic() > deadline:
            raise AssertionError(f"the order's workflow did not reach {element}: {trail}")
        time.sleep(0.1)


def refusal_of(world, number: str):
    """An operator's start on the blocked order, refused by its workflow."""
    try:
        world.floor.call("StartOperation", order_number=number, operation_seq=10)
    except grpc.RpcError as error:
        return error.code(), error_code(error)
    raise AssertionError("the start was taken")


def test_a_planners_substitution_request_unblocks_the_waiting_order_once_approved(
    with_worker, client, world, inbox, token
):
    order, lots, spelt = short_order(world, spelt_kg="1")  # too little spelt at release
    paul = person(inbox, token, "paul", PLANNER)

    def scenario(on_loop):
        handle = start_order(client, on_loop, order.number)
        waiting = wait_for(on_loop, handle, AWAIT_SUBSTITUTION)
        more_spelt = stock_lot(world.wh, world.plant, spelt, "20")
        requested = world.planner.call(
            "RequestSubstitution",
            order_number=order.number,
            line_no=1,
            substitute_item_code=spelt,
            reason="flour delivery late",
        )
        task = open_task(paul, order.number, APPROVE_SUBSTITUTION)
        assert complete(paul, task["id"], "approve").status_code == 200
        taking_reports(on_loop, handle)
        operate(world.floor, order.number, 10, good="10")
        result, trail = finish(on_loop, handle)
        request = client.get_workflow_handle_for(SubstitutionWorkflow.run, requested.workflow_id)
        settled = on_loop(request.result())
        assert replayed(on_loop, SubstitutionWorkflow, request)
        return waiting, requested, settled, result, trail, more_spelt

    waiting, requested, settled, result, trail, more_spelt = with_worker(scenario)

    assert waiting[-3:] == [FIND_SUBSTITUTE_TASK, "substitute_found", AWAIT_SUBSTITUTION]
    assert (requested.requested_by, requested.line_no) == ("pia", 1)
    assert (settled.outcome, settled.decided_by) == ("recorded", "paul")
    assert trail[trail.index(AWAIT_SUBSTITUTION) + 1] == "read_order"
    assert trail[-1] == "order_completed"
    trace = world.planner.call(
        "GetLotGenealogy", lot_code=result.output_lot_code, direction="backward", max_depth=3
    )
    assert more_spelt in {step.input_lot_code for step in trace.steps}


def test_an_approval_nobody_gives_reminds_escalates_and_lapses_leaving_the_order_blocked(
    with_worker, client, world, inbox, token
):
    order, _, spelt = short_order(world, spelt_kg="1")
    request_id = unique("lapse")

    def scenario(on_loop):
        handle = start_order(client, on_loop, order.number)
        wait_for(on_loop, handle, AWAIT_SUBSTITUTION)
        stock_lot(world.wh, world.plant, spelt, "20")
        lapsing = on_loop(
            client.start_workflow(
                SubstitutionWorkflow.run,
                RequestSubstitution(
                    request_id=request_id,
                    order_number=order.number,
                    line_no=1,
                    substitute_item_code=spelt,
                    reason="flour delivery late",
                    requester=Person(user="pia", roles=PLANNER_ROLES),
                    deadlines=ApprovalDeadlines(
                        remind_after=timedelta(seconds=1),
                        escalate_after=timedelta(seconds=2),
                        expires_after=timedelta(seconds=4),
                    ),
                ),
                id=substitution_id_for(order.number, request_id),
                task_queue=QUEUE,
            )
        )
        settled = on_loop(lapsing.result())
        trail = on_loop(lapsing.query(SubstitutionWorkflow.trail))
        branches = on_loop(lapsing.query(SubstitutionWorkflow.branch_trails))
        tasks = on_loop(lapsing.query(SubstitutionWorkflow.human_tasks))
        on_loop(handle.terminate("test over"))
        return settled, trail, branches, tasks

    settled, trail, branches, tasks = with_worker(scenario)

    assert settled.outcome == "expired"
    assert SUBSTITUTION_MODEL.trail_problems(trail, completed=True) == []
    assert trail[-5:] == [
        APPROVE_SUBSTITUTION,
        "approval_expired",
        "block_order_expired",
        "notify_order",
        "substitution_settled",
    ]
    assert [APPROVE_SUBSTITUTION, "approval_reminder", "approvers_reminded"] in branches
    assert [APPROVE_SUBSTITUTION, "approval_overdue", "escalated_to_supervisors"] in branches
    [task] = tasks
    assert task.state == "cancelled" and task.escalated_at is not None
    done = world.planner.call("GetOrder", ref=order.number)
    assert done.blocked and [s.status for s in done.substitutions] == ["requested"]
