"""Paging, the one way every list pages: a bounded page size and keyset page tokens.

A page token is the sort key of the last row of a page, joined by '|'. Codes cannot contain '|'
(their patterns forbid it), so splitting is unambiguous.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field

from lotflow.errors import Invalid

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500

# A query's `page_size: PageSize = DEFAULT_PAGE_SIZE`; gRPC's unset 0 arrives as absent.
PageSize = Annotated[int, Field(ge=1, le=MAX_PAGE_SIZE)]
PageToken = Annotated[str, Field(max_length=1000)]


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


_POSITION = re.compile(r"[0-9]{1,18}")


def position_after(page_token: str) -> int | None:
    """The row position (a BIGINT: an insertion order, a sequence) a one-part token continues
    after, or None for the first page; anything else is a token no query issued."""
    parts = parse(page_token, 1)
    if parts is None:
        return None
    if not _POSITION.fullmatch(parts[0]):
        raise Invalid("the page token is not one this query issued", code="invalid_page_token")
    return int(parts[0])
