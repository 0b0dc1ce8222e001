"""Receiving's pure rules: order states, cancellation, quantities, identifiers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import TypeAdapter

from lotflow.vocabulary import normalize_gln, normalize_gtin
from services.receiving.country_codes import ISO_3166_ALPHA_2
from services.receiving.domain.identifiers import duplicates, normalize_country
from services.receiving.domain.purchase_orders import (
    ALLOWED_TRANSITIONS,
    PurchaseOrderStatus,
    cancellation_refusal,
    receipt_window,
    transition_refusal,
)
from services.receiving.domain.quantities import format_decimal
from services.receiving.schemas.common import Percent, Quantity

pytestmark = pytest.mark.unit

# Receiving's exact decimals as its schemas parse them (a ValidationError is a ValueError).
parse_quantity = TypeAdapter(Quantity).validate_python
parse_percent = TypeAdapter(Percent).validate_python

OPEN, CLOSED, CANCELLED = (
    PurchaseOrderStatus.OPEN,
    PurchaseOrderStatus.CLOSED,
    PurchaseOrderStatus.CANCELLED,
)


def test_every_status_has_its_transitions_declared():
    assert set(ALLOWED_TRANSITIONS) == set(PurchaseOrderStatus)


@pytest.mark.parametrize("target", [CLOSED, CANCELLED])
def test_an_open_order_may_close_or_be_cancelled(target):
    assert transition_refusal(OPEN, target) is None


@pytest.mark.parametrize("current", [CLOSED, CANCELLED])
@pytest.mark.parametrize("target", list(PurchaseOrderStatus))
def test_closed_and_cancelled_are_final(current, target):
    refusal = transition_refusal(current, target)
    assert refusal is not None
    assert refusal.code == "invalid_status_transition"
    assert current.value in refusal.message


def test_an_open_order_with_nothing_received_may_be_cancelled():
    assert cancellation_refusal(OPEN, [Decimal(0), Decimal("0.000")]) is None
    assert cancellation_refusal(OPEN, []) is None


def test_an_order_with_any_receipt_may_not_be_cancelled():
    refusal = cancellation_refusal(OPEN, [Decimal(0), Decimal("0.001")])
    assert refusal is not None
    assert refusal.code == "purchase_order_received"


@pytest.mark.parametrize("status", [CLOSED, CANCELLED])
def test_only_an_open_order_may_be_cancelled(status):
    refusal = cancellation_refusal(status, [Decimal(0)])
    assert refusal is not None
    assert refusal.code == "purchase_order_not_open"
    assert status.value in refusal.message


def test_duplicates_lists_each_repeated_value_once_in_first_seen_order():
    assert duplicates([3, 1, 2, 1, 3, 3]) == [3, 1]
    assert duplicates([1, 2, 3]) == []


def test_receipt_window_applies_under_and_over_tolerance():
    low, high = receipt_window(Decimal("200"), Decimal("5"), Decimal("2.5"))
    assert (low, high) == (Decimal("195"), Decimal("210"))
    assert receipt_window(Decimal("7"), Decimal(0), Decimal(0)) == (Decimal(7), Decimal(7))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", Decimal(1)),
        ("10.50", Decimal("10.5")),
        ("0.000001", Decimal("0.000001")),
        ("999999999999.999999", Decimal("999999999999.999999")),
        ("007", Decimal(7)),
    ],
)
def test_parse_quantity_takes_exact_positive_decimals(text, expected):
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("0", "greater than zero"),
        ("0.000", "greater than zero"),
        ("-1", "not a decimal number"),
        ("1e3", "not a decimal number"),
        ("1,5", "not a decimal number"),
        (" 1", "not a decimal number"),
        ("", "not a decimal number"),
        ("NaN", "not a decimal number"),
        ("1.0000001", "more than 12 digits before or 6 after"),
        ("1000000000000", "more than 12 digits before or 6 after"),
    ],
)
def test_parse_quantity_refuses_what_is_not_an_exact_positive_decimal(text, complaint):
    with pytest.raises(ValueError, match=complaint):
        parse_quantity(text)


def test_parse_quantity_ignores_trailing_zeros_when_counting_digits():
    assert parse_quantity("1.50000000") == Decimal("1.5")


@pytest.mark.parametrize("text", ["0", "100", "2.5", "99.99"])
def test_parse_percent_takes_zero_to_one_hundred(text):
    assert parse_percent(text) == Decimal(text)


@pytest.mark.parametrize("text", ["100.01", "101", "-1", "1.234"])
def test_parse_percent_refuses_out_of_range_or_too_precise(text):
    with pytest.raises(ValueError):
        parse_percent(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("10.500000"), "10.5"),
        (Decimal("100"), "100"),
        (Decimal("1E+2"), "100"),
        (Decimal("0.000000"), "0"),
        (Decimal("0.000100"), "0.0001"),
    ],
)
def test_format_decimal_gives_the_shortest_exact_text(value, text):
    assert format_decimal(value) == text


def test_country_list_holds_the_249_assigned_codes():
    assert len(ISO_3166_ALPHA_2) == 249
    assert {"DE", "US", "CN", "AX", "SS", "GB"} <= ISO_3166_ALPHA_2
    assert not {"UK", "EU", "XK", "ZZ"} & ISO_3166_ALPHA_2


def test_normalize_country_uppercases_and_refuses_unknown_codes():
    assert normalize_country("de") == "DE"
    for bad in ("UK", "DEU", "D", ""):
        with pytest.raises(ValueError, match="ISO 3166-1 alpha-2"):
            normalize_country(bad)


def test_normalize_gln_verifies_the_gs1_check_digit():
    assert normalize_gln("4006381000017") == "4006381000017"
    with pytest.raises(ValueError, match="check digit"):
        normalize_gln("4006381000016")
    with pytest.raises(ValueError, match="13 digits"):
        normalize_gln("400638100001")


def test_normalize_gtin_gives_14_digits_and_verifies_the_check_digit():
    assert normalize_gtin("4006381333931") == "04006381333931"
    assert normalize_gtin("96385074") == "00000096385074"
    with pytest.raises(ValueError, match="check digit"):
        normalize_gtin("4006381333932")
    with pytest.raises(ValueError):
        normalize_gtin("12AB")
