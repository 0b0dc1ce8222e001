"""Lot-code rules: how receiving assigns traceability lot codes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, Field

from lotflow.refusals import quoted
from lotflow.vocabulary import Code, Command
from services.receiving.domain.lot_codes import DEFAULT_TIME_ZONE, SITE_PREFIX_PATTERN


def _time_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"{quoted(value)} is not an IANA time zone such as Europe/Berlin"
        ) from None
    return value


TimeZone = Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_time_zone)]


class LotCodeRuleBody(Command):
    """REST body of DefineLotCodeRule; the rule's name comes from the path."""

    # Tokens: {SITE} {YYYY} {YY} {MM} {DD} {DDD} {SEQ:n}, e.g. {SITE}{YY}{MM}{DD}-{SEQ:4}.
    pattern: Annotated[str, Field(min_length=1, max_length=60)]
    site_prefix: Annotated[str, Field(pattern=SITE_PREFIX_PATTERN)] = ""
    time_zone: TimeZone = DEFAULT_TIME_ZONE
    # True makes this the default rule; false leaves the default where it is.
    make_default: bool = False


class DefineLotCodeRule(LotCodeRuleBody):
    name: Code


class LotCodeRuleView(BaseModel):
    name: str
    pattern: str
    site_prefix: str
    time_zone: str
    is_default: bool
    defined_by: str
    defined_at: datetime


class LotCodeRuleList(BaseModel):
    rules: list[LotCodeRuleView]
