"""Recall's pure rules: states and transitions, what a scope may hold, unknown lots."""

from __future__ import annotations

import itertools

import pytest

from lotflow.refusals import RefusalKind
from services.recall.domain import (
    NAMED_UNKNOWN_LOTS,
    TRANSITIONS,
    RecallState,
    ScopeLot,
    is_final,
    scope_refusal,
    transition_refusal,
    unknown_lots_refusal,
)

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("target", [RecallState.CANCELLED, RecallState.CLOSED])
def test_an_open_recall_can_be_cancelled_or_closed(target):
    assert transition_refusal(RecallState.OPEN, target) is None


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (RecallState.CANCELLED, RecallState.CLOSED),
        (RecallState.CANCELLED, RecallState.CANCELLED),
        (RecallState.CANCELLED, RecallState.OPEN),
        (RecallState.CLOSED, RecallState.CANCELLED),
        (RecallState.CLOSED, RecallState.CLOSED),
        (RecallState.CLOSED, RecallState.OPEN),
        (RecallState.OPEN, RecallState.OPEN),
    ],
)
def test_every_other_transition_is_refused(current, target):
    refusal = transition_refusal(current, target)
    assert refusal is not None
    assert refusal.code == "recall_not_open"
    assert current.value in refusal.message


def test_the_transition_table_covers_every_state_and_only_open_moves():
    assert set(TRANSITIONS) == set(RecallState)
    for current, target in itertools.product(RecallState, RecallState):
        allowed = transition_refusal(current, target) is None
        assert allowed == (target in TRANSITIONS[current])
    assert [state for state in RecallState if not is_final(state)] == [RecallState.OPEN]


def test_a_scope_of_distinct_lots_is_accepted():
    scope = [
        ScopeLot("L-001"),
        ScopeLot("L-002", "FLOUR"),
        ScopeLot("L-002", "SUGAR"),  # the same lot code on another item is another lot
    ]
    assert scope_refusal(scope) is None


def test_an_empty_scope_is_refused():
    refusal = scope_refusal([])
    assert refusal is not None and refusal.code == "recall_scope_empty"


@pytest.mark.parametrize(
    "scope",
    [
        [ScopeLot("L-001"), ScopeLot("L-001")],
        [ScopeLot("L-001", "FLOUR"), ScopeLot("L-002"), ScopeLot("L-001", "FLOUR")],
    ],
)
def test_a_lot_named_twice_is_refused(scope):
    refusal = scope_refusal(scope)
    assert refusal is not None
    assert refusal.code == "recall_scope_lot_repeated"
    assert "L-001" in refusal.message


@pytest.mark.parametrize(
    "scope",
    [
        [ScopeLot("L-001"), ScopeLot("L-001", "FLOUR")],
        [ScopeLot("L-001", "FLOUR"), ScopeLot("L-001")],
    ],
)
def test_a_lot_for_every_item_and_again_for_one_item_is_refused(scope):
    refusal = scope_refusal(scope)
    assert refusal is not None
    assert refusal.code == "recall_scope_lot_repeated"
    assert "every item" in refusal.message


def test_a_scope_the_warehouse_knows_entirely_is_accepted():
    assert unknown_lots_refusal([]) is None


def test_unknown_lots_are_refused_and_each_is_named():
    unknown = [ScopeLot("L-7", "FLOUR"), ScopeLot("(10)X1")]
    refusal = unknown_lots_refusal(unknown)
    assert refusal is not None
    assert (refusal.code, refusal.kind) == ("lot_unknown", RefusalKind.INVALID)
    assert "L-7 of item FLOUR, (10)X1;" in refusal.message
    assert refusal.details == {
        "lot_code": "L-7",
        "unknown_lots": [
            {"lot_code": "L-7", "item_code": "FLOUR"},
            {"lot_code": "(10)X1", "item_code": None},
        ],
    }


def test_a_long_list_of_unknown_lots_is_named_in_part_and_listed_whole():
    unknown = [ScopeLot(f"L-{n}") for n in range(NAMED_UNKNOWN_LOTS + 3)]
    refusal = unknown_lots_refusal(unknown)
    assert refusal is not None
    assert f"L-{NAMED_UNKNOWN_LOTS - 1} and 3 more;" in refusal.message
    assert f"L-{NAMED_UNKNOWN_LOTS}," not in refusal.message
    assert len(refusal.details["unknown_lots"]) == NAMED_UNKNOWN_LOTS + 3
