"""Fixtures and steps the inbound workflow tests share: the services, the inbox, a site, the
project's worker on a queue of its own, starting a workflow, people inspecting and deciding,
and checking the trails against inbound.bpmn."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from typing import Any

import pytest

import workflows.inbound
from tests.tasks.conftest import inbox  # noqa: F401 - the session's inbox service
from tests.workflows.inbound_world import (
    APPROVERS,
    INSPECTORS,
    Stubs,
    build_site,
    complete,
    open_task,
    person,
)
from workflows.bpmn import model_of_package
from workflows.inbound.contracts import (
    Deadlines,
    InboundReceipt,
    InboundSettled,
    workflow_id_for,
)
from workflows.inbound.elements import DECIDE_RELEASE, INSPECT_LOT
from workflows.inbound.workflow import InboundReceiptWorkflow
from workflows.service_calls import ServiceAccess
from workflows.tasks.activities import TASKS_SERVICE
from workflows.worker import build_worker
from workflows.worker_token import WORKER_ROLES

MODEL = model_of_package(workflows.inbound.__file__)
QUEUE = f"inbound-test-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def world(start_service, inbox, token):
    receiving, warehouse, quality = (
        start_service(s) for s in ("receiving", "warehouse", "quality")
    )
    targets = {
        "receiving": receiving.grpc_target,
        "warehouse": warehouse.grpc_target,
        "quality": quality.grpc_target,
        TASKS_SERVICE: inbox.grpc_target,
    }
    stubs = Stubs.at(targets.__getitem__, token("admin", "admin"))
    worker_token = token("lotflow-worker", *WORKER_ROLES)
    access = ServiceAccess(targets.__getitem__, lambda: worker_token)
    return {
        "stubs": stubs,
        "site": build_site(stubs),
        "access": access,
        "targets": targets,
        "worker_token": worker_token,
    }


@pytest.fixture
def with_worker(loop, client, world):  # the project's worker on QUEUE
    """`with_worker(body)` runs `body(on_loop)` on a thread while the project's worker runs;
    `on_loop(coroutine)` runs Temporal client calls on the session's loop."""

    def run(body, access: ServiceAccess | None = None, *, worker: bool = True):
        async def drive():
            session_loop = asyncio.get_running_loop()

            def on_loop(coroutine: Any) -> Any:
                return asyncio.run_coroutine_threadsafe(coroutine, session_loop).result(120)

            return await asyncio.to_thread(body, on_loop)

        async def scenario():
            if not worker:  # a worker elsewhere (another process) runs QUEUE
                return await drive()
            async with build_worker(client, task_queue=QUEUE, services=access or world["access"]):
                return await drive()

        return loop.run(scenario())

    return run


def start(client, on_loop, receipt_id: str, **deadlines: timedelta):
    return on_loop(
        client.start_workflow(
            InboundReceiptWorkflow.run,
            InboundReceipt(receipt_id=receipt_id, deadlines=Deadlines(**deadlines)),
            id=workflow_id_for(receipt_id),
            task_queue=QUEUE,
        )
    )


def finish(on_loop, handle) -> tuple[InboundSettled, list[str], list[list[str]]]:
    result = on_loop(handle.result())
    trail = on_loop(handle.query(InboundReceiptWorkflow.trail))
    branches = on_loop(handle.query(InboundReceiptWorkflow.branch_trails))
    assert MODEL.trail_problems(trail, completed=True) == []
    for branch in branches:
        # A deadline timer's token: from the task it sits on to its own end event.
        assert MODEL.trail_problems([*trail[:1], *branch], completed=True) == [
            f"step 1: no sequence flow leads from {trail[0]!r} to {branch[0]!r}"
        ]
    return result, trail, branches


def inspect_and_decide(inbox, token, receipt_id, results, outcome, reason=None, **variables):
    ines = person(inbox, token, "ines", INSPECTORS)
    alice = person(inbox, token, "alice", APPROVERS)
    task = open_task(ines, receipt_id, INSPECT_LOT)
    assert task["details"]["characteristics"] == ["moisture", "foreign matter"]
    done = complete(ines, task["id"], "record_results", results=results)
    assert done.status_code == 200, done.text
    release = open_task(alice, receipt_id, DECIDE_RELEASE)
    assert [e["user"] for e in release["excluded"]] == ["ines"]
    done = complete(alice, release["id"], outcome, reason=reason, **variables)
    assert done.status_code == 200, done.text


def inspected_and_decided(
    client, inbox, token, receipt_id, results, outcome, reason=None, **variables
):
    """The scenario most tests run: the receipt's workflow started, ines inspecting, alice
    deciding; it returns the workflow's result, trail and branch trails."""

    def scenario(on_loop):
        handle = start(client, on_loop, receipt_id)
        inspect_and_decide(inbox, token, receipt_id, results, outcome, reason, **variables)
        return finish(on_loop, handle)

    return scenario
