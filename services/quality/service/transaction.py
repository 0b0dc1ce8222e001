"""What every mutating quality use case shares: refusals as errors, and the lot lock key.

Use cases run in `lotflow.idempotency.perform`, locking the lot they change (`lot_key`) first.
"""

from __future__ import annotations

from typing import Any

from lotflow.errors import Forbidden, Invalid, InvalidState, LotflowError
from services.quality.domain.rules import Refusal, RefusalKind

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
