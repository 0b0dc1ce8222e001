"""Child processes of the local stack: started with their output in a log file, stopped politely.

Each child runs in its own session, so a Ctrl-C in the terminal reaches only `lotflow up`,
which then stops the children in order (services before Temporal, Temporal before PostgreSQL)
instead of every process dying at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path


class ChildProcess:
    def __init__(
        self, name: str, command: list[str], log_path: Path, env: Mapping[str, str]
    ) -> None:
        self.name = name
        self.command = command
        self.log_path = log_path
        self.env = dict(env)
        self.process: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0
        # Logs are appended across runs; the tail shown on failure starts at this run's header.
        self._log_offset = 0

    def start(self) -> ChildProcess:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self._log_offset = log.tell()
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            log.write(f"--- {stamp} {' '.join(self.command)}\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                self.command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self.env,
                start_new_session=True,
            )
        self.started_at = time.time()
        return self

    def exit_code(self) -> int | None:
        """None while running (or never started)."""
        return self.process.poll() if self.process else None

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self, lines: int = 15) -> str:
        try:
            with self.log_path.open("rb") as log:
                log.seek(self._log_offset)
                text = log.read().decode(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def signal_group(self, signum: int) -> None:
        if self.running():
            with contextlib.suppress(ProcessLookupError):  # exited since the check
                os.killpg(self.process.pid, signum)


def stop_all(children: Iterable[ChildProcess], timeout: float) -> list[str]:
    """SIGTERM every running child, wait up to timeout for all, then SIGKILL the rest.

    Returns the names of the children that had to be killed.
    """
    running = [child for child in children if child.running()]
    for child in running:
        child.signal_group(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    killed = []
    for child in running:
        try:
            child.process.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.signal_group(signal.SIGKILL)
            child.process.wait()
            killed.append(child.name)
    return killed
