"""Starting the hold feed once: the worker makes sure the singleton runs at startup."""

from __future__ import annotations

from temporalio.client import Client, WorkflowHandle
from temporalio.common import WorkflowIDConflictPolicy

from workflows.hold_feed.contracts import FEED_WORKFLOW_ID, FollowHolds
from workflows.hold_feed.workflow import HoldFeedWorkflow


async def ensure_hold_feed(
    client: Client,
    *,
    task_queue: str,
    workflow_id: str = FEED_WORKFLOW_ID,
    feed: FollowHolds | None = None,
) -> WorkflowHandle:
    """Start the feed under `workflow_id` unless it already runs (then its handle is returned).

    A feed that ended (terminated by an operator) starts again from `feed.after`, by default
    the beginning of quality's feed: every change is applied again under the request id it
    had the first time, so the warehouse answers with what it did then and changes nothing.
    """
    return await client.start_workflow(
        HoldFeedWorkflow.run,
        feed or FollowHolds(),
        id=workflow_id,
        task_queue=task_queue,
        id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
    )
