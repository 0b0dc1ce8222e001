"""How a quality rule says no: a stable code for clients, a message for people, and the kind of
refusal, which the service turns into a 422, a 409 or a 403."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

T = TypeVar("T")


class RefusalKind(StrEnum):
    # The request breaks a rule about its own content.
    INVALID = "invalid"
    # The request is well formed but the current state does not allow it.
    INVALID_STATE = "invalid_state"
    # The caller may not do this, whatever roles they hold (segregation of duties).
    FORBIDDEN = "forbidden"


@dataclass(frozen=True)
class Refusal:
    code: str
    message: str
    kind: RefusalKind = RefusalKind.INVALID


def duplicates(values: Iterable[T]) -> list[T]:
    """Values that occur more than once, in first-seen order."""
    return [value for value, count in Counter(values).items() if count > 1]
