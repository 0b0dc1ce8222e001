"""Production's pure rules: whether a scrap reason may be used, and when it may be deactivated."""

from __future__ import annotations

import pytest

from services.production.domain.work_centers import (
    ScrapCategory,
    ScrapReasonFacts,
    deactivation_refusal,
    scrap_reason_refusal,
)

pytestmark = pytest.mark.unit

ACTIVE = ScrapReasonFacts(work_center_code="MIX-01", reason_code="SPILL", active=True)
INACTIVE = ScrapReasonFacts(work_center_code="MIX-01", reason_code="SPILL", active=False)


def test_an_active_reason_defined_at_the_work_center_is_usable():
    assert scrap_reason_refusal(ACTIVE, work_center_code="MIX-01", reason_code="SPILL") is None


def test_a_reason_nobody_defined_is_refused():
    refusal = scrap_reason_refusal(None, work_center_code="MIX-01", reason_code="SPILL")
    assert refusal is not None
    assert refusal.code == "scrap_reason_not_defined"
    assert "SPILL" in refusal.message and "MIX-01" in refusal.message


def test_a_reason_of_another_work_center_is_refused_even_when_active():
    refusal = scrap_reason_refusal(ACTIVE, work_center_code="FILL-02", reason_code="SPILL")
    assert refusal is not None
    assert refusal.code == "scrap_reason_not_defined"
    assert "FILL-02" in refusal.message


def test_facts_about_another_reason_code_do_not_make_a_code_usable():
    refusal = scrap_reason_refusal(ACTIVE, work_center_code="MIX-01", reason_code="JAM")
    assert refusal is not None and refusal.code == "scrap_reason_not_defined"


def test_a_deactivated_reason_is_refused():
    refusal = scrap_reason_refusal(INACTIVE, work_center_code="MIX-01", reason_code="SPILL")
    assert refusal is not None
    assert refusal.code == "scrap_reason_inactive"


def test_only_an_active_reason_can_be_deactivated():
    assert deactivation_refusal(ACTIVE) is None
    refusal = deactivation_refusal(INACTIVE)
    assert refusal is not None
    assert refusal.code == "scrap_reason_inactive"
    assert "inactive already" in refusal.message


def test_scrap_categories_are_the_six_ms():
    assert {category.value for category in ScrapCategory} == {
        "material",
        "machine",
        "method",
        "man",
        "measurement",
        "environment",
    }
