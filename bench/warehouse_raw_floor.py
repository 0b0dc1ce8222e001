"""The raw SQL floor: the same logical movement with nothing but psycopg and PostgreSQL.

One transaction per movement: a guarded balance update (`qty >= x`) and a ledger insert, from
the same number of client threads as the gRPC scenario, on tables of the same shape.
"""

from __future__ import annotations

import psycopg

from bench.warehouse_load import Measurement, run_clients
from lotflow.postgres import libpq_dsn

_SCHEMA = """
DROP TABLE IF EXISTS bench_balances, bench_ledger;
CREATE TABLE bench_balances (
    lot int, location int, status text, qty numeric NOT NULL CHECK (qty >= 0),
    PRIMARY KEY (lot, location, status));
CREATE TABLE bench_ledger (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, lot int, location int, status text,
    qty_delta numeric, actor text, at timestamptz DEFAULT now());
"""
_TAKE = (
    "UPDATE bench_balances SET qty = qty - %(q)s "
    "WHERE lot = %(lot)s AND location = %(location)s AND status = 'AVAILABLE' AND qty >= %(q)s"
)
_PUT = (
    "UPDATE bench_balances SET qty = qty + %(q)s "
    "WHERE lot = %(lot)s AND location = %(location)s AND status = 'AVAILABLE'"
)
_LEDGER = (
    "INSERT INTO bench_ledger (lot, location, status, qty_delta, actor) "
    "VALUES (%(lot)s, %(location)s, 'AVAILABLE', %(d)s, 'bench')"
)


def _prepare(dsn: str, lots: int) -> None:
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(_SCHEMA)
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO bench_balances VALUES (%s, %s, 'AVAILABLE', %s)",
                [(lot, location, 10**9) for lot in range(lots) for location in (0, 1)],
            )


def _drive(dsn: str, clients: int, seconds: float, movement) -> Measurement:
    def client(number: int, ready, running) -> tuple[int, int, int]:
        done = n = 0
        with psycopg.connect(dsn) as connection:
            ready()
            while running():
                with connection.transaction():
                    movement(connection, number, n)
                done += 1
                n += 1
        return done, 0, 0

    return run_clients(clients, seconds, client)


def raw_across_items(database_url: str, clients: int, seconds: float) -> Measurement:
    """A transfer: take from one bin (guarded), put in the other, two ledger rows."""
    dsn = libpq_dsn(database_url)
    lots_per_client = 4
    _prepare(dsn, clients * lots_per_client)

    def transfer(connection: psycopg.Connection, client: int, n: int) -> None:
        lot = client * lots_per_client + n % lots_per_client
        source, target = (0, 1) if (n // lots_per_client) % 2 == 0 else (1, 0)
        taken = connection.execute(_TAKE, {"q": 1, "lot": lot, "location": source})
        if taken.rowcount != 1:
            raise RuntimeError("the raw floor ran dry")
        connection.execute(_PUT, {"q": 1, "lot": lot, "location": target})
        connection.execute(_LEDGER, {"lot": lot, "location": source, "d": -1})
        connection.execute(_LEDGER, {"lot": lot, "location": target, "d": 1})

    return _drive(dsn, clients, seconds, transfer)


def raw_hot_row(database_url: str, clients: int, seconds: float) -> Measurement:
    """An issue from one hot balance row: guarded update plus one ledger row."""
    dsn = libpq_dsn(database_url)
    _prepare(dsn, 1)

    def issue(connection: psycopg.Connection, _client: int, _n: int) -> None:
        taken = connection.execute(_TAKE, {"q": 1, "lot": 0, "location": 0})
        if taken.rowcount != 1:
            raise RuntimeError("the raw floor ran dry")
        connection.execute(_LEDGER, {"lot": 0, "location": 0, "d": -1})

    return _drive(dsn, clients, seconds, issue)
