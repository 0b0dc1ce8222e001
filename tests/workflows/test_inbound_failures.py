"""The inbound workflow through failures: a worker process killed mid-workflow and replaced, and
the warehouse down while the workflow needs it. Nothing is posted twice; the workflow finishes
once what it needs is back."""

# ruff: noqa: F811 - fixtures imported from tests/workflows/inbound_fixtures.py
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from decimal import Decimal

import psycopg
import pytest

from launcher.registry import load_spec
from lotflow.db import Database
from lotflow.postgres import libpq_dsn
from lotflow.service_host import RunningService
from protos.warehouse.v1 import warehouse_pb2
from tests.workflows.conftest import free_port
from tests.workflows.inbound_fixtures import (  # noqa: F401 - fixtures
    QUEUE,
    finish,
    inbox,
    inspect_and_decide,
    start,
    with_worker,
    world,
)
from tests.workflows.inbound_world import (
    GOOD_RESULTS,
    INSPECTORS,
    balances,
    movements,
    new_goods,
    open_task,
    person,
    receipt_of,
    record_receipt,
)
from workflows.inbound.elements import INSPECT_LOT
from workflows.service_calls import ServiceAccess

pytestmark = pytest.mark.workflows


def until(probe, *, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while not (value := probe()):
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout} s waiting for {probe}")
        time.sleep(0.05)
    return value


@contextmanager
def port_of_a_service_down(port: int) -> Iterator[Callable[[], int]]:
    """Listens on `port` and drops every connection, as a host whose service is down does.
    Yields how many connections were tried so far."""
    listener = socket.create_server(("127.0.0.1", port))
    listener.settimeout(0.05)
    tried, stopped = [0], threading.Event()

    def drop_connections() -> None:
        while not stopped.is_set():
            with suppress(TimeoutError):
                connection, _ = listener.accept()
                connection.close()
                tried[0] += 1

    dropper = threading.Thread(target=drop_connections, daemon=True)
    dropper.start()
    try:
        yield lambda: tried[0]
    finally:
        stopped.set()
        dropper.join(5)
        listener.close()


@contextmanager
def ledger_held(warehouse_url: str) -> Iterator[Callable[[], bool]]:
    """Holds the warehouse's movement ledger against writes (reads go on): a movement posted
    meanwhile waits on the lock and commits once the block ends. Yields a probe telling whether
    a warehouse session is waiting on it."""
    with (
        psycopg.connect(libpq_dsn(warehouse_url)) as holder,
        psycopg.connect(libpq_dsn(warehouse_url), autocommit=True) as watcher,
    ):
        holder.execute("LOCK TABLE movements IN EXCLUSIVE MODE")

        def movement_waiting() -> bool:
            row = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ).fetchone()
            return bool(row and row[0])

        try:
            yield movement_waiting
        finally:
            holder.rollback()


def test_a_worker_killed_mid_workflow_is_replaced_and_nothing_is_posted_twice(
    with_worker, client, temporal_settings, world, inbox, token, tmp_path, database_url
):
    stubs, site, targets = world["stubs"], world["site"], world["targets"]
    goods = new_goods(stubs, inspected=True)
    receipt_id = record_receipt(stubs, goods, site)
    environment = os.environ | {
        "LOTFLOW_TEMPORAL_ADDRESS": temporal_settings.temporal_address,
        "LOTFLOW_TEMPORAL_NAMESPACE": temporal_settings.temporal_namespace,
        "LOTFLOW_TEMPORAL_TASK_QUEUE": QUEUE,
        "LOTFLOW_RECEIVING_GRPC": targets["receiving"],
        "LOTFLOW_WAREHOUSE_GRPC": targets["warehouse"],
        "LOTFLOW_QUALITY_GRPC": targets["quality"],
        "LOTFLOW_TASKS_GRPC": targets["tasks"],
        "LOTFLOW_SERVICE_TOKEN": world["worker_token"],
        # The receipt feed would start inbound workflows for every receipt of the session.
        "LOTFLOW_FOLLOW_RECEIPTS": "false",
        "LOTFLOW_FOLLOW_HOLDS": "false",
    }

    def first_worker(on_loop):
        with (tmp_path / "worker.log").open("w") as log:
            worker = subprocess.Popen(
                [sys.executable, "-m", "workflows.worker"], env=environment, stderr=log
            )
            try:
                # Receiving into quarantine posts a movement, which waits on the held ledger.
                # The worker dies meanwhile and the movement commits after it: only the
                # replacement can learn the step's outcome, by posting it again.
                with ledger_held(database_url("warehouse")) as movement_waiting:
                    handle = start(client, on_loop, receipt_id)
                    until(movement_waiting)
                    worker.send_signal(signal.SIGKILL)
                    worker.wait(timeout=30)
            finally:
                if worker.poll() is None:
                    worker.kill()
                    worker.wait()
        return handle

    handle = with_worker(first_worker, worker=False)

    # Another worker takes over: it replays the history and runs what was left.
    def second_worker(on_loop):
        inspect_and_decide(inbox, token, receipt_id, GOOD_RESULTS, "release")
        return finish(on_loop, handle)

    result, _, _ = with_worker(second_worker)

    assert result.decision == "release"
    assert balances(stubs, result.lot_code, goods.item) == {
        (result.putaway_location, "AVAILABLE"): Decimal(100)
    }
    kinds = Counter(m.type for m in movements(stubs, result.lot_code, goods.item))
    assert all(count == 1 for count in kinds.values()), kinds
    assert len(kinds) == 3, kinds  # received, released, put away
    assert receipt_of(stubs, receipt_id).status == "accepted"
    ledger = stubs.call(stubs.warehouse.CheckLedger, warehouse_pb2.CheckLedgerRequest())
    assert list(ledger.discrepancies) == []


def test_a_warehouse_down_mid_workflow_delays_it_until_it_is_back(
    with_worker, world, client, database_url, inbox, token
):
    stubs, site = world["stubs"], world["site"]
    port = free_port()

    def start_warehouse() -> RunningService:
        database = Database(database_url("warehouse"), pool_size=2)
        return RunningService(
            load_spec("warehouse"), database, host="127.0.0.1", grpc_port=port, http_port=0
        ).start()

    targets = world["targets"] | {"warehouse": f"127.0.0.1:{port}"}
    access = ServiceAccess(targets.__getitem__, world["access"].token)
    goods = new_goods(stubs, inspected=True)
    receipt_id = record_receipt(stubs, goods, site)
    warehouse = start_warehouse()

    def scenario(on_loop):
        nonlocal warehouse
        handle = start(client, on_loop, receipt_id)
        open_task(person(inbox, token, "ines", INSPECTORS), receipt_id, INSPECT_LOT)
        warehouse.stop(grace=1)  # received into quarantine; the warehouse goes away
        with port_of_a_service_down(port) as attempts:
            inspect_and_decide(inbox, token, receipt_id, GOOD_RESULTS, "release")
            until(lambda: attempts() >= 3)  # the release was tried, and tried again
        warehouse = start_warehouse()
        return finish(on_loop, handle)

    try:
        result, _, _ = with_worker(scenario, access)
    finally:
        warehouse.stop(grace=1)

    assert result.decision == "release"
    assert balances(stubs, result.lot_code, goods.item) == {
        (result.putaway_location, "AVAILABLE"): Decimal(100)
    }
    assert receipt_of(stubs, receipt_id).status == "accepted"
