"""Receiving's API models: what each transport accepts before any use case runs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from services.receiving.schemas.purchase_orders import CreatePurchaseOrder, NewPurchaseOrderLine
from services.receiving.schemas.suppliers import ApproveSupplierItem, CreateSupplier

pytestmark = pytest.mark.unit

LINE = {
    "line_number": 1,
    "item_code": "FLOUR",
    "quantity": "10.5",
    "unit": "KGM",
    "due_date": "2026-03-31",
}


def test_a_line_keeps_its_quantity_exact_and_defaults_tolerances_to_zero():
    line = NewPurchaseOrderLine.model_validate(LINE)
    assert line.quantity == Decimal("10.5")
    assert (line.over_tolerance_percent, line.under_tolerance_percent) == (Decimal(0), Decimal(0))
    assert line.model_dump(mode="json")["quantity"] == "10.5"


@pytest.mark.parametrize("quantity", [10.5, 10, None, True])
def test_quantities_must_arrive_as_strings(quantity):
    with pytest.raises(ValidationError, match="decimal string"):
        NewPurchaseOrderLine.model_validate(LINE | {"quantity": quantity})


def test_unknown_fields_are_refused_at_every_level():
    with pytest.raises(ValidationError, match="price"):
        NewPurchaseOrderLine.model_validate(LINE | {"price": "1"})
    with pytest.raises(ValidationError, match="currency"):
        CreatePurchaseOrder.model_validate(
            {"number": "PO-1", "supplier_code": "S", "lines": [LINE], "currency": "EUR"}
        )


def test_supplier_identifiers_are_normalized():
    supplier = CreateSupplier.model_validate(
        {"code": "S-1", "name": " Mill ", "country": "nl", "gln": " 4006381000017 "}
    )
    assert (supplier.name, supplier.country, supplier.gln) == ("Mill", "NL", "4006381000017")
    approval = ApproveSupplierItem.model_validate(
        {"supplier_code": "S-1", "item_code": "OIL", "gtin": "4006381333931"}
    )
    assert approval.gtin == "04006381333931"


@pytest.mark.parametrize("contact", [{}, {"email": "x"}, {"phone": "call me"}])
def test_a_contact_must_say_how_to_reach_someone(contact):
    with pytest.raises(ValidationError):
        CreateSupplier.model_validate(
            {"code": "S", "name": "M", "country": "DE", "contact": contact}
        )
