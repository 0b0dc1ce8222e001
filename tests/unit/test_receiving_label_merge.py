"""Scanned values fill what the receiver left empty, must agree with what was typed, and must be
the order line's item."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lotflow.refusals import RefusalKind, RuleBroken
from services.receiving.domain.gs1_labels import parse_scan
from services.receiving.domain.label_merge import (
    ReceivedGoods,
    goods_received,
    gtin_refusal,
    merge_scan,
    scanned_quantity,
)
from services.receiving.domain.receipts import LotAttributes

pytestmark = pytest.mark.unit

GS = "\x1d"
GTIN = "04006381333931"
OTHER_GTIN = "04006381333948"  # 0400638133394 + check digit 8 (GS1 mod-10)
LABEL = parse_scan(f"01{GTIN}17261231" + f"10LOT-7{GS}11260101" + f"3103001250{GS}3012")
NOTHING_TYPED = ReceivedGoods(quantity=None, unit=None, attributes=LotAttributes())


def typed(**attributes) -> ReceivedGoods:
    return ReceivedGoods(quantity=None, unit=None, attributes=LotAttributes(**attributes))


def test_the_other_gtin_has_a_computed_check_digit():
    digits = OTHER_GTIN[:-1]
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    assert OTHER_GTIN[-1] == str((10 - total % 10) % 10)


def test_scanned_values_fill_what_was_left_empty():
    goods = merge_scan(NOTHING_TYPED, LABEL, "KGM")
    assert goods.attributes == LotAttributes(
        supplier_lot="LOT-7", expiry_date=date(2026, 12, 31), production_date=date(2026, 1, 1)
    )
    assert (goods.quantity, goods.unit) == (Decimal("1.25"), "KGM")


def test_typed_values_that_agree_with_the_scan_are_kept_and_the_certificate_stays():
    given = typed(supplier_lot="LOT-7", expiry_date=date(2026, 12, 31), certificate_of_analysis="C")
    goods = merge_scan(given, LABEL, "KGM")
    assert goods.attributes.certificate_of_analysis == "C"
    assert goods.attributes.supplier_lot == "LOT-7"


def test_a_typed_quantity_wins_over_the_label_which_names_one_pack():
    given = ReceivedGoods(quantity=Decimal(40), unit="KGM", attributes=LotAttributes())
    goods = merge_scan(given, LABEL, "KGM")
    assert (goods.quantity, goods.unit) == (Decimal(40), "KGM")


def test_a_scanned_lot_that_differs_from_the_typed_lot_is_refused():
    with pytest.raises(RuleBroken) as refused:
        merge_scan(typed(supplier_lot="LOT-8"), LABEL, "KGM")
    refusal = refused.value.refusal
    assert refusal.code == "scan_lot_mismatch"
    assert refusal.kind is RefusalKind.INVALID
    assert refusal.details == {"field": "supplier_lot", "typed": "LOT-8", "scanned": "LOT-7"}


@pytest.mark.parametrize("field", ["expiry_date", "production_date"])
def test_a_scanned_date_that_differs_from_the_typed_date_is_refused(field):
    with pytest.raises(RuleBroken) as refused:
        merge_scan(typed(**{field: date(2027, 1, 1)}), LABEL, "KGM")
    assert refused.value.refusal.code == "scan_date_mismatch"
    assert refused.value.refusal.details["field"] == field


def test_the_label_quantity_that_converts_to_the_line_unit_is_chosen():
    assert scanned_quantity(LABEL, "GRM") == (Decimal("1.25"), "KGM")
    assert scanned_quantity(LABEL, "DZN") == (Decimal(12), "H87")
    # Neither converts to litres: the weight is taken and the conversion refuses it later.
    assert scanned_quantity(LABEL, "LTR") == (Decimal("1.25"), "KGM")
    assert scanned_quantity(parse_scan(f"01{GTIN}10A"), "KGM") is None


def test_the_scanned_gtin_must_be_the_approved_gtin_of_the_line_item():
    assert gtin_refusal(None, GTIN, "PENCIL") is None
    assert gtin_refusal(GTIN, GTIN, "PENCIL") is None
    mismatch = gtin_refusal(OTHER_GTIN, GTIN, "PENCIL")
    assert mismatch is not None
    assert (mismatch.code, mismatch.kind) == ("scan_gtin_mismatch", RefusalKind.INVALID)
    assert mismatch.details == {"scanned_gtin": OTHER_GTIN, "expected_gtin": GTIN}
    unknown = gtin_refusal(GTIN, None, "PENCIL")
    assert unknown is not None
    assert (unknown.code, unknown.kind) == ("item_gtin_unknown", RefusalKind.INVALID_STATE)


def test_goods_received_checks_the_gtin_before_anything_else():
    with pytest.raises(RuleBroken) as refused:
        goods_received(
            typed(supplier_lot="OTHER"),
            LABEL,
            approved_gtin=OTHER_GTIN,
            item_code="PENCIL",
            line_unit="KGM",
        )
    assert refused.value.refusal.code == "scan_gtin_mismatch"


def test_goods_received_needs_a_quantity_from_somewhere_and_defaults_the_unit():
    with pytest.raises(RuleBroken) as refused:
        goods_received(NOTHING_TYPED, None, approved_gtin=GTIN, item_code="P", line_unit="KGM")
    assert refused.value.refusal.code == "quantity_required"
    given = ReceivedGoods(quantity=Decimal(3), unit=None, attributes=LotAttributes())
    goods = goods_received(given, None, approved_gtin=None, item_code="P", line_unit="KGM")
    assert (goods.quantity, goods.unit) == (Decimal(3), "KGM")
    scanned = goods_received(
        NOTHING_TYPED, LABEL, approved_gtin=GTIN, item_code="P", line_unit="H87"
    )
    assert (scanned.quantity, scanned.unit) == (Decimal(12), "H87")
