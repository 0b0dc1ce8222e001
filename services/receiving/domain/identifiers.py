"""Identifiers checked at the door that are receiving's own: countries, repeated values.

Lot codes, GTINs and GLNs are the vocabulary's (lotflow.vocabulary), so receiving keeps and
refuses them as every other service does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TypeVar

from lotflow.refusals import quoted
from services.receiving.country_codes import ISO_3166_ALPHA_2

T = TypeVar("T")


def duplicates(values: Iterable[T]) -> list[T]:
    """Values that occur more than once, in first-seen order."""
    return [value for value, count in Counter(values).items() if count > 1]


def normalize_country(value: str) -> str:
    code = value.strip().upper()
    if code not in ISO_3166_ALPHA_2:
        raise ValueError(f"{quoted(value)} is not an ISO 3166-1 alpha-2 country code")
    return code
