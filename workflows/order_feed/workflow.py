"""The production order feed as it runs: the code walks order_feed.bpmn element by element.

feed followed -> read the next page of production's events after the cursor -> for each order
released in it and still open, start its workflow (a child under `production-order-<number>`,
abandoned when the feed closes; an id already taken means it was started before) -> page
empty? wait on a timer -> after `pages_per_run` reads continue as new with the cursor.

The order's workflow is started here rather than by ReleaseOrder's caller so that releasing an
order never waits on Temporal, and an order released while Temporal is down is not lost.
"""

from __future__ import annotations

from temporalio import workflow

from workflows.feeds import ChildStartingFeed, FeedElements
from workflows.order_feed.elements import (
    CONTINUED_AS_NEW,
    FEED_FOLLOWED,
    IDLE_WAIT,
    ORDER_LEFT,
    PAGE_EMPTY,
    READ_RELEASED_ORDERS_TASK,
    RUN_FULL,
    START_PRODUCTION_ORDER,
)

with workflow.unsafe.imports_passed_through():
    from workflows.feeds import FeedProgress
    from workflows.order_feed.contracts import (
        READ_RELEASED_ORDERS,
        WORKFLOW_NAME,
        FollowReleasedOrders,
        ReleasedOrderPage,
    )
    from workflows.production_order.contracts import WORKFLOW_NAME as PRODUCTION_ORDER
    from workflows.production_order.contracts import ProduceOrder, workflow_id_for

PROGRESS_QUERY = "progress"
ELEMENTS = FeedElements(
    followed=FEED_FOLLOWED,
    read_page=READ_RELEASED_ORDERS_TASK,
    page_empty=PAGE_EMPTY,
    idle_wait=IDLE_WAIT,
    run_full=RUN_FULL,
    continued_as_new=CONTINUED_AS_NEW,
)


@workflow.defn(name=WORKFLOW_NAME)
class OrderFeedWorkflow(ChildStartingFeed):
    @workflow.query(name=PROGRESS_QUERY)
    def progress(self) -> FeedProgress:
        return self.feed_progress()

    @workflow.run
    async def run(self, feed: FollowReleasedOrders) -> None:
        self.start_following(feed, ELEMENTS)
        while True:
            page = await self.read_page(feed, ELEMENTS, READ_RELEASED_ORDERS, ReleasedOrderPage)
            self.met_settled(page.settled_numbers)
            left = list(page.order_numbers)
            while self.chose(ORDER_LEFT, bool(left)):
                await self.step(START_PRODUCTION_ORDER, self._start_order, left.pop(0))
            # Every order's workflow of the page has started: only now move the cursor on.
            await self.page_applied(feed, ELEMENTS, page.next_cursor, page.events_read)

    async def _start_order(self, order_number: str) -> None:
        await self.start_child_once(
            PRODUCTION_ORDER,
            ProduceOrder(order_number=order_number),
            key=order_number,
            child_id=workflow_id_for(order_number),
        )
