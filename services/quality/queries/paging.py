"""Keyset pages over an insertion-order `position` column, and ids taken from paths."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select

from lotflow.errors import Invalid


def after_token(statement: Select[Any], position: Any, page_token: str, page_size: int) -> Select:
    """Rows in position order after the page token, one more than a page to see if more exist."""
    statement = statement.order_by(position).limit(page_size + 1)
    if not page_token:
        return statement
    if not re.fullmatch(r"[0-9]{1,18}", page_token):
        raise Invalid("page_token is not one this service issued", code="invalid_page_token")
    return statement.where(position > int(page_token))


def page_of(rows: Sequence[Any], page_size: int) -> tuple[Sequence[Any], str]:
    """The page's rows (each with a `position`) and the next page's token ('' on the last)."""
    page = rows[:page_size]
    more = len(rows) > page_size
    return page, str(page[-1].position) if more else ""


def parse_id(value: str, noun: str) -> uuid.UUID:
    """An id from a path or a gRPC field; `noun` names the error code, e.g. invalid_hold_id."""
    try:
        return uuid.UUID(value)
    except ValueError:
        raise Invalid(f"{value!r} is not a {noun} id (a UUID)", code=f"invalid_{noun}_id") from None
