"""Quality's API models: what each transport accepts before any use case runs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from services.quality.schemas.holds import HoldQuery, PlaceHold, ReleaseHold
from services.quality.schemas.plans import DefineInspectionPlan

pytestmark = pytest.mark.unit

PLAN = {
    "item_code": "FLOUR",
    "sample_size": 2,
    "characteristics": [
        {
            "name": "temp",
            "kind": "numeric",
            "lower_limit": "-18.5",
            "upper_limit": "-15",
            "unit": "CEL",
        }
    ],
}


def test_limits_are_exact_and_skip_lot_defaults_to_never():
    plan = DefineInspectionPlan.model_validate(PLAN)
    assert plan.characteristics[0].lower_limit == Decimal("-18.5")
    assert plan.skip_lot_after == 0
    assert plan.supplier_code is None


@pytest.mark.parametrize("limit", [-18.5, 0, "1e3", "minus one"])
def test_limits_must_be_decimal_strings(limit):
    characteristic = PLAN["characteristics"][0] | {"lower_limit": limit}
    with pytest.raises(ValidationError):
        DefineInspectionPlan.model_validate(PLAN | {"characteristics": [characteristic]})


def test_units_are_rec20_codes():
    characteristic = PLAN["characteristics"][0] | {"unit": "°C"}
    with pytest.raises(ValidationError, match="Rec 20"):
        DefineInspectionPlan.model_validate(PLAN | {"characteristics": [characteristic]})


@pytest.mark.parametrize("lot", ["L/2026-01", "ABC%12", "x*y"])
def test_gs1_lot_code_characters_are_accepted(lot):
    assert PlaceHold(lot_code=lot, reason="r", source="recall").lot_code == lot


@pytest.mark.parametrize("lot", ["", "L 1", "lot#1", "é", "L" * 65])
def test_other_lot_codes_are_refused(lot):
    with pytest.raises(ValidationError):
        PlaceHold(lot_code=lot, reason="r", source="recall")


def test_reasons_are_trimmed_and_required():
    assert (
        ReleaseHold.model_validate(
            {"hold_id": "7f1c1f6e-5d0b-4a55-9d5e-7c1f9c3f4b21", "reason": "  ok  "}
        ).reason
        == "ok"
    )
    with pytest.raises(ValidationError):
        ReleaseHold.model_validate(
            {"hold_id": "7f1c1f6e-5d0b-4a55-9d5e-7c1f9c3f4b21", "reason": " "}
        )


def test_hold_queries_bound_the_page_size():
    assert HoldQuery().page_size == 100
    for size in (0, 501):
        with pytest.raises(ValidationError):
            HoldQuery(page_size=size)
