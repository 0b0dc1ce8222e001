"""The production order feed: an order released in production gets its workflow from the feed
(the worker's singleton, here one of the test's own on the test queue), which runs it like any
other; trails checked against order_feed.bpmn and production_order.bpmn."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

import time
import uuid
from datetime import timedelta
from decimal import Decimal

import pytest

import workflows.order_feed
from tests.integration.production_world import component, make_material, operation, stock_lot
from tests.workflows.production_fixtures import (  # noqa: F401 - fixtures
    QUEUE,
    finish,
    inbox,
    operate,
    released,
    taking_reports,
    with_worker,
    world,
)
from workflows.bpmn import model_of_package
from workflows.feeds import ensure_feed
from workflows.order_feed.contracts import FollowReleasedOrders
from workflows.order_feed.workflow import OrderFeedWorkflow
from workflows.production_order.contracts import workflow_id_for
from workflows.production_order.workflow import ProductionOrderWorkflow

pytestmark = pytest.mark.workflows

FEED_MODEL = model_of_package(workflows.order_feed.__file__)


def feed_head(world) -> str:
    """The cursor after the last event production's feed shows now."""
    cursor, reader = "", world.as_("ed", "event_reader")
    while True:
        page = reader.call("ListEvents", after=cursor, limit=1000)
        if not page.events:
            return cursor
        cursor = page.next_cursor


def test_a_released_order_gets_its_workflow_from_the_feed_and_runs_to_completion(
    with_worker, client, world
):
    flour, bread = make_material(world.wh, "KGM"), make_material(world.wh, "H87")
    stock_lot(world.wh, world.plant, flour, "10")
    after = feed_head(world)
    order = released(
        world,
        bread,
        [component(1, flour, "0.5", "KGM", issue_policy="backflush_operation")],
        [operation(10, world.plant.work_centers[0])],
    )
    feed_id = f"production-order-feed-test-{uuid.uuid4().hex[:8]}"

    def scenario(on_loop):
        feed = on_loop(
            ensure_feed(
                client,
                OrderFeedWorkflow.run,
                FollowReleasedOrders(after=after, idle_wait=timedelta(milliseconds=300)),
                workflow_id=feed_id,
                task_queue=QUEUE,
            )
        )
        run = ProductionOrderWorkflow.run
        handle = client.get_workflow_handle_for(run, workflow_id_for(order.number))
        deadline = time.monotonic() + 60
        while order.number not in on_loop(feed.query(OrderFeedWorkflow.progress)).started:
            assert time.monotonic() < deadline, "the feed did not start the order's workflow"
            time.sleep(0.1)
        taking_reports(on_loop, handle)
        operate(world.floor, order.number, 10, good="10")
        result, trail = finish(on_loop, handle)
        feed_trail = on_loop(feed.query(OrderFeedWorkflow.trail))
        on_loop(feed.terminate("test over"))
        return result, trail, feed_trail

    result, trail, feed_trail = with_worker(scenario)

    assert result.output_quantity == Decimal(10)
    assert trail[-1] == "order_completed"
    assert FEED_MODEL.trail_problems(feed_trail, completed=False) == []
    assert "start_production_order" in feed_trail
