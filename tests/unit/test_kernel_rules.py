"""Pure kernel rules: error mapping, tokens, settings, request fingerprints."""

from __future__ import annotations

import time

import grpc
import jwt
import pytest
from pydantic import BaseModel, ValidationError

from lotflow.auth import (
    Principal,
    acting_for,
    issue_token,
    principal_from_header,
    verify_token,
)
from lotflow.errors import (
    Conflict,
    Forbidden,
    Invalid,
    InvalidState,
    LotflowError,
    NotFound,
    Unauthenticated,
    from_grpc,
)
from lotflow.failures import as_lotflow_error
from lotflow.idempotency import request_fingerprint
from lotflow.outbox import parse_cursor
from lotflow.refusals import quoted
from lotflow.settings import Settings, derive_database_url

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("error", "http", "status"),
    [
        (Invalid("x"), 422, grpc.StatusCode.INVALID_ARGUMENT),
        (NotFound("x"), 404, grpc.StatusCode.NOT_FOUND),
        (Conflict("x"), 409, grpc.StatusCode.ALREADY_EXISTS),
        (InvalidState("x"), 409, grpc.StatusCode.FAILED_PRECONDITION),
        (Forbidden("x"), 403, grpc.StatusCode.PERMISSION_DENIED),
        (Unauthenticated("x"), 401, grpc.StatusCode.UNAUTHENTICATED),
    ],
)
def test_each_error_maps_to_one_http_status_and_one_grpc_code(error, http, status):
    assert error.http_status == http
    assert error.grpc_status == status
    rebuilt = from_grpc(status, "message", "specific_code")
    assert type(rebuilt) is type(error)
    assert rebuilt.code == "specific_code"


def test_problem_json_carries_the_stable_code_and_details():
    problem = NotFound("no lot L1", code="lot_not_found", lot="L1").problem()
    assert problem == {
        "type": "urn:lotflow:error:lot_not_found",
        "title": "NotFound",
        "status": 404,
        "detail": "no lot L1",
        "code": "lot_not_found",
        "details": {"lot": "L1"},
    }


def test_validation_errors_become_invalid_with_field_paths():
    class Body(BaseModel):
        quantity: int

    with pytest.raises(ValidationError) as caught:
        Body.model_validate({"quantity": "many"})
    error = as_lotflow_error(caught.value)
    assert isinstance(error, Invalid)
    assert error.details["errors"][0]["field"] == "quantity"


def test_unexpected_errors_hide_their_text():
    error = as_lotflow_error(RuntimeError("secret internals"))
    assert type(error) is LotflowError
    assert error.code == "internal"
    assert "secret internals" not in error.message


def test_tokens_round_trip_and_roles_gate():
    settings = Settings(jwt_secret="s" * 32)
    principal = verify_token(issue_token("ana", ["buyer"], settings=settings), settings=settings)
    assert principal == Principal("ana", frozenset({"buyer"}))
    principal.require("buyer", "admin")
    with pytest.raises(Forbidden):
        principal.require("quality_approver")
    Principal("root", frozenset({"admin"})).require("quality_approver")


def test_tokens_signed_with_another_key_or_expired_are_refused():
    mine, theirs = Settings(jwt_secret="a" * 32), Settings(jwt_secret="b" * 32)
    with pytest.raises(Unauthenticated) as wrong_key:
        verify_token(issue_token("ana", [], settings=theirs), settings=mine)
    assert wrong_key.value.code == "invalid_token"
    expired = jwt.encode(
        {"sub": "ana", "exp": int(time.time()) - 60, "iss": "lotflow", "aud": "lotflow"},
        "a" * 32,
        algorithm="HS256",
    )
    with pytest.raises(Unauthenticated) as too_old:
        verify_token(expired, settings=mine)
    assert too_old.value.code == "token_expired"


@pytest.mark.parametrize("header", [None, "", "Basic abc", "Bearer ", "token-without-scheme"])
def test_missing_or_malformed_authorization_headers_are_refused(header):
    with pytest.raises(Unauthenticated) as caught:
        principal_from_header(header)
    assert caught.value.code == "token_missing"


