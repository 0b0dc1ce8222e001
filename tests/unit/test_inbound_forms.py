"""The inbound tasks' forms: built from the plan, the lot and the inspection's result."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workflows.inbound.contracts import (
    CompletedInspection,
    OpenedInspection,
    PlannedCheck,
    ResultEntry,
)
from workflows.inbound.forms import decision_outcomes, inspection_outcome
from workflows.tasks.forms import form_errors

pytestmark = pytest.mark.unit

OPENED = OpenedInspection(
    id="i-1",
    characteristics=["moisture", "foreign matter"],
    sample_size=5,
    checks=[
        PlannedCheck(name="moisture", kind="numeric", upper_limit="15.0", unit="P1"),
        PlannedCheck(name="foreign matter", kind="attribute"),
    ],
)
GOOD = [
    {"characteristic": "moisture", "value": "17.9"},  # out of limits: a failing, valid result
    {"characteristic": "foreign matter", "passed": True},
]


def fields(schema, variables) -> list[str]:  # noqa: ANN001
    return [f"{error.field} {error.problem}" for error in form_errors(schema, variables)]


def test_the_inspection_form_shows_each_characteristic_with_its_limits_and_unit():
    schema = inspection_outcome(OPENED).variables_schema
    entry = schema["properties"]["results"]["items"]
    assert entry["properties"]["characteristic"]["enum"] == ["moisture", "foreign matter"]
    moisture = entry["allOf"][0]["then"]
    assert (moisture["x-upper-limit"], moisture["x-unit"], moisture["required"]) == (
        "15.0",
        "P1",
        ["value"],
    )
    assert "up to 15.0" in moisture["description"]
    assert entry["allOf"][1]["then"]["required"] == ["passed"]


def test_what_the_inspection_form_takes_the_workflow_can_read():
    schema = inspection_outcome(OPENED).variables_schema
    assert fields(schema, {"results": GOOD}) == []
    assert [ResultEntry.model_validate(entry) for entry in GOOD][0].value == Decimal("17.9")


@pytest.mark.parametrize(
    ("results", "problem"),
    [
        (GOOD[:1], "variables.results lacks a result for 'foreign matter'"),
        (
            [{"characteristic": "moisture", "passed": True}, GOOD[1]],
            "variables.results[0].value is required",
        ),
        ([{"characteristic": "moisture", "value": "wet"}, GOOD[1]], "variables.results[0].value"),
        (
            [*GOOD, {"characteristic": "colour", "passed": True}],
            "variables.results[2].characteristic",
        ),
        ("all fine", "variables.results must be an array"),
    ],
)
def test_the_inspection_form_refuses_what_quality_could_not_take(results, problem):
    assert any(
        p.startswith(problem)
        for p in fields(inspection_outcome(OPENED).variables_schema, {"results": results})
    )


def outcomes(result: str) -> dict[str, object]:
    inspected = CompletedInspection(id="i-1", result=result, inspectors=["ines"])
    return {o.name: o for o in decision_outcomes(inspected, Decimal("100"))}


def test_releasing_a_failed_lot_declares_the_override_and_a_reason():
    release = outcomes("fail")["release"]
    assert release.requires_reason
    assert fields(release.variables_schema, {}) == ["variables.override_failed_result is required"]
    assert fields(release.variables_schema, {"override_failed_result": False}) == [
        "variables.override_failed_result must be true"
    ]
    assert fields(release.variables_schema, {"override_failed_result": True}) == []
    assert "override_failed_result" in release.description


def test_only_the_release_of_a_failed_lot_takes_the_override():
    for result, name in (("pass", "release"), ("fail", "partial"), ("fail", "reject")):
        outcome = outcomes(result)[name]
        variables = {"override_failed_result": True, "released_quantity": "10"}
        assert "variables.override_failed_result is not a field of this form" in fields(
            outcome.variables_schema, variables
        )
    assert not outcomes("pass")["release"].requires_reason


def test_a_partial_release_is_above_nothing_and_below_all():
    partial = outcomes("pass")["partial"].variables_schema
    assert fields(partial, {"released_quantity": "40.5"}) == []
    assert fields(partial, {"released_quantity": "100"}) == [
        "variables.released_quantity must be below 100"
    ]
    assert fields(partial, {"released_quantity": 0}) == [
        "variables.released_quantity must be above 0"
    ]
