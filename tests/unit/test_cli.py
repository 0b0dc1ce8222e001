"""The `lotflow` command line: arguments, tokens, worker entry, protos check, clear failures."""

from __future__ import annotations

import sys
import types

import jwt
import pytest

from launcher import cli, protogen
from lotflow.auth import verify_token
from lotflow.settings import get_settings

pytestmark = pytest.mark.unit


@pytest.fixture(autouse=True)
def fresh_settings():
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_token_prints_a_jwt_the_services_accept(capsys):
    assert cli.main(["token", "--user", "ann", "--roles", "planner, quality_engineer"]) == 0
    token = capsys.readouterr().out.strip()
    principal = verify_token(token)
    assert principal.user == "ann"
    assert principal.roles == {"planner", "quality_engineer"}


def test_token_lifetime_follows_ttl(capsys):
    cli.main(["token", "--user", "ann", "--roles", "admin", "--ttl", "90m"])
    claims = jwt.decode(capsys.readouterr().out.strip(), options={"verify_signature": False})
    assert claims["exp"] - claims["iat"] == 90 * 60


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("3600", 3600), ("45s", 45), ("90m", 5400), ("12h", 43200), ("7d", 604800)],
)
def test_ttl_accepts_plain_seconds_and_units(text, seconds):
    assert cli.ttl_seconds(text) == seconds


@pytest.mark.parametrize(
    "arguments",
    [
        ["token", "--user", "ann", "--roles", " , "],
        ["token", "--user", "ann", "--roles", "admin", "--ttl", "0"],
        ["token", "--user", "ann", "--roles", "admin", "--ttl", "1w"],
        ["serve", "inventory"],
        ["migrate", "warehouse", "inventory"],
        ["launch"],
    ],
)
def test_bad_arguments_are_usage_errors(arguments, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(arguments)
    assert exit_.value.code == 2
    assert "usage: lotflow" in capsys.readouterr().err


def test_serve_without_a_database_names_the_variables_to_set(monkeypatch, capsys):
    monkeypatch.delenv("LOTFLOW_DATABASE_URL", raising=False)
    monkeypatch.delenv("LOTFLOW_RECALL_DATABASE_URL", raising=False)
    assert cli.main(["serve", "recall"]) == 1
    error = capsys.readouterr().err
    assert "LOTFLOW_RECALL_DATABASE_URL" in error
    assert "LOTFLOW_DATABASE_URL" in error


def test_worker_runs_a_coroutine_main_to_completion(monkeypatch):
    finished = []

    async def main() -> int:
        finished.append(True)
        return 3

    monkeypatch.setitem(sys.modules, "workflows.worker", types.SimpleNamespace(main=main))
    assert cli.main(["worker"]) == 3
    assert finished == [True]


def test_worker_with_a_plain_main_exits_zero(monkeypatch):
    calls = []
    worker = types.SimpleNamespace(main=lambda: calls.append("ran"))
    monkeypatch.setitem(sys.modules, "workflows.worker", worker)
    assert cli.main(["worker"]) == 0
    assert calls == ["ran"]


def test_protos_check_lists_every_stale_file_and_fails(monkeypatch, capsys):
    stale = ["protos/quality/v1/quality_pb2.py", "protos/recall/v1/recall_pb2_grpc.py"]
    monkeypatch.setattr(protogen, "differences", lambda: stale)
    assert cli.main(["protos", "--check"]) == 1
    error = capsys.readouterr().err
    assert all(path in error for path in stale)
    assert "lotflow protos" in error


def test_protos_check_passes_when_nothing_differs(monkeypatch):
    monkeypatch.setattr(protogen, "differences", lambda: [])
    assert cli.main(["protos", "--check"]) == 0
