"""The hold feed as it runs: the code walks hold_feed.bpmn element by element.

feed followed -> read the next page of quality's events after the cursor -> for each hold
placed or released in it, in feed order: placed? block the lot's stock in the warehouse under
the hold's id, else lift that hold from it -> page empty? wait on a timer -> after
`pages_per_run` reads (or when Temporal suggests it) continue as new with the cursor, else
read on.

The warehouse keeps the lot blocked while any hold is active, so stacked holds from several
sources each lift only their own. The cursor lives in the workflow's own state: a hold placed
while the warehouse is down is retried until it is back, and the cursor moves on only once
every change of the page is applied. A change the warehouse refuses (a lot it does not know)
has no stock to block: it is recorded as not applied and the feed reads on.
"""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError

from workflows.feeds import FeedElements, FeedFollower
from workflows.hold_feed.elements import (
    BLOCK_STOCK_TASK,
    CHANGE_LEFT,
    CONTINUED_AS_NEW,
    FEED_FOLLOWED,
    HOLD_PLACED,
    IDLE_WAIT,
    PAGE_EMPTY,
    READ_HOLD_CHANGES_TASK,
    RUN_FULL,
    UNBLOCK_STOCK_TASK,
)
from workflows.trail import business_refusal

with workflow.unsafe.imports_passed_through():
    from workflows.hold_feed.contracts import (
        BLOCK_STOCK,
        READ_HOLD_CHANGES,
        UNBLOCK_STOCK,
        WORKFLOW_NAME,
        FeedProgress,
        FollowHolds,
        HoldChange,
        HoldChangePage,
        NotApplied,
    )

PROGRESS_QUERY = "progress"
ELEMENTS = FeedElements(
    followed=FEED_FOLLOWED,
    read_page=READ_HOLD_CHANGES_TASK,
    page_empty=PAGE_EMPTY,
    idle_wait=IDLE_WAIT,
    run_full=RUN_FULL,
    continued_as_new=CONTINUED_AS_NEW,
)


@workflow.defn(name=WORKFLOW_NAME)
class HoldFeedWorkflow(FeedFollower):
    def __init__(self) -> None:
        super().__init__()
        self._blocked: list[str] = []
        self._unblocked: list[str] = []
        self._not_applied: list[NotApplied] = []

    @workflow.query(name=PROGRESS_QUERY)
    def progress(self) -> FeedProgress:
        return FeedProgress(
            cursor=self._cursor,
            pages_read=self._pages_read,
            blocked=list(self._blocked),
            unblocked=list(self._unblocked),
            not_applied=list(self._not_applied),
        )

    @workflow.run
    async def run(self, feed: FollowHolds) -> None:
        self.start_following(feed, ELEMENTS)
        while True:
            page = await self.read_page(feed, ELEMENTS, READ_HOLD_CHANGES, HoldChangePage)
            left = list(page.changes)
            while self.chose(CHANGE_LEFT, bool(left)):
                change = left.pop(0)
                if self.chose(HOLD_PLACED, change.change == "placed"):
                    await self.step(BLOCK_STOCK_TASK, self._apply, BLOCK_STOCK, change)
                else:
                    await self.step(UNBLOCK_STOCK_TASK, self._apply, UNBLOCK_STOCK, change)
            # Every change of the page is applied: only now move the cursor on.
            await self.page_applied(feed, ELEMENTS, page.next_cursor, page.events_read)

    async def _apply(self, activity: str, change: HoldChange) -> None:
        try:
            await self.call_service(activity, change)
        except ActivityError as failure:
            refusal = business_refusal(failure)
            if refusal is None:
                raise
            workflow.logger.warning(
                "hold %s %s not applied in the warehouse: %s",
                change.hold_id,
                change.change,
                refusal.message,
            )
            self._not_applied.append(
                NotApplied(hold_id=change.hold_id, change=change.change, code=refusal.type or "")
            )
            return
        (self._blocked if change.change == "placed" else self._unblocked).append(change.hold_id)
