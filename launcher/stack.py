"""`lotflow up`: the whole system on one machine, stopped cleanly, restarted by nothing.

Order matters: Temporal starts first (it takes longest) while PostgreSQL comes up and every
service's database is migrated; then the five services start, the worker once Temporal answers,
and `up` waits until every probe passes. Stopping goes the other way round.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from typing import IO

from launcher.stack_checks import busy_addresses, lock_data_dir, unloadable_services
from launcher.stack_database import StackDatabases, migrate_service, open_databases
from launcher.stack_probes import Probe, http_ready, service_ready, temporal_ready, worker_polling
from launcher.stack_processes import ChildProcess, stop_all
from launcher.stack_settings import StackSettings
from launcher.stack_table import Row, fixed_row, probe_rows
from launcher.temporal_server import dev_server_command, temporal_executable
from lotflow.settings import COMPONENTS

SERVICE_STOP_SECONDS = 15.0
TEMPORAL_STOP_SECONDS = 10.0


class StackError(Exception):
    """A part of the stack did not come up; the message names it and shows why."""


class StopRequested(Exception):
    """Ctrl-C or SIGTERM arrived while the stack was still starting."""


class LocalStack:
    def __init__(
        self, settings: StackSettings, stop_requested: threading.Event, say: Callable[[str], None]
    ) -> None:
        self.settings = settings
        self.data_dir = settings.data_dir.resolve()
        self.logs_dir = self.data_dir / "logs"
        self.stop_requested = stop_requested
        self.say = say
        self.databases: StackDatabases | None = None
        self.temporal: ChildProcess | None = None
        self.services: list[ChildProcess] = []
        self.worker: ChildProcess | None = None
        self._data_dir_lock: IO[str] | None = None

    def children(self) -> list[ChildProcess]:
        return [c for c in (self.temporal, *self.services, self.worker) if c is not None]

    def started_anything(self) -> bool:
        return bool(self.children()) or self.databases is not None

    def start(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        self._check_before_start()
        self.say(f"starting Temporal, PostgreSQL and the services; logs in {self.logs_dir}")
        self.temporal = self._child("temporal", self._temporal_command(), dict(os.environ))
        self._open_and_migrate_databases()
        env = self._child_env()
        for service in COMPONENTS:
            own_url = {f"LOTFLOW_{service.upper()}_DATABASE_URL": self.databases.urls[service]}
            command = self._lotflow("serve", service, "--no-migrate")
            self.services.append(self._child(service, command, env | own_url))
        ui_url = self.settings.temporal_ui_url
        temporal_probes = {
            "temporal": lambda: temporal_ready(self.settings),
            "temporal UI": lambda: http_ready(ui_url),
        }
        self._wait_until(deadline, temporal_probes)
        self.worker = self._child("worker", self._lotflow("worker"), env)
        probes = {service: self._service_probe(service) for service in COMPONENTS}
        probes["worker"] = lambda: worker_polling(self.settings, since=self.worker.started_at)
        self._wait_until(deadline, probes)

    def table_rows(self) -> list[Row]:
        rows = probe_rows(self.settings)
        queue = self.settings.temporal_task_queue
        rows.insert(len(COMPONENTS), fixed_row("worker", f"polling task queue {queue}"))
        rows.append(fixed_row("postgres", f"up, {self.databases.where}"))
        return rows

    def supervise(self) -> ChildProcess | None:
        """Wait for a stop request (returns None) or a child dying on its own (returns it)."""
        while not self.stop_requested.wait(0.5):
            for child in self.children():
                if child.exit_code() is not None:
                    return child
        return None

    def stop(self) -> list[str]:
        """Services and worker first, then Temporal, then PostgreSQL; returns who was killed."""
        workers = [self.worker] if self.worker else []
        killed = stop_all([*self.services, *workers], SERVICE_STOP_SECONDS)
        killed += stop_all([self.temporal] if self.temporal else [], TEMPORAL_STOP_SECONDS)
        if self.databases is not None:
            self.databases.close()
        if self._data_dir_lock is not None:
            self._data_dir_lock.close()
        return killed

    def _check_before_start(self) -> None:
        unloadable = unloadable_services(COMPONENTS)
        if unloadable:
            reasons = "".join(f"\n- {name}: {reason}" for name, reason in unloadable.items())
            raise StackError(f"cannot load every service's app:{reasons}")
        self._data_dir_lock = lock_data_dir(self.data_dir)
        if self._data_dir_lock is None:
            raise StackError(f"another `lotflow up` is running on {self.data_dir}")
        busy = busy_addresses(self.settings.listen_addresses())
        if busy:
            taken = ", ".join(f"{name} {host}:{port}" for name, (host, port) in busy.items())
            raise StackError(
                f"already in use: {taken}; stop what listens there (another `lotflow up`?) "
                "or move the ports with LOTFLOW_* variables"
            )

    def _temporal_command(self) -> list[str]:
        state_dir = self.data_dir / "temporal"
        state_dir.mkdir(parents=True, exist_ok=True)
        try:
            executable = temporal_executable()
        except FileNotFoundError as error:
            raise StackError(str(error)) from None
        return dev_server_command(
            executable=executable,
            state_dir=state_dir,
            host=self.settings.temporal_host,
            port=self.settings.temporal_port,
            ui_port=self.settings.effective_temporal_ui_port,
            namespace=self.settings.temporal_namespace,
        )

    def _open_and_migrate_databases(self) -> None:
        try:
            self.databases = open_databases(self.settings, self.data_dir)
        except Exception as error:  # noqa: BLE001 - pgserver raises many kinds
            log = self.data_dir / "postgres" / "log"
            raise StackError(f"PostgreSQL did not start: {error!r} (see {log})") from error
        for service in COMPONENTS:
            try:
                migrate_service(service, self.databases.urls[service])
            except Exception as error:  # noqa: BLE001 - reported with the service's name
                raise StackError(f"migrating {service} failed: {error!r}") from error

    def _child_env(self) -> dict[str, str]:
        env = dict(os.environ, LOTFLOW_DATA_DIR=str(self.data_dir), PYTHONUNBUFFERED="1")
        if self.databases.embedded_server_url:
            # Components with a database of their own beyond the five (the task inbox) derive it.
            env["LOTFLOW_DATABASE_URL"] = self.databases.embedded_server_url
        return env

    def _child(self, name: str, command: list[str], env: dict[str, str]) -> ChildProcess:
        return ChildProcess(name, command, self.logs_dir / f"{name}.log", env).start()

    @staticmethod
    def _lotflow(*arguments: str) -> list[str]:
        # The running interpreter, so a child never picks up another installation's lotflow.
        return [sys.executable, "-m", "launcher.cli", *arguments]

    def _service_probe(self, service: str) -> Callable[[], Probe]:
        return lambda: service_ready(self.settings, service)

    def _wait_until(self, deadline: float, probes: dict[str, Callable[[], Probe]]) -> None:
        pending = dict(probes)
        last: dict[str, Probe] = {}
        while True:
            if self.stop_requested.is_set():
                raise StopRequested
            for child in self.children():
                if child.exit_code() is not None:
                    raise StackError(death_report(child))
            for name, probe in list(pending.items()):
                last[name] = probe()
                if last[name].ok:
                    del pending[name]
            if not pending:
                return
            if time.monotonic() > deadline:
                raise StackError(self._not_ready_report(pending, last))
            self.stop_requested.wait(0.25)

    def _not_ready_report(self, pending: dict, last: dict[str, Probe]) -> str:
        by_name = {child.name: child for child in self.children()}
        lines = ["did not come up in time:"]
        for name in pending:
            child = by_name.get(name) or by_name["temporal"]  # "temporal UI" logs with temporal
            lines.append(f"- {name}: {last[name].detail}; last lines of {child.log_path}:")
            lines.append(_indent(child.log_tail()))
        return "\n".join(lines)


def death_report(child: ChildProcess) -> str:
    return (
        f"{child.name} exited with code {child.exit_code()}; last lines of {child.log_path}:\n"
        + _indent(child.log_tail())
    )


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" for line in (text or "(empty log)").splitlines())
