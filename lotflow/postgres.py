"""PostgreSQL for the local stack and the tests: the configured server, else an embedded one."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

log = logging.getLogger("lotflow.postgres")


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


def libpq_dsn(url: str) -> str:
    """A psycopg (libpq) connection string for an SQLAlchemy URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def ensure_database(database_url: str) -> None:
    """Create the URL's database on its server if it does not exist yet."""
    url = make_url(database_url)
    admin_dsn = libpq_dsn(url.set(database="postgres").render_as_string(hide_password=False))
    with psycopg.connect(admin_dsn, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (url.database,)
        ).fetchone()
        if exists:
            return
        try:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(url.database)))
            log.info("created database %s", url.database)
        except psycopg.errors.DuplicateDatabase:
            pass  # created concurrently


def drop_database(database_url: str) -> None:
    url = make_url(database_url)
    admin_dsn = libpq_dsn(url.set(database="postgres").render_as_string(hide_password=False))
    with psycopg.connect(admin_dsn, autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(url.database))
        )
