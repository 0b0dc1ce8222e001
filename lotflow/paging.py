"""Keyset page tokens: the sort key of the last row of a page, joined by '|'.

Codes cannot contain '|' (their patterns forbid it), so splitting is unambiguous.
"""

from __future__ import annotations

from lotflow.errors import Invalid


def token(*parts: object) -> str:
    return "|".join(str(part) for part in parts)


def parse(page_token: str, parts: int) -> list[str] | None:
    """The sort key a token carries, or None for the first page."""
    if not page_token:
        return None
    values = page_token.split("|")
    if len(values) != parts:
        raise Invalid("the page token is not one this query issued", code="invalid_page_token")
    return values
