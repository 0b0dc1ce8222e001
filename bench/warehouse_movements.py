"""Warehouse movements per second over real gRPC, against the raw SQL floor of the same run.

    python bench/warehouse_movements.py [--seconds 5] [--clients 16] [--items 64]

PostgreSQL is LOTFLOW_DATABASE_URL when set, else an embedded one (pgserver). The warehouse
service runs in its own process (REST + gRPC, as deployed); the clients run in this one.
Three gRPC scenarios, each against its raw floor measured right after it on the same server:

- across items: every client moves stock of its own lots between two bins (TransferStock)
- hot lot: every client issues 1 unit of the same lot from the same bin (IssueStock)
- batched: the across-items work, 50 movements per PostMovements call (each its own request
  id and transaction), which spends the per-call gRPC cost once per 50 movements
- goodput: 16 clients race for a lot holding 10 units; exactly 10 must be delivered

The raw floor is what PostgreSQL alone does for the same logical work, through psycopg with no
service in the way: a guarded `UPDATE ... WHERE qty >= x` plus a ledger insert, one transaction
per movement, from the same number of client threads.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.warehouse_load import (  # noqa: E402
    Measurement,
    grpc_across_items,
    grpc_batched,
    grpc_goodput,
    grpc_hot_lot,
    prepare_stock,
)
from bench.warehouse_raw_floor import raw_across_items, raw_hot_row  # noqa: E402
from launcher.embedded_postgres import temporary_embedded  # noqa: E402
from launcher.registry import load_spec  # noqa: E402
from lotflow.migrations import migrate  # noqa: E402
from lotflow.postgres import drop_database  # noqa: E402
from lotflow.settings import derive_database_url  # noqa: E402


def serve(database_url: str, ready: multiprocessing.Queue, stop: multiprocessing.Event) -> None:
    """The warehouse service as deployed: its own process, its own pool."""
    from launcher.registry import load_spec
    from lotflow.db import Database
    from lotflow.service_host import RunningService

    database = Database(database_url, pool_size=20, application_name="bench-warehouse")
    service = RunningService(
        load_spec("warehouse"), database, host="127.0.0.1", grpc_port=0, http_port=0
    ).start()
    ready.put(service.grpc_target)
    stop.wait()
    service.stop(grace=1)


def server_url(stack: contextlib.ExitStack) -> str:
    """LOTFLOW_DATABASE_URL, else a throwaway embedded server that `stack` stops."""
    return os.environ.get("LOTFLOW_DATABASE_URL") or stack.enter_context(temporary_embedded())


def report(name: str, service: Measurement, raw: Measurement) -> float:
    ratio = service.rate / raw.rate if raw.rate else 0.0
    print(
        f"{name:<13} gRPC {service.rate:8.0f} movements/s ({service.refused} refused, "
        f"{service.failed} failed)   raw SQL {raw.rate:8.0f}/s   ratio {ratio:.2f}"
    )
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--items", type=int, default=64)
    args = parser.parse_args()

    with contextlib.ExitStack() as stack:
        return run(args, server_url(stack))


def run(args: argparse.Namespace, pg_url: str) -> int:
    database_url = derive_database_url(pg_url, f"lotflow_bench_{os.getpid()}")
    migrate(load_spec("warehouse").migrations_dir, database_url)
    context = multiprocessing.get_context("spawn")
    ready, stop = context.Queue(), context.Event()
    server = context.Process(target=serve, args=(database_url, ready, stop), daemon=True)
    server.start()
    try:
        target = ready.get(timeout=60)
        world = prepare_stock(target, items=args.items, clients=args.clients)
        print(f"{args.clients} clients, {args.seconds:.0f} s per scenario, {os.cpu_count()} CPUs")
        spread = grpc_across_items(target, world, args.clients, args.seconds)
        raw_spread = raw_across_items(database_url, args.clients, args.seconds)
        report("across items", spread, raw_spread)
        batched = grpc_batched(target, world, args.clients, args.seconds)
        report("batched", batched, raw_spread)
        hot = grpc_hot_lot(target, world, args.clients, args.seconds)
        report("hot lot", hot, raw_hot_row(database_url, args.clients, args.seconds))
        delivered, refused, failed = grpc_goodput(target, world, args.clients)
        print(
            f"goodput       {delivered} of 10 units delivered, {refused} refused as "
            f"insufficient_stock, {failed} other failures"
        )
        return 0 if delivered == 10 and failed == 0 else 1
    finally:
        stop.set()
        server.join(10)
        drop_database(database_url)


if __name__ == "__main__":
    sys.exit(main())
