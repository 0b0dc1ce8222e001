"""Run a mutating use case at most once per caller and request id.

A request id is its caller's: keys are (principal, request id), so another user sending the
same id and body makes a request of their own and never sees the first caller's result. The key
row is inserted in the same transaction as the change. A concurrent request with the
same id waits on the key's unique index and then reads the stored result; the same id with
different content is refused. A refused use case rolls back its key too, so the caller may
retry once the cause is fixed.

`perform` is the frame every mutating use case runs in: it opens the unit of work, runs
`run_once` in it and runs the whole attempt again on transient database failures.

A use case that does its whole work in one SQL statement (no transaction of its own) runs the
same rule inside PostgreSQL: its migration installs `lotflow_claim_request_v2` and
`lotflow_store_response_v2` (`create_sql_functions_v2`), its statement calls them around the work,
and the caller turns their refusal into the same Conflict (`raise_if_request_id_reused`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, advisory_xact_lock, retry_transaction
from lotflow.errors import Conflict, Invalid
from lotflow.kernel_schema import idempotency_keys
from lotflow.refusals import quoted

M = TypeVar("M", bound=BaseModel)

MAX_REQUEST_ID_LENGTH = 200

# Attempts before a still-contended transaction is reported as Unavailable. Generous: with
# guarded updates in one lock order a retry is rare, and each attempt is a few milliseconds.
ATTEMPTS = 12


# Built once: a statement made per call costs more to build and key for the cache than to run.
_CLAIM = (
    insert(idempotency_keys)
    .on_conflict_do_nothing(index_elements=["principal", "request_id"])
    .returning(idempotency_keys.c.request_id)
)
_THIS_KEY = (idempotency_keys.c.principal == bindparam("who")) & (
    idempotency_keys.c.request_id == bindparam("key")
)
_EARLIER = select(idempotency_keys).where(_THIS_KEY)
_STORE = update(idempotency_keys).where(_THIS_KEY).values(response=bindparam("response"))


def request_fingerprint(operation: str, request: BaseModel | dict[str, Any]) -> str:
    body = request.model_dump(mode="json") if isinstance(request, BaseModel) else request
    canonical = json.dumps([operation, body], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def check_request_id(request_id: str) -> None:
    if not request_id or len(request_id) > MAX_REQUEST_ID_LENGTH:
        raise Invalid(
            f"a request id of 1 to {MAX_REQUEST_ID_LENGTH} characters is required",
            code="request_id_required",
        )


def request_id_reused(request_id: str) -> Conflict:
    return Conflict(
        f"request id {quoted(request_id)} was already used for a different request; "
        "use a new request id for a new request",
        code="request_id_reused",
    )


def run_once(
    uow: UnitOfWork,
    *,
    actor: Principal,
    request_id: str,
    operation: str,
    request: BaseModel | dict[str, Any],
    result_type: type[M],
    execute: Callable[[], M],
) -> M:
    """Execute and commit, or return the first result of this caller's earlier call with this
    id."""
    check_request_id(request_id)
    fingerprint = request_fingerprint(operation, request)
    key = {"who": actor.user, "key": request_id}
    claimed = uow.session.execute(
        _CLAIM,
        {
            "principal": actor.user,
            "request_id": request_id,
            "operation": operation,
            "request_hash": fingerprint,
        },
    ).first()
    if claimed is None:
        earlier = uow.session.execute(_EARLIER, key).one()
        if earlier.request_hash != fingerprint:
            raise request_id_reused(request_id)
        return result_type.model_validate(earlier.response)
    result = execute()
    uow.session.execute(_STORE, {**key, "response": result.model_dump(mode="json")})
    uow.commit()
    return result


def perform(
    uow: UnitOfWork,
    *,
    actor: Principal,
    request_id: str,
    operation: str,
    request: BaseModel | dict[str, Any],
    result_type: type[M],
    execute: Callable[[Session], M],
    lock: Callable[[Session], str] | None = None,
    attempts: int = ATTEMPTS,
) -> M:
    """Run `execute` in its own transaction and commit it, once per `actor` and request id.

    Each attempt opens the unit of work afresh; deadlocks, serialization failures, lock
    timeouts and dropped connections run the whole attempt again (see `retry_transaction`), so
    callers never see them. `lock`, when given, names an advisory lock taken first in each
    attempt, before the request id is claimed, so that transactions on one key run (and take
    their place in the event feed) one after the other.
    """

    def attempt() -> M:
        with uow:
            if lock is not None:
                advisory_xact_lock(uow.session, lock(uow.session))
            return run_once(
                uow,
                actor=actor,
                request_id=request_id,
                operation=operation,
                request=request,
                result_type=result_type,
                execute=lambda: execute(uow.session),
            )

    return retry_transaction(attempt, attempts=attempts)


# The same rule for a use case done in one SQL statement. Frozen, like the kernel tables: a
# later change gets new functions (and a `_v2`), as migrations already run keep these. PL/pgSQL
# keeps each statement's plan for the session; a LANGUAGE sql function called from another
# function would plan its statement again on every call.
REQUEST_ID_REUSED_SQLSTATE = "LFK01"

_SQL_FUNCTIONS_V1 = f"""
CREATE FUNCTION lotflow_claim_request(p_request_id text, p_operation text, p_request_hash text)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    earlier record;
BEGIN
    -- NULL: claimed, do the work. Otherwise the first call's response (a concurrent first call
    -- is waited for by the insert). Raises {REQUEST_ID_REUSED_SQLSTATE} for other content.
    INSERT INTO idempotency_keys (request_id, operation, request_hash)
    VALUES (p_request_id, p_operation, p_request_hash)
    ON CONFLICT (request_id) DO NOTHING;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    SELECT k.request_hash, k.response INTO earlier
      FROM idempotency_keys k WHERE k.request_id = p_request_id;
    IF earlier.request_hash <> p_request_hash THEN
        RAISE EXCEPTION 'request id % was used for another request', p_request_id
            USING ERRCODE = '{REQUEST_ID_REUSED_SQLSTATE}';
    END IF;
    RETURN earlier.response;
