"""The hold feed end to end: holds placed and released in quality over gRPC, the project's worker
following quality's event feed on the real Temporal dev server, the lot's stock blocked and
unblocked in the real warehouse. Every feed trail is a path of hold_feed.bpmn."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

import uuid
from decimal import Decimal

import grpc
import pytest

import workflows.hold_feed
from launcher.registry import load_spec
from lotflow.db import Database
from lotflow.service_host import RunningService
from protos.quality.v1 import quality_pb2
from tests.property.warehouse_world import (
    Warehouse,
    build_site,
    make_item,
    make_lot,
    stock_available,
)
from tests.transport import new_request_id
from tests.workflows.clock_reading import ClockReadingHoldFeed
from tests.workflows.conftest import free_port
from tests.workflows.feed_world import FEED_WAIT, TestFeeds, feed_head
from tests.workflows.inbound_fixtures import (  # noqa: F401 - fixtures
    QUEUE,
    inbox,
    with_worker,
    world,
)
from tests.workflows.inbound_world import eventually
from tests.workflows.replay import replay_in_sandbox
from tests.workflows.test_inbound_failures import port_of_a_service_down
from workflows.bpmn import model_of_package
from workflows.hold_feed.contracts import FeedProgress, FollowHolds
from workflows.hold_feed.elements import BLOCK_STOCK_TASK, CONTINUED_AS_NEW, UNBLOCK_STOCK_TASK
from workflows.hold_feed.workflow import HoldFeedWorkflow
from workflows.service_calls import ServiceAccess

pytestmark = pytest.mark.workflows

MODEL = model_of_package(workflows.hold_feed.__file__)


@pytest.fixture
def wh(world) -> Warehouse:
    return Warehouse(grpc.insecure_channel(world["targets"]["warehouse"]), world["stubs"].admin)


@pytest.fixture
def stocked_lot(wh):
    """A lot with AVAILABLE stock in two sites (10 and 7) and QUARANTINE stock (5) in the
    first; returns the sites and the lot code."""
    first, second = build_site(wh), build_site(wh)
    lot = make_lot(wh, make_item(wh))
    stock_available(wh, lot, first.bins[0], "10")
    stock_available(wh, lot, second.bins[0], "7")
    wh.call(
        "ReceiveStock",
        lot_code=lot,
        location_code=first.quarantine_bin,
        quantity="5",
        uom="H87",
        reference_number="PO-9",
    )
    return first, second, lot


@pytest.fixture
def feed_cursor(world):
    """The cursor of quality's feed now: a test's feed reads only what the test records."""
    stubs = world["stubs"]
    return lambda: feed_head(stubs, stubs.quality.ListEvents)


@pytest.fixture
def feeds(loop, client):
    made = TestFeeds(client, HoldFeedWorkflow.run, FollowHolds)
    yield made
    loop.run(made.terminate_all())


def new_feed_id() -> str:
    return f"hold-feed-test-{uuid.uuid4().hex[:8]}"


def progress(on_loop, handle) -> FeedProgress:
    return on_loop(handle.query(HoldFeedWorkflow.progress))


def assert_feed_trail(on_loop, handle) -> list[str]:
    trail = on_loop(handle.query(HoldFeedWorkflow.trail))
    assert MODEL.trail_problems(trail, completed=False) == []
    return trail


def place_hold(stubs, lot: str, source: str, reference: str = "") -> str:
    return stubs.call(
        stubs.quality.PlaceHold,
        quality_pb2.PlaceHoldRequest(
            request_id=new_request_id(),
            lot_code=lot,
            reason=f"{source} hold",
            source=source,
            source_reference=reference,
        ),
    ).id


def release_hold(stubs, hold_id: str) -> None:
    stubs.call(
        stubs.quality.ReleaseHold,
        quality_pb2.ReleaseHoldRequest(
            request_id=new_request_id(), hold_id=hold_id, reason="lab results fine"
        ),
    )


def stock_by_status(wh, lot: str) -> dict[tuple[str, str], Decimal]:
    """(location, status) -> quantity of the lot, nonzero balances only."""
    return {key: quantity for key, quantity in wh.on_hand(lot).items() if quantity}


def test_a_quality_hold_blocks_the_lots_available_stock_in_every_site(
    with_worker, world, wh, stocked_lot, feeds, feed_cursor
):
    first, second, lot = stocked_lot
    stubs = world["stubs"]
    after = feed_cursor()

    def scenario(on_loop):
        feed = feeds.ensure(on_loop, new_feed_id(), after)
        hold_id = place_hold(stubs, lot, "inspection")
        eventually(lambda: hold_id in progress(on_loop, feed).blocked, timeout=FEED_WAIT)
        return hold_id, assert_feed_trail(on_loop, feed)

    hold_id, trail = with_worker(scenario)

    assert stock_by_status(wh, lot) == {
        (first.bins[0], "HOLD"): 10,
        (second.bins[0], "HOLD"): 7,
        (first.quarantine_bin, "QUARANTINE"): 5,
    }
    assert wh.call("GetLot", lot_code=lot).active_holds == [hold_id]
    for site in (first, second):
        status, code = wh.refusal(
            "IssueStock",
            lot_code=lot,
            location_code=site.bins[0],
            quantity="1",
            uom="H87",
            reference_number="WO-1",
        )
        assert (status, code) == (grpc.StatusCode.FAILED_PRECONDITION, "lot_on_hold")
    assert trail.count(BLOCK_STOCK_TASK) == 1


def test_stacked_holds_keep_the_stock_blocked_until_the_last_is_released(
    with_worker, world, wh, stocked_lot, feeds, feed_cursor
):
    first, second, lot = stocked_lot
    stubs = world["stubs"]
    after = feed_cursor()

    def scenario(on_loop):
        feed = feeds.ensure(on_loop, new_feed_id(), after)
        inspection = place_hold(stubs, lot, "inspection")
        complaint = place_hold(stubs, lot, "complaint", "CMP-12")
        eventually(
            lambda: {inspection, complaint} <= set(progress(on_loop, feed).blocked),
            timeout=FEED_WAIT,
        )
        release_hold(stubs, inspection)
        eventually(lambda: inspection in progress(on_loop, feed).unblocked, timeout=FEED_WAIT)
        one_lifted = stock_by_status(wh, lot), list(wh.call("GetLot", lot_code=lot).active_holds)
        release_hold(stubs, complaint)
        eventually(lambda: complaint in progress(on_loop, feed).unblocked, timeout=FEED_WAIT)
        return complaint, one_lifted, assert_feed_trail(on_loop, feed)

    complaint, (one_lifted, still_active), trail = with_worker(scenario)

    assert one_lifted == {
        (first.bins[0], "HOLD"): 10,
        (second.bins[0], "HOLD"): 7,
        (first.quarantine_bin, "QUARANTINE"): 5,
    }
    assert still_active == [complaint]
    assert stock_by_status(wh, lot) == {
        (first.bins[0], "AVAILABLE"): 10,
        (second.bins[0], "AVAILABLE"): 7,
        (first.quarantine_bin, "QUARANTINE"): 5,
    }
    assert not wh.call("GetLot", lot_code=lot).on_hold
    assert (trail.count(BLOCK_STOCK_TASK), trail.count(UNBLOCK_STOCK_TASK)) == (2, 2)
    assert wh.ledger_is_exact()


def test_a_hold_placed_while_the_warehouse_is_down_blocks_the_stock_once_it_is_back(
    with_worker, world, wh, stocked_lot, feeds, feed_cursor, database_url
):
    first, second, lot = stocked_lot
    stubs = world["stubs"]
    port = free_port()

    def start_warehouse() -> RunningService:
        database = Database(database_url("warehouse"), pool_size=2)
        return RunningService(
            load_spec("warehouse"), database, host="127.0.0.1", grpc_port=port, http_port=0
        ).start()

    targets = world["targets"] | {"warehouse": f"127.0.0.1:{port}"}
    access = ServiceAccess(targets.__getitem__, world["access"].token)
    after = feed_cursor()
    warehouse = start_warehouse()

    def scenario(on_loop):
        nonlocal warehouse
        feed = feeds.ensure(on_loop, new_feed_id(), after)
        eventually(lambda: progress(on_loop, feed).pages_read >= 1, timeout=FEED_WAIT)
        warehouse.stop(grace=1)
        with port_of_a_service_down(port) as attempts:
            hold_id = place_hold(stubs, lot, "deviation", "DEV-3")
            eventually(lambda: attempts() >= 2, timeout=FEED_WAIT)  # tried, and tried again
            down = progress(on_loop, feed), stock_by_status(wh, lot)
        warehouse = start_warehouse()
        # Temporal retries with a growing interval: allow for a few of them.
        eventually(lambda: hold_id in progress(on_loop, feed).blocked, timeout=2 * FEED_WAIT)
        return hold_id, down

    try:
        hold_id, (while_down, stock_while_down) = with_worker(scenario, access)
    finally:
        warehouse.stop(grace=1)

    assert hold_id not in while_down.blocked
    assert stock_while_down[(first.bins[0], "AVAILABLE")] == 10
    assert stock_by_status(wh, lot) == {
        (first.bins[0], "HOLD"): 10,
        (second.bins[0], "HOLD"): 7,
        (first.quarantine_bin, "QUARANTINE"): 5,
    }


def test_a_hold_the_warehouse_refuses_is_recorded_and_the_feed_reads_on(
    with_worker, world, wh, stocked_lot, feeds, feed_cursor
):
    """A lot code two items share: quality holds the code, the warehouse asks which item's lot
    it is; the feed shows the hold as not applied, with the warehouse's reason, and reads on."""
    first, second, lot = stocked_lot
    stubs = world["stubs"]
    shared = make_lot(wh, make_item(wh))
    wh.call("RegisterLot", lot_code=shared, item_code=make_item(wh), origin="received")
    after = feed_cursor()

    def scenario(on_loop):
        feed = feeds.ensure(on_loop, new_feed_id(), after)
        refused = place_hold(stubs, shared, "complaint")
        known = place_hold(stubs, lot, "complaint")
        seen = eventually(
            lambda: (p := progress(on_loop, feed)).blocked == [known] and p, timeout=FEED_WAIT
        )
        return refused, seen

    refused, seen = with_worker(scenario)

    assert [(n.hold_id, n.change, n.code) for n in seen.not_applied] == [
        (refused, "placed", "lot_ambiguous")
    ]
    assert stock_by_status(wh, lot)[(second.bins[0], "HOLD")] == 7


