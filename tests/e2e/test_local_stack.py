"""`lotflow up` as a person on a fresh machine runs it: embedded PostgreSQL, the Temporal dev
server, five services and the worker, on ports of its own so it never meets another stack.
"""

from __future__ import annotations

import signal
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from lotflow.settings import COMPONENTS
from tests.e2e.stack_runner import LOTFLOW, StackEnvironment, UpProcess
from tests.workflows.inbound_world import (
    Stubs,
    build_site,
    eventually,
    new_goods,
    receipt_of,
    record_receipt,
)

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]


def lotflow(stack: StackEnvironment, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LOTFLOW, *arguments], env=stack.env, capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def data_dir() -> Iterator[Path]:
    # Not tmp_path: concurrent pytest sessions of the same user prune each other's numbered
    # tmp_path folders, which would pull the data folder from under a running PostgreSQL.
    with tempfile.TemporaryDirectory(prefix="lotflow-e2e-") as folder:
        yield Path(folder) / "data"


def test_up_serves_keeps_its_data_and_stops_cleanly_or_on_a_death(data_dir):
    stack = StackEnvironment.on_free_ports(data_dir)
    code = f"E2E-{uuid.uuid4().hex[:8].upper()}"

    with UpProcess(stack) as first:
        output = first.wait_until_ready()
        for service in COMPONENTS:
            assert stack.grpc_target(service) in output
            assert stack.rest_url(service) in output
        status = lotflow(stack, "status")
        assert status.returncode == 0, status.stdout + status.stderr
        assert status.stdout.count("SERVING") == len(COMPONENTS) + 1  # and Temporal

        token = lotflow(stack, "token", "--user", "e2e", "--roles", "admin").stdout.strip()
        created = httpx.post(
            f"{stack.rest_url('warehouse')}/v1/items",
            json={"code": code, "description": "Sunflower oil 1 L", "base_uom": "LTR"},
            headers={"authorization": f"Bearer {token}", "Idempotency-Key": f"e2e-{code}"},
            timeout=10,
        )
        assert created.status_code == 201, created.text

        # A receipt recorded at the dock starts its inbound workflow by itself: with no
        # inspection plan, the worker releases the lot and puts it away, and receiving learns.
        stubs = Stubs.at(stack.grpc_target, token)
        goods = new_goods(stubs, inspected=False)
        receipt_id = record_receipt(stubs, goods, build_site(stubs), quantity="25")
        eventually(lambda: receipt_of(stubs, receipt_id).status == "accepted", timeout=90)

        children = first.descendants()
        assert len(children) == len(COMPONENTS) + 2  # services, worker, Temporal

        assert first.stop(signal.SIGINT) == 0, first.output()
    assert not [child for child in children if _alive(child)]
    assert not (stack.data_dir / "postgres" / "postmaster.pid").exists()
    assert lotflow(stack, "status").returncode == 1

    with UpProcess(stack) as second:
        second.wait_until_ready()
        fetched = httpx.get(
            f"{stack.rest_url('warehouse')}/v1/items/{code}",
            headers={"authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert fetched.status_code == 200, fetched.text
        assert fetched.json()["id"] == created.json()["id"]

        # A service that dies takes the stack down with a report, instead of a half-working one.
        children = second.descendants()
        recall = next(
            p for p in children if p.cmdline()[-3:] == ["serve", "recall", "--no-migrate"]
        )
        recall.kill()
        assert second.wait_for_exit() == 1
        assert "recall exited with code -9" in second.output()
    assert not [child for child in children if _alive(child)]
    assert not (stack.data_dir / "postgres" / "postmaster.pid").exists()


def _alive(process: psutil.Process) -> bool:
    return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
