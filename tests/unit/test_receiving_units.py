"""Receipt quantities in any Rec 20 unit convert exactly to the line's unit, or are refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lotflow.refusals import RefusalKind, RuleBroken
from services.receiving.domain.units import REC20_UNITS, check_unit, convert

pytestmark = pytest.mark.unit

D = Decimal


@pytest.mark.parametrize(
    ("quantity", "unit", "line_unit", "expected"),
    [
        (D("2.5"), "LBR", "KGM", D("1.133980925")),
        (D(1), "ONZ", "KGM", D("0.028349523125")),
        (D(1500), "GRM", "KGM", D("1.5")),
        (D("0.75"), "TNE", "KGM", D(750)),
        (D(2), "GLL", "LTR", D("7.570823568")),
        (D(250), "MLT", "LTR", D("0.25")),
        (D(1), "MTQ", "LTR", D(1000)),
        (D(12), "INH", "FOT", D(1)),
        (D(3), "DZN", "H87", D(36)),
        (D(5), "PR", "EA", D(10)),
        (D(10), "C62", "H87", D(10)),
        (D(6), "H87", "DZN", D("0.5")),
        (D("12.5"), "KGM", "KGM", D("12.5")),
    ],
)
def test_convertible_units_convert_exactly(quantity, unit, line_unit, expected):
    converted = convert(quantity, unit, line_unit)
    assert converted == expected
    assert converted.as_tuple() == expected.normalize().as_tuple()


def test_every_known_unit_converts_to_itself():
    for code in REC20_UNITS:
        assert convert(D(3), code, code) == D(3)


@pytest.mark.parametrize("unit", ["XYZ", "kgm", "CS", ""])
def test_unknown_units_are_refused_with_their_own_code(unit):
    with pytest.raises(RuleBroken) as refused:
        check_unit(unit)
    assert refused.value.refusal.code == "unit_unknown"
    assert refused.value.refusal.kind is RefusalKind.INVALID
    with pytest.raises(RuleBroken, match="Rec 20"):
        convert(D(1), unit, "KGM")


@pytest.mark.parametrize(
    ("unit", "line_unit"), [("KGM", "LTR"), ("H87", "KGM"), ("SET", "H87"), ("MTR", "MTK")]
)
def test_impossible_conversions_are_refused(unit, line_unit):
    with pytest.raises(RuleBroken) as refused:
        convert(D(1), unit, line_unit)
    refusal = refused.value.refusal
    assert refusal.code == "unit_not_convertible"
    assert refusal.details == {"unit": unit, "line_unit": line_unit}


@pytest.mark.parametrize(
    ("quantity", "unit", "line_unit"),
    [
        (D(1), "KGM", "LBR"),  # 2.2046226218... never terminates
        (D(1), "H87", "DZN"),  # 1/12
        (D("0.000001"), "MGM", "TNE"),  # exact, but 15 decimals do not fit the column
    ],
)
def test_results_that_are_not_exact_in_the_line_unit_are_refused(quantity, unit, line_unit):
    with pytest.raises(RuleBroken) as refused:
        convert(quantity, unit, line_unit)
    assert refused.value.refusal.code == "quantity_not_exact"
    assert f"record it in {line_unit}" in refused.value.refusal.message
