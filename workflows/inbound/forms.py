"""The forms of the inbound receipt's tasks: what an inspector enters for each characteristic of
the plan, and what an approver's release, rejection or partial release takes. Each is built
from what the workflow knows when it opens the task (the plan's characteristics, the lot's
quantity, the inspection's result), so the rules quality would apply to the entry are refused
at the inbox's door instead. Pure: the workflow calls these."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from workflows.inbound.contracts import CompletedInspection, OpenedInspection, PlannedCheck
from workflows.tasks.contracts import Outcome
from workflows.tasks.forms import decimal_field, object_form

RECORD_RESULTS = "record_results"
OVERRIDE = "override_failed_result"


def inspection_outcome(opened: OpenedInspection) -> Outcome:
    """Results for every characteristic of the plan: a measured value of a numeric one (its
    limits and unit shown as `x-lower-limit`, `x-upper-limit`, `x-unit`; a value outside them
    is a valid result that fails the characteristic), passed true or false of an attribute."""
    entry = object_form(
        "Result",
        "The result of one characteristic.",
        {
            "characteristic": {
                "type": "string",
                "enum": list(opened.characteristics),
                "title": "Characteristic",
                "description": "The plan's name of the characteristic.",
            },
            "value": decimal_field(
                "Measured value", "The measured value of a numeric characteristic.", signed=True
            ),
            "passed": {
                "type": "boolean",
                "title": "Passed",
                "description": "The judgement of an attribute characteristic.",
            },
        },
        required=("characteristic",),
        allOf=[_result_rule(check) for check in opened.checks],
    )
    results: dict[str, Any] = {
        "type": "array",
        "title": "Results",
        "description": f"One result per characteristic; sample size {opened.sample_size}.",
        "items": entry,
        "minItems": 1,
        "allOf": [{"contains": _result_for(name)} for name in opened.characteristics],
    }
    return Outcome(
        name=RECORD_RESULTS,
        title="Record results",
        description="Record the inspection's results; quality judges them against the limits.",
        variables_schema=object_form(
            "Inspection results",
            f"Inspection {opened.id}: a result for each characteristic of its plan.",
            {"results": results},
            required=("results",),
        ),
    )


def _result_for(name: str) -> dict[str, Any]:
    return {
        "title": f"a result for {name!r}",
        "type": "object",
        "properties": {"characteristic": {"const": name}},
        "required": ["characteristic"],
    }


def _result_rule(check: PlannedCheck) -> dict[str, Any]:
    """What a result of this characteristic takes, by its kind."""
    if check.kind == "attribute":
        then = {
            "title": check.name,
            "description": f"{check.name}: pass or fail.",
            "required": ["passed"],
            "properties": {"value": False},
        }
    else:
        limits = {
            f"x-{side}-limit": limit
            for side, limit in (("lower", check.lower_limit), ("upper", check.upper_limit))
            if limit
        }
        then = {
            "title": check.name,
            "description": f"{check.name}: the measured value{_unit_text(check)}"
            f"{_limits_text(check)}.",
            "required": ["value"],
            "properties": {"passed": False},
            "x-unit": check.unit,
            **limits,
        }
    return {"if": _result_for(check.name), "then": then}


def _unit_text(check: PlannedCheck) -> str:
    return f" in {check.unit} (Rec 20)" if check.unit else ""


def _limits_text(check: PlannedCheck) -> str:
    if check.lower_limit and check.upper_limit:
        return f", conforming from {check.lower_limit} to {check.upper_limit}"
    if check.upper_limit:
        return f", conforming up to {check.upper_limit}"
    if check.lower_limit:
        return f", conforming from {check.lower_limit}"
    return ""


def decision_outcomes(inspected: CompletedInspection, quantity: Decimal) -> tuple[Outcome, ...]:
    """Release, reject or partial. Releasing a lot that failed its inspection is a use-as-is
    deviation: that form requires override_failed_result true and a reason, and no other form
    takes the override."""
    return (_release(inspected), _reject(), _partial(quantity))


def _release(inspected: CompletedInspection) -> Outcome:
    if inspected.result == "pass":
        return Outcome(
            name="release",
            title="Release",
            description="Release the whole quantity: it becomes available and is put away.",
            variables_schema=object_form("Release", "A release takes no variables."),
        )
    return Outcome(
        name="release",
        title="Release as a deviation",
        description="The inspection failed: releasing the whole quantity anyway is a use-as-is "
        f"deviation, which needs {OVERRIDE} true and a reason.",
        requires_reason=True,
        variables_schema=object_form(
            "Use-as-is deviation",
            "The approver overrides the failed inspection result.",
            {
                OVERRIDE: {
                    "type": "boolean",
                    "const": True,
                    "title": "Override the failed result",
                    "description": "Confirms that the lot is released although it failed.",
                }
            },
            required=(OVERRIDE,),
        ),
    )


def _reject() -> Outcome:
    return Outcome(
        name="reject",
        title="Reject",
        description="Reject the whole quantity; quality opens a nonconformance.",
        requires_reason=True,
        variables_schema=object_form("Reject", "A rejection takes no variables."),
    )


def _partial(quantity: Decimal) -> Outcome:
    return Outcome(
        name="partial",
        title="Release part",
        description="Release part of the quantity and reject the rest.",
        requires_reason=True,
        variables_schema=object_form(
            "Partial release",
            f"Of the {quantity} received, how much is released; the rest is rejected.",
            {
                "released_quantity": decimal_field(
                    "Released quantity",
                    f"Above 0 and below the received {quantity}.",
                    exclusiveMinimum=0,
                    exclusiveMaximum=_json_number(quantity),
                )
            },
            required=("released_quantity",),
        ),
    )


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
