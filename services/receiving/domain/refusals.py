"""How a receiving rule says no: a stable code for clients and a message for people."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Refusal:
    code: str
    message: str
    # True when the request's own content is wrong (HTTP 422, INVALID_ARGUMENT); False when the
    # request is fine but the current state does not allow it (409, FAILED_PRECONDITION).
    about_request: bool = False
    details: dict[str, Any] = field(default_factory=dict, compare=False)


class RuleBroken(Exception):
    """Raised by rules that compute something and cannot; the service maps it to an error."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


def invalid(code: str, message: str, **details: Any) -> RuleBroken:
    return RuleBroken(Refusal(code, message, about_request=True, details=details))


def refused(code: str, message: str, **details: Any) -> RuleBroken:
    return RuleBroken(Refusal(code, message, about_request=False, details=details))
