"""Recall rules with no I/O: vocabularies, the recall's states and what its scope may hold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind
from lotflow.roles import RoleTable

COORDINATOR_ROLE = "recall_coordinator"

# Who may run each recall use case (`admin` holds every role, `auditor` may run every read).
TABLE = RoleTable(
    service="recall",
    writes={
        "open_recall": (COORDINATOR_ROLE,),
        "cancel_recall": (COORDINATOR_ROLE,),
        "close_recall": (COORDINATOR_ROLE,),
    },
    reads={"get_recall": (COORDINATOR_ROLE,), "list_recalls": (COORDINATOR_ROLE,)},
)


class RecallClassification(StrEnum):
    """FDA recall classes, from a reasonable probability of serious harm (I) down to unlikely."""

    CLASS_I = "class_i"
    CLASS_II = "class_ii"
    CLASS_III = "class_iii"


class RecallState(StrEnum):
    OPEN = "open"
    CANCELLED = "cancelled"
    CLOSED = "closed"


# Where a recall may go from each state; cancelled and closed are final.
TRANSITIONS: dict[RecallState, frozenset[RecallState]] = {
    RecallState.OPEN: frozenset({RecallState.CANCELLED, RecallState.CLOSED}),
    RecallState.CANCELLED: frozenset(),
    RecallState.CLOSED: frozenset(),
}

# The verb for each target state, for messages.
_VERB = {
    RecallState.OPEN: "opened",
    RecallState.CANCELLED: "cancelled",
    RecallState.CLOSED: "closed",
}


def transition_refusal(current: RecallState, target: RecallState) -> Refusal | None:
    """Why a recall in `current` cannot move to `target`, or None if it can."""
    if target in TRANSITIONS[current]:
        return None
    return Refusal(
        "recall_not_open",
        f"a {current.value} recall cannot be {_VERB[target]}; only open recalls can",
    )


def is_final(state: RecallState) -> bool:
    return not TRANSITIONS[state]


@dataclass(frozen=True)
class ScopeLot:
    """A traceability lot code, for one item or (item_code None) for every item carrying it."""

    lot_code: str
    item_code: str | None = None


def scope_refusal(scope: Sequence[ScopeLot]) -> Refusal | None:
    """Why a recall cannot have this scope, or None if it can.

    A scope names at least one lot and names no lot twice: the same lot and item repeated, or
    a lot code given for every item and again for one item, which the first already covers.
    """
    if not scope:
        return Refusal(
            "recall_scope_empty", "a recall's scope names at least one lot", RefusalKind.INVALID
        )
    items_by_lot: dict[str, list[str | None]] = {}
    for lot in scope:
        items = items_by_lot.setdefault(lot.lot_code, [])
        if lot.item_code in items:
            item = f" of item {lot.item_code}" if lot.item_code else ""
            return Refusal(
                "recall_scope_lot_repeated",
                f"lot {lot.lot_code}{item} is in the scope twice",
                RefusalKind.INVALID,
            )
        if None in items or (lot.item_code is None and items):
            return Refusal(
                "recall_scope_lot_repeated",
                f"lot {lot.lot_code} is in the scope for every item and again for one item; "
                "give it once",
                RefusalKind.INVALID,
            )
        items.append(lot.item_code)
    return None


# How many unknown lots a refusal's message names; its details list them all.
NAMED_UNKNOWN_LOTS = 5


def unknown_lots_refusal(unknown: Sequence[ScopeLot]) -> Refusal | None:
    """A recall contains only lots the warehouse knows: a lot it does not know (a typo, another
    network's code) would be held and blocked nowhere, and the recall would look done."""
    if not unknown:
        return None
    named = ", ".join(
        f"{lot.lot_code} of item {lot.item_code}" if lot.item_code else lot.lot_code
        for lot in unknown[:NAMED_UNKNOWN_LOTS]
    )
    if len(unknown) > NAMED_UNKNOWN_LOTS:
        named += f" and {len(unknown) - NAMED_UNKNOWN_LOTS} more"
    return Refusal(
        "lot_unknown",
        f"the warehouse has no lot {named}; a recall's scope names lots the warehouse knows",
        RefusalKind.INVALID,
        {
            "lot_code": unknown[0].lot_code,
            "unknown_lots": [
                {"lot_code": lot.lot_code, "item_code": lot.item_code} for lot in unknown
            ],
        },
    )