def test_a_delegate_acts_for_a_person_within_its_own_roles_and_only_a_delegate_may():
    worker = Principal("lotflow-worker", frozenset({"delegate", "quality_approver"}))
    assert acting_for(worker, None, None) is worker
    alice = acting_for(worker, " alice ", "quality_approver")
    assert alice == Principal("alice", frozenset({"quality_approver"}), via="lotflow-worker")
    assert acting_for(worker, "alice", "").roles == frozenset()
    assert acting_for(worker, "Jos%C3%A9%20M.", "").user == "José M."  # percent-encoded UTF-8
    for roles, code in [
        ("quality_approver,admin", "delegation_beyond_roles"),
        ("warehouse_admin", "delegation_beyond_roles"),
    ]:
        with pytest.raises(Forbidden) as refused:
            acting_for(worker, "alice", roles)
        assert refused.value.code == code
    with pytest.raises(Invalid) as nameless:
        acting_for(worker, "  ", "quality_approver")
    assert nameless.value.code == "delegation_invalid"
    approver = Principal("otto", frozenset({"quality_approver"}))
    with pytest.raises(Forbidden) as not_a_delegate:
        acting_for(approver, "alice", "quality_approver")
    assert not_a_delegate.value.code == "delegation_not_allowed"


def test_production_refuses_to_start_without_a_configured_key():
    with pytest.raises(ValidationError, match="LOTFLOW_JWT_SECRET"):
        Settings(env="production")
    assert Settings(env="production", jwt_secret="k" * 32).signing_secret() == "k" * 32


def test_service_database_urls_derive_from_one_server_url_unless_overridden():
    settings = Settings(
        database_url="postgresql://u:p@db:5432/postgres",
        quality_database_url="postgresql+psycopg://q@qdb/quality",
        recall_database_url="postgresql://r@rdb/recall",
    )
    assert settings.service_database_url("warehouse") == (
        "postgresql+psycopg://u:p@db:5432/lotflow_warehouse"
    )
    assert settings.service_database_url("quality") == "postgresql+psycopg://q@qdb/quality"
    # A plain postgresql:// URL would make SQLAlchemy look for psycopg2.
    assert settings.service_database_url("recall") == "postgresql+psycopg://r@rdb/recall"
    assert (
        Settings(database_url=None, recall_database_url=None).service_database_url("recall") is None
    )
    with pytest.raises(ValueError, match="unknown service"):
        Settings().service_database_url("billing")


def test_embedded_socket_urls_keep_their_host_parameter():
    url = derive_database_url("postgresql://postgres:@/postgres?host=/tmp/pg", "lotflow_recall")
    assert url == "postgresql+psycopg://postgres:@/lotflow_recall?host=%2Ftmp%2Fpg"


def test_request_fingerprint_ignores_key_order_but_not_content():
    assert request_fingerprint("op", {"a": 1, "b": 2}) == request_fingerprint(
        "op", {"b": 2, "a": 1}
    )
    assert request_fingerprint("op", {"a": 1}) != request_fingerprint("op", {"a": 2})
    assert request_fingerprint("op", {"a": 1}) != request_fingerprint("other", {"a": 1})


def test_event_cursors_parse_or_fail_clearly():
    assert parse_cursor("") == (0, 0)
    assert parse_cursor("123:45") == (123, 45)
    for bad in ("x", "1", "1:2:3", "-1:2"):
        with pytest.raises(Invalid):
            parse_cursor(bad)


@pytest.mark.parametrize(
    "sub",
    ["u" * 101, "ann\x00", "ann\nadmin", "", 42],
    ids=["long", "nul", "newline", "empty", "number"],
)
def test_a_token_whose_user_the_records_cannot_hold_is_refused(sub):
    settings = Settings(jwt_secret="a" * 32)
    claims = {"sub": sub, "exp": int(time.time()) + 60, "iss": "lotflow", "aud": "lotflow"}
    with pytest.raises(Unauthenticated) as caught:
        verify_token(jwt.encode(claims, "a" * 32, algorithm="HS256"), settings=settings)
    assert caught.value.code == "invalid_token"
    assert len(caught.value.message) < 200


def test_a_token_with_an_unprintable_role_is_refused():
    settings = Settings(jwt_secret="a" * 32)
    with pytest.raises(Unauthenticated) as caught:
        verify_token(issue_token("ann", ["admin\x00"], settings=settings), settings=settings)
    assert caught.value.code == "invalid_token"
    assert verify_token(issue_token("u" * 100, [], settings=settings), settings=settings)


@pytest.mark.parametrize(
    ("person", "roles"),
    [("a%00b", ""), ("x" * 101, ""), ("alice", "quality_approver,q\x01a"), ("ann%0Abob", "")],
)
def test_a_delegation_naming_someone_the_records_cannot_hold_is_invalid(person, roles):
    worker = Principal("lotflow-worker", frozenset({"delegate", "quality_approver"}))
    with pytest.raises(Invalid) as caught:
        acting_for(worker, person, roles)
    assert caught.value.code == "delegation_invalid"


def test_a_message_quotes_a_short_prefix_of_what_it_was_given():
    assert quoted("LOT-1") == "'LOT-1'"
    assert quoted("x" * 1_000_000) == repr("x" * 40) + "..."
    assert quoted("a\x00b") == "'a\\x00b'"
