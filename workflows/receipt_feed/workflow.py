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

import asyncio

from temporalio import workflow
from temporalio.common import WorkflowIDReusePolicy
from temporalio.exceptions import WorkflowAlreadyStartedError
from temporalio.workflow import ParentClosePolicy

from workflows.feeds import FeedElements, FeedFollower
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
    from workflows.inbound.contracts import InboundReceipt, workflow_id_for
    from workflows.receipt_feed.contracts import (
        READ_RECEIPTS,
        WORKFLOW_NAME,
        FeedProgress,
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
class ReceiptFeedWorkflow(FeedFollower):
    def __init__(self) -> None:
        super().__init__()
        self._started: list[str] = []
        self._already_started: list[str] = []
        self._already_settled: list[str] = []

    @workflow.query(name=PROGRESS_QUERY)
    def progress(self) -> FeedProgress:
        return FeedProgress(
            cursor=self._cursor,
            pages_read=self._pages_read,
            started=list(self._started),
            already_started=list(self._already_started),
            already_settled=list(self._already_settled),
        )

    @workflow.run
    async def run(self, feed: FollowReceipts) -> None:
        self.start_following(feed, ELEMENTS)
        while True:
            page = await self.read_page(feed, ELEMENTS, READ_RECEIPTS, ReceiptPage)
            self._already_settled += page.settled_ids
            left = list(page.receipt_ids)
            while self.chose(RECEIPT_LEFT, bool(left)):
                await self.step(START_INBOUND, self._start_inbound, left.pop(0))
            # Every inbound workflow of the page has started: only now move the cursor on.
            await self.page_applied(feed, ELEMENTS, page.next_cursor, page.events_read)

    async def _start_inbound(self, receipt_id: str) -> None:
        try:
            child = await workflow.start_child_workflow(
                InboundReceiptWorkflow.run,
                InboundReceipt(receipt_id=receipt_id),
                id=workflow_id_for(receipt_id),
                parent_close_policy=ParentClosePolicy.ABANDON,
                id_reuse_policy=WorkflowIDReusePolicy.REJECT_DUPLICATE,
            )
        except WorkflowAlreadyStartedError:
            self._already_started.append(receipt_id)
        else:
            # The feed does not wait for the receipt's outcome (that is the child's own
            # business); take the result when it comes so a failure is not logged as unseen.
            child.add_done_callback(_outcome_not_awaited)
            self._started.append(receipt_id)


def _outcome_not_awaited(child: asyncio.Future) -> None:
    if not child.cancelled():
        child.exception()
