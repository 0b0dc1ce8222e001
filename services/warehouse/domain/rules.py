"""How a domain rule says no: a stable code the service layer maps to a 4xx / gRPC status."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Refusal(StrEnum):
    # The request's own content is wrong (HTTP 422, INVALID_ARGUMENT).
    INVALID = "invalid"
    # The request is fine but the stock or lot does not allow it now (409, FAILED_PRECONDITION).
    STATE = "state"


class RuleBroken(Exception):
    def __init__(self, message: str, *, code: str, refusal: Refusal, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.refusal = refusal
        self.details = details


def invalid(message: str, code: str, **details: Any) -> RuleBroken:
    return RuleBroken(message, code=code, refusal=Refusal.INVALID, **details)


def refused(message: str, code: str, **details: Any) -> RuleBroken:
    return RuleBroken(message, code=code, refusal=Refusal.STATE, **details)
