"""What `lotflow up` checks before it starts anything, so it fails early and says why."""

from __future__ import annotations

import fcntl
import socket
from pathlib import Path
from typing import IO

from launcher.registry import load_spec


def unloadable_services(services: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Services whose app cannot be loaded (not written yet, or broken), with the reason."""
    problems = {}
    for service in services:
        try:
            load_spec(service)
        except Exception as error:  # noqa: BLE001 - every reason is reported, by service
            problems[service] = f"{type(error).__name__}: {error}"
    return problems


def busy_addresses(addresses: dict[str, tuple[str, int]]) -> dict[str, tuple[str, int]]:
    """The addresses something already listens on.

    Found by binding, not connecting: a probe would happily pass against someone else's stack.
    """
    busy = {}
    for name, (host, port) in addresses.items():
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            # Same option the servers use, so a port in TIME_WAIT does not count as busy.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((_ipv4(host), port))
            except OSError:
                busy[name] = (host, port)
    return busy


def _ipv4(host: str) -> str:
    return "127.0.0.1" if host == "localhost" else host


def lock_data_dir(data_dir: Path) -> IO[str] | None:
    """Hold `<data_dir>/up.lock` for as long as the returned file stays open; None if taken.

    Two stacks on one folder would share one PostgreSQL cluster and one Temporal SQLite file.
    The lock goes with the process, however it ends.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = (data_dir / "up.lock").open("w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.close()
        return None
    return lock
