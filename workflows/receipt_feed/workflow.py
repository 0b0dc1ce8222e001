"""The receipt feed as it runs: the code walks receipt_feed.bpmn element by element.

feed followed -> read the next page of receiving's events after the cursor -> for each receipt
recorded in it and still open (its outcome not yet recorded), start its inbound workflow (a
child under the id `inbound:<receipt id>`, abandoned when the feed closes; an id already taken
means it was started before) -> page empty? wait on a timer -> after `pages_per_run` reads (or
when Temporal suggests it) continue as new with the cursor, else read on.

The cursor lives in the workflow's own state, so nothing is lost while Temporal or the worker
is down: receiving keeps the events and the feed reads them when it runs again. Reading the
same events twice (a retried read, a run continued from an older cursor) starts nothing twice:
inbound ids are never reused (REJECT_DUPLICATE) while Temporal remembers them, and a receipt
settled since is not started again after it forgot them.
"""

from __future__ import annotations

from temporalio import workflow

from workflows.feeds import ChildStartingFeed, FeedElements
from workflows.inbound.workflow import InboundReceiptWorkflow
from workflows.receipt_feed.elements import (
    CONTINUED_AS_NEW,
    FEED_FOLLOWED,
    IDLE_WAIT,
    PAGE_EMPTY,
    READ_RECEIPTS_TASK,
    RECEIPT_LEFT,
    RUN_FULL,
    START_INBOUND,
)

with workflow.unsafe.imports_passed_through():
    from workflows.feeds import FeedProgress
    from workflows.inbound.contracts import InboundReceipt, workflow_id_for
    from workflows.receipt_feed.contracts import (
        READ_RECEIPTS,
        WORKFLOW_NAME,
        FollowReceipts,
        ReceiptPage,
    )

PROGRESS_QUERY = "progress"
ELEMENTS = FeedElements(
    followed=FEED_FOLLOWED,
    read_page=READ_RECEIPTS_TASK,
    page_empty=PAGE_EMPTY,
    idle_wait=IDLE_WAIT,
    run_full=RUN_FULL,
    continued_as_new=CONTINUED_AS_NEW,
)


@workflow.defn(name=WORKFLOW_NAME)
class ReceiptFeedWorkflow(ChildStartingFeed):
    @workflow.query(name=PROGRESS_QUERY)
    def progress(self) -> FeedProgress:
        return self.feed_progress()

    @workflow.run
    async def run(self, feed: FollowReceipts) -> None:
        self.start_following(feed, ELEMENTS)
        while True:
            page = await self.read_page(feed, ELEMENTS, READ_RECEIPTS, ReceiptPage)
            self.met_settled(page.settled_ids)
            left = list(page.receipt_ids)
            while self.chose(RECEIPT_LEFT, bool(left)):
                await self.step(START_INBOUND, self._start_inbound, left.pop(0))
            # Every inbound workflow of the page has started: only now move the cursor on.
            await self.page_applied(feed, ELEMENTS, page.next_cursor, page.events_read)

    async def _start_inbound(self, receipt_id: str) -> None:
        await self.start_child_once(
            InboundReceiptWorkflow.run,
            InboundReceipt(receipt_id=receipt_id),
            key=receipt_id,
            child_id=workflow_id_for(receipt_id),
        )
