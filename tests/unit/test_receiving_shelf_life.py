"""Shelf life at the door: expired goods, a minimum in days or percent, goods for return."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from pydantic import ValidationError

from lotflow.refusals import RefusalKind
from services.receiving.domain.receipts import LotAttributes, ReceivingRequirements
from services.receiving.domain.shelf_life import (
    ShelfLifeMinimum,
    required_with_shelf_life,
    shelf_life_refusal,
)
from services.receiving.schemas.receipts import RecordReceipt
from services.receiving.schemas.suppliers import MinimumShelfLife

pytestmark = pytest.mark.unit

TODAY = date(2026, 3, 5)
DAYS_30 = ShelfLifeMinimum(days=30)
HALF = ShelfLifeMinimum(percent=Decimal(50))


def dates(expiry_in: int, produced_before: int | None = None) -> LotAttributes:
    produced = None if produced_before is None else TODAY - timedelta(days=produced_before)
    return LotAttributes(expiry_date=TODAY + timedelta(days=expiry_in), production_date=produced)


def judge(attributes: LotAttributes, minimum=None, *, for_return: bool = False):
    return shelf_life_refusal(attributes, TODAY, minimum, accepted_for_return=for_return)


def test_goods_expired_before_today_are_refused_even_without_a_minimum():
    refusal = judge(dates(-1))
    assert refusal is not None
    assert (refusal.code, refusal.kind) == ("expired_at_receipt", RefusalKind.INVALID)
    assert refusal.details == {"expiry_date": "2026-03-04", "today": "2026-03-05"}


def test_goods_expiring_today_are_not_expired_yet():
    """The expiry date is the last usable day, as the warehouse's expiry predicate has it."""
    assert judge(dates(0)) is None


def test_goods_without_an_expiry_date_have_nothing_to_judge():
    assert judge(LotAttributes(), DAYS_30) is None


@pytest.mark.parametrize(("expiry_in", "refused"), [(29, True), (30, False), (400, False)])
def test_a_minimum_in_days_counts_the_days_left_until_expiry(expiry_in, refused):
    refusal = judge(dates(expiry_in), DAYS_30)
    assert (refusal is not None) == refused
    if refusal:
        assert refusal.code == "shelf_life_insufficient"
        assert refusal.details == {"remaining_days": 29, "minimum_days": 30}


@pytest.mark.parametrize(
    ("expiry_in", "produced_before", "refused"),
    [(49, 51, True), (50, 50, False), (90, 10, False), (0, 100, True)],
)
def test_a_minimum_in_percent_is_a_share_of_production_to_expiry(
    expiry_in, produced_before, refused
):
    refusal = judge(dates(expiry_in, produced_before), HALF)
    assert (refusal is not None) == refused


def test_a_short_share_names_what_is_left_and_what_is_required():
    refusal = judge(dates(10, 20), ShelfLifeMinimum(percent=Decimal("66.5")))
    assert refusal is not None
    assert refusal.details == {"remaining_percent": "33.33", "minimum_percent": "66.5"}
    assert "33.33 % of the shelf life is left (10 of 30 days)" in refusal.message


def test_goods_accepted_for_return_are_received_whatever_their_shelf_life():
    assert judge(dates(-30), for_return=True) is None
    assert judge(dates(1, 100), HALF, for_return=True) is None


def test_a_minimum_requires_the_dates_it_is_judged_by():
    nothing = ReceivingRequirements()
    assert required_with_shelf_life(nothing, None) == nothing
    assert required_with_shelf_life(nothing, DAYS_30) == ReceivingRequirements(expiry_date=True)
    assert required_with_shelf_life(nothing, HALF) == ReceivingRequirements(
        expiry_date=True, production_date=True
    )


@pytest.mark.parametrize(
    "minimum",
    [{}, {"days": 3, "percent": "50"}, {"days": 0}, {"percent": "0"}, {"percent": "100.5"}],
)
def test_a_minimum_is_either_days_or_a_percentage_within_bounds(minimum):
    with pytest.raises(ValidationError):
        MinimumShelfLife.model_validate(minimum)


def test_acceptance_for_return_needs_a_reason():
    base = {"purchase_order_number": "PO-1", "line_number": 1, "receiving_location": "DOCK-1"}
    for acceptance in ({}, {"reason": "  "}):
        with pytest.raises(ValidationError):
            RecordReceipt.model_validate(base | {"accept_for_return": acceptance})
    accepted = RecordReceipt.model_validate(base | {"accept_for_return": {"reason": "expired"}})
    assert accepted.accept_for_return is not None
    assert accepted.accept_for_return.reason == "expired"
