"""Task forms: the JSON Schema subset the workflow's validator checks, field by field."""

from __future__ import annotations

import pytest

from workflows.tasks.contracts import Outcome
from workflows.tasks.forms import decimal_field, form_errors, object_form, unsupported_keywords

pytestmark = pytest.mark.unit

QUANTITY = decimal_field("Quantity", "How much.", exclusiveMinimum=0, maximum=100)
FORM = object_form(
    "Count",
    "A count.",
    {
        "quantity": QUANTITY,
        "bins": {"type": "array", "items": {"type": "string", "maxLength": 4}, "maxItems": 2},
        "mode": {"type": "string", "enum": ["full", "spot"]},
        "confirmed": {"type": "boolean", "const": True},
        "count": {"type": "integer", "minimum": 1},
    },
    required=("quantity", "mode"),
    allOf=[{"if": {"properties": {"mode": {"const": "spot"}}}, "then": {"required": ["bins"]}}],
)


def problems(value) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(error.field, error.problem) for error in form_errors(FORM, value)]


def test_variables_that_fit_their_form_pass():
    assert problems({"quantity": "12.5", "mode": "full"}) == []
    assert problems({"quantity": 100, "mode": "spot", "bins": ["A1"], "count": 3.0}) == []


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"mode": "full"}, [("variables.quantity", "is required")]),
        (
            {"quantity": "1,5", "mode": "full"},
            [("variables.quantity", "must be a decimal number, e.g. 12.5")],
        ),
        ({"quantity": False, "mode": "full"}, [("variables.quantity", "must be a decimal number")]),
        ({"quantity": "0", "mode": "full"}, [("variables.quantity", "must be above 0")]),
        ({"quantity": 100.5, "mode": "full"}, [("variables.quantity", "must be at most 100")]),
        ({"quantity": 1, "mode": "all"}, [("variables.mode", 'must be one of "full", "spot"')]),
        ({"quantity": 1, "mode": "spot"}, [("variables.bins", "is required")]),
        (
            {"quantity": 1, "mode": "spot", "bins": ["A1", "LONGER"]},
            [("variables.bins[1]", "takes at most 4 characters")],
        ),
        (
            {"quantity": 1, "mode": "full", "confirmed": 1},
            [("variables.confirmed", "must be a boolean")],
        ),
        (
            {"quantity": 1, "mode": "full", "count": 1.5},
            [("variables.count", "must be an integer")],
        ),
        (
            {"quantity": 1, "mode": "full", "colour": "red"},
            [("variables.colour", "is not a field of this form")],
        ),
    ],
)
def test_each_broken_field_is_named(variables, expected):
    assert problems(variables) == expected


def test_a_missing_field_is_told_apart_from_a_wrong_one():
    assert [error.missing for error in form_errors(FORM, {"mode": "full"})] == [True]
    wrong = form_errors(FORM, {"quantity": "x", "mode": "full"})
    assert [error.missing for error in wrong] == [False]


def test_contains_names_what_the_list_lacks():
    form = {"type": "array", "contains": {"title": "a result for 'moisture'", "const": "moisture"}}
    (error,) = form_errors(form, ["colour"], "variables.results")
    assert (error.field, error.problem, error.missing) == (
        "variables.results",
        "lacks a result for 'moisture'",
        True,
    )


def test_an_outcome_refuses_a_form_with_rules_nobody_would_check():
    assert unsupported_keywords({"type": "object", "properties": {"a": {"oneOf": []}}}) == ["oneOf"]
    assert unsupported_keywords(FORM) == []
    with pytest.raises(ValueError, match="uniqueItems"):
        Outcome(name="count", variables_schema={"type": "object", "uniqueItems": True})
    with pytest.raises(ValueError, match="describes an object"):
        Outcome(name="count", variables_schema={"type": "array"})
