"""Request-id idempotency on real PostgreSQL: replays, conflicts, concurrency, failures."""

from __future__ import annotations

import threading
import uuid

import pytest
from pydantic import BaseModel
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import Database
from lotflow.errors import Conflict, InvalidState, Unavailable
from lotflow.idempotency import perform, run_once
from lotflow.kernel_schema import outbox_events
from lotflow.outbox import emit

pytestmark = pytest.mark.integration


ANN, BOB = Principal("ann"), Principal("bob")


class Echo(BaseModel):
    value: str
    serial: str


@pytest.fixture(scope="module")
def database(database_url):
    db = Database(database_url("warehouse"), pool_size=20)
    yield db
    db.dispose()


def post(
    database: Database,
    request_id: str,
    value: str,
    *,
    fail: bool = False,
    actor: Principal = ANN,
) -> Echo:
    """A use case that writes one event and answers with a value unique to its execution."""
    with database.unit_of_work() as uow:

        def execute() -> Echo:
            emit(uow.session, "test.echo", request_id, {"value": value})
            if fail:
                raise InvalidState("refused", code="refused")
            return Echo(value=value, serial=uuid.uuid4().hex)

        return run_once(
            uow,
            actor=actor,
            request_id=request_id,
            operation="test.echo",
            request={"value": value},
            result_type=Echo,
            execute=execute,
        )


def events_for(database: Database, request_id: str) -> int:
    with database.session_factory() as session:
        return session.scalar(
            select(func.count())
            .select_from(outbox_events)
            .where(outbox_events.c.subject == request_id)
        )


def test_a_replay_returns_the_first_result_and_writes_nothing(database):
    rid = f"r-{uuid.uuid4()}"
    first = post(database, rid, "a")
    assert post(database, rid, "a") == first
    assert events_for(database, rid) == 1


def test_the_same_id_with_different_content_is_refused(database):
    rid = f"r-{uuid.uuid4()}"
    post(database, rid, "a")
    with pytest.raises(Conflict) as caught:
        post(database, rid, "b")
    assert caught.value.code == "request_id_reused"
    assert events_for(database, rid) == 1


def test_a_request_id_is_the_callers_own(database):
    """Another user sending the same id and body makes a request of their own, and never
    receives the first caller's result; each caller's replay still returns their first."""
    rid = f"r-{uuid.uuid4()}"
    anns = post(database, rid, "a", actor=ANN)
    bobs = post(database, rid, "a", actor=BOB)
    assert bobs.serial != anns.serial
    assert events_for(database, rid) == 2
    assert post(database, rid, "a", actor=ANN) == anns
    assert post(database, rid, "a", actor=BOB) == bobs
    # Other content under an id is refused per caller too; it says nothing of the other's.
    assert post(database, rid, "b", actor=Principal("carl")).value == "b"
    with pytest.raises(Conflict):
        post(database, rid, "b", actor=BOB)
    assert events_for(database, rid) == 3


def test_a_refused_call_leaves_no_key_so_a_retry_can_succeed(database):
    rid = f"r-{uuid.uuid4()}"
    with pytest.raises(InvalidState):
        post(database, rid, "a", fail=True)
    assert events_for(database, rid) == 0
    assert post(database, rid, "a").value == "a"
    assert events_for(database, rid) == 1


def test_concurrent_calls_with_one_id_execute_once(database):
    rid = f"r-{uuid.uuid4()}"
    results: list[Echo] = []
    barrier = threading.Barrier(12)

    def call() -> None:
        barrier.wait()
        results.append(post(database, rid, "same"))

    threads = [threading.Thread(target=call) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 12
    assert len({r.serial for r in results}) == 1
    assert events_for(database, rid) == 1


# A real serialization failure, raised by PostgreSQL as a concurrent update would cause it.
SERIALIZATION_FAILURE = text(
    "DO $$ BEGIN RAISE EXCEPTION 'contended' USING ERRCODE = 'serialization_failure'; END $$"
)


def perform_echo(
    database: Database, request_id: str, *, failures: int, attempts: int = 12
) -> tuple[Echo, list[Echo]]:
    """Perform an echo whose first `failures` attempts fail transiently: what perform returned,
    and what each execution answered."""
    executions: list[Echo] = []

    def execute(session: Session) -> Echo:
        emit(session, "test.echo", request_id, {"value": "a"})
        executions.append(Echo(value="a", serial=uuid.uuid4().hex))
        if len(executions) <= failures:
            session.execute(SERIALIZATION_FAILURE)
        return executions[-1]

    result = perform(
        database.unit_of_work(),
        actor=ANN,
        request_id=request_id,
        operation="test.echo",
        request={"value": "a"},
        result_type=Echo,
        execute=execute,
        attempts=attempts,
    )
    return result, executions


def test_a_transient_failure_is_retried_and_the_request_executes_once(database):
    rid = f"r-{uuid.uuid4()}"
    result, executions = perform_echo(database, rid, failures=1)
    assert len(executions) == 2
    assert result == executions[-1]
    assert events_for(database, rid) == 1
    # A replay returns the committed attempt's result and executes nothing.
    assert perform_echo(database, rid, failures=0) == (result, [])
    assert events_for(database, rid) == 1


def test_a_failure_that_outlasts_every_attempt_is_unavailable_and_leaves_nothing(database):
    rid = f"r-{uuid.uuid4()}"
    with pytest.raises(Unavailable):
        perform_echo(database, rid, failures=3, attempts=3)
    assert events_for(database, rid) == 0
    result, executions = perform_echo(database, rid, failures=0)
    assert executions == [result]
    assert events_for(database, rid) == 1
