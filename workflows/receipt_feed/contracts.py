"""What the receipt feed takes and passes between its steps.

A singleton (workflow id FEED_WORKFLOW_ID) that keeps receiving's feed cursor in its own state,
so a receipt recorded while Temporal or the worker is down is picked up when they are back.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from workflows.feeds import FollowFeed

WORKFLOW_NAME = "ReceiptFeed"
FEED_WORKFLOW_ID = "receipt-feed"

# Activity names, shared by the workflow and the activities.
READ_RECEIPTS = "receipt_feed.read_receipts"

RECEIPT_RECORDED_EVENT = "receiving.receipt_recorded"
# A receipt's status in receiving until its outcome is recorded.
OPEN_STATUS = "recorded"


class Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FollowReceipts(FollowFeed):
    """Where the feed of receiving's events stands, and how it polls."""


class ReceiptPage(Contract):
    """The receipts recorded in one page of receiving's feed, in feed order: those still open
    and those whose outcome is already recorded; and the cursor to read on from (equal to
    `after` when the page was empty)."""

    receipt_ids: list[str]
    settled_ids: list[str] = []
    next_cursor: str
    events_read: int
