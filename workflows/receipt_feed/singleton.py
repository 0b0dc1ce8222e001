"""Starting the receipt feed once: the worker makes sure the singleton runs at startup."""

from __future__ import annotations

from temporalio.client import Client, WorkflowHandle
from temporalio.common import WorkflowIDConflictPolicy

from workflows.receipt_feed.contracts import FEED_WORKFLOW_ID, FollowReceipts
from workflows.receipt_feed.workflow import ReceiptFeedWorkflow


async def ensure_receipt_feed(
    client: Client,
    *,
    task_queue: str,
    workflow_id: str = FEED_WORKFLOW_ID,
    feed: FollowReceipts | None = None,
) -> WorkflowHandle:
    """Start the feed under `workflow_id` unless it already runs (then its handle is returned).

    A feed that ended (terminated by an operator) starts again from `feed.after`, by default
    the beginning of receiving's feed; receipts whose inbound workflow is still known to
    Temporal are not started again.
    """
    return await client.start_workflow(
        ReceiptFeedWorkflow.run,
        feed or FollowReceipts(),
        id=workflow_id,
        task_queue=task_queue,
        id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
    )
