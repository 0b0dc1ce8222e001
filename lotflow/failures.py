"""Translate any exception raised while serving a call into a LotflowError.

Used by both transports so REST and gRPC answer the same failure the same way.
"""

from __future__ import annotations

import logging

from pydantic import ValidationError
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError

from lotflow.errors import Conflict, Invalid, LotflowError, Unavailable, from_refusal
from lotflow.refusals import RuleBroken
from lotflow.telemetry import current_trace_id

log = logging.getLogger("lotflow.failures")


def invalid_request(errors: list[dict]) -> Invalid:
    """One Invalid for a list of pydantic-style errors (each with `loc` and `msg`)."""
    problems = [
        {"field": ".".join(str(part) for part in item["loc"]), "message": item["msg"]}
        for item in errors
    ]
    summary = "; ".join(f"{p['field'] or 'request'}: {p['message']}" for p in problems)
    return Invalid(f"the request is not valid: {summary}", code="invalid_request", errors=problems)


def as_lotflow_error(error: BaseException) -> LotflowError:
    if isinstance(error, LotflowError):
        return error
    if isinstance(error, RuleBroken):
        return from_refusal(error.refusal)
    if isinstance(error, ValidationError):
        return invalid_request(error.errors(include_url=False))
    if isinstance(error, IntegrityError):
        sqlstate = getattr(error.orig, "sqlstate", None)
        if sqlstate == "23505":
            return Conflict("a record with the same key exists already", code="duplicate")
        return Invalid("the request breaks a data rule", code="constraint_violated")
    if isinstance(error, DataError):
        # Last line of defence: the field types should have refused the value already.
        return Invalid("a value does not fit what the database holds", code="invalid_value")
    if isinstance(error, OperationalError | DBAPIError) and _is_connection_error(error):
        return Unavailable("the database is not reachable; try again", code="database_unavailable")
    log.exception("unexpected error while serving a call")
    return LotflowError(
        f"internal error (trace {current_trace_id() or 'unknown'}); retry with the same request id",
        code="internal",
    )


def _is_connection_error(error: DBAPIError) -> bool:
    sqlstate = getattr(error.orig, "sqlstate", None) or ""
    return error.connection_invalidated or sqlstate.startswith("08") or sqlstate.startswith("57P")
