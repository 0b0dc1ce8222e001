"""The shared vocabulary: one lot code, one code, one exact quantity, one unit catalogue."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import TypeAdapter, ValidationError

from lotflow import units
from lotflow.errors import Forbidden, Invalid, InvalidState, NotFound
from lotflow.failures import as_lotflow_error
from lotflow.refusals import Refusal, RefusalKind, RuleBroken, refuse_if
from lotflow.vocabulary import Code, LotCode, Quantity, QuantityChange, Text

pytestmark = pytest.mark.unit


def valid(field, value):
    return TypeAdapter(field).validate_python(value)


@pytest.mark.parametrize("lot", ["AB+12%", "L/2026'7", "a-b_c.d:e;f<g>h?", "X" * 20])
def test_every_gs1_lot_code_is_a_lot_code(lot):
    assert valid(LotCode, lot) == lot


@pytest.mark.parametrize("lot", ["", "X" * 21, "A B", "A\x00B", "Ä1", "A|B", "A#B"])
def test_what_gs1_cannot_print_is_not_a_lot_code(lot):
    with pytest.raises(ValidationError):
        valid(LotCode, lot)


@pytest.mark.parametrize("code", ["A/B", "A|B", "-A", "", "X" * 65, "A\x00"])
def test_codes_travel_in_paths_and_page_tokens(code):
    with pytest.raises(ValidationError):
        valid(Code, code)


@pytest.mark.parametrize("value", ["line\nbreak", "nul\x00", " ", "x" * 201])
def test_text_is_one_printable_line(value):
    with pytest.raises(ValidationError):
        valid(Text, value)


def test_quantities_are_exact_decimal_strings():
    assert valid(Quantity, "12.500") == Decimal("12.5")
    assert valid(Quantity, Decimal("3")) == Decimal(3)
    assert valid(QuantityChange, "-2") == Decimal(-2)
    for bad in ["0", "-1", "1e5", "NaN", 5, 2.5, "1" * 16, "0.0000000001"]:
        with pytest.raises(ValidationError):
            valid(Quantity, bad)


def test_physical_units_convert_exactly_or_not_at_all():
    assert units.convert_physically(Decimal("2.5"), "LBR", "KGM") == Decimal("1.133980925")
    assert units.convert_physically(Decimal(1), "KGM", "LBR") is None
    assert units.physically_convertible("DZN", "H87")
    assert not units.physically_convertible("KGM", "LTR")
    assert not units.physically_convertible("CS", "H87")


def test_the_catalogue_sorts_every_code_into_one_kind():
    assert set(units.STOCK_UNITS) == set(units.PHYSICAL_UNITS) | set(units.PACK_UNITS)
    assert not set(units.PHYSICAL_UNITS) & set(units.PACK_UNITS)
    assert set(units.COUNT_UNITS) <= set(units.PHYSICAL_UNITS)


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        (RefusalKind.INVALID, Invalid),
        (RefusalKind.INVALID_STATE, InvalidState),
        (RefusalKind.FORBIDDEN, Forbidden),
        (RefusalKind.NOT_FOUND, NotFound),
    ],
)
def test_a_refusal_becomes_one_error_for_both_transports(kind, error):
    with pytest.raises(RuleBroken) as broken:
        refuse_if(Refusal("lot_held", "the lot is held", kind, {"lot": "A"}), hold="H-1")
    mapped = as_lotflow_error(broken.value)
    assert type(mapped) is error
    assert (mapped.code, mapped.message) == ("lot_held", "the lot is held")
    assert mapped.details == {"lot": "A", "hold": "H-1"}


def test_no_refusal_is_no_error():
    refuse_if(None)
