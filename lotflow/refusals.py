"""How a rule says no, without knowing any transport: a stable code clients branch on, a
message a person can act on, and the kind of refusal, which the transports map once to an HTTP
status and a gRPC code (lotflow.failures).

Pure rules return a `Refusal` (or None) when they only judge, and raise `RuleBroken` when they
compute something and cannot; use cases call `refuse_if` on what a rule returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# How much of a caller's value a message quotes: enough to recognise it, never a megabyte
# echoed into a status message, a problem body or a log line.
QUOTED_LENGTH = 40


def quoted(value: object, limit: int = QUOTED_LENGTH) -> str:
    """`value` as a message quotes it: its repr, cut to `limit` characters ('...' when cut)."""
    text = str(value)
    return repr(text[:limit]) + "..." if len(text) > limit else repr(text)


class RefusalKind(StrEnum):
    # The request's own content breaks a rule (HTTP 422, INVALID_ARGUMENT).
    INVALID = "invalid"
    # The request is well formed but the current state does not allow it (409,
    # FAILED_PRECONDITION).
    INVALID_STATE = "invalid_state"
    # This caller may not do this, whatever roles they hold: segregation of duties (403).
    FORBIDDEN = "forbidden"
    # The request names something that does not exist (404).
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Refusal:
    code: str
    message: str
    kind: RefusalKind = RefusalKind.INVALID_STATE
    details: dict[str, Any] = field(default_factory=dict, compare=False)


class RuleBroken(Exception):
    """Raised by a rule that computes something and cannot; the transports map it."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


def invalid(code: str, message: str, **details: Any) -> RuleBroken:
    return RuleBroken(Refusal(code, message, RefusalKind.INVALID, details))


def refused(code: str, message: str, **details: Any) -> RuleBroken:
    return RuleBroken(Refusal(code, message, RefusalKind.INVALID_STATE, details))


def forbidden(code: str, message: str, **details: Any) -> RuleBroken:
    return RuleBroken(Refusal(code, message, RefusalKind.FORBIDDEN, details))


def not_found(code: str, message: str, **details: Any) -> RuleBroken:
    return RuleBroken(Refusal(code, message, RefusalKind.NOT_FOUND, details))


def refuse_if(refusal: Refusal | None, **details: Any) -> None:
    """Raise what a judging rule returned, if it refused; `details` add to its own."""
    if refusal is not None:
        if details:
            refusal = Refusal(
                refusal.code, refusal.message, refusal.kind, {**refusal.details, **details}
            )
        raise RuleBroken(refusal)
