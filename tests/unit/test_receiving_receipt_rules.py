"""Receipt states, the attributes a receipt must carry, dates, outcomes and returns."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lotflow.refusals import RefusalKind, RuleBroken
from services.receiving.domain.receipts import (
    CBV_BUSINESS_TRANSACTION,
    OUTCOMES,
    RECEIPT_TRANSITIONS,
    LotAttributes,
    ReceiptStatus,
    ReceivingRequirements,
    ReferenceDocumentType,
    dates_refusal,
    failure_refusal,
    lot_dates_refusal,
    missing_attributes_refusal,
    outcome_refusal,
    outcome_status,
    received_on_refusal,
    rejection_reason_refusal,
    reopen_refusal,
    return_refusal,
)

pytestmark = pytest.mark.unit

D = Decimal
TODAY = date(2026, 3, 5)


def test_every_state_declares_its_transitions_and_only_recorded_moves_on():
    assert set(RECEIPT_TRANSITIONS) == set(ReceiptStatus)
    assert RECEIPT_TRANSITIONS[ReceiptStatus.RECORDED] == {
        ReceiptStatus.ACCEPTED,
        ReceiptStatus.PARTIALLY_ACCEPTED,
        ReceiptStatus.REJECTED,
        ReceiptStatus.FAILED,
    }
    assert outcome_refusal(ReceiptStatus.RECORDED) is None


def test_a_failed_receipt_takes_no_outcome_and_is_only_reopened():
    assert RECEIPT_TRANSITIONS[ReceiptStatus.FAILED] == {ReceiptStatus.RECORDED}
    assert outcome_refusal(ReceiptStatus.FAILED).code == "receipt_failed"
    assert failure_refusal(ReceiptStatus.RECORDED) is None
    assert reopen_refusal(ReceiptStatus.FAILED) is None
    assert failure_refusal(ReceiptStatus.FAILED).code == "receipt_not_in_progress"
    assert reopen_refusal(ReceiptStatus.RECORDED).code == "receipt_not_failed"


@pytest.mark.parametrize("status", sorted(OUTCOMES))
def test_a_receipt_with_its_outcome_neither_fails_nor_reopens(status):
    assert failure_refusal(status).code == "receipt_not_in_progress"
    assert reopen_refusal(status).code == "receipt_not_failed"


@pytest.mark.parametrize(
    "status",
    [ReceiptStatus.ACCEPTED, ReceiptStatus.PARTIALLY_ACCEPTED, ReceiptStatus.REJECTED],
)
def test_outcomes_are_final(status):
    assert RECEIPT_TRANSITIONS[status] == frozenset()
    refusal = outcome_refusal(status)
    assert refusal is not None
    assert (refusal.code, refusal.kind) == (
        "receipt_outcome_already_recorded",
        RefusalKind.INVALID_STATE,
    )


@pytest.mark.parametrize(
    ("accepted", "rejected", "status"),
    [
        (D(10), D(0), ReceiptStatus.ACCEPTED),
        (D(0), D(10), ReceiptStatus.REJECTED),
        (D("7.5"), D("2.5"), ReceiptStatus.PARTIALLY_ACCEPTED),
    ],
)
def test_the_outcome_decides_the_final_state(accepted, rejected, status):
    assert outcome_status(D(10), accepted, rejected) is status
    assert status in RECEIPT_TRANSITIONS[ReceiptStatus.RECORDED]


@pytest.mark.parametrize(("accepted", "rejected"), [(D(6), D(3)), (D(10), D(1)), (D(0), D(0))])
def test_accepted_and_rejected_must_add_up_to_the_received_quantity(accepted, rejected):
    with pytest.raises(RuleBroken) as refused:
        outcome_status(D(10), accepted, rejected)
    assert refused.value.refusal.code == "outcome_quantities_do_not_add_up"
    assert "not the 10 received" in refused.value.refusal.message


def test_a_rejection_needs_a_reason():
    assert rejection_reason_refusal(D(0), None) is None
    assert rejection_reason_refusal(D(1), "mould") is None
    refusal = rejection_reason_refusal(D(1), None)
    assert refusal is not None
    assert refusal.code == "rejection_reason_required"


def test_returns_never_pass_received_minus_returned():
    assert return_refusal(D(10), D(0), D(10), "KGM") is None
    assert return_refusal(D(10), D(4), D(6), "KGM") is None
    refusal = return_refusal(D(10), D(4), D("6.5"), "KGM")
    assert refusal is not None
    assert refusal.code == "return_exceeds_received"
    assert refusal.details == {"returnable": "6", "unit": "KGM"}


def test_required_attributes_must_be_present():
    everything = ReceivingRequirements(True, True, True, True)
    complete = LotAttributes("L1", date(2027, 1, 1), date(2026, 1, 1), "COA-1")
    assert missing_attributes_refusal(everything, complete) is None
    assert missing_attributes_refusal(ReceivingRequirements(), LotAttributes()) is None
    refusal = missing_attributes_refusal(everything, LotAttributes(supplier_lot="L1"))
    assert refusal is not None
    assert refusal.code == "receipt_attributes_missing"
    assert refusal.details == {
        "missing": ["expiry_date", "production_date", "certificate_of_analysis"]
    }


def test_expiry_may_not_come_before_production_nor_production_after_receipt():
    assert dates_refusal(LotAttributes(expiry_date=TODAY, production_date=TODAY), TODAY) is None
    early = dates_refusal(LotAttributes(expiry_date=date(2026, 1, 1), production_date=TODAY), TODAY)
    assert early is not None and early.code == "expiry_before_production"
    future = dates_refusal(LotAttributes(production_date=date(2026, 3, 6)), TODAY)
    assert future is not None and future.code == "production_date_in_future"


def test_goods_cannot_be_received_tomorrow():
    assert received_on_refusal(TODAY, TODAY) is None
    assert received_on_refusal(date(2026, 3, 1), TODAY) is None
    refusal = received_on_refusal(date(2026, 3, 6), TODAY)
    assert refusal is not None and refusal.code == "received_on_in_future"


def test_a_lot_keeps_its_dates_across_receipts():
    on_record = LotAttributes(expiry_date=date(2027, 1, 1))
    assert lot_dates_refusal("L1", on_record, LotAttributes(expiry_date=date(2027, 1, 1))) is None
    assert lot_dates_refusal("L1", on_record, LotAttributes(production_date=TODAY)) is None
    refusal = lot_dates_refusal("L1", on_record, LotAttributes(expiry_date=date(2027, 2, 1)))
    assert refusal is not None
    assert (refusal.code, refusal.kind) == ("lot_dates_differ", RefusalKind.INVALID_STATE)


def test_every_reference_document_type_maps_to_a_cbv_business_transaction_type():
    assert set(CBV_BUSINESS_TRANSACTION) == set(ReferenceDocumentType)
    assert CBV_BUSINESS_TRANSACTION[ReferenceDocumentType.ASN] == "desadv"
