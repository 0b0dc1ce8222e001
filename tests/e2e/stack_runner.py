"""Runs `lotflow up` as a real process for the end-to-end tests, and always cleans up after it."""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sysconfig
import threading
from dataclasses import dataclass
from pathlib import Path

import psutil

from lotflow.settings import COMPONENTS

LOTFLOW = str(Path(sysconfig.get_path("scripts")) / "lotflow")
READY_LINE = "lotflow is ready"
READY_TIMEOUT = 240.0


def free_ports(count: int) -> list[int]:
    """Free ports below the kernel's ephemeral range.

    Ports from bind(0) would be ephemeral ones, which any process on the machine (a test
    server on port 0, Temporal's own random ports) may be handed between our pick and our bind.
    """
    low = min(_ephemeral_range_start(), 32768)
    chosen: list[socket.socket] = []
    try:
        for port in random.sample(range(20000, low), 200):
            probe = socket.socket()
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                probe.close()
                continue
            chosen.append(probe)
            if len(chosen) == count:
                return [held.getsockname()[1] for held in chosen]
        raise RuntimeError(f"fewer than {count} free ports between 20000 and {low}")
    finally:
        for held in chosen:
            held.close()


def _ephemeral_range_start() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except OSError:  # not Linux; elsewhere the range starts higher still
        return 32768


@dataclass(frozen=True)
class StackEnvironment:
    data_dir: Path
    env: dict[str, str]

    @classmethod
    def on_free_ports(cls, data_dir: Path) -> StackEnvironment:
        # Nothing of the caller's lotflow configuration (a database URL above all) leaks in:
        # the stack must come up on the embedded defaults, as on a fresh machine.
        env = {name: value for name, value in os.environ.items() if not name.startswith("LOTFLOW_")}
        ports = iter(free_ports(2 * len(COMPONENTS) + 2))
        for service in COMPONENTS:
            env[f"LOTFLOW_{service.upper()}_GRPC"] = f"127.0.0.1:{next(ports)}"
            env[f"LOTFLOW_{service.upper()}_REST_PORT"] = str(next(ports))
        env["LOTFLOW_TEMPORAL_ADDRESS"] = f"127.0.0.1:{next(ports)}"
        env["LOTFLOW_TEMPORAL_UI_PORT"] = str(next(ports))
        env["LOTFLOW_DATA_DIR"] = str(data_dir)
        return cls(data_dir, env)

    def grpc_target(self, service: str) -> str:
        return self.env[f"LOTFLOW_{service.upper()}_GRPC"]

    def rest_url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.env[f'LOTFLOW_{service.upper()}_REST_PORT']}"


class UpProcess:
    """`lotflow up` with its output collected line by line."""

    def __init__(self, stack: StackEnvironment) -> None:
        self.data_dir = stack.data_dir
        self.process = subprocess.Popen(
            [LOTFLOW, "up"],
            env=stack.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._lines: list[str] = []
        self._ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self._lines.append(line)
            if line.startswith(READY_LINE):
                self._ready.set()
        self._ready.set()  # output ended: up exited; wait_until_ready reports it

    def output(self) -> str:
        return "".join(self._lines)

    def wait_until_ready(self) -> str:
        if not self._ready.wait(READY_TIMEOUT):
            raise AssertionError(f"lotflow up not ready in {READY_TIMEOUT} s:\n{self.output()}")
        if self.process.poll() is not None:
            raise AssertionError(f"lotflow up exited {self.process.returncode}:\n{self.output()}")
        return self.output()

    def descendants(self) -> list[psutil.Process]:
        return psutil.Process(self.process.pid).children(recursive=True)

    def stop(self, signum: int) -> int:
        self.process.send_signal(signum)
        return self.wait_for_exit()

    def wait_for_exit(self) -> int:
        code = self.process.wait(60)
        self._reader.join(10)  # the output up to the last line
        return code

    def __enter__(self) -> UpProcess:
        return self

    def __exit__(self, *_exc: object) -> None:
        """On a failed test: stop `up` and, if it cannot, everything it started."""
        if self.process.poll() is None:
            children = self.descendants()
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                for process in [*children, psutil.Process(self.process.pid)]:
                    if process.is_running():
                        process.kill()
                self.process.wait()
                _kill_postmaster(self.data_dir / "postgres")
        self.process.stdout.close()


def _kill_postmaster(pgdata: Path) -> None:
    """pg_ctl detaches PostgreSQL from `up`, so killing `up`'s children leaves it running."""
    pid_file = pgdata / "postmaster.pid"
    if pid_file.exists():
        pid = int(pid_file.read_text().split()[0])
        if psutil.pid_exists(pid):
            psutil.Process(pid).terminate()