def test_reading_the_same_holds_again_posts_nothing_twice_and_replays_deterministically(
    loop, with_worker, client, world, wh, stocked_lot, feeds, feed_cursor
):
    first, _second, lot = stocked_lot
    stubs = world["stubs"]
    after = feed_cursor()

    def scenario(on_loop):
        feed = feeds.ensure(on_loop, new_feed_id(), after)
        hold_id = place_hold(stubs, lot, "recall", "RC-1")
        eventually(lambda: hold_id in progress(on_loop, feed).blocked, timeout=FEED_WAIT)
        release_hold(stubs, hold_id)
        eventually(lambda: hold_id in progress(on_loop, feed).unblocked, timeout=FEED_WAIT)

        # A second feed from the same older cursor, continuing as new after three reads: it
        # applies the hold and its release again, which the warehouse already answered.
        again = feeds.ensure(on_loop, new_feed_id(), after, pages_per_run=3)
        first_run = again.first_execution_run_id
        eventually(lambda: on_loop(again.describe()).run_id != first_run, timeout=FEED_WAIT)
        run = client.get_workflow_handle(again.id, run_id=first_run)
        return (
            hold_id,
            progress(on_loop, run),
            on_loop(run.query(HoldFeedWorkflow.trail)),
            on_loop(run.fetch_history()),
        )

    hold_id, seen, trail, history = with_worker(scenario)

    assert (seen.blocked, seen.unblocked) == ([hold_id], [hold_id])
    assert MODEL.trail_problems(trail, completed=True) == []
    assert trail[-1] == CONTINUED_AS_NEW
    movements = wh.call("ListLotMovements", lot_code=lot, page_size=500).movements
    held = [m for m in movements if m.type == "status_change" and m.to_status == "HOLD"]
    assert len(held) == 2  # one per site holding AVAILABLE stock, posted once
    assert stock_by_status(wh, lot)[(first.bins[0], "AVAILABLE")] == 10

    replayed = loop.run(replay_in_sandbox(HoldFeedWorkflow, history))
    clock_reading = loop.run(replay_in_sandbox(ClockReadingHoldFeed, history))
    kinds = {event.WhichOneof("attributes") for event in history.events}
    assert {
        "activity_task_scheduled_event_attributes",
        "timer_started_event_attributes",
        "workflow_execution_continued_as_new_event_attributes",
    } <= kinds
    assert replayed.replay_failure is None
    assert "RestrictedWorkflowAccessError" in repr(clock_reading.replay_failure)
