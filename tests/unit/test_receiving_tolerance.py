"""Over/under tolerance of receipts against an order line, partial receipts adding up, and when
an order closes itself."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lotflow.refusals import RefusalKind
from services.receiving.domain.purchase_orders import (
    LineTolerance,
    PurchaseOrderStatus,
    order_fulfilled,
    over_receipt_refusal,
    receiving_refusal,
)

pytestmark = pytest.mark.unit

D = Decimal
# 200 KGM ordered; 5% over (210) and 2.5% under (195) tolerated.
FLOUR = LineTolerance(D(200), D(5), D("2.5"), "KGM")
EXACT = LineTolerance(D(7), D(0), D(0), "H87")


def test_the_window_runs_from_ordered_minus_under_to_ordered_plus_over():
    assert FLOUR.window == (D(195), D(210))
    assert EXACT.window == (D(7), D(7))


@pytest.mark.parametrize("receiving", [D(1), D(200), D(210), D("209.999999")])
def test_a_first_receipt_up_to_the_over_tolerance_is_accepted(receiving):
    assert over_receipt_refusal(FLOUR, D(0), receiving) is None


def test_a_receipt_beyond_the_over_tolerance_is_refused_with_what_may_still_come():
    refusal = over_receipt_refusal(FLOUR, D(0), D("210.000001"))
    assert refusal is not None
    assert refusal.code == "over_receipt_tolerance_exceeded"
    assert refusal.kind is RefusalKind.INVALID_STATE
    assert refusal.details["maximum_remaining"] == "210"
    assert "at most 210 KGM more" in refusal.message


def test_partial_receipts_add_up_against_the_tolerance():
    received = D(0)
    for partial in (D(80), D(80), D(40)):
        assert over_receipt_refusal(FLOUR, received, partial) is None
        received += partial
    assert over_receipt_refusal(FLOUR, received, D(10)) is None
    refusal = over_receipt_refusal(FLOUR, received, D("10.5"))
    assert refusal is not None
    assert refusal.details == {
        "ordered": "200",
        "already_received": "200",
        "receiving": "10.5",
        "maximum_remaining": "10",
        "unit": "KGM",
    }


def test_nothing_more_may_come_once_the_most_is_received():
    refusal = over_receipt_refusal(EXACT, D(7), D("0.001"))
    assert refusal is not None
    assert refusal.details["maximum_remaining"] == "0"


def test_a_line_is_fulfilled_from_ordered_minus_under_tolerance():
    assert not FLOUR.fulfilled(D("194.999999"))
    assert FLOUR.fulfilled(D(195))
    assert FLOUR.fulfilled(D(210))
    assert EXACT.fulfilled(D(7)) and not EXACT.fulfilled(D(6))


def test_an_order_is_fulfilled_only_when_every_line_is():
    assert order_fulfilled([(FLOUR, D(195)), (EXACT, D(7))])
    assert not order_fulfilled([(FLOUR, D(195)), (EXACT, D(6))])
    assert not order_fulfilled([(FLOUR, D(0)), (EXACT, D(7))])


def test_goods_are_received_only_against_an_open_order():
    assert receiving_refusal(PurchaseOrderStatus.OPEN) is None
    for status in (PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.CANCELLED):
        refusal = receiving_refusal(status)
        assert refusal is not None
        assert refusal.code == "purchase_order_not_open"
        assert status.value in refusal.message
