"""Each workflow as it would be if its code read the wall clock. Replaying a real history against
one inside the sandbox must fail, which shows the sandboxed replay tests bite."""

from __future__ import annotations

from datetime import datetime

from temporalio import workflow

from workflows.hold_feed.contracts import WORKFLOW_NAME as HOLD_FEED
from workflows.hold_feed.contracts import FollowHolds
from workflows.hold_feed.workflow import HoldFeedWorkflow
from workflows.inbound.contracts import WORKFLOW_NAME as INBOUND
from workflows.inbound.contracts import InboundReceipt, InboundSettled
from workflows.inbound.workflow import InboundReceiptWorkflow
from workflows.item_introduction.contracts import WORKFLOW_NAME as ITEM_INTRODUCTION
from workflows.item_introduction.contracts import IntroduceItem, ItemIntroduced
from workflows.item_introduction.workflow import ItemIntroductionWorkflow
from workflows.receipt_feed.contracts import WORKFLOW_NAME as RECEIPT_FEED
from workflows.receipt_feed.contracts import FollowReceipts
from workflows.receipt_feed.workflow import ReceiptFeedWorkflow


@workflow.defn(name=INBOUND)
class ClockReadingInbound(InboundReceiptWorkflow):
    @workflow.run
    async def run(self, command: InboundReceipt) -> InboundSettled:
        self.started_at = datetime.now()  # nondeterministic: differs on every replay
        return await super().run(command)


@workflow.defn(name=ITEM_INTRODUCTION)
class ClockReadingItemIntroduction(ItemIntroductionWorkflow):
    @workflow.run
    async def run(self, command: IntroduceItem) -> ItemIntroduced:
        self.started_at = datetime.now()
        return await super().run(command)


@workflow.defn(name=RECEIPT_FEED)
class ClockReadingReceiptFeed(ReceiptFeedWorkflow):
    @workflow.run
    async def run(self, feed: FollowReceipts) -> None:
        self.started_at = datetime.now()
        await super().run(feed)


@workflow.defn(name=HOLD_FEED)
class ClockReadingHoldFeed(HoldFeedWorkflow):
    @workflow.run
    async def run(self, feed: FollowHolds) -> None:
        self.started_at = datetime.now()
        await super().run(feed)
