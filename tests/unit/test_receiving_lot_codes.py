"""Traceability lot codes: when the supplier's lot is kept, and how a lot-code rule assigns one."""

from __future__ import annotations

from datetime import date

import pytest

from lotflow.refusals import RefusalKind, RuleBroken
from services.receiving.domain.lot_codes import (
    DEFAULT_PATTERN,
    DEFAULT_SITE_PREFIX,
    LotCodePattern,
    TlcSource,
    tlc_source,
)

pytestmark = pytest.mark.unit

DAY = date(2026, 3, 5)


def test_the_supplier_lot_is_kept_only_from_a_supplier_that_assigns_tlcs():
    assert tlc_source(True, "L-778") is TlcSource.SUPPLIER
    assert tlc_source(True, None) is TlcSource.ASSIGNED
    assert tlc_source(False, "L-778") is TlcSource.ASSIGNED
    assert tlc_source(False, None) is TlcSource.ASSIGNED


def test_the_default_rule_gives_site_day_and_sequence():
    pattern = LotCodePattern.parse(DEFAULT_PATTERN)
    assert pattern.render(site_prefix=DEFAULT_SITE_PREFIX, day=DAY, sequence=1) == "RCV260305-0001"
    assert pattern.render(site_prefix="HAM", day=DAY, sequence=42) == "HAM260305-0042"
    pattern.check_length(DEFAULT_SITE_PREFIX)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("{YYYY}{DDD}{SEQ:3}", "2026064001"),
        ("{SITE}/{YY}{MM}{DD}.{SEQ:2}", "B1/260305.01"),
        ("L{DD}{MM}{YYYY}_{SEQ:1}", "L05032026_1"),
    ],
)
def test_every_token_renders(text, code):
    assert LotCodePattern.parse(text).render(site_prefix="B1", day=DAY, sequence=1) == code


def test_the_sequence_may_not_outgrow_its_width():
    pattern = LotCodePattern.parse("{YY}{MM}{DD}{SEQ:2}")
    assert pattern.render(site_prefix="", day=DAY, sequence=99) == "26030599"
    with pytest.raises(RuleBroken) as exhausted:
        pattern.render(site_prefix="", day=DAY, sequence=100)
    assert exhausted.value.refusal.code == "lot_code_sequence_exhausted"
    assert exhausted.value.refusal.kind is RefusalKind.INVALID_STATE


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("{YY}{MM}{DD}", "exactly one {SEQ:n}"),
        ("{YY}{MM}{DD}{SEQ:2}{SEQ:2}", "exactly one {SEQ:n}"),
        ("{MM}{DD}{SEQ:4}", "the year"),
        ("{YYYY}{MM}{SEQ:4}", "the day"),
        ("{YYYY}{DD}{SEQ:4}", "the day"),
        ("{YYYY}{DDD}{SEQ}", "width n from 1 to 9"),
        ("{YYYY}{DDD}{SEQ:0}", "width n from 1 to 9"),
        ("{YYYY}{DDD}{SEQ:4}{WEEK}", "{WEEK} is not a token"),
        ("{YYYY}{DDD}{SITE:3}{SEQ:4}", "{SITE:3} is not a token"),
        ("LOT {YYYY}{DDD}{SEQ:4}", "only letters, digits"),
        ("{YYYY}{DDD}#{SEQ:4}", "only letters, digits"),
        ("{yyyy}{DDD}{SEQ:4}", "only letters, digits"),
    ],
)
def test_unusable_patterns_are_refused(text, complaint):
    with pytest.raises(RuleBroken) as refused:
        LotCodePattern.parse(text)
    assert refused.value.refusal.code == "invalid_lot_code_pattern"
    assert refused.value.refusal.kind is RefusalKind.INVALID
    assert complaint in refused.value.refusal.message


def test_a_rule_whose_codes_would_not_fit_gs1_ai_10_is_refused():
    pattern = LotCodePattern.parse("{SITE}-{YYYY}{MM}{DD}-{SEQ:5}")
    pattern.check_length("AB")  # AB-20001231-99999: 17 characters
    with pytest.raises(RuleBroken) as refused:
        pattern.check_length("ABCDEF")
    assert refused.value.refusal.code == "invalid_lot_code_pattern"
    assert "longer than 20" in refused.value.refusal.message
