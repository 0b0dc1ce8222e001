"""The inbound workflow through failures: a worker process killed mid-workflow and replaced, and
the warehouse down while the workflow needs it. Nothing is posted twice; the workflow finishes
once what it needs is back."""

# ruff: noqa: F811 - fixtures imported from tests/workflows/inbound_fixtures.py
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal

import pytest

from lotflow.db import Database
from lotflow.service_host import RunningService
from lotflow.service_spec import load_spec
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
from workflows.inbound.contracts import SETTLE_STOCK
from workflows.inbound.workflow import INSPECT_LOT
from workflows.service_calls import ServiceAccess

pytestmark = pytest.mark.workflows


def pending_activities(on_loop, handle) -> list:
    return list(on_loop(handle.describe()).raw_description.pending_activities)


def until(probe, *, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while not (value := probe()):
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout} s waiting for {probe}")
        time.sleep(0.05)
    return value


def test_a_worker_killed_mid_workflow_is_replaced_and_nothing_is_posted_twice(
    with_worker, client, temporal_settings, world, inbox, token, tmp_path
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
    }

    def first_worker(on_loop):
        with (tmp_path / "worker.log").open("w") as log:
            worker = subprocess.Popen(
                [sys.executable, "-m", "workflows.worker"], env=environment, stderr=log
            )
            try:
                handle = start(client, on_loop, receipt_id)
                inspect_and_decide(inbox, token, receipt_id, GOOD_RESULTS, "release")
                # Killed as soon as a step after the decision is under way.
                running = until(lambda: pending_activities(on_loop, handle))
                worker.send_signal(signal.SIGKILL)
                worker.wait(timeout=30)
            finally:
                if worker.poll() is None:
                    worker.kill()
                    worker.wait()
        return handle, [a.activity_type.name for a in running]

    handle, killed_during = with_worker(first_worker, worker=False)
    # Another worker takes over: it replays the history and runs what was left.
    result, trail, _ = with_worker(lambda on_loop: finish(on_loop, handle))

    assert killed_during  # an activity was under way when the worker died
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
        inspect_and_decide(inbox, token, receipt_id, GOOD_RESULTS, "release")
        waiting = until(
            lambda: next(
                (
                    a
                    for a in pending_activities(on_loop, handle)
                    if a.activity_type.name == SETTLE_STOCK and a.attempt >= 2
                ),
                None,
            )
        )
        warehouse = start_warehouse()
        return waiting, finish(on_loop, handle)

    try:
        waiting, (result, _, _) = with_worker(scenario, access)
    finally:
        warehouse.stop(grace=1)

    assert waiting.last_failure.application_failure_info.type == "Unavailable"
    assert result.decision == "release"
    assert balances(stubs, result.lot_code, goods.item) == {
        (result.putaway_location, "AVAILABLE"): Decimal(100)
    }
    assert receipt_of(stubs, receipt_id).status == "accepted"