END
$$;

CREATE FUNCTION lotflow_store_response(p_request_id text, p_response jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE idempotency_keys SET response = p_response WHERE request_id = p_request_id;
END
$$;
"""


def create_sql_functions_v1(op) -> None:  # noqa: ANN001 - alembic.op
    op.execute(_SQL_FUNCTIONS_V1)


def drop_sql_functions_v1(op) -> None:  # noqa: ANN001 - alembic.op
    op.execute("DROP FUNCTION lotflow_store_response(text, jsonb)")
    op.execute("DROP FUNCTION lotflow_claim_request(text, text, text)")


# v2: the key is the caller's (principal, request id), as in `run_once`.
_SQL_FUNCTIONS_V2 = f"""
CREATE FUNCTION lotflow_claim_request_v2(
    p_principal text, p_request_id text, p_operation text, p_request_hash text
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    earlier record;
BEGIN
    -- NULL: claimed, do the work. Otherwise the first call's response (a concurrent first call
    -- is waited for by the insert). Raises {REQUEST_ID_REUSED_SQLSTATE} for other content.
    INSERT INTO idempotency_keys (principal, request_id, operation, request_hash)
    VALUES (p_principal, p_request_id, p_operation, p_request_hash)
    ON CONFLICT (principal, request_id) DO NOTHING;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    SELECT k.request_hash, k.response INTO earlier
      FROM idempotency_keys k WHERE k.principal = p_principal AND k.request_id = p_request_id;
    IF earlier.request_hash <> p_request_hash THEN
        RAISE EXCEPTION 'request id reused for another request'
            USING ERRCODE = '{REQUEST_ID_REUSED_SQLSTATE}';
    END IF;
    RETURN earlier.response;
END
$$;

CREATE FUNCTION lotflow_store_response_v2(p_principal text, p_request_id text, p_response jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE idempotency_keys SET response = p_response
     WHERE principal = p_principal AND request_id = p_request_id;
END
$$;
"""


def create_sql_functions_v2(op) -> None:  # noqa: ANN001 - alembic.op
    op.execute(_SQL_FUNCTIONS_V2)


def drop_sql_functions_v2(op) -> None:  # noqa: ANN001 - alembic.op
    op.execute("DROP FUNCTION lotflow_store_response_v2(text, text, jsonb)")
    op.execute("DROP FUNCTION lotflow_claim_request_v2(text, text, text, text)")


def claim_parameters(
    actor: str, request_id: str, operation: str, request: BaseModel | dict[str, Any]
) -> dict[str, str]:
    """What a one-statement use case passes to `lotflow_claim_request_v2`, request id checked."""
    check_request_id(request_id)
    return {
        "principal": actor,
        "request_id": request_id,
        "operation": operation,
        "request_hash": request_fingerprint(operation, request),
    }


def raise_if_request_id_reused(sqlstate: str | None, request_id: str) -> None:
    if sqlstate == REQUEST_ID_REUSED_SQLSTATE:
        raise request_id_reused(request_id) from None
