"""Combining what the receiver typed with what the label says.

Scanned values fill what the request left empty; where both are given they must agree (a
quantity is the exception: a label names one pack, the receiver types the whole delivery).
The scanned GTIN must be the one approved for the order line's item.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from lotflow.refusals import Refusal, RefusalKind, RuleBroken, invalid
from services.receiving.domain.gs1_labels import ScannedLabel
from services.receiving.domain.receipts import LotAttributes
from services.receiving.domain.units import convert


@dataclass(frozen=True)
class ReceivedGoods:
    """A receipt's quantity and lot attributes once typed and scanned values are combined."""

    quantity: Decimal | None
    unit: str | None
    attributes: LotAttributes


def gtin_refusal(scanned: str | None, approved: str | None, item_code: str) -> Refusal | None:
    if scanned is None:
        return None
    if approved is None:
        return Refusal(
            "item_gtin_unknown",
            f"the scan carries GTIN {scanned}, but no GTIN is on record for item {item_code} "
            "from this supplier; record the GTIN on the approval or receive without the scan",
        )
    if scanned != approved:
        return Refusal(
            "scan_gtin_mismatch",
            f"the scanned GTIN {scanned} is not item {item_code} of this order line "
            f"(GTIN {approved})",
            kind=RefusalKind.INVALID,
            details={"scanned_gtin": scanned, "expected_gtin": approved},
        )
    return None


def merge_scan(typed: ReceivedGoods, label: ScannedLabel, line_unit: str) -> ReceivedGoods:
    given = typed.attributes
    attributes = replace(
        given,
        supplier_lot=_agreed("supplier_lot", given.supplier_lot, label.supplier_lot),
        expiry_date=_agreed("expiry_date", given.expiry_date, label.expiry_date),
        production_date=_agreed("production_date", given.production_date, label.production_date),
    )
    if typed.quantity is not None:
        return replace(typed, attributes=attributes)
    scanned = scanned_quantity(label, line_unit)
    if scanned is None:
        return replace(typed, attributes=attributes)
    return ReceivedGoods(quantity=scanned[0], unit=scanned[1], attributes=attributes)


def goods_received(
    typed: ReceivedGoods,
    label: ScannedLabel | None,
    *,
    approved_gtin: str | None,
    item_code: str,
    line_unit: str,
) -> ReceivedGoods:
    """What a receipt brings: typed values, filled and checked by the scan; unit defaults to
    the line's."""
    goods = typed
    if label is not None:
        refusal = gtin_refusal(label.gtin, approved_gtin, item_code)
        if refusal is not None:
            raise RuleBroken(refusal)
        goods = merge_scan(typed, label, line_unit)
    if goods.quantity is None:
        raise invalid(
            "quantity_required",
            "give a quantity, or scan a label that carries one (AI 30, 37, 310n or 320n)",
        )
    return replace(goods, unit=goods.unit or line_unit)


def scanned_quantity(label: ScannedLabel, line_unit: str) -> tuple[Decimal, str] | None:
    """The label's quantity that converts to the line's unit, else the first it carries."""
    found = label.quantities()
    for quantity, unit in found:
        try:
            convert(quantity, unit, line_unit)
        except RuleBroken:
            continue
        return quantity, unit
    return found[0] if found else None


def _agreed(name: str, typed: str | date | None, scanned: str | date | None) -> str | date | None:
    if typed is None or scanned is None or typed == scanned:
        return typed if typed is not None else scanned
    code = "scan_lot_mismatch" if name == "supplier_lot" else "scan_date_mismatch"
    raise invalid(
        code,
        f"the typed {name.replace('_', ' ')} {typed} differs from the scanned {scanned}",
        field=name,
        typed=str(typed),
        scanned=str(scanned),
    )
