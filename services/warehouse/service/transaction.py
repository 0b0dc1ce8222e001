"""The frame every mutating warehouse use case runs in.

One transaction per attempt: deadlocks, serialization failures and lock timeouts are retried
here, whole, so callers never see them; a domain refusal rolls everything back (the request id
too) and becomes a 4xx with the rule's stable code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from pydantic import BaseModel
from sqlalchemy.orm import Session

from lotflow.db import UnitOfWork, retry_transaction
from lotflow.errors import Invalid, InvalidState, LotflowError
from lotflow.idempotency import run_once
from services.warehouse.domain.rules import Refusal, RuleBroken

M = TypeVar("M", bound=BaseModel)

# Attempts before a still-contended transaction is reported as Unavailable. Generous: with
# guarded updates in one lock order a retry is rare, and each attempt is a few milliseconds.
ATTEMPTS = 12


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_error(rule: RuleBroken) -> LotflowError:
    kind = Invalid if rule.refusal is Refusal.INVALID else InvalidState
    return kind(rule.message, code=rule.code, **rule.details)


def write(
    uow: UnitOfWork,
    *,
    request_id: str,
    operation: str,
    command: BaseModel,
    result_type: type[M],
    execute: Callable[[Session], M],
) -> M:
    """Run `execute` once per request id, in a transaction retried on transient conflicts."""

    def attempt() -> M:
        with uow:
            try:
                return run_once(
                    uow,
                    request_id=request_id,
                    operation=operation,
                    request=command,
                    result_type=result_type,
                    execute=lambda: execute(uow.session),
                )
            except RuleBroken as rule:
                raise as_error(rule) from None

    return retry_transaction(attempt, attempts=ATTEMPTS)
