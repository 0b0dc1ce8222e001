"""Warehouse domain rules alone: units, expiry, stock rules, lot decisions, FEFO, putaway."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lotflow.refusals import RefusalKind, RuleBroken
from services.warehouse.domain.allocation import Candidate, plan_fefo
from services.warehouse.domain.expiry import (
    earliest_usable_expiry,
    expiry_from_shelf_life,
    is_expired,
    is_expired_at,
    local_day,
)
from services.warehouse.domain.lot_status import LotDecision, lot_wide_moves, partial_change_target
from services.warehouse.domain.putaway import BinSpace, PutawayRule, choose_bin, rules_in_order
from services.warehouse.domain.stock import (
    MovementType,
    StockStatus,
    available_to_promise,
    check_expiry,
    check_reason,
    check_source,
    deposit_status,
)
from services.warehouse.domain.units import check_pack_conversion, to_base

pytestmark = pytest.mark.unit
Q, A, H, R = StockStatus.QUARANTINE, StockStatus.AVAILABLE, StockStatus.HOLD, StockStatus.REJECTED


def refusal_code(call, *args) -> str:
    with pytest.raises(RuleBroken) as caught:
        call(*args)
    return caught.value.refusal.code


# ---- units


def test_physical_units_convert_exactly():
    assert to_base(Decimal("2.5"), "LBR", "KGM", {}) == Decimal("1.133980925")
    assert to_base(Decimal("250"), "GRM", "KGM", {}) == Decimal("0.25")
    assert to_base(Decimal("1"), "MGM", "TNE", {}) == Decimal("1E-9")
    assert to_base(Decimal("1.5"), "LTR", "MLT", {}) == Decimal("1500")
    assert to_base(Decimal("7"), "EA", "H87", {}) == Decimal("7")


def test_counted_multiples_and_imperial_units_convert_exactly():
    assert to_base(Decimal("2"), "DZN", "H87", {}) == Decimal("24")
    assert to_base(Decimal("3"), "PR", "EA", {}) == Decimal("6")
    assert to_base(Decimal("24"), "H87", "DZN", {}) == Decimal("2")
    assert to_base(Decimal("1"), "GLL", "LTR", {}) == Decimal("3.785411784")
    assert to_base(Decimal("2"), "FOT", "CMT", {}) == Decimal("60.96")
    assert to_base(Decimal("1"), "INH", "MMT", {}) == Decimal("25.4")


def test_a_conversion_that_never_terminates_is_refused_not_rounded():
    assert refusal_code(to_base, Decimal(1), "KGM", "LBR", {}) == "conversion_not_exact"
    assert refusal_code(to_base, Decimal(5), "H87", "DZN", {}) == "conversion_not_exact"
    assert to_base(Decimal("0.45359237"), "KGM", "LBR", {}) == Decimal("1")


def test_a_set_holds_what_the_item_says():
    assert to_base(Decimal(2), "SET", "H87", {"SET": Decimal(4)}) == Decimal(8)


def test_pack_units_use_the_items_own_factor():
    assert to_base(Decimal("3"), "CS", "H87", {"CS": Decimal("12")}) == Decimal("36")
    assert to_base(Decimal("0.5"), "BG", "KGM", {"BG": Decimal("25")}) == Decimal("12.5")


def test_unknown_and_impossible_units_are_refused_with_their_codes():
    assert refusal_code(to_base, Decimal(1), "XYZ", "KGM", {}) == "unit_unknown"
    assert refusal_code(to_base, Decimal(1), "LTR", "KGM", {}) == "unit_not_convertible"
    assert refusal_code(to_base, Decimal(1), "CS", "H87", {}) == "unit_not_convertible"
    assert refusal_code(to_base, Decimal("0.5"), "H87", "H87", {}) == "quantity_not_whole"


def test_an_item_cannot_redefine_a_physical_conversion():
    assert refusal_code(check_pack_conversion, "GRM", "KGM", Decimal(1000)) == (
        "conversion_redefines_unit"
    )
    assert refusal_code(check_pack_conversion, "QQQ", "KGM", Decimal(1)) == "unit_unknown"
    check_pack_conversion("CS", "H87", Decimal(12))


@given(
    st.decimals(min_value=Decimal("0.000000001"), max_value=Decimal("1e14"), places=9),
    st.decimals(min_value=Decimal("0.000000001"), max_value=Decimal("1e6"), places=9),
)
def test_conversion_never_rounds(quantity, factor):
    with localcontext() as exact:
        exact.prec = 100  # wider than any product of these: the expected value is exact
        assert to_base(quantity, "CS", "KGM", {"CS": factor}) == quantity * factor


# ---- expiry: the expiry day itself is usable, the next day is not, in the site's zone


def test_the_expiry_day_itself_is_usable_and_the_day_after_is_not():
    assert not is_expired(date(2026, 3, 31), date(2026, 3, 31))
    assert is_expired(date(2026, 3, 31), date(2026, 4, 1))
    assert not is_expired(None, date(2999, 1, 1))


def test_the_same_moment_is_a_different_day_in_different_sites():
    moment = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    assert local_day(moment, "UTC") == date(2026, 3, 31)
    assert local_day(moment, "Europe/Berlin") == date(2026, 4, 1)
    assert local_day(moment, "America/Los_Angeles") == date(2026, 3, 31)
    assert not is_expired_at(date(2026, 3, 31), moment, "America/Los_Angeles")
    assert is_expired_at(date(2026, 3, 31), moment, "Europe/Berlin")


def test_local_day_refuses_a_moment_without_a_zone():
    with pytest.raises(ValueError):
        local_day(datetime(2026, 1, 1), "UTC")


@given(st.dates(), st.dates())
def test_the_sql_filter_and_the_predicate_agree(expiry, day):
    assert is_expired(expiry, day) == (expiry < earliest_usable_expiry(day))


# ---- stock rules


def test_only_available_stock_is_issued_shipped_or_reserved():
    for movement in (MovementType.ISSUE, MovementType.SHIP, MovementType.RESERVE):
        check_source(movement, A)
        assert refusal_code(check_source, movement, H) == "lot_on_hold"
        assert refusal_code(check_source, movement, Q) == "stock_in_quarantine"
        assert refusal_code(check_source, movement, R) == "stock_rejected"


def test_only_unreserved_available_stock_is_available_to_promise():
    assert available_to_promise(A, Decimal(10), Decimal(4)) == 6
    for blocked in (Q, H, R):
        assert available_to_promise(blocked, Decimal(10), Decimal(0)) == 0


def test_held_stock_does_not_move_at_all():
    for movement in (MovementType.TRANSFER, MovementType.SCRAP, MovementType.TRANSFER_OUT):
        assert refusal_code(check_source, movement, H) == "lot_on_hold"
    check_source(MovementType.SCRAP, R)


def test_scrap_and_adjust_need_a_reason():
    assert refusal_code(check_reason, MovementType.SCRAP, None) == "reason_code_required"
    assert refusal_code(check_reason, MovementType.ADJUST, "") == "reason_code_required"
    check_reason(MovementType.TRANSFER, None)


def test_expired_stock_is_blocked_but_disposable_under_an_audited_override():
    assert refusal_code(check_expiry, MovementType.ISSUE, True, None) == "lot_expired"
    assert refusal_code(check_expiry, MovementType.ISSUE, True, "urgent") == "lot_expired"
    assert refusal_code(check_expiry, MovementType.SCRAP, True, None) == (
        "lot_expired_override_required"
    )
    assert check_expiry(MovementType.SCRAP, True, "past use-by") == "past use-by"
    assert check_expiry(MovementType.RETURN_TO_SUPPLIER, True, "credit") == "credit"
    assert refusal_code(check_expiry, MovementType.SCRAP, False, "why") == "override_not_needed"
    assert check_expiry(MovementType.TRANSFER, True, None) is None


def test_stock_arriving_for_a_held_lot_lands_in_hold():
    assert deposit_status(A, lot_on_hold=True) is H
    assert deposit_status(A, lot_on_hold=False) is A
    assert deposit_status(Q, lot_on_hold=True) is Q


# ---- lot decisions


def test_holds_stack_and_only_the_last_lift_releases():
    assert lot_wide_moves(LotDecision.HOLD, on_hold=True) == {A: H}
    assert lot_wide_moves(LotDecision.LIFT_HOLD, on_hold=True) == {}
    assert lot_wide_moves(LotDecision.LIFT_HOLD, on_hold=False) == {H: A}


def test_release_of_a_held_lot_lands_in_hold_and_reject_takes_everything():
    assert lot_wide_moves(LotDecision.RELEASE, on_hold=False) == {Q: A}
    assert lot_wide_moves(LotDecision.RELEASE, on_hold=True) == {Q: H}
    assert lot_wide_moves(LotDecision.REJECT, on_hold=False) == {Q: R, A: R, H: R}


def test_partial_changes_never_touch_holds():
    assert partial_change_target(Q, A, on_hold=False) is A
    assert partial_change_target(Q, A, on_hold=True) is H
    with pytest.raises(RuleBroken) as caught:
        partial_change_target(H, A, on_hold=False)
    assert caught.value.refusal.kind is RefusalKind.INVALID


# ---- FEFO


def candidate(lot: str, expiry: date | None, free: str, location: str = "B1") -> Candidate:
    return Candidate(uuid.uuid4(), uuid.uuid4(), lot, location, expiry, Decimal(free))


def test_fefo_takes_the_first_expiring_usable_lot_first():
    day = date(2026, 5, 1)
    early = candidate("EARLY", day, "4")
    later = candidate("LATER", day + timedelta(days=30), "10")
    expired = candidate("GONE", day - timedelta(days=1), "100")
    undated = candidate("UNDATED", None, "100")
    plan = plan_fefo([undated, later, expired, early], Decimal("6"), day)
    assert [(c.lot_code, take) for c, take in plan] == [("EARLY", 4), ("LATER", 2)]


def test_fefo_refuses_rather_than_over_reserve():
    day = date(2026, 5, 1)
    with pytest.raises(RuleBroken) as caught:
        plan_fefo([candidate("A", None, "3"), candidate("B", day, "2")], Decimal("6"), day)
    assert caught.value.refusal.code == "insufficient_stock"
    assert caught.value.refusal.details["available"] == "5"


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 20)), min_size=0, max_size=12),
    st.integers(1, 100),
)
def test_fefo_never_plans_more_than_is_free(stock, wanted):
    day = date(2026, 1, 20)
    candidates = [
        candidate(f"L{n}", date(2026, 1, 1) + timedelta(days=days), str(free))
        for n, (days, free) in enumerate(stock)
    ]
    usable = sum(c.free for c in candidates if c.expiry_date >= day)
    try:
        plan = plan_fefo(candidates, Decimal(wanted), day)
    except RuleBroken:
        assert usable < wanted
        return
    assert sum(take for _c, take in plan) == wanted
    assert all(0 < take <= c.free and c.expiry_date >= day for c, take in plan)


# ---- putaway


def test_the_most_specific_rule_of_the_best_priority_wins():
    item, zone_a, zone_b = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    general = PutawayRule(uuid.uuid4(), 10, zone_a)
    cold = PutawayRule(uuid.uuid4(), 10, zone_b, storage_condition="frozen")
    other = PutawayRule(uuid.uuid4(), 10, zone_b, item_class="chemicals")
    ordered = rules_in_order([general, other, cold], item, "food", "frozen", "AVAILABLE")
    assert ordered == [cold, general]


def test_bins_consolidate_the_lot_then_prefer_room():
    full = BinSpace(uuid.uuid4(), "B1", 1, 1, False)
    same_lot = BinSpace(uuid.uuid4(), "B2", 1, 1, True)
    roomy = BinSpace(uuid.uuid4(), "B3", 5, 1, False)
    assert choose_bin([full, roomy, same_lot]).code == "B2"
    assert choose_bin([full, roomy]).code == "B3"
    assert choose_bin([full]) is None


def test_shelf_life_gives_a_lot_its_expiry_date():
    assert expiry_from_shelf_life(date(2026, 1, 30), 30) == date(2026, 3, 1)
    assert expiry_from_shelf_life(None, 30) is None
    assert expiry_from_shelf_life(date(2026, 1, 30), None) is None
