"""Shared fixtures: real PostgreSQL, real services on real sockets, real tokens.

PostgreSQL is the server in LOTFLOW_DATABASE_URL when set, else an embedded one (pgserver) in a
temporary folder. Each test session gets its own databases, so runs never see each other's data.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest

from launcher.embedded_postgres import temporary_embedded
from launcher.registry import load_spec
from lotflow.auth import issue_token
from lotflow.db import Database
from lotflow.migrations import migrate
from lotflow.postgres import drop_database
from lotflow.service_host import RunningService
from lotflow.settings import derive_database_url, get_settings
from tests.transport import new_request_id

RUN_ID = uuid.uuid4().hex[:8]


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    configured = os.environ.get("LOTFLOW_DATABASE_URL")
    if configured:
        yield configured
        return
    with temporary_embedded() as url:
        yield url


@pytest.fixture(scope="session")
def database_url(pg_server_url: str) -> Iterator[Callable[[str], str]]:
    """Returns a migrated, session-private database URL for a service."""
    created: dict[str, str] = {}

    def for_service(service: str) -> str:
        if service not in created:
            url = derive_database_url(pg_server_url, f"lotflow_test_{RUN_ID}_{service}")
            migrate(load_spec(service).migrations_dir, url)
            created[service] = url
        return created[service]

    yield for_service
    for url in created.values():
        drop_database(url)


# Whom each service asks at the door (lotflow.peers): they run first, and the settings say
# where they listen, as LOTFLOW_<SERVICE>_GRPC does in a deployment.
DOOR_PEERS: dict[str, tuple[str, ...]] = {
    "receiving": ("warehouse",),
    "quality": ("warehouse",),
    "recall": ("warehouse",),
    "production": ("warehouse", "quality"),
}


@pytest.fixture(scope="session")
def start_service(database_url: Callable[[str], str]) -> Iterator[Callable[[str], RunningService]]:
    """Starts a service (REST + gRPC on free ports) once per session and returns it, after the
    services it asks at the door."""
    running: dict[str, RunningService] = {}
    published: dict[str, str | None] = {}

    def start(service: str) -> RunningService:
        if service not in running:
            for peer in DOOR_PEERS.get(service, ()):
                start(peer)
            database = Database(database_url(service), pool_size=20)
            running[service] = RunningService(
                load_spec(service), database, host="127.0.0.1", grpc_port=0, http_port=0
            ).start()
            variable = f"LOTFLOW_{service.upper()}_GRPC"
            published[variable] = os.environ.get(variable)
            os.environ[variable] = running[service].grpc_target
            get_settings.cache_clear()
        return running[service]

    yield start
    for service in running.values():
        service.stop(grace=1)
    for variable, value in published.items():
        if value is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = value
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def token() -> Callable[..., str]:
    def make(user: str = "tester", *roles: str) -> str:
        return issue_token(user, list(roles) or ["admin"])

    return make


@pytest.fixture
def request_id() -> Callable[[], str]:
    return new_request_id
