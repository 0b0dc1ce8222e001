"""What a read names rows by: an id from a path or a gRPC field, and the insertion-order
`position` a list's page token carries (lotflow.paging makes and splits the tokens)."""

from __future__ import annotations

import re
import uuid

from lotflow import paging
from lotflow.refusals import invalid


def parse_id(value: str, noun: str) -> uuid.UUID:
    """An id from a path or a gRPC field; `noun` names the error code, e.g. invalid_hold_id."""
    try:
        return uuid.UUID(value)
    except ValueError:
        raise invalid(f"invalid_{noun}_id", f"{value!r} is not a {noun} id (a UUID)") from None


def position_after(page_token: str) -> int | None:
    """The position a page token continues after, or None for the first page.

    Kept here until lotflow.paging checks what a token's parts hold (it checks their number):
    a position is a BIGINT, so anything else is a token this service never issued.
    """
    parts = paging.parse(page_token, 1)
    if parts is None:
        return None
    if not re.fullmatch(r"[0-9]{1,18}", parts[0]):
        raise invalid("invalid_page_token", "the page token is not one this query issued")
    return int(parts[0])
