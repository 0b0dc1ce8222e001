"""What the production order feed takes and passes between its steps.

A singleton (workflow id FEED_WORKFLOW_ID) that keeps production's feed cursor in its own state,
so an order released while Temporal or the worker is down gets its workflow when they are back.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from workflows.feeds import FollowFeed

WORKFLOW_NAME = "ProductionOrderFeed"
FEED_WORKFLOW_ID = "production-order-feed"

# Activity names, shared by the workflow and the activities.
READ_RELEASED_ORDERS = "order_feed.read_released_orders"

ORDER_RELEASED_EVENT = "production.order_released"
# The order statuses in which its workflow still has work to do.
OPEN_STATUSES = frozenset({"released", "in_progress"})


class Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FollowReleasedOrders(FollowFeed):
    """Where the feed of production's events stands, and how it polls."""


class ReleasedOrderPage(Contract):
    """The orders released in one page of production's feed, in feed order: those still open
    and those already completed, closed or cancelled; and the cursor to read on from."""

    order_numbers: list[str]
    settled_numbers: list[str] = []
    next_cursor: str
    events_read: int
