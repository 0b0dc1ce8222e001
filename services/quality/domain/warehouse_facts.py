"""What quality must know of the warehouse before it accepts a hold or a lot decision: the lot
is one the warehouse knows (a hold on a lot it does not know would block nothing)."""

from __future__ import annotations

from lotflow.refusals import Refusal, RefusalKind


def lot_refusal(lot_code: str, known: bool) -> Refusal | None:
    if known:
        return None
    return Refusal(
        "lot_unknown",
        f"the warehouse has no lot {lot_code!r}",
        RefusalKind.INVALID,
        {"lot_code": lot_code},
    )
