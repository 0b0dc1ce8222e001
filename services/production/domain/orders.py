"""Production order rules: statuses and which use case each allows, the output lot code rule,
and the line-side location a work center is staged to."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind, invalid
from lotflow.vocabulary import check_lot_code


class OrderStatus(StrEnum):
    PLANNED = "planned"
    RELEASED = "released"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class MaterialStatus(StrEnum):
    OPEN = "open"
    SHORT = "short"
    STAGED = "staged"
    SUBSTITUTED = "substituted"


class SubstitutionStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    RECORDED = "recorded"


SHORTAGE = "shortage"
# Orders on the floor: released and not yet completed.
ACTIVE = (OrderStatus.RELEASED, OrderStatus.IN_PROGRESS)


def line_side_location(work_center_code: str) -> str:
    """The warehouse location (kind line_side, at the order's site) a work center's material is
    staged to: by convention LS-<work center code>."""
    return f"LS-{work_center_code}"


def order_number(sequence_value: int) -> str:
    return f"MO-{sequence_value:06d}"


def status_refusal(
    number: str, status: str, allowed: tuple[OrderStatus, ...], action: str
) -> Refusal | None:
    if status not in allowed:
        return Refusal(
            "order_state_invalid",
            f"order {number} is {status}; {action} needs it "
            + " or ".join(state.value for state in allowed),
            RefusalKind.INVALID_STATE,
            {"order_number": number, "status": status},
        )
    return None


def block_refusal(number: str, blocked: bool, *, want_blocked: bool) -> Refusal | None:
    if blocked == want_blocked:
        state = "blocked already" if blocked else "not blocked"
        return Refusal(
            "order_blocked" if blocked else "order_not_blocked",
            f"order {number} is {state}",
            RefusalKind.INVALID_STATE,
        )
    return None


def output_lot_code(rule: str, item_code: str, day: date, seq: int) -> str:
    """The lot code `rule` (LOTFLOW_PRODUCTION_LOT_RULE) gives; refused when it is not a valid
    lot code."""
    try:
        code = rule.format(
            item=item_code,
            yymmdd=day.strftime("%y%m%d"),
            yyyymmdd=day.strftime("%Y%m%d"),
            seq=seq,
        )
        return check_lot_code(code)
    except (KeyError, ValueError, IndexError) as error:
        raise invalid(
            "lot_code_rule_invalid",
            f"the production lot rule {rule!r} does not give a valid lot code: {error}",
        ) from None
