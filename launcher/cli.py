"""The `lotflow` command: the local stack, one service, the worker, migrations, tokens, protos."""

from __future__ import annotations

import argparse
import asyncio
import inspect
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lotflow.settings import COMPONENTS

if TYPE_CHECKING:
    from launcher.stack_settings import StackSettings

DEFAULT_UP_TIMEOUT = 180.0
TTL_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class CommandError(Exception):
    """A failure the user can act on; printed as one line, exit status 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lotflow", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")

    up = commands.add_parser("up", help="start PostgreSQL, Temporal, the services and the worker")
    up.add_argument("--data-dir", type=Path, help="state folder (default LOTFLOW_DATA_DIR)")
    up.add_argument("--timeout", type=float, default=DEFAULT_UP_TIMEOUT, help="seconds to wait")

    commands.add_parser(
        "status",
        help="probe every service and Temporal, count failed and stuck workflows per process; "
        "exit 1 if any is down or any workflow failed",
    )

    serve = commands.add_parser("serve", help="run one service (REST and gRPC)")
    serve.add_argument("service", choices=COMPONENTS)
    serve.add_argument("--no-migrate", action="store_true", help="skip the database migration")

    migrate = commands.add_parser("migrate", help="migrate services' databases (default: all)")
    migrate.add_argument("services", nargs="*", type=_service, metavar="service")
    migrate.add_argument("--data-dir", type=Path, help="state folder of the embedded PostgreSQL")

    commands.add_parser("worker", help="run the Temporal worker")

    token = commands.add_parser(
        "token",
        help="print a signed bearer token (JWT)",
        description="Print a development bearer token signed with LOTFLOW_JWT_SECRET.",
    )
    # The roles come from every service's role table: imported only when the help is shown, so
    # the other commands start without loading every service.
    token.format_help = lambda: argparse.ArgumentParser.format_help(token) + _roles_help()
    token.add_argument("--user", required=True)
    token.add_argument("--roles", required=True, type=_roles, help="comma-separated, e.g. a,b")
    token.add_argument("--ttl", type=ttl_seconds, default=12 * 3600, help="e.g. 3600, 90m, 12h")

    protos = commands.add_parser("protos", help="regenerate the gRPC code from protos/")
    protos.add_argument("--check", action="store_true", help="exit 1 listing stale files")
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    try:
        return COMMANDS[arguments.command](arguments)
    except CommandError as error:
        print(f"lotflow {arguments.command}: error: {error}", file=sys.stderr)
        return 1


def _up(arguments: argparse.Namespace) -> int:
    from launcher.stack_commands import run_up

    return run_up(_stack_settings(arguments), arguments.timeout)


def _status(arguments: argparse.Namespace) -> int:
    from launcher.stack_commands import run_status

    return run_status(_stack_settings(arguments))


def _serve(arguments: argparse.Namespace) -> int:
    from launcher.registry import load_spec
    from lotflow.db import Database
    from lotflow.migrations import migrate
    from lotflow.service_host import RunningService, serve_until_signalled
    from lotflow.telemetry import setup_telemetry

    service, settings = arguments.service, _stack_settings(arguments)
    url = settings.service_database_url(service)
    if url is None:
        raise CommandError(
            f"no database for {service}: set LOTFLOW_{service.upper()}_DATABASE_URL or "
            "LOTFLOW_DATABASE_URL (`lotflow up` sets them for you)"
        )
    setup_telemetry(service, settings)
    spec = load_spec(service)
    if not arguments.no_migrate:
        migrate(spec.migrations_dir, url)
    database = Database(url, pool_size=settings.db_pool_size, application_name=f"lotflow-{service}")
    running = RunningService(
        spec,
        database,
        host=settings.host,
        grpc_port=settings.grpc_port(service),
        http_port=settings.rest_port(service),
    )
    serve_until_signalled(running)
    return 0


def _migrate(arguments: argparse.Namespace) -> int:
    from launcher.stack_database import migrate_service, open_databases

    settings = _stack_settings(arguments)
    databases = open_databases(settings, settings.data_dir.resolve())
    try:
        for service in arguments.services or COMPONENTS:
            migrate_service(service, databases.urls[service])
            print(f"{service}: migrated ({databases.where})")
    finally:
        databases.close()
    return 0


def _worker(_arguments: argparse.Namespace) -> int:
    from workflows.worker import main as run_worker

    result = run_worker()
    if inspect.iscoroutine(result):
        result = asyncio.run(result)
    return result if isinstance(result, int) else 0


def _roles_help() -> str:
    from launcher.roles import describe_roles

    return f"\n{describe_roles()}\n"


def _token(arguments: argparse.Namespace) -> int:
    from lotflow.auth import issue_token

    print(issue_token(arguments.user, arguments.roles, ttl_seconds=arguments.ttl))
    return 0


def _protos(arguments: argparse.Namespace) -> int:
    from launcher import protogen

    if not arguments.check:
        protogen.write_into_tree()
        return 0
    stale = protogen.differences()
    if stale:
        listing = "\n".join(f"  {path}" for path in stale)
        raise CommandError(f"generated code differs from protos/; run `lotflow protos`:\n{listing}")
    return 0


def _stack_settings(arguments: argparse.Namespace) -> StackSettings:
    from launcher.stack_settings import StackSettings

    data_dir = getattr(arguments, "data_dir", None)
    return StackSettings(data_dir=data_dir) if data_dir else StackSettings()


def _service(name: str) -> str:
    if name not in COMPONENTS:
        raise argparse.ArgumentTypeError(f"{name!r} is not one of {', '.join(COMPONENTS)}")
    return name


def _roles(text: str) -> list[str]:
    roles = [role.strip() for role in text.split(",") if role.strip()]
    if not roles:
        raise argparse.ArgumentTypeError("give at least one role, e.g. --roles admin")
    return roles


def ttl_seconds(text: str) -> int:
    """A duration such as 3600, 90m, 12h or 7d, in seconds."""
    match = re.fullmatch(r"(\d+)([smhd]?)", text.strip())
    if not match or int(match[1]) == 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration like 3600, 90m, 12h or 7d")
    return int(match[1]) * TTL_UNITS[match[2] or "s"]


COMMANDS = {
    "up": _up,
    "status": _status,
    "serve": _serve,
    "migrate": _migrate,
    "worker": _worker,
    "token": _token,
    "protos": _protos,
}

if __name__ == "__main__":
    sys.exit(main())
