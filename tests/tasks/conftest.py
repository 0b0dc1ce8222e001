"""Task inbox fixtures: the real Temporal dev server and loop from tests/workflows, the inbox
served over real REST and gRPC on its own PostgreSQL database with the test client injected,
and a worker running the test workflow with the projection activities."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest
from temporalio.client import Client
from temporalio.worker import Worker

from lotflow.db import Database
from lotflow.service_host import RunningService
from services.tasks.app import inbox_spec
from services.tasks.roles import RECORDER_ROLE
from services.tasks.temporal_gateway import TemporalGateway
from tests.tasks.single_task_workflow import SingleTaskWorkflow, WithdrawableTaskWorkflow
from tests.workflows.conftest import client, loop, temporal, temporal_settings  # noqa: F401
from workflows.service_calls import ServiceAccess
from workflows.tasks.activities import TASKS_SERVICE, TaskProjectionActivities
from workflows.worker import activities_of

T = TypeVar("T")
# Test workflows run on their own queue, apart from the project worker other tests run.
TASK_QUEUE = f"tasks-test-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def inbox(client: Client, database_url) -> Iterator[RunningService]:  # noqa: F811
    gateway = TemporalGateway.of(client)
    service = RunningService(
        inbox_spec(gateway),
        Database(database_url("tasks"), pool_size=10),
        host="127.0.0.1",
        grpc_port=0,
        http_port=0,
    ).start()
    yield service
    service.stop(grace=1)
    gateway.close()


@pytest.fixture(scope="session")
def recorder_access(inbox: RunningService, token) -> ServiceAccess:
    """What the worker's activities present to the inbox: its address and a recorder token."""
    recorder = token("lotflow-worker", RECORDER_ROLE)
    return ServiceAccess({TASKS_SERVICE: inbox.grpc_target}.__getitem__, lambda: recorder)


def task_worker(client: Client, access: ServiceAccess) -> Worker:  # noqa: F811
    return Worker(
        client,
        task_queue=TASK_QUEUE,
        workflows=[SingleTaskWorkflow, WithdrawableTaskWorkflow],
        activities=activities_of(TaskProjectionActivities(access)),
    )


@pytest.fixture
def with_worker(loop, client, recorder_access):  # noqa: F811
    """`with_worker(body)` runs the synchronous `body(on_loop)` on a thread while a worker
    runs; `on_loop(coroutine)` runs Temporal client calls on the session's loop."""

    def run(body: Callable[[Callable[[Any], Any]], T]) -> T:
        async def scenario() -> T:
            async with task_worker(client, recorder_access):
                session_loop = asyncio.get_running_loop()

                def on_loop(coroutine: Any) -> Any:
                    return asyncio.run_coroutine_threadsafe(coroutine, session_loop).result(60)

                return await asyncio.to_thread(body, on_loop)

        return loop.run(scenario())

    return run
