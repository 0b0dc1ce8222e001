"""What the hold feed takes and passes between its steps.

A singleton (workflow id FEED_WORKFLOW_ID) that keeps quality's feed cursor in its own state,
so a hold placed while Temporal, the worker or the warehouse is down blocks the stock when
they are back.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from workflows.feeds import FollowFeed

WORKFLOW_NAME = "HoldFeed"
FEED_WORKFLOW_ID = "hold-feed"

# Activity names, shared by the workflow and the activities.
READ_HOLD_CHANGES = "hold_feed.read_hold_changes"
BLOCK_STOCK = "hold_feed.block_stock"
UNBLOCK_STOCK = "hold_feed.unblock_stock"

HOLD_PLACED_EVENT = "quality.hold_placed"
HOLD_RELEASED_EVENT = "quality.hold_released"


class Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FollowHolds(FollowFeed):
    """Where the feed of quality's events stands, and how it polls."""


class HoldChange(Contract):
    """A hold placed on a lot or released from it, as quality's event tells it. The hold id
    names the hold in the warehouse too, so the lot stays blocked while any hold is active."""

    hold_id: str
    lot_code: str
    change: Literal["placed", "released"]
    reason: str


class HoldChangePage(Contract):
    """The hold changes in one page of quality's feed, in feed order, and the cursor to read on
    from (equal to `after` when the page was empty)."""

    changes: list[HoldChange]
    next_cursor: str
    events_read: int


class NotApplied(Contract):
    """A hold change the warehouse refused (a lot it does not know, say): nothing to block."""

    hold_id: str
    change: str
    code: str


class FeedProgress(Contract):
    """What the current run has done (query `progress`)."""

    cursor: str
    pages_read: int
    blocked: list[str]  # hold ids whose lot's stock this run blocked
    unblocked: list[str]  # hold ids lifted from their lot's stock by this run
    not_applied: list[NotApplied]
