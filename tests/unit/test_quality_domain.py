"""Quality's pure rules: plan resolution and versions, characteristics, holds, decimals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import TypeAdapter

from lotflow.refusals import RefusalKind
from services.quality.domain.holds import HoldStatus, is_blocked, release_refusal
from services.quality.domain.numbers import format_decimal
from services.quality.domain.plans import (
    CharacteristicKind,
    characteristic_refusal,
    next_plan_version,
    plan_lookup_order,
)
from services.quality.domain.rules import duplicates
from services.quality.schemas.common import Limit

pytestmark = pytest.mark.unit

NUMERIC, ATTRIBUTE = CharacteristicKind.NUMERIC, CharacteristicKind.ATTRIBUTE
ACTIVE, RELEASED = HoldStatus.ACTIVE, HoldStatus.RELEASED
parse_limit = TypeAdapter(Limit).validate_python


def test_a_supplier_plan_is_tried_before_the_general_one():
    assert plan_lookup_order("MILL-1") == ["MILL-1", None]


def test_without_a_supplier_only_the_general_plan_applies():
    assert plan_lookup_order(None) == [None]
    assert plan_lookup_order("") == [None]


def test_plan_versions_start_at_one_and_count_up():
    assert next_plan_version(None) == 1
    assert next_plan_version(1) == 2
    assert next_plan_version(41) == 42


@pytest.mark.parametrize(
    ("lower", "upper"),
    [(Decimal("1"), None), (None, Decimal("14.5")), (Decimal("-4"), Decimal("4"))],
)
def test_a_numeric_characteristic_with_a_unit_and_a_limit_is_valid(lower, upper):
    assert characteristic_refusal("moisture", NUMERIC, lower, upper, "P1") is None


def test_a_numeric_characteristic_needs_a_limit():
    refusal = characteristic_refusal("moisture", NUMERIC, None, None, "P1")
    assert refusal is not None
    assert refusal.code == "invalid_characteristic"
    assert "'moisture'" in refusal.message
    assert "lower or an upper limit" in refusal.message


def test_a_numeric_characteristic_needs_a_unit():
    refusal = characteristic_refusal("moisture", NUMERIC, None, Decimal(14), None)
    assert refusal is not None
    assert "unit" in refusal.message


@pytest.mark.parametrize(("lower", "upper"), [(Decimal(5), Decimal(5)), (Decimal(6), Decimal(5))])
def test_the_lower_limit_must_be_below_the_upper_limit(lower, upper):
    refusal = characteristic_refusal("width", NUMERIC, lower, upper, "MMT")
    assert refusal is not None
    assert "must be below" in refusal.message


def test_an_attribute_characteristic_has_neither_limits_nor_unit():
    assert characteristic_refusal("smell", ATTRIBUTE, None, None, None) is None
    for lower, upper, unit in [
        (Decimal(1), None, None),
        (None, Decimal(1), None),
        (None, None, "P1"),
    ]:
        refusal = characteristic_refusal("smell", ATTRIBUTE, lower, upper, unit)
        assert refusal is not None
        assert "pass/fail" in refusal.message


def test_duplicates_finds_repeated_names():
    assert duplicates(["a", "b", "a"]) == ["a"]
    assert duplicates([]) == []


def test_an_active_hold_may_be_released_once():
    assert release_refusal(ACTIVE) is None
    refusal = release_refusal(RELEASED)
    assert refusal is not None
    assert refusal.code == "hold_already_released"
    assert refusal.kind is RefusalKind.INVALID_STATE


def test_holds_stack_a_lot_is_blocked_while_any_is_active():
    assert is_blocked([ACTIVE])
    assert is_blocked([RELEASED, ACTIVE, RELEASED])
    assert not is_blocked([RELEASED, RELEASED])
    assert not is_blocked([])


@pytest.mark.parametrize("text", ["0", "-4.5", "14.5", "123456789012345.123456789"])
def test_parse_limit_takes_signed_exact_decimals(text):
    assert parse_limit(text) == Decimal(text)


@pytest.mark.parametrize("text", ["", "+1", "1e2", "--1", "1.", ".5", "1.0000000001", "1" * 16])
def test_parse_limit_refuses_anything_else(text):
    with pytest.raises(ValueError):
        parse_limit(text)


def test_format_decimal_drops_storage_padding():
    assert format_decimal(Decimal("14.500000000")) == "14.5"
    assert format_decimal(Decimal("-0.000000000")) == "0"
    assert format_decimal(Decimal("-40")) == "-40"
