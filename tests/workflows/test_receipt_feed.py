"""The receipt feed end to end: receiving records receipts over gRPC, the project's worker follows
receiving's event feed on the real Temporal dev server and starts each receipt's inbound
workflow, which runs to completion against the real services. Every feed trail is a path of
receipt_feed.bpmn."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

import uuid

import pytest
from temporalio.client import WorkflowExecutionStatus
from temporalio.service import RPCError, RPCStatusCode

import workflows.receipt_feed
from protos.receiving.v1 import receiving_pb2
from tests.transport import new_request_id
from tests.workflows.clock_reading import ClockReadingReceiptFeed
from tests.workflows.feed_world import FEED_WAIT, TestFeeds, feed_head
from tests.workflows.inbound_fixtures import (  # noqa: F401 - fixtures
    QUEUE,
    finish,
    inbox,
    with_worker,
    world,
)
from tests.workflows.inbound_world import eventually, new_goods, receipt_of, record_receipt
from tests.workflows.replay import replay_in_sandbox
from workflows.bpmn import model_of_package
from workflows.feeds import FeedProgress
from workflows.inbound.contracts import InboundSettled, workflow_id_for
from workflows.receipt_feed.contracts import FollowReceipts
from workflows.receipt_feed.elements import CONTINUED_AS_NEW, START_INBOUND
from workflows.receipt_feed.workflow import ReceiptFeedWorkflow

pytestmark = pytest.mark.workflows

MODEL = model_of_package(workflows.receipt_feed.__file__)


@pytest.fixture
def feed_cursor(world):
    """The cursor of receiving's feed now: a test's feed reads only what the test records."""
    stubs = world["stubs"]
    return lambda: feed_head(stubs, stubs.receiving.ListEvents)


@pytest.fixture
def feeds(loop, client):
    made = TestFeeds(client, ReceiptFeedWorkflow.run, FollowReceipts)
    yield made
    loop.run(made.terminate_all())


def new_feed_id() -> str:
    return f"receipt-feed-test-{uuid.uuid4().hex[:8]}"


def progress(on_loop, handle) -> FeedProgress:
    return on_loop(handle.query(ReceiptFeedWorkflow.progress))


def inbound_handle(client, receipt_id: str):
    return client.get_workflow_handle(workflow_id_for(receipt_id), result_type=InboundSettled)


def assert_feed_trail(on_loop, handle) -> list[str]:
    trail = on_loop(handle.query(ReceiptFeedWorkflow.trail))
    assert MODEL.trail_problems(trail, completed=False) == []
    return trail


def test_a_recorded_receipt_starts_its_inbound_workflow_which_runs_to_completion(
    with_worker, client, world, feeds, feed_cursor
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=False)
    after = feed_cursor()

    def scenario(on_loop):
        feed = feeds.ensure(on_loop, new_feed_id(), after)
        receipt_id = record_receipt(stubs, goods, site, quantity="40")
        eventually(lambda: receipt_id in progress(on_loop, feed).started, timeout=FEED_WAIT)
        result, _, _ = finish(on_loop, inbound_handle(client, receipt_id))
        eventually(lambda: progress(on_loop, feed).pages_read >= 3, timeout=FEED_WAIT)
        return receipt_id, result, assert_feed_trail(on_loop, feed)

    receipt_id, result, trail = with_worker(scenario)

    assert (result.receipt_id, result.inspection, result.decision) == (
        receipt_id,
        "not_required",
        "release",
    )
    assert receipt_of(stubs, receipt_id).status == "accepted"
    assert trail.count(START_INBOUND) == 1


def test_receipts_recorded_while_no_worker_runs_are_picked_up_when_it_starts(
    with_worker, client, world, feeds, feed_cursor
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=False)
    feed_id = new_feed_id()
    after = feed_cursor()

    def first_worker(on_loop):  # the feed runs, then the worker goes away
        feed = feeds.ensure(on_loop, feed_id, after)
        eventually(lambda: progress(on_loop, feed).pages_read >= 1, timeout=FEED_WAIT)
        return feed.first_execution_run_id

    first_run = with_worker(first_worker)

    receipt_ids = [record_receipt(stubs, goods, site, quantity="30") for _ in range(2)]

    def next_worker(on_loop):  # a worker starts: it ensures the feed, which is still running
        feed = feeds.ensure(on_loop, feed_id, "")
        assert feed.first_execution_run_id == first_run
        eventually(
            lambda: set(receipt_ids) <= set(progress(on_loop, feed).started), timeout=FEED_WAIT
        )
        return [finish(on_loop, inbound_handle(client, r))[0] for r in receipt_ids]

    results = with_worker(next_worker)

    assert [(r.receipt_id, r.decision) for r in results] == [(r, "release") for r in receipt_ids]
    assert [receipt_of(stubs, r).status for r in receipt_ids] == ["accepted", "accepted"]


def test_reading_the_same_events_again_starts_nothing_twice(
    with_worker, client, world, feeds, feed_cursor
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=True)  # its inbound workflow waits for the inspectors
    after = feed_cursor()

    def scenario(on_loop):
        feed = feeds.ensure(on_loop, new_feed_id(), after)
        receipt_id = record_receipt(stubs, goods, site, quantity="20")
        eventually(lambda: receipt_id in progress(on_loop, feed).started, timeout=FEED_WAIT)
        inbound = inbound_handle(client, receipt_id)
        first_inbound_run = on_loop(inbound.describe()).run_id

        # A second feed from the same older cursor, continuing as new after every page: it
        # reads the receipt's event again, and its later runs read on from the moved cursor.
        replay = feeds.ensure(on_loop, new_feed_id(), after, pages_per_run=1)
        replay_first_run = replay.first_execution_run_id
        eventually(lambda: on_loop(replay.describe()).run_id != replay_first_run, timeout=FEED_WAIT)
        first_run = client.get_workflow_handle(replay.id, run_id=replay_first_run)
        seen = progress(on_loop, first_run)
        first_trail = on_loop(first_run.query(ReceiptFeedWorkflow.trail))
        later = eventually(
            lambda: (p := progress(on_loop, replay)).pages_read >= 1 and p, timeout=FEED_WAIT
        )
        described = on_loop(inbound.describe())
        on_loop(inbound.terminate("test over"))
        return receipt_id, seen, first_trail, later, first_inbound_run, described

    receipt_id, seen, first_trail, later, first_inbound_run, described = with_worker(scenario)

    assert (seen.started, seen.already_started) == ([], [receipt_id])
    assert MODEL.trail_problems(first_trail, completed=True) == []
    assert first_trail[-1] == CONTINUED_AS_NEW
    assert later.cursor != "" and later.started == [] and receipt_id not in later.already_started
    assert described.run_id == first_inbound_run
    assert described.status == WorkflowExecutionStatus.RUNNING


def test_a_receipt_settled_before_the_feed_meets_it_is_not_started(
    with_worker, client, world, feeds, feed_cursor
):
    """As after an operator restarted the feed from the beginning, once Temporal had forgotten
    the receipt's inbound workflow: the receipt's outcome is already in receiving."""
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=False)
    after = feed_cursor()
    settled = record_receipt(stubs, goods, site, quantity="10")
    stubs.call(
        stubs.receiving.RecordReceiptOutcome,
        receiving_pb2.RecordReceiptOutcomeRequest(
            request_id=new_request_id(),
            receipt_id=settled,
            accepted_quantity="10",
            rejected_quantity="0",
        ),
    )
    still_open = record_receipt(stubs, goods, site, quantity="20")

    def scenario(on_loop):
        feed = feeds.ensure(on_loop, new_feed_id(), after)
        seen = eventually(
            lambda: (p := progress(on_loop, feed)).started == [still_open] and p, timeout=FEED_WAIT
        )
        finish(on_loop, inbound_handle(client, still_open))
        try:
            on_loop(client.get_workflow_handle(workflow_id_for(settled)).describe())
        except RPCError as unknown:
            return seen, unknown.status
        return seen, None

    seen, settled_workflow = with_worker(scenario)

    assert (seen.started, seen.already_settled, seen.already_started) == (
        [still_open],
        [settled],
        [],
    )
    assert settled_workflow == RPCStatusCode.NOT_FOUND  # never started
    assert receipt_of(stubs, still_open).status == "accepted"


def test_a_run_that_continued_as_new_replays_deterministically(
    loop, with_worker, client, world, feeds, feed_cursor
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=False)
    after = feed_cursor()
    receipt_id = record_receipt(stubs, goods, site, quantity="15")

    def scenario(on_loop):
        # Three reads per run: the receipt's page, then empty pages that wait on the timer.
        feed = feeds.ensure(on_loop, new_feed_id(), after, pages_per_run=3)
        first = feed.first_execution_run_id
        eventually(lambda: on_loop(feed.describe()).run_id != first, timeout=FEED_WAIT)
        finish(on_loop, inbound_handle(client, receipt_id))
        return on_loop(client.get_workflow_handle(feed.id, run_id=first).fetch_history())

    history = with_worker(scenario)
    replayed = loop.run(replay_in_sandbox(ReceiptFeedWorkflow, history))
    clock_reading = loop.run(replay_in_sandbox(ClockReadingReceiptFeed, history))

    kinds = {event.WhichOneof("attributes") for event in history.events}
    assert {
        "start_child_workflow_execution_initiated_event_attributes",
        "timer_started_event_attributes",
        "workflow_execution_continued_as_new_event_attributes",
    } <= kinds
    assert replayed.replay_failure is None
    assert "RestrictedWorkflowAccessError" in repr(clock_reading.replay_failure)
