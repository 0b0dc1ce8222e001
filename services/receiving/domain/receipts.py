"""Receipt states, the attributes a receipt must carry, outcomes and returns to the supplier.

Receiving never makes stock available: a recorded receipt is stock in quarantine. The inbound
workflow later records the quality outcome, which moves the receipt to its final state, or marks
it failed when a step cannot go on; a failed receipt is recorded again when its step is retried.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind, invalid
from services.receiving.domain.quantities import format_decimal


class ReceiptStatus(StrEnum):
    RECORDED = "recorded"
    ACCEPTED = "accepted"
    PARTIALLY_ACCEPTED = "partially_accepted"
    REJECTED = "rejected"
    FAILED = "failed"


OUTCOMES = frozenset(
    {ReceiptStatus.ACCEPTED, ReceiptStatus.PARTIALLY_ACCEPTED, ReceiptStatus.REJECTED}
)
# Recorded (in quarantine) until the outcome is recorded once; every outcome is final. A failed
# receipt holds nothing against its order line until its workflow retries it (recorded again).
RECEIPT_TRANSITIONS: dict[ReceiptStatus, frozenset[ReceiptStatus]] = {
    ReceiptStatus.RECORDED: OUTCOMES | {ReceiptStatus.FAILED},
    ReceiptStatus.FAILED: frozenset({ReceiptStatus.RECORDED}),
    ReceiptStatus.ACCEPTED: frozenset(),
    ReceiptStatus.PARTIALLY_ACCEPTED: frozenset(),
    ReceiptStatus.REJECTED: frozenset(),
}


class ReferenceDocumentType(StrEnum):
    ASN = "asn"
    BILL_OF_LADING = "bill_of_lading"
    INVOICE = "invoice"
    PURCHASE_ORDER = "purchase_order"
    RETURN_AUTHORIZATION = "return_authorization"


# The GS1 CBV business transaction type of each, for the EPCIS export.
CBV_BUSINESS_TRANSACTION: dict[ReferenceDocumentType, str] = {
    ReferenceDocumentType.ASN: "desadv",
    ReferenceDocumentType.BILL_OF_LADING: "bol",
    ReferenceDocumentType.INVOICE: "inv",
    ReferenceDocumentType.PURCHASE_ORDER: "po",
    ReferenceDocumentType.RETURN_AUTHORIZATION: "rma",
}


@dataclass(frozen=True)
class ReceivingRequirements:
    """What an approved supplier item must carry at receipt (all optional by default)."""

    supplier_lot: bool = False
    expiry_date: bool = False
    production_date: bool = False
    certificate_of_analysis: bool = False


@dataclass(frozen=True)
class LotAttributes:
    """What a receipt says about the lot it brings, typed and scanned together."""

    supplier_lot: str | None = None
    expiry_date: date | None = None
    production_date: date | None = None
    certificate_of_analysis: str | None = None


def missing_attributes_refusal(
    required: ReceivingRequirements, given: LotAttributes
) -> Refusal | None:
    missing = [
        field.name
        for field in fields(ReceivingRequirements)
        if getattr(required, field.name) and getattr(given, field.name) is None
    ]
    if not missing:
        return None
    return Refusal(
        "receipt_attributes_missing",
        f"this supplier's item must be received with {', '.join(missing)}",
        kind=RefusalKind.INVALID,
        details={"missing": missing},
    )


def dates_refusal(attributes: LotAttributes, received_on: date) -> Refusal | None:
    expiry, production = attributes.expiry_date, attributes.production_date
    if expiry is not None and production is not None and expiry < production:
        return Refusal(
            "expiry_before_production",
            f"the expiry date {expiry} is before the production date {production}",
            kind=RefusalKind.INVALID,
        )
    if production is not None and production > received_on:
        return Refusal(
            "production_date_in_future",
            f"the production date {production} is after the date received {received_on}",
            kind=RefusalKind.INVALID,
        )
    return None


def received_on_refusal(received_on: date, today: date) -> Refusal | None:
    if received_on <= today:
        return None
    return Refusal(
        "received_on_in_future",
        f"goods cannot be received on {received_on}, after today ({today}) at the site",
        kind=RefusalKind.INVALID,
    )


def outcome_status(received: Decimal, accepted: Decimal, rejected: Decimal) -> ReceiptStatus:
    """The final state an outcome gives; accepted and rejected must add up to the receipt."""
    if accepted + rejected != received:
        raise invalid(
            "outcome_quantities_do_not_add_up",
            f"accepted {format_decimal(accepted)} and rejected {format_decimal(rejected)} add "
            f"up to {format_decimal(accepted + rejected)}, not the {format_decimal(received)} "
            "received",
        )
    if rejected == 0:
        return ReceiptStatus.ACCEPTED
    if accepted == 0:
        return ReceiptStatus.REJECTED
    return ReceiptStatus.PARTIALLY_ACCEPTED


def outcome_refusal(current: ReceiptStatus) -> Refusal | None:
    """An outcome is recorded once, while the receipt is still in quarantine."""
    if current is ReceiptStatus.RECORDED:
        return None
    if current is ReceiptStatus.FAILED:
        return Refusal(
            "receipt_failed", "this receipt failed; its outcome waits until it is retried"
        )
    return Refusal(
        "receipt_outcome_already_recorded",
        f"this receipt is {current.value}; its outcome is recorded once and is final",
    )


def failure_refusal(current: ReceiptStatus) -> Refusal | None:
    """Only a receipt still in progress (recorded, no outcome yet) can fail."""
    if ReceiptStatus.FAILED in RECEIPT_TRANSITIONS[current]:
        return None
    return Refusal(
        "receipt_not_in_progress",
        f"this receipt is {current.value}; only a recorded receipt can be marked failed",
    )


def reopen_refusal(current: ReceiptStatus) -> Refusal | None:
    """Only a failed receipt is recorded again, for its workflow to retry the failed step."""
    if current is ReceiptStatus.FAILED:
        return None
    return Refusal(
        "receipt_not_failed", f"this receipt is {current.value}; only a failed one is reopened"
    )


def rejection_reason_refusal(rejected: Decimal, reason: str | None) -> Refusal | None:
    if rejected == 0 or reason:
        return None
    return Refusal(
        "rejection_reason_required",
        "a reason is required when any quantity is rejected",
        kind=RefusalKind.INVALID,
    )


def return_refusal(
    received: Decimal, already_returned: Decimal, returning: Decimal, unit: str
) -> Refusal | None:
    """Never return more than was received minus what went back already."""
    returnable = received - already_returned
    if returning <= returnable:
        return None
    return Refusal(
        "return_exceeds_received",
        f"{format_decimal(returning)} {unit} cannot be returned: {format_decimal(received)} "
        f"{unit} were received and {format_decimal(already_returned)} {unit} returned already, "
        f"so at most {format_decimal(returnable)} {unit} may go back",
        details={"returnable": format_decimal(returnable), "unit": unit},
    )


def lot_dates_refusal(
    lot_code: str, on_record: LotAttributes, given: LotAttributes
) -> Refusal | None:
    """A lot has one expiry and one production date, whichever receipt brings it."""
    for name in ("expiry_date", "production_date"):
        known, new = getattr(on_record, name), getattr(given, name)
        if known is not None and new is not None and known != new:
            return Refusal(
                "lot_dates_differ",
                f"lot {lot_code} was received before with {name.replace('_', ' ')} {known}, "
                f"not {new}",
                details={"field": name, "on_record": str(known), "given": str(new)},
            )
    return None
