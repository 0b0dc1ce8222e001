"""The frame every mutating quality use case runs in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.db import UnitOfWork
from lotflow.errors import Forbidden, Invalid, InvalidState, LotflowError
from lotflow.idempotency import run_once
from services.quality.domain.rules import Refusal, RefusalKind

M = TypeVar("M", bound=BaseModel)

_ERRORS: dict[RefusalKind, type[LotflowError]] = {
    RefusalKind.INVALID: Invalid,
    RefusalKind.INVALID_STATE: InvalidState,
    RefusalKind.FORBIDDEN: Forbidden,
}


def refuse_if(refusal: Refusal | None, **details: Any) -> None:
    """Raise the error a rule's refusal stands for (422, 409 or 403 with the rule's code)."""
    if refusal is not None:
        raise _ERRORS[refusal.kind](refusal.message, code=refusal.code, **details)


def lot_key(lot_code: str) -> str:
    return f"lot:{lot_code}"


def serialize_on(session: Session, key: str) -> None:
    """Queue behind other transactions on the same key until this one ends.

    Taken before the first write (the request id claim), so transactions on one key also get
    their transaction ids, and so their place in the event feed, in the order they commit.
    """
    session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"), {"key": key})


def write(
    uow: UnitOfWork,
    *,
    lock: Callable[[Session], str],
    request_id: str,
    operation: str,
    command: BaseModel,
    result_type: type[M],
    execute: Callable[[Session], M],
) -> M:
    """Take the lock `lock` names, then run `execute` and commit, once per request id."""
    with uow:
        serialize_on(uow.session, lock(uow.session))
        return run_once(
            uow,
            request_id=request_id,
            operation=operation,
            request=command,
            result_type=result_type,
            execute=lambda: execute(uow.session),
        )
