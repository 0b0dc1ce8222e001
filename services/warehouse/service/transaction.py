"""What every mutating warehouse use case shares beyond `lotflow.idempotency.perform`.

Use cases run in `perform` (one transaction per attempt, retried whole on transient conflicts,
once per request id); a broken domain rule (`lotflow.refusals.RuleBroken`) rolls everything
back, the request id too, and the transports answer it with the rule's stable code.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
