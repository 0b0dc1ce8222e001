"""What the feed tests share: where a service's event feed ends now (a test's feed reads only
what the test records), and feeds of the tests' own, terminated after each test so no later
worker on the tests' queue follows them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from temporalio.client import Client, WorkflowExecutionStatus

from protos.common.v1 import common_pb2
from tests.workflows.inbound_fixtures import QUEUE
from workflows.feeds import FollowFeed, ensure_feed

# A feed shows an event once every older write transaction on the server has ended; the test
# feeds poll every 0.3 s.
FEED_WAIT = 30.0


def feed_head(stubs: Any, list_events: Any) -> str:
    """The cursor after the last event `list_events` (a service's ListEvents) shows now."""
    cursor = ""
    while True:
        page = stubs.call(list_events, common_pb2.ListEventsRequest(after=cursor, limit=1000))
        if not page.events:
            return cursor
        cursor = page.next_cursor


class TestFeeds:
    """`ensure(on_loop, workflow_id, after, **options)` ensures a feed of the test's own."""

    __test__ = False  # not a test class

    def __init__(self, client: Client, run: Any, follow: type[FollowFeed]) -> None:
        self.client, self.run, self.follow = client, run, follow
        self.ids: list[str] = []

    def ensure(self, on_loop, workflow_id: str, after: str, **options):
        if workflow_id not in self.ids:
            self.ids.append(workflow_id)
        feed = self.follow(after=after, idle_wait=timedelta(milliseconds=300), **options)
        return on_loop(
            ensure_feed(self.client, self.run, feed, workflow_id=workflow_id, task_queue=QUEUE)
        )

    async def terminate_all(self) -> None:
        for workflow_id in self.ids:
            handle = self.client.get_workflow_handle(workflow_id)
            if (await handle.describe()).status == WorkflowExecutionStatus.RUNNING:
                await handle.terminate("test over")
