"""The event feed never skips an event whose transaction commits after a later-numbered one."""

from __future__ import annotations

import time
import uuid

import pytest
from sqlalchemy import text

from lotflow.db import Database
from lotflow.outbox import emit, read_events

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def database(database_url):
    db = Database(database_url("warehouse"), pool_size=4)
    yield db
    db.dispose()


def read_all(database: Database, after: str) -> tuple[list[str], str]:
    """Subjects read after a cursor, and the cursor to continue from."""
    with database.session_factory() as session:
        events = read_events(session, after=after, limit=1000)
    return [e.subject for e in events], (events[-1].cursor if events else after)


def read_tagged(database: Database, after: str, tag: str, expected: int) -> tuple[list[str], str]:
    """Poll until `expected` events tagged `tag` are readable (or 15 s pass).

    Events wait while any older write transaction on the server is open, including ones from
    other databases on a shared server, so reads poll the way a feed consumer does.
    """
    deadline = time.monotonic() + 15
    seen: list[str] = []
    while True:
        subjects, after = read_all(database, after)
        seen += [s for s in subjects if s.startswith(tag)]
        if len(seen) >= expected or time.monotonic() > deadline:
            return seen, after
        time.sleep(0.05)


def tail_cursor(database: Database) -> str:
    _, cursor = read_all(database, "")
    while True:
        subjects, following = read_all(database, cursor)
        if not subjects:
            return cursor
        cursor = following


def test_late_commit_with_a_lower_position_is_not_skipped(database):
    cursor = tail_cursor(database)
    tag = uuid.uuid4().hex[:8]
    early, late = database.session_factory(), database.session_factory()
    try:
        emit(early, "test.event", f"{tag}-first-numbered", {})  # lower position, still open
        emit(late, "test.event", f"{tag}-second-numbered", {})
        late.commit()
        seen, cursor = read_all(database, cursor)
        assert f"{tag}-second-numbered" not in seen  # held back while an older txn is open
        early.commit()
    finally:
        early.close()
        late.close()
    seen, cursor = read_tagged(database, cursor, tag, 2)
    assert seen == [f"{tag}-first-numbered", f"{tag}-second-numbered"]


def test_older_transaction_numbered_later_is_read_after_the_cursor_moved_on(database):
    """Transaction ids and positions disagree: the cursor still never passes an unread event."""
    cursor = tail_cursor(database)
    tag = uuid.uuid4().hex[:8]
    older, younger = database.session_factory(), database.session_factory()
    try:
        older.execute(text("SELECT pg_current_xact_id()"))  # older gets its txid first
        emit(younger, "test.event", f"{tag}-younger", {})  # lower position, newer txid
        emit(older, "test.event", f"{tag}-older", {})
        older.commit()
        seen, cursor = read_tagged(database, cursor, tag, 1)
        assert seen == [f"{tag}-older"]
        younger.commit()
    finally:
        older.close()
        younger.close()
    seen, _ = read_tagged(database, cursor, tag, 1)
    assert seen == [f"{tag}-younger"]


def test_rolled_back_events_are_never_published(database):
    cursor = tail_cursor(database)
    tag = uuid.uuid4().hex[:8]
    with database.session_factory() as session:
        emit(session, "test.event", f"{tag}-discarded", {})
        session.rollback()
    with database.session_factory() as session:
        emit(session, "test.event", f"{tag}-kept", {"n": 1})
        session.commit()
    seen, _ = read_tagged(database, cursor, tag, 1)
    assert seen == [f"{tag}-kept"]


def test_pages_follow_each_other_without_gaps_or_repeats(database):
    cursor = tail_cursor(database)
    tag = uuid.uuid4().hex[:8]
    with database.session_factory() as session:
        for n in range(7):
            emit(session, "test.event", f"{tag}-{n}", {"n": n})
        session.commit()
    read_tagged(database, cursor, tag, 7)  # wait until all seven are readable
    collected = []
    while True:
        with database.session_factory() as session:
            page = read_events(session, after=cursor, limit=3)
        if not page:
            break
        collected += [e.subject for e in page if e.subject.startswith(tag)]
        cursor = page[-1].cursor
    assert collected == [f"{tag}-{n}" for n in range(7)]
