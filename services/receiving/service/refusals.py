"""Turn a domain refusal into the kernel error both transports map to a status and code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from lotflow.errors import Invalid, InvalidState, LotflowError
from services.receiving.domain.refusals import Refusal, RuleBroken


def as_error(refusal: Refusal) -> LotflowError:
    kind = Invalid if refusal.about_request else InvalidState
    return kind(refusal.message, code=refusal.code, **refusal.details)


def refuse_if(refusal: Refusal | None) -> None:
    if refusal is not None:
        raise as_error(refusal)


@contextmanager
def rules_enforced() -> Iterator[None]:
    """Rules that compute something raise RuleBroken; callers see the mapped error."""
    try:
        yield
    except RuleBroken as broken:
        raise as_error(broken.refusal) from None
