"""Material consumption over real gRPC against its raw SQL floor, and one long order end to end.

    python bench/production_consumption.py [--seconds 5] [--clients 8] [--lots 64]
                                           [--operations 50] [--order-lots 200]

PostgreSQL is LOTFLOW_DATABASE_URL when set, else an embedded one (pgserver). Private
databases for warehouse, quality and production are created, migrated and dropped; each
service runs in its own process (REST + gRPC, as deployed), production told where the
warehouse and quality listen; the clients run in this process.

1. Consumption: a released order whose materials are staged line-side (`--lots` input lots
   over four components, reserved FEFO and moved, still reserved, at release); `--clients`
   clients post IssueMaterial (0.01 KGM of a staged lot each: the warehouse issue against the
   reservation, then the consumption, its genealogy link and events). Measured on one order
   (every issue of an order is serialised on the order row, warehouse call included) and on
   one order per client. The raw floor (bench/production_raw_floor.py) does the same writes
   with psycopg from the same number of threads; the ratio is gRPC / raw.
2. One order of `--operations` operations consuming `--order-lots` whole lots, from release
   (which reserves and stages every lot) through every operation started, reported and
   completed, every lot issued, the output produced and the order completed, over the direct
   RPCs (Record*, IssueMaterial, ...), not through the order's workflow: seconds by phase.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import sys
from pathlib import Path

SERVICES = ("warehouse", "quality", "production")
# Production asks the warehouse and quality at its door.
PEERS = {"warehouse": (), "quality": ("warehouse",), "production": ("warehouse", "quality")}
COMPONENTS = 4
ISSUE = "0.01"


def serve(service: str, database_url: str, peers: dict[str, str], ready, stop) -> None:
    """One service as deployed: its own process and pool, told where its peers listen."""
    for peer, target in peers.items():
        os.environ[f"LOTFLOW_{peer.upper()}_GRPC"] = target
    from launcher.registry import load_spec
    from lotflow.db import Database
    from lotflow.service_host import RunningService

    database = Database(database_url, pool_size=20, application_name=f"bench-{service}")
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


def staged_orders(wh, prod, plant, count: int, lots: int) -> list:
    """`count` released orders of one product; each stages `lots` lots over the components."""
    from bench.production_load import create_order, define_product, item, release, stock

    per_item = lots // COMPONENTS
    parts = []
    for k in range(COMPONENTS):
        code = item(wh, "KGM")
        # Each order needs `per_item` lots of 10 KGM of every component (quantity 1000 x 0.1).
        stock(wh, plant, code, per_item * count, "10")
        parts.append((code, "0.1", 10 * (k % 2 + 1)))
    output = define_product(wh, prod, plant, parts, 2)
    quantity = str(per_item * 100)
    return [release(wh, prod, create_order(prod, plant, output, quantity)) for _ in range(count)]


def measure(targets: dict[str, str], urls: dict[str, str], args: argparse.Namespace) -> int:
    from bench.production_load import build_plant, grpc_issues, order_end_to_end, production
    from bench.production_load import warehouse as warehouse_client
    from bench.production_raw_floor import raw_consumption

    wh, prod = warehouse_client(targets["warehouse"]), production(targets["production"])
    plant = build_plant(wh, prod, work_centers=5)
    one = staged_orders(wh, prod, plant, 1, args.lots)
    many = staged_orders(wh, prod, plant, args.clients, args.lots)
    print(
        f"{args.clients} clients, {args.seconds:.0f} s per scenario, {os.cpu_count()} CPUs, "
        f"{len(one[0].lots)} staged lots per order"
    )
    raw = raw_consumption(
        urls["warehouse"], urls["production"], args.clients, args.seconds, args.lots, COMPONENTS
    )
    for name, orders in (("one order", one), ("order each", many)):
        issued = grpc_issues(targets["production"], orders, args.clients, args.seconds, ISSUE)
        ratio = issued.rate / raw.rate if raw.rate else 0.0
        print(
            f"{name:<11} gRPC {issued.rate:7.0f} IssueMaterial/s ({issued.refused} refused, "
            f"{issued.failed} failed)   raw SQL {raw.rate:7.0f}/s   ratio {ratio:.2f}"
        )
    phases, staged = order_end_to_end(
        wh, prod, plant, args.operations, args.order_lots, COMPONENTS * 2
    )
    print(
        f"order end to end over the direct RPCs (not the workflow): {args.operations} operations, "
        f"{len(staged.lots)} lots staged and issued, output and completion: "
        f"{sum(phases.values()):.1f} s ("
        + ", ".join(f"{phase} {seconds:.1f} s" for phase, seconds in phases.items())
        + ")"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--lots", type=int, default=64)
    parser.add_argument("--operations", type=int, default=50)
    parser.add_argument("--order-lots", type=int, default=200)
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
    servers, targets = [], {}
    try:
        for service in SERVICES:
            migrate(load_spec(service).migrations_dir, urls[service])
            peers = {peer: targets[peer] for peer in PEERS[service]}
            server = context.Process(
                target=serve, args=(service, urls[service], peers, ready, stop), daemon=True
            )
            server.start()
            servers.append(server)
            targets.update([ready.get(timeout=60)])
        return measure(targets, urls, args)
    finally:
        stop.set()
        for server in servers:
            server.join(timeout=10)
        for url in urls.values():
            drop_database(url)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    # Run as bench.production_consumption: the service processes it spawns find `serve` there.
    from bench.production_consumption import main as run_main

    sys.exit(run_main())
