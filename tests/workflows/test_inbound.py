"""The inbound receipt end to end: the project's worker on the real Temporal dev server, the
receiving, warehouse and quality services over gRPC and the task inbox over REST, all on real
PostgreSQL. People act through the inbox; every trail is a path of inbound.bpmn."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

from decimal import Decimal

import pytest

from services.quality.domain.skip_lot import selected_for_inspection
from tests.transport import unique
from tests.workflows.clock_reading import ClockReadingInbound
from tests.workflows.inbound_fixtures import (  # noqa: F401 - fixtures
    finish,
    inbox,
    inspect_and_decide,
    inspected_and_decided,
    start,
    with_worker,
    world,
)
from tests.workflows.inbound_world import (
    BAD_RESULTS,
    GOOD_RESULTS,
    INSPECTORS,
    balances,
    inspection_of,
    movements,
    new_goods,
    open_task,
    person,
    receipt_of,
    record_receipt,
)
from tests.workflows.item_samples import gtin13
from tests.workflows.replay import sandboxed_replayer
from workflows.inbound.elements import (
    DECIDE_RELEASE,
    INSPECT_LOT,
    OPEN_INSPECTION_TASK,
    PUT_AWAY,
    REJECT_STOCK,
    RELEASE_STOCK,
    SPLIT_STOCK,
)
from workflows.inbound.workflow import InboundReceiptWorkflow

pytestmark = pytest.mark.workflows


def test_a_receipt_scanned_from_gs1_that_passes_inspection_ends_available_in_its_putaway_bin(
    with_worker,
    client,
    world,
    inbox,
    token,
):
    stubs, site = world["stubs"], world["site"]
    gtin = gtin13()
    goods = new_goods(stubs, inspected=True, gtin=gtin)
    supplier_lot = unique("M")[:12]
    # GS1-128: GTIN, batch, best before 31 Jan 2035, net weight 100.00 kg.
    scan = f"]C101{gtin.zfill(14)}10{supplier_lot}\x1d17350131" + "3102010000"
    receipt_id = record_receipt(stubs, goods, site, scan=scan)
    scanned = receipt_of(stubs, receipt_id)
    assert (scanned.supplier_lot, scanned.quantity, scanned.expiry_date) == (
        supplier_lot,
        "100",
        "2035-01-31",
    )

    result, trail, branches = with_worker(
        inspected_and_decided(client, inbox, token, receipt_id, GOOD_RESULTS, "release")
    )

    assert (result.decision, result.result, result.inspected_by, result.decided_by) == (
        "release",
        "pass",
        ["ines"],
        "alice",
    )
    assert result.putaway_location in site.storage_bins
    assert balances(stubs, result.lot_code, goods.item) == {
        (result.putaway_location, "AVAILABLE"): Decimal(100)
    }
    inspection = inspection_of(stubs, result.inspection_id)
    assert (inspection.state, inspection.completed_by) == ("decided", "ines")
    assert inspection.decision.decided_by == "alice"
    # The worker opened the inspection itself and relayed what the people did in their tasks.
    assert [(e.action, e.actor, e.relayed_by) for e in inspection.history] == [
        ("opened", "lotflow-worker", ""),
        ("results_recorded", "ines", "lotflow-worker"),
        ("completed", "ines", "lotflow-worker"),
        ("lot_decided", "alice", "lotflow-worker"),
    ]
    receipt = receipt_of(stubs, receipt_id)
    assert (receipt.status, receipt.outcome.accepted_quantity) == ("accepted", "100")
    assert receipt.outcome.inspection_reference == result.inspection_id
    assert [e for e in trail if e in (OPEN_INSPECTION_TASK, INSPECT_LOT, DECIDE_RELEASE)] == [
        OPEN_INSPECTION_TASK,
        INSPECT_LOT,
        DECIDE_RELEASE,
    ]
    assert RELEASE_STOCK in trail and PUT_AWAY in trail and branches == []


def test_a_receipt_that_fails_inspection_ends_rejected_with_a_nonconformance(
    with_worker,
    client,
    world,
    inbox,
    token,
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True)
    receipt_id = record_receipt(stubs, goods, site, quantity="80")

    result, trail, _ = with_worker(
        inspected_and_decided(client, inbox, token, receipt_id, BAD_RESULTS, "reject", "too wet")
    )

    assert (result.decision, result.result, result.rejected_quantity) == ("reject", "fail", 80)
    assert result.nonconformance_id  # quality's NCR carries the disposition from here
    assert balances(stubs, result.lot_code, goods.item) == {(site.dock, "REJECTED"): Decimal(80)}
    receipt = receipt_of(stubs, receipt_id)
    assert (receipt.status, receipt.outcome.rejected_quantity, receipt.outcome.reason) == (
        "rejected",
        "80",
        "too wet",
    )
    assert REJECT_STOCK in trail and PUT_AWAY not in trail
    assert result.putaway_location == ""


def test_a_partial_decision_releases_and_rejects_by_quantity(
    with_worker,
    client,
    world,
    inbox,
    token,
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True)
    receipt_id = record_receipt(stubs, goods, site, quantity="100")

    result, trail, _ = with_worker(
        inspected_and_decided(
            client,
            inbox,
            token,
            receipt_id,
            GOOD_RESULTS,
            "partial",
            "one pallet torn",
            released_quantity="75",
        )
    )

    assert (result.decision, result.accepted_quantity, result.rejected_quantity) == (
        "partial",
        75,
        25,
    )
    assert result.nonconformance_id
    assert balances(stubs, result.lot_code, goods.item) == {
        (result.putaway_location, "AVAILABLE"): Decimal(75),
        (site.dock, "REJECTED"): Decimal(25),
    }
    receipt = receipt_of(stubs, receipt_id)
    assert (receipt.status, receipt.outcome.accepted_quantity) == ("partially_accepted", "75")
    assert SPLIT_STOCK in trail and PUT_AWAY in trail and RELEASE_STOCK not in trail


def test_an_item_without_inspection_is_released_and_put_away_at_once(
    with_worker,
    client,
    world,
    inbox,
    token,
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=False)
    receipt_id = record_receipt(stubs, goods, site, quantity="40")

    def scenario(on_loop):
        return finish(on_loop, start(client, on_loop, receipt_id))

    result, trail, _ = with_worker(scenario)

    assert (result.inspection, result.decision, result.inspection_id) == (
        "not_required",
        "release",
        "",
    )
    assert balances(stubs, result.lot_code, goods.item) == {
        (result.putaway_location, "AVAILABLE"): Decimal(40)
    }
    assert receipt_of(stubs, receipt_id).status == "accepted"
    assert INSPECT_LOT not in trail and OPEN_INSPECTION_TASK not in trail
    # Received, released, put away: each movement once.
    assert [m.type for m in movements(stubs, result.lot_code, goods.item)].count("putaway") == 1


def test_a_skipped_lot_is_released_without_inspection(with_worker, client, world, inbox, token):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True, skip_lot_after=1, supplier_lot_codes=True)
    first_receipt = record_receipt(stubs, goods, site)

    def scenario(on_loop):
        handle = start(client, on_loop, first_receipt)
        inspect_and_decide(inbox, token, first_receipt, GOOD_RESULTS, "release")
        first = finish(on_loop, handle)[0]
        # A lot the skip-lot frequency (one in four, the default) does not pick.
        lot = next(
            lot
            for lot in (unique("L")[:20] for _ in range(100))
            if not selected_for_inspection(goods.plan_id, lot, 4)
        )
        second_receipt = record_receipt(stubs, goods, site, quantity="30", supplier_lot=lot)
        return first, finish(on_loop, start(client, on_loop, second_receipt))

    first, (second, trail, _) = with_worker(scenario)

    assert (first.inspection, second.inspection) == ("inspected", "skipped")
    assert INSPECT_LOT not in trail
    assert balances(stubs, second.lot_code, goods.item) == {
        (second.putaway_location, "AVAILABLE"): Decimal(30)
    }


def test_each_receipt_of_a_lot_is_settled_on_its_own(with_worker, client, world, inbox, token):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True, supplier_lot_codes=True)
    lot = unique("L")[:20]  # one supplier lot, delivered twice
    first = record_receipt(stubs, goods, site, quantity="40", supplier_lot=lot)
    second = record_receipt(stubs, goods, site, quantity="25", supplier_lot=lot)
    ines = person(inbox, token, "ines", INSPECTORS)

    def scenario(on_loop):
        waiting = start(client, on_loop, second)
        open_task(ines, second, INSPECT_LOT)  # the second delivery is in quarantine
        releasing = start(client, on_loop, first)
        inspect_and_decide(inbox, token, first, GOOD_RESULTS, "release")
        released = finish(on_loop, releasing)[0]
        settled_first = balances(stubs, released.lot_code, goods.item)
        inspect_and_decide(inbox, token, second, BAD_RESULTS, "reject", "mouldy bags")
        return released, settled_first, finish(on_loop, waiting)[0]

    released, settled_first, rejected = with_worker(scenario)

    # Releasing the first delivery left the second one in quarantine ...
    assert settled_first == {
        (released.putaway_location, "AVAILABLE"): Decimal(40),
        (site.dock, "QUARANTINE"): Decimal(25),
    }
    # ... and rejecting the second left the first one available.
    assert (released.lot_code, rejected.lot_code) == (lot, lot)
    assert balances(stubs, released.lot_code, goods.item) == {
        (released.putaway_location, "AVAILABLE"): Decimal(40),
        (site.dock, "REJECTED"): Decimal(25),
    }
    assert [receipt_of(stubs, r).status for r in (first, second)] == ["accepted", "rejected"]


def test_a_completed_history_replays_deterministically(
    loop, with_worker, client, world, inbox, token
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True)
    receipt_id = record_receipt(stubs, goods, site)

    def scenario(on_loop):
        handle = start(client, on_loop, receipt_id)
        inspect_and_decide(
            inbox, token, receipt_id, GOOD_RESULTS, "partial", "torn bag", released_quantity="60"
        )
        finish(on_loop, handle)
        return on_loop(handle.fetch_history())

    history = with_worker(scenario)
    loop.run(sandboxed_replayer(InboundReceiptWorkflow).replay_workflow(history))
    # The workflow runs outside the sandbox; this replay runs its code inside it, where a
    # nondeterministic call fails: the same history against code that reads the clock does.
    clock_reading = loop.run(
        sandboxed_replayer(ClockReadingInbound).replay_workflow(
            history, raise_on_replay_failure=False
        )
    )
    assert "RestrictedWorkflowAccessError" in repr(clock_reading.replay_failure)
