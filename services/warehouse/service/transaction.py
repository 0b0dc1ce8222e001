"""What every mutating warehouse use case adds to `lotflow.idempotency.perform`.

Use cases run in `perform` (one transaction per attempt, retried whole on transient conflicts,
once per request id); a broken domain rule rolls everything back (the request id too) and
becomes a 4xx with the rule's stable code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from lotflow.errors import Invalid, InvalidState, LotflowError
from services.warehouse.domain.rules import Refusal, RuleBroken

T = TypeVar("T")


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_error(rule: RuleBroken) -> LotflowError:
    kind = Invalid if rule.refusal is Refusal.INVALID else InvalidState
    return kind(rule.message, code=rule.code, **rule.details)


def rules_as_errors(execute: Callable[[Session], T]) -> Callable[[Session], T]:
    """`execute`, raising a broken domain rule as the error it stands for."""

    def run(session: Session) -> T:
        try:
            return execute(session)
        except RuleBroken as rule:
            raise as_error(rule) from None

    return run
