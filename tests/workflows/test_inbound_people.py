"""The inbound receipt's people: inspectors reminded and escalated past their deadline, the
approver who inspected refused, results and decisions quality refuses sent back to them in a new
round. Same real parts as test_inbound.py; every trail is a path of inbound.bpmn."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest

from tests.workflows.inbound_fixtures import (  # noqa: F401 - fixtures
    finish,
    inbox,
    inspect_and_decide,
    start,
    with_worker,
    world,
)
from tests.workflows.inbound_world import (
    APPROVERS,
    BAD_RESULTS,
    GOOD_RESULTS,
    INSPECTORS,
    SUPERVISORS,
    balances,
    complete,
    inspection_of,
    new_goods,
    open_task,
    person,
    receipt_of,
    record_receipt,
)
from workflows.inbound.elements import (
    DECIDE_RELEASE,
    ESCALATED_TO_SUPERVISORS,
    INSPECT_LOT,
    INSPECTION_OVERDUE,
    INSPECTION_REMINDER,
    INSPECTORS_REMINDED,
)

pytestmark = pytest.mark.workflows


def test_an_overdue_inspection_reminds_then_escalates_to_the_supervisors(
    with_worker,
    client,
    world,
    inbox,
    token,
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True)
    receipt_id = record_receipt(stubs, goods, site)
    sam = person(inbox, token, "sam", SUPERVISORS)
    # Recording the results in quality takes the inspector role, which sam's full token holds.
    sam_as_inspector = person(inbox, token, "sam", SUPERVISORS, INSPECTORS)

    def scenario(on_loop):
        handle = start(
            client,
            on_loop,
            receipt_id,
            inspection_due_in=timedelta(seconds=2),
            inspection_remind_after=timedelta(seconds=1),
            inspection_escalate_after=timedelta(seconds=2),
        )
        # The supervisors see the task only once it has escalated to them.
        task = open_task(sam, receipt_id, INSPECT_LOT)
        assert task["escalated_at"] and SUPERVISORS in task["candidate_groups"]
        assert task["reminders"] >= 1
        done = complete(sam_as_inspector, task["id"], "record_results", results=GOOD_RESULTS)
        assert done.status_code == 200, done.text
        alice = person(inbox, token, "alice", APPROVERS)
        release = open_task(alice, receipt_id, DECIDE_RELEASE)
        assert complete(alice, release["id"], "release").status_code == 200
        return finish(on_loop, handle)

    result, trail, branches = with_worker(scenario)

    assert (result.decision, result.inspected_by) == ("release", ["sam"])
    assert [INSPECT_LOT, INSPECTION_OVERDUE, ESCALATED_TO_SUPERVISORS] in branches
    assert [INSPECT_LOT, INSPECTION_REMINDER, INSPECTORS_REMINDED] in branches


def test_the_inspector_may_not_release_the_lot_another_approver_does(
    with_worker,
    client,
    world,
    inbox,
    token,
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True)
    receipt_id = record_receipt(stubs, goods, site)
    # ines inspects and approves too: she holds both roles.
    ines = person(inbox, token, "ines", INSPECTORS, APPROVERS)
    alice = person(inbox, token, "alice", APPROVERS)

    def scenario(on_loop):
        handle = start(client, on_loop, receipt_id)
        task = open_task(ines, receipt_id, INSPECT_LOT)
        assert complete(ines, task["id"], "record_results", results=GOOD_RESULTS).status_code == 200
        release = open_task(alice, receipt_id, DECIDE_RELEASE)
        refused = complete(ines, release["id"], "release")
        claimed = ines.post(
            f"/v1/tasks/{release['id']}/claim", headers={"Idempotency-Key": str(uuid.uuid4())}
        )
        assert complete(alice, release["id"], "release").status_code == 200
        return refused, claimed, finish(on_loop, handle)

    refused, claimed, (result, _, _) = with_worker(scenario)

    assert (refused.status_code, refused.json()["code"]) == (403, "segregation_of_duties")
    assert (claimed.status_code, claimed.json()["code"]) == (403, "segregation_of_duties")
    assert (result.inspected_by, result.decided_by) == (["ines"], "alice")
    assert inspection_of(stubs, result.inspection_id).decision.decided_by == "alice"


def test_results_that_break_the_inspection_form_are_refused_and_the_task_stays_open(
    with_worker, client, world, inbox, token
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True)
    receipt_id = record_receipt(stubs, goods, site)
    ines = person(inbox, token, "ines", INSPECTORS)
    alice = person(inbox, token, "alice", APPROVERS)

    def scenario(on_loop):
        handle = start(client, on_loop, receipt_id)
        task = open_task(ines, receipt_id, INSPECT_LOT)
        # Foreign matter forgotten, then a value that is no number: refused at the door.
        incomplete = complete(ines, task["id"], "record_results", results=GOOD_RESULTS[:1])
        unreadable = [{"characteristic": "moisture", "value": "wet"}, GOOD_RESULTS[1]]
        malformed = complete(ines, task["id"], "record_results", results=unreadable)
        still = ines.get(f"/v1/tasks/{task['id']}").json()
        assert complete(ines, task["id"], "record_results", results=GOOD_RESULTS).is_success
        release = open_task(alice, receipt_id, DECIDE_RELEASE)
        assert complete(alice, release["id"], "release").is_success
        return task, incomplete, malformed, still, finish(on_loop, handle)

    task, incomplete, malformed, still, (result, trail, _) = with_worker(scenario)

    moisture = task["outcomes"][0]["variables_schema"]["properties"]["results"]["items"]
    moisture = moisture["allOf"][0]["then"]
    assert (moisture["title"], moisture["x-unit"], moisture["required"]) == (
        "moisture",
        "P1",
        ["value"],
    )
    assert Decimal(moisture["x-upper-limit"]) == Decimal(15)
    assert (incomplete.status_code, incomplete.json()["code"]) == (422, "variables_missing")
    assert "variables.results lacks a result for 'foreign matter'" in incomplete.json()["detail"]
    assert (malformed.status_code, malformed.json()["code"]) == (422, "variables_invalid")
    assert malformed.json()["details"]["errors"][0]["field"] == "variables.results[0].value"
    assert (still["state"], still["version"], "refused" in still["details"]) == ("open", 1, False)
    assert (result.decision, result.result) == ("release", "pass")
    assert trail.count(INSPECT_LOT) == 1
    assert receipt_of(stubs, receipt_id).status == "accepted"


def test_releasing_a_lot_that_failed_needs_a_use_as_is_deviation(
    with_worker, client, world, inbox, token
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True)
    receipt_id = record_receipt(stubs, goods, site)
    ines = person(inbox, token, "ines", INSPECTORS)
    alice = person(inbox, token, "alice", APPROVERS)

    def scenario(on_loop):
        handle = start(client, on_loop, receipt_id)
        task = open_task(ines, receipt_id, INSPECT_LOT)
        assert complete(ines, task["id"], "record_results", results=BAD_RESULTS).is_success
        release = open_task(alice, receipt_id, DECIDE_RELEASE)
        # The form says so: without the override, or without a reason, the inbox refuses.
        plain = complete(alice, release["id"], "release", reason="fine for bakery blend")
        unexplained = complete(alice, release["id"], "release", override_failed_result=True)
        done = complete(
            alice,
            release["id"],
            "release",
            reason="moisture fine for bakery blend",
            override_failed_result=True,
        )
        assert done.is_success, done.text
        return release, plain, unexplained, finish(on_loop, handle)

    release, plain, unexplained, (result, trail, _) = with_worker(scenario)

    form = next(o for o in release["outcomes"] if o["name"] == "release")
    assert form["requires_reason"] and "override_failed_result" in form["description"]
    assert form["variables_schema"]["required"] == ["override_failed_result"]
    assert (plain.status_code, plain.json()["code"]) == (422, "variables_missing")
    assert "variables.override_failed_result is required" in plain.json()["detail"]
    assert (unexplained.status_code, unexplained.json()["code"]) == (422, "reason_required")
    assert (result.decision, result.result) == ("release", "fail")
    assert trail.count(DECIDE_RELEASE) == 1
    decision = inspection_of(stubs, result.inspection_id).decision
    assert (decision.override_failed_result, decision.decided_by) == (True, "alice")


def test_a_group_membership_completes_a_task_but_grants_no_role_in_quality(
    with_worker, client, world, inbox, token
):
    """Members of the inspectors' and approvers' groups who hold no quality role may complete
    the tasks, but the worker acts for them only in roles they hold: quality refuses both, and
    the stock stays in QUARANTINE until an inspector and an approver act."""
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True)
    receipt_id = record_receipt(stubs, goods, site)
    gina = person(inbox, token, "gina", f"group:{INSPECTORS}")
    gabe = person(inbox, token, "gabe", f"group:{APPROVERS}")
    ines = person(inbox, token, "ines", INSPECTORS)
    alice = person(inbox, token, "alice", APPROVERS)

    def scenario(on_loop):
        handle = start(client, on_loop, receipt_id)
        first = open_task(gina, receipt_id, INSPECT_LOT)
        assert complete(gina, first["id"], "record_results", results=GOOD_RESULTS).is_success
        inspection = open_task(ines, receipt_id, INSPECT_LOT, other_than=first["id"])
        assert complete(ines, inspection["id"], "record_results", results=GOOD_RESULTS).is_success
        by_group = open_task(gabe, receipt_id, DECIDE_RELEASE)
        assert complete(gabe, by_group["id"], "release").is_success
        release = open_task(alice, receipt_id, DECIDE_RELEASE, other_than=by_group["id"])
        lot_code = receipt_of(stubs, receipt_id).traceability_lot_code
        held = balances(stubs, lot_code, goods.item)
        assert complete(alice, release["id"], "release").is_success
        return inspection, release, held, finish(on_loop, handle)

    inspection, release, held, (result, _, _) = with_worker(scenario)

    assert "role_required" in inspection["details"]["refused"]
    assert "role_required" in release["details"]["refused"]
    assert held == {(site.dock, "QUARANTINE"): Decimal(100)}
    assert (result.inspected_by, result.decided_by) == (["ines"], "alice")
    assert inspection_of(stubs, result.inspection_id).decision.decided_by == "alice"
