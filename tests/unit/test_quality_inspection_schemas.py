"""What inspection, decision and nonconformance commands accept before any use case runs."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from pydantic import TypeAdapter, ValidationError

from services.quality.schemas.common import Amount, LotQuantity
from services.quality.schemas.decisions import DecideLot
from services.quality.schemas.inspections import InspectionQuery, OpenInspection, ResultEntry
from services.quality.schemas.nonconformances import (
    DispositionDecision,
    OpenNonconformance,
)

pytestmark = pytest.mark.unit

parse_amount = TypeAdapter(Amount).validate_python
parse_quantity = TypeAdapter(LotQuantity).validate_python

OPEN = {
    "lot_code": "L/2026-01",
    "item_code": "FLOUR",
    "supplier_code": "MILL",
    "receipt_reference": "RCV-1",
    "quantity": "100.5",
    "unit": "KGM",
}


def test_an_inspection_is_opened_for_an_exact_quantity_in_a_rec20_unit():
    command = OpenInspection.model_validate(OPEN)
    assert command.quantity == Decimal("100.5")
    assert OpenInspection.model_validate(OPEN | {"supplier_code": None}).supplier_code is None


@pytest.mark.parametrize(
    "changes",
    [
        {"quantity": 100},
        {"quantity": "0"},
        {"quantity": "-1"},
        {"quantity": "1e3"},
        {"quantity": "1.1234567"},
        {"unit": "KG"},
        {"receipt_reference": "  "},
        {"lot_code": "LOT 1"},
        {"inspector": "ivan"},
    ],
)
def test_open_refuses_bad_fields(changes):
    with pytest.raises(ValidationError):
        OpenInspection.model_validate(OPEN | changes)


def test_a_result_is_either_a_measured_value_or_a_judgement():
    assert ResultEntry.model_validate({"characteristic": "m", "value": "-4.5"}).value == Decimal(
        "-4.5"
    )
    assert ResultEntry.model_validate({"characteristic": "s", "passed": False}).passed is False
    for body in [
        {"characteristic": "m"},
        {"characteristic": "m", "value": "1", "passed": True},
        {"characteristic": "m", "value": 1.5},
        {"characteristic": "s", "passed": "yes"},
        {"characteristic": "s", "passed": 1},
        {"characteristic": " ", "passed": True},
        {"characteristic": "s", "passed": True, "unit": "P1"},
    ]:
        with pytest.raises(ValidationError):
            ResultEntry.model_validate(body)


def test_a_decision_takes_exact_quantities_and_an_explicit_override():
    inspection_id = str(uuid.uuid4())
    decision = DecideLot.model_validate({"inspection_id": inspection_id, "decision": "release"})
    assert (decision.accepted_quantity, decision.override_failed_result) == (None, False)
    partial = DecideLot.model_validate(
        {
            "inspection_id": inspection_id,
            "decision": "partial",
            "accepted_quantity": "0",
            "rejected_quantity": "2.5",
            "reason": "sorted",
        }
    )
    assert (partial.accepted_quantity, partial.rejected_quantity) == (Decimal(0), Decimal("2.5"))
    for changes in [
        {"decision": "accept"},
        {"inspection_id": "42"},
        {"accepted_quantity": 60},
        {"override_failed_result": "true"},
        {"approver": "anna"},
    ]:
        with pytest.raises(ValidationError):
            DecideLot.model_validate(
                {"inspection_id": inspection_id, "decision": "release"} | changes
            )


def test_nonconformance_commands_refuse_unknown_vocabulary():
    body = {
        "lot_code": "L1",
        "item_code": "FLOUR",
        "description": "torn bags",
        "quantity": "4",
        "unit": "BG",
        "severity": "minor",
    }
    assert OpenNonconformance.model_validate(body).source_inspection_id is None
    for changes in [{"severity": "low"}, {"description": ""}, {"quantity": "0"}]:
        with pytest.raises(ValidationError):
            OpenNonconformance.model_validate(body | changes)
    with pytest.raises(ValidationError):
        DispositionDecision.model_validate(
            {"dispositions": [{"disposition": "destroy", "quantity": "4"}], "reason": "r"}
        )
    with pytest.raises(ValidationError):
        DispositionDecision.model_validate({"dispositions": [], "reason": "r"})


def test_queries_refuse_unknown_states():
    assert InspectionQuery.model_validate({"state": "completed"}).page_size == 100
    with pytest.raises(ValidationError):
        InspectionQuery.model_validate({"state": "closed"})


def test_quantities_are_plain_non_negative_decimals():
    assert parse_amount("0") == Decimal(0)
    assert parse_quantity("0.000001") == Decimal("0.000001")
    for text in ["-1", "+1", "1.", ".5", "1e2", "1234567890123"]:
        with pytest.raises(ValueError):
            parse_amount(text)
    with pytest.raises(ValueError):
        parse_quantity("0.000")
