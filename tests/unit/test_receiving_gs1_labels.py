"""Reading GS1 labels in every form a scanner or a person sends them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lotflow.refusals import RefusalKind, RuleBroken
from services.receiving.domain.gs1_labels import ScanForm, parse_scan

pytestmark = pytest.mark.unit

GS = "\x1d"  # what a scanner sends for FNC1


def check_digit(body: str) -> str:
    """GS1 mod-10: weights 3 and 1 from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


GTIN = "0400638133393" + check_digit("0400638133393")
SSCC = "340063810000000012"[:17] + check_digit("340063810000000012"[:17])


def test_check_digits_are_computed_not_guessed():
    assert GTIN == "04006381333931"  # the GTIN printed on the well-known Faber-Castell pencil
    assert len(SSCC) == 18


def test_a_gs1_128_element_string_with_group_separators():
    scan = f"]C101{GTIN}17261231" + f"10LOT-7{GS}11260101" + f"21SN-1{GS}3103001250"
    label = parse_scan(scan)
    assert label.form is ScanForm.ELEMENT_STRING
    assert label.symbology == "GS1_128"
    assert label.gtin == GTIN
    assert label.supplier_lot == "LOT-7"
    assert (label.expiry_date, label.production_date) == (date(2026, 12, 31), date(2026, 1, 1))
    assert label.serial_number == "SN-1"
    assert label.net_weight == (Decimal("1.25"), "KGM")
    assert [e.ai for e in label.elements] == ["01", "17", "10", "11", "21", "3103"]


def test_a_datamatrix_without_symbology_reads_the_same():
    label = parse_scan(f"]d201{GTIN}10LOT-7{GS}17261200")
    assert label.symbology == "GS1_DATAMATRIX"
    # A day of 00 means the last day of the month.
    assert label.expiry_date == date(2026, 12, 31)
    assert parse_scan(f"01{GTIN}10LOT-7{GS}17261200").symbology is None


def test_bracketed_application_identifiers():
    label = parse_scan(f"(01){GTIN}(10)LOT-7(17)261231(30)12")
    assert label.form is ScanForm.BRACKETED
    assert (label.gtin, label.supplier_lot, label.count) == (GTIN, "LOT-7", Decimal(12))
    assert label.quantities() == [(Decimal(12), "H87")]


@pytest.mark.parametrize(
    "uri",
    [
        f"https://id.gs1.org/01/{GTIN}/10/LOT%2F7?17=261231&3103=001250",
        f"https://brand.example/dl/01/{GTIN}/10/LOT%2F7?17=261231&3103=001250&utm=x",
        f"]Q3https://id.gs1.org/01/{GTIN}/10/LOT%2F7?3103=001250&17=261231",
    ],
)
def test_gs1_digital_link_uris(uri):
    label = parse_scan(uri)
    assert label.form is ScanForm.DIGITAL_LINK
    assert (label.gtin, label.supplier_lot) == (GTIN, "LOT/7")
    assert label.expiry_date == date(2026, 12, 31)
    assert label.net_weight == (Decimal("1.25"), "KGM")


@pytest.mark.parametrize("scan", [GTIN[1:], GTIN, f"]E0{GTIN[1:]}"])
def test_a_bare_ean_or_gtin_is_read_as_a_gtin_not_as_application_identifiers(scan):
    label = parse_scan(scan)
    assert label.form is ScanForm.GTIN
    assert label.gtin == GTIN
    assert label.supplier_lot is None


def test_a_logistic_label_gives_the_contained_gtin_the_sscc_and_the_count():
    label = parse_scan(f"00{SSCC}02{GTIN}3740{GS}10LOT-9")
    assert (label.sscc, label.gtin, label.count) == (SSCC, GTIN, Decimal(40))
    assert label.supplier_lot == "LOT-9"


def test_weight_comes_before_count_and_pounds_are_read():
    label = parse_scan(f"01{GTIN}3202000500{GS}3012")
    assert label.quantities() == [(Decimal(5), "LBR"), (Decimal(12), "H87")]


@pytest.mark.parametrize(
    ("scan", "complaint"),
    [
        ("hello world", "not a readable GS1 barcode"),
        ("01" + GTIN[:-1] + "2", "check digit"),
        (f"01{GTIN}17261340", "17"),
        ("(01)04006381333931(99x)A", "not a readable"),
        ("https://example.com/products/42", "primary identifier"),
        ("00" + SSCC[:-1] + str((int(SSCC[-1]) + 1) % 10), "check digit"),
        ("   ", "not a readable"),
        # 13 digits with a wrong check digit: a GTIN misread, not AI (400) with a PO number.
        ("4006381333932", "check digit"),
    ],
)
def test_unreadable_scans_are_refused_clearly(scan, complaint):
    with pytest.raises(RuleBroken) as refused:
        parse_scan(scan)
    refusal = refused.value.refusal
    assert refusal.code == "scan_unreadable"
    assert refusal.kind is RefusalKind.INVALID
    assert complaint in refusal.message
