"""The Temporal worker: every lotflow workflow and activity on settings.temporal_task_queue.

`lotflow worker` runs `main()`. SIGTERM or SIGINT stops polling, lets running activities
finish (up to GRACEFUL_SHUTDOWN) and exits.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import signal
from collections.abc import Callable
from datetime import timedelta

from temporalio.client import Client
from temporalio.worker import UnsandboxedWorkflowRunner, Worker
from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner, SandboxRestrictions

from lotflow.settings import Settings, get_settings
from lotflow.telemetry import setup_telemetry
from lotflow.temporal_client import connect_client
from workflows.feeds import ensure_feed
from workflows.hold_feed.activities import HoldFeedActivities
from workflows.hold_feed.contracts import FEED_WORKFLOW_ID as HOLD_FEED_ID
from workflows.hold_feed.contracts import FollowHolds
from workflows.hold_feed.workflow import HoldFeedWorkflow
from workflows.inbound.activities import InboundActivities
from workflows.inbound.workflow import InboundReceiptWorkflow
from workflows.item_introduction.activities import ItemIntroductionActivities
from workflows.item_introduction.workflow import ItemIntroductionWorkflow
from workflows.order_feed.activities import OrderFeedActivities
from workflows.order_feed.contracts import FEED_WORKFLOW_ID as ORDER_FEED_ID
from workflows.order_feed.contracts import FollowReleasedOrders
from workflows.order_feed.workflow import OrderFeedWorkflow
from workflows.production_order.activities import ProductionOrderActivities
from workflows.production_order.workflow import ProductionOrderWorkflow
from workflows.receipt_feed.activities import ReceiptFeedActivities
from workflows.receipt_feed.contracts import FEED_WORKFLOW_ID as RECEIPT_FEED_ID
from workflows.receipt_feed.contracts import FollowReceipts
from workflows.receipt_feed.workflow import ReceiptFeedWorkflow
from workflows.service_calls import ServiceAccess
from workflows.substitution.activities import SubstitutionActivities
from workflows.substitution.workflow import SubstitutionWorkflow
from workflows.tasks.activities import TaskProjectionActivities

log = logging.getLogger("lotflow.worker")

# Every process the worker runs: its workflow class and the class of its activities, which
# is built with the worker's ServiceAccess. Add a process here and nowhere else.
PROCESSES: tuple[tuple[type, Callable[[ServiceAccess], object]], ...] = (
    (ItemIntroductionWorkflow, ItemIntroductionActivities),
    (InboundReceiptWorkflow, InboundActivities),
    (ReceiptFeedWorkflow, ReceiptFeedActivities),
    (HoldFeedWorkflow, HoldFeedActivities),
    (ProductionOrderWorkflow, ProductionOrderActivities),
    (SubstitutionWorkflow, SubstitutionActivities),
    (OrderFeedWorkflow, OrderFeedActivities),
)
WORKFLOWS: tuple[type, ...] = tuple(workflow for workflow, _ in PROCESSES)
# Activities every process may use, built like a process's own: the human task projection
# that HumanTasks (workflows/tasks/workflow.py) records each task event through.
SHARED_ACTIVITIES: tuple[Callable[[ServiceAccess], object], ...] = (TaskProjectionActivities,)

# Every workflow runs outside the sandbox: its cost per run (a fresh import of the workflow's
# modules, a hop into the sandbox for every payload) was a third of the worker's CPU in the
# inbound benchmark. Determinism is checked instead by replaying real histories of every
# workflow inside REPLAY_SANDBOX (tests/workflows/replay.py), where a nondeterministic call fails.
WORKFLOW_RUNNER = UnsandboxedWorkflowRunner()

# What workflows import that holds no state and never reaches outside: the sandbox shares these
# modules as loaded instead of running them again for every workflow run.
SHARED_WORKFLOW_MODULES = (
    "pydantic",
    "workflows.trail",
    "workflows.service_policy",
    "workflows.tasks",
)
REPLAY_SANDBOX = SandboxedWorkflowRunner(
    restrictions=SandboxRestrictions.default.with_passthrough_modules(*SHARED_WORKFLOW_MODULES)
)

# How long a stopping worker lets running activities finish; below Kubernetes' default 30 s
# termination grace period so the pod is not killed mid-activity.
GRACEFUL_SHUTDOWN = timedelta(seconds=25)


def activities_of(instance: object) -> list[Callable]:
    """The methods of an activities object that are decorated with @activity.defn."""
    return [
        method
        for _, method in inspect.getmembers(instance, inspect.ismethod)
        if hasattr(method, "__temporal_activity_definition")
    ]


def build_worker(client: Client, *, task_queue: str, services: ServiceAccess) -> Worker:
    factories = [*(activities for _, activities in PROCESSES), *SHARED_ACTIVITIES]
    return Worker(
        client,
        task_queue=task_queue,
        workflows=list(WORKFLOWS),
        workflow_runner=WORKFLOW_RUNNER,
        activities=[method for build in factories for method in activities_of(build(services))],
        graceful_shutdown_timeout=GRACEFUL_SHUTDOWN,
    )


async def run_until_stopped(settings: Settings, stop: asyncio.Event) -> None:
    """Run the worker until `stop` is set, then shut it down gracefully."""
    client = await connect_client(settings)
    worker = build_worker(
        client,
        task_queue=settings.temporal_task_queue,
        services=ServiceAccess.from_settings(settings),
    )
    if settings.follow_receipts:
        # The singleton that starts every recorded receipt's inbound workflow; already running
        # is fine (it keeps its cursor), so every worker replica may ask.
        await ensure_feed(
            client,
            ReceiptFeedWorkflow.run,
            FollowReceipts(),
            workflow_id=RECEIPT_FEED_ID,
            task_queue=settings.temporal_task_queue,
        )
    if settings.follow_holds:
        # The singleton that blocks a lot's stock in the warehouse while quality holds it.
        await ensure_feed(
            client,
            HoldFeedWorkflow.run,
            FollowHolds(),
            workflow_id=HOLD_FEED_ID,
            task_queue=settings.temporal_task_queue,
        )
    if settings.follow_released_orders:
        # The singleton that starts every released production order's workflow.
        await ensure_feed(
            client,
            OrderFeedWorkflow.run,
            FollowReleasedOrders(),
            workflow_id=ORDER_FEED_ID,
            task_queue=settings.temporal_task_queue,
        )
    running = asyncio.create_task(worker.run())
    stopping = asyncio.create_task(stop.wait())
    log.info(
        "worker polling %s on %s (namespace %s)",
        settings.temporal_task_queue,
        settings.temporal_address,
        settings.temporal_namespace,
    )
    await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if not running.done():
        log.info("worker stopping; letting running activities finish")
        await worker.shutdown()
    stopping.cancel()
    await running  # a worker that failed on its own re-raises here
    log.info("worker stopped")


async def _serve(settings: Settings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await run_until_stopped(settings, stop)


def main() -> None:
    settings = get_settings()
    setup_telemetry("worker", settings)
    asyncio.run(_serve(settings))
    # The worker has shut down cleanly and Temporal holds all state. gRPC's core threads can
    # still be winding down while the interpreter finalizes, which sometimes aborts the process
    # (SIGABRT) instead of exiting 0; skip finalization so supervisors see the clean stop.
    logging.shutdown()
    os._exit(0)


if __name__ == "__main__":
    main()
