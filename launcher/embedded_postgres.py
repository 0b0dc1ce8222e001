"""An embedded PostgreSQL (pgserver) for the local stack, the tests and the benchmarks, used
when no server is configured."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url


def start_embedded(data_dir: Path) -> str:
    """Start (or reuse) a pgserver cluster under data_dir; returns its server URL.

    The cluster stops when the process that started it exits or calls stop_embedded; its data
    stays for the next start.
    """
    import pgserver

    data_dir.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(data_dir, cleanup_mode="stop")
    return _as_psycopg_url(server.get_uri())


@contextmanager
def temporary_embedded() -> Iterator[str]:
    """A throwaway embedded cluster (tests, benchmarks): stopped before its folder is removed,
    so no server outlives the run."""
    with tempfile.TemporaryDirectory(prefix="lotflow-pg-") as folder:
        data_dir = Path(folder) / "pg"
        url = start_embedded(data_dir)
        try:
            yield url
        finally:
            stop_embedded(data_dir)


def stop_embedded(data_dir: Path) -> None:
    """Let go of this process's handle; the cluster stops once no other process holds one."""
    import pgserver

    pgserver.get_server(data_dir).cleanup()


def _as_psycopg_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
