"""Identifiers checked at the door: countries, GS1 GLNs and GTINs, supplier lot codes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TypeVar

from biip import ParseError
from biip.gln import Gln
from biip.gtin import Gtin

from services.receiving.country_codes import ISO_3166_ALPHA_2

T = TypeVar("T")

# GS1 AI (10) holds up to 20 characters of GS1 character set 82, so any lot code lotflow keeps
# or assigns can be printed in a GS1-128 or DataMatrix label again.
LOT_CODE_PATTERN = re.compile(r"^[!\"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$")


def duplicates(values: Iterable[T]) -> list[T]:
    """Values that occur more than once, in first-seen order."""
    return [value for value, count in Counter(values).items() if count > 1]


def normalize_country(value: str) -> str:
    code = value.strip().upper()
    if code not in ISO_3166_ALPHA_2:
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code")
    return code


def normalize_gln(value: str) -> str:
    """A 13-digit GS1 Global Location Number with a valid check digit."""
    try:
        return Gln.parse(value.strip()).value
    except ParseError as error:
        raise ValueError(str(error)) from None


def normalize_gtin(value: str) -> str:
    """A GTIN-8/12/13/14 as its 14-digit form, check digit verified."""
    try:
        return Gtin.parse(value.strip()).as_gtin_14()
    except ParseError as error:
        raise ValueError(str(error)) from None


def check_lot_code(value: str) -> str:
    if not LOT_CODE_PATTERN.match(value):
        raise ValueError(
            f"{value!r} is not a lot code: 1 to 20 characters of the GS1 character set "
            "(letters, digits and !\"%&'()*+,-./:;<=>?_), no spaces"
        )
    return value
