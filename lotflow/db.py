"""Engines, sessions and the unit of work.

A use case opens a unit of work, changes what it needs and calls `commit()`. Leaving the block
without committing rolls everything back, so a forgotten commit fails loudly in a test instead
of persisting half a change.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from lotflow.errors import Conflict, Unavailable

T = TypeVar("T")

# SQLSTATEs that mean "the same transaction may succeed if run again".
RETRYABLE_SQLSTATES = {
    "40001",  # serialization_failure
    "40P01",  # deadlock_detected
    "55P03",  # lock_not_available
}
UNIQUE_VIOLATION = "23505"


def make_engine(url: str, *, pool_size: int = 10, application_name: str = "lotflow") -> Engine:
    engine = create_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        # No ping per checkout (it doubles round trips on short calls): a connection found dead
        # fails its transaction, is discarded, and retry_transaction runs the attempt again.
        pool_pre_ping=False,
        pool_recycle=1800,
        connect_args={"application_name": application_name},
    )

    @event.listens_for(engine, "connect")
    def _utc(dbapi_connection, _record):  # noqa: ANN001 - DBAPI connection
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    return engine


class UnitOfWork:
    """One database transaction for one use case."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._session_factory()
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
            self._session = None

    def commit(self) -> None:
        self.session.commit()


class Database:
    """A service's engine and the factory of its units of work."""

    def __init__(self, url: str, *, pool_size: int = 10, application_name: str = "lotflow"):
        self.engine = make_engine(url, pool_size=pool_size, application_name=application_name)
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        # Reads run in autocommit: under READ COMMITTED each statement takes its own snapshot
        # in a transaction too, and a read then costs no BEGIN and no ROLLBACK round trip.
        self.read_session = sessionmaker(
            self.engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False
        )

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)

    def read(self, query: Callable[..., T], *arguments: object, **keywords: object) -> T:
        """`query(session, *arguments, **keywords)` in one autocommit session: how every read
        runs."""
        with self.read_session() as session:
            return query(session, *arguments, **keywords)

    def reachable(self) -> bool:
        """Whether the database answers now (readiness probes ask this)."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception:  # noqa: BLE001 - any failure means not reachable
            return False
        return True

    def dispose(self) -> None:
        self.engine.dispose()


def is_retryable(error: BaseException) -> bool:
    """Deadlocks, serialization failures, lock timeouts and dropped connections.

    A retry after a dropped connection is safe even if the commit had landed: mutating use
    cases run under a request id, so the retry returns the stored first result.
    """
    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return True
        return getattr(error.orig, "sqlstate", None) in RETRYABLE_SQLSTATES
    return False


def retry_transaction(run: Callable[[], T], *, attempts: int = 8) -> T:
    """Run a whole transaction again on deadlock, serialization or lock-timeout failures.

    `run` must open its own unit of work so that each attempt starts clean. Callers never see
    these transient failures unless every attempt fails, and then as Unavailable (retryable).
    """
    for attempt in range(attempts):
        try:
            return run()
        except (DBAPIError, OperationalError) as error:
            if not is_retryable(error) or attempt == attempts - 1:
                if is_retryable(error):
                    raise Unavailable("the database stayed contended; try again") from error
                raise
            time.sleep(random.uniform(0, 0.005 * 2**attempt))
    raise AssertionError("unreachable")


def add_unique(
    session: Session, row: object, conflict: Conflict | Callable[[], Conflict | None]
) -> None:
    """Insert `row` now, raising `conflict` when its unique key is taken, also by a concurrent
    request (the insert waits for that request to commit).

    The insert runs in a savepoint, so the transaction stays usable. A row with more than one
    unique key may pass, instead of a Conflict, the check that finds which key is taken: it runs
    after the clash, when the row holding the key is visible (if it finds nothing, the integrity
    error propagates as it is, as does any other integrity error).
    """
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError as error:
        if getattr(error.orig, "sqlstate", None) != UNIQUE_VIOLATION:
            raise
        found = conflict if isinstance(conflict, Conflict) else conflict()
        if found is None:
            raise
        raise found from None


def advisory_xact_lock(session: Session, key: str) -> None:
    """Queue behind other transactions that lock the same key until this one ends."""
    session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"), {"key": key})
