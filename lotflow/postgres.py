"""PostgreSQL administration by URL: a libpq DSN for an SQLAlchemy URL, create and drop a
database (migrations create their database; tests drop theirs)."""

from __future__ import annotations

import logging

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

log = logging.getLogger("lotflow.postgres")


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
