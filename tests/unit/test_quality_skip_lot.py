"""Skip-lot: counting a supplier's accepted lots in a row, resets, and the requirement."""

from __future__ import annotations

import pytest

from services.quality.domain.skip_lot import (
    RequirementOutcome,
    consecutive_accepted,
    inspection_requirement,
    selected_for_inspection,
)

pytestmark = pytest.mark.unit

NOT_REQUIRED, SKIPPED, REQUIRED = RequirementOutcome


@pytest.mark.parametrize(
    ("newest_first", "count"),
    [
        ([], 0),
        ([True], 1),
        ([True, True, True], 3),
        ([False, True, True], 0),  # the newest lot was not accepted: the count restarts
        ([True, True, False, True, True, True], 2),  # an older rejection bounds the run
        ([True, False], 1),
    ],
)
def test_accepted_lots_are_counted_from_the_newest_until_the_first_rejection(newest_first, count):
    assert consecutive_accepted(newest_first) == count


def requirement(skip_lot_after, history, *, has_plan=True, supplier="MILL"):
    return inspection_requirement(
        has_plan=has_plan,
        skip_lot_after=skip_lot_after,
        supplier_code=supplier,
        accepted_newest_first=history,
    )


def test_without_a_plan_no_inspection_is_needed():
    answer = requirement(3, [True] * 5, has_plan=False)
    assert (answer.outcome, answer.inspection_required) == (NOT_REQUIRED, False)


def test_a_plan_that_never_skips_always_requires_inspection():
    answer = requirement(0, [True] * 50)
    assert (answer.outcome, answer.inspection_required) == (REQUIRED, True)


def test_a_lot_is_skipped_once_the_last_n_lots_were_all_accepted():
    assert requirement(3, [True, True]).outcome is REQUIRED
    skipped = requirement(3, [True, True, True])
    assert (skipped.outcome, skipped.inspection_required) == (SKIPPED, False)
    assert skipped.consecutive_accepted == 3
    assert "last 3 lots" in skipped.reason


def test_any_rejection_among_the_last_n_lots_resets_the_count():
    answer = requirement(3, [True, True, False])
    assert (answer.outcome, answer.consecutive_accepted) == (REQUIRED, 2)
    assert "2 of the 3" in answer.reason
    assert requirement(3, [False, True, True, True]).consecutive_accepted == 0


def test_skip_lot_is_trust_in_a_supplier_so_it_never_applies_without_one():
    answer = requirement(1, [True], supplier=None)
    assert answer.outcome is REQUIRED
    assert "supplier" in answer.reason


def test_a_qualified_supplier_still_has_one_lot_in_n_inspected_the_same_way_every_time():
    lots = [f"LOT-{n}" for n in range(4000)]
    picked = [lot for lot in lots if selected_for_inspection("plan-7", lot, 4)]
    assert 850 < len(picked) < 1150  # one in four, give or take chance
    assert picked == [lot for lot in lots if selected_for_inspection("plan-7", lot, 4)]
    # Another plan (a new version) picks other lots; a higher frequency picks fewer.
    assert picked != [lot for lot in lots if selected_for_inspection("plan-8", lot, 4)]
    assert sum(selected_for_inspection("plan-7", lot, 20) for lot in lots) < len(picked) / 2

    def answer(lot):
        return inspection_requirement(
            has_plan=True,
            skip_lot_after=3,
            supplier_code="MILL",
            accepted_newest_first=[True] * 3,
            lot_code=lot,
            plan_key="plan-7",
            inspect_one_in=4,
        )

    selected = answer(picked[0])
    assert (selected.outcome, selected.consecutive_accepted) == (REQUIRED, 3)
    assert "one lot in 4" in selected.reason
    passed_over = next(lot for lot in lots if lot not in picked)
    assert answer(passed_over).outcome is SKIPPED
    # The general question, with no lot in it, is answered as skipped.
    assert answer(None).outcome is SKIPPED
