"""Host one service in a process: REST (uvicorn) and gRPC over the same database.

`RunningService` is used by `lotflow serve <service>` and by the tests, so both run a service
exactly the same way: real sockets, real interceptors, real database.
"""

from __future__ import annotations

import logging
import signal
import socket
import threading
import time

import uvicorn
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

from lotflow.db import Database
from lotflow.feed import events_router
from lotflow.grpc_server import build_server, set_serving
from lotflow.rest import create_app
from lotflow.service_spec import ServiceSpec

log = logging.getLogger("lotflow.service")

DATABASE_CHECK_SECONDS = 5.0


class RunningService:
    def __init__(
        self,
        spec: ServiceSpec,
        database: Database,
        *,
        host: str,
        grpc_port: int,
        http_port: int,
        database_check_seconds: float = DATABASE_CHECK_SECONDS,
    ) -> None:
        self.spec = spec
        self.database = database
        self.host = host
        SQLAlchemyInstrumentor().instrument(engine=database.engine)
        self.app = create_app(spec.name, database, [*spec.routers, events_router], spec.version)
        FastAPIInstrumentor.instrument_app(self.app)
        self._grpc, self._health, self.grpc_port = build_server(
            f"{host}:{grpc_port}",
            [lambda server: spec.add_to_grpc_server(server, database)],
            list(spec.grpc_services),
        )
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, http_port))
        self.http_port = self._socket.getsockname()[1]
        self._http = uvicorn.Server(
            uvicorn.Config(
                self.app, log_config=None, access_log=False, timeout_graceful_shutdown=10
            )
        )
        self._stopping = threading.Event()
        self._database_check_seconds = database_check_seconds
        self._watcher = threading.Thread(
            target=self._watch_database, daemon=True, name=f"{spec.name}-db-watch"
        )
        self._http_thread = threading.Thread(
            target=self._http.run,
            kwargs={"sockets": [self._socket]},
            daemon=True,
            name=f"{spec.name}-http",
        )

    def _watch_database(self) -> None:
        """Report NOT_SERVING over gRPC health while the database is unreachable, so that
        Kubernetes' readiness probe takes the pod out of rotation and back in by itself."""
        while not self._stopping.wait(self._database_check_seconds):
            up = self.database.reachable()
            if not self._stopping.is_set():
                set_serving(self._health, list(self.spec.grpc_services), up=up)

    @property
    def grpc_target(self) -> str:
        return f"{self.host}:{self.grpc_port}"

    @property
    def http_url(self) -> str:
        return f"http://{self.host}:{self.http_port}"

    def start(self, timeout: float = 20.0) -> RunningService:
        self._grpc.start()
        self._http_thread.start()
        deadline = time.monotonic() + timeout
        while not self._http.started:
            if not self._http_thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"{self.spec.name}: HTTP server did not start")
            time.sleep(0.02)
        set_serving(self._health, list(self.spec.grpc_services), up=True)
        self._watcher.start()
        log.info(
            "%s serving gRPC on %s and HTTP on %s", self.spec.name, self.grpc_target, self.http_url
        )
        return self

    def stop(self, grace: float = 10.0) -> None:
        """Stop taking calls, let calls in flight finish, then close the database."""
        self._stopping.set()
        set_serving(self._health, list(self.spec.grpc_services), up=False)
        self._http.should_exit = True
        self._grpc.stop(grace).wait()
        self._http_thread.join(grace + 1)
        self._socket.close()
        self.database.dispose()


def serve_until_signalled(service: RunningService) -> None:
    """Run until SIGTERM or SIGINT, then shut down gracefully (Kubernetes sends SIGTERM)."""
    stopping = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stopping.set())
    service.start()
    stopping.wait()
    log.info("%s stopping", service.spec.name)
    service.stop()
