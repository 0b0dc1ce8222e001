"""The lock every mutating quality use case takes on the lot it changes.

Use cases run in `lotflow.idempotency.perform`, locking the lot they change (`lot_key`) first,
so changes to one lot run, and take their place in the event feed, one after the other.
"""

from __future__ import annotations


def lot_key(lot_code: str) -> str:
    return f"lot:{lot_code}"
