"""Nonconformance reports (NCRs): severity, states, dispositions and who may decide them."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind
from services.quality.domain.rules import duplicates


class Severity(StrEnum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"


# The NCR a reject or partial decision opens for the rejected quantity: a lot that failed
# incoming inspection is at least a major nonconformance.
REJECTION_SEVERITY = Severity.MAJOR


class NonconformanceState(StrEnum):
    OPEN = "open"
    DISPOSITIONED = "dispositioned"
    CLOSED = "closed"


class NonconformanceStep(StrEnum):
    DISPOSITION = "disposition"
    CLOSE = "close"


NONCONFORMANCE_TRANSITIONS: dict[
    tuple[NonconformanceState, NonconformanceStep], NonconformanceState
] = {
    (NonconformanceState.OPEN, NonconformanceStep.DISPOSITION): NonconformanceState.DISPOSITIONED,
    (NonconformanceState.DISPOSITIONED, NonconformanceStep.CLOSE): NonconformanceState.CLOSED,
}

_STEP_REFUSALS = {
    NonconformanceStep.DISPOSITION: (
        "nonconformance_already_dispositioned",
        "the nonconformance has been dispositioned already",
    ),
    NonconformanceStep.CLOSE: (
        "nonconformance_not_dispositioned",
        "only a dispositioned nonconformance can be closed",
    ),
}


def nonconformance_step_refusal(
    state: NonconformanceState, step: NonconformanceStep
) -> Refusal | None:
    if (state, step) in NONCONFORMANCE_TRANSITIONS:
        return None
    if state is NonconformanceState.CLOSED:
        return Refusal(
            "nonconformance_closed",
            "the nonconformance is closed; nothing about it changes any more",
            RefusalKind.INVALID_STATE,
        )
    code, message = _STEP_REFUSALS[step]
    return Refusal(code, message, RefusalKind.INVALID_STATE)


class Disposition(StrEnum):
    USE_AS_IS = "use_as_is"
    REWORK = "rework"
    SCRAP = "scrap"
    RETURN_TO_SUPPLIER = "return_to_supplier"


def disposition_refusal(
    lines: Sequence[tuple[Disposition, Decimal]], quantity: Decimal, supplier_code: str | None
) -> Refusal | None:
    """Quantities by disposition, each above 0 and each disposition once, add up to the NCR's
    quantity; stock goes back to a supplier only if the NCR knows which."""
    if not lines:
        return Refusal(
            "dispositions_required",
            "say what happens to the nonconforming stock",
            RefusalKind.INVALID,
        )
    repeated = duplicates(disposition for disposition, _ in lines)
    if repeated:
        return Refusal(
            "duplicate_disposition",
            f"give each disposition once; repeated: {', '.join(d.value for d in repeated)}",
            RefusalKind.INVALID,
        )
    if any(amount <= 0 for _, amount in lines):
        return Refusal(
            "disposition_quantity_not_positive",
            "every disposition quantity is above 0",
            RefusalKind.INVALID,
        )
    total = sum((amount for _, amount in lines), Decimal(0))
    if total != quantity:
        return Refusal(
            "disposition_quantities_do_not_add_up",
            f"the disposition quantities add up to {total}, not to the nonconforming "
            f"quantity {quantity}",
            RefusalKind.INVALID,
        )
    if supplier_code is None and any(d is Disposition.RETURN_TO_SUPPLIER for d, _ in lines):
        return Refusal(
            "supplier_unknown",
            "the nonconformance names no supplier to return the stock to",
            RefusalKind.INVALID_STATE,
        )
    return None


def originator_refusal(approver: str, opened_by: str) -> Refusal | None:
    """Whoever reported a nonconformance does not also decide its disposition."""
    if approver == opened_by:
        return Refusal(
            "approver_is_originator",
            f"{approver} opened this nonconformance and so may not disposition it; "
            "another approver must",
            RefusalKind.FORBIDDEN,
        )
    return None


def source_inspection_refusal(
    *,
    lot_code: str,
    item_code: str,
    supplier_code: str | None,
    unit: str,
    quantity: Decimal,
    inspection_lot_code: str,
    inspection_item_code: str,
    inspection_supplier_code: str | None,
    inspection_unit: str,
    inspected_quantity: Decimal,
) -> Refusal | None:
    """An NCR raised from an inspection is about that inspection's lot, item, supplier and
    stock (a supplier left out is taken from the inspection)."""
    if (lot_code, item_code) != (inspection_lot_code, inspection_item_code):
        return Refusal(
            "inspection_mismatch",
            f"the source inspection is of lot {inspection_lot_code} of item "
            f"{inspection_item_code}, not lot {lot_code} of item {item_code}",
            RefusalKind.INVALID,
        )
    if supplier_code is not None and supplier_code != inspection_supplier_code:
        return Refusal(
            "inspection_mismatch",
            f"the source inspection's lot came from {inspection_supplier_code or 'no supplier'}, "
            f"not from {supplier_code}",
            RefusalKind.INVALID,
        )
    if unit != inspection_unit:
        return Refusal(
            "inspection_mismatch",
            f"the source inspection counts the lot in {inspection_unit}; use that unit",
            RefusalKind.INVALID,
        )
    if quantity > inspected_quantity:
        return Refusal(
            "quantity_exceeds_inspection",
            f"{quantity} {unit} is more than the {inspected_quantity} {unit} inspected",
            RefusalKind.INVALID,
        )
    return None
