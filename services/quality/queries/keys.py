"""What a read names rows by: an id from a path or a gRPC field."""

from __future__ import annotations

import uuid

from lotflow.refusals import invalid, quoted


def parse_id(value: str, noun: str) -> uuid.UUID:
    """An id from a path or a gRPC field; `noun` names the error code, e.g. invalid_hold_id."""
    try:
        return uuid.UUID(value)
    except ValueError:
        raise invalid(
            f"invalid_{noun}_id", f"{quoted(value)} is not a {noun} id (a UUID)"
        ) from None
