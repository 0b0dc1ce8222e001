"""The services' databases for the local stack: on the configured server, else an embedded one.

A service with a URL (`LOTFLOW_<SERVICE>_DATABASE_URL`, or one derived from
`LOTFLOW_DATABASE_URL`) uses it; the others get `lotflow_<service>` on a pgserver cluster kept
under `<data_dir>/postgres`, so a second start finds the same data.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from launcher.embedded_postgres import start_embedded, stop_embedded
from launcher.registry import load_spec
from lotflow.migrations import migrate
from lotflow.settings import COMPONENTS, Settings, derive_database_url


@dataclass(frozen=True)
class StackDatabases:
    urls: dict[str, str]  # service -> SQLAlchemy URL of its own database
    where: str  # for people: which server(s), passwords hidden
    embedded_dir: Path | None = None
    embedded_server_url: str | None = None

    def close(self) -> None:
        """Stop the embedded cluster if this process started it (a no-op otherwise)."""
        if self.embedded_dir is not None:
            stop_embedded(self.embedded_dir)


def open_databases(settings: Settings, data_dir: Path) -> StackDatabases:
    configured = {service: settings.service_database_url(service) for service in COMPONENTS}
    servers = sorted({_server_of(url) for url in configured.values() if url})
    if all(configured.values()):
        return StackDatabases(urls=configured, where=", ".join(servers))
    pgdata = data_dir / "postgres"
    with warnings.catch_warnings():
        # pgserver falls back to /tmp for its lock when XDG_RUNTIME_DIR is unset (CI, root), fine.
        warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")
        server_url = start_embedded(pgdata)
    urls = {
        service: url or derive_database_url(server_url, f"lotflow_{service}")
        for service, url in configured.items()
    }
    where = ", ".join([f"embedded in {pgdata}", *servers])
    return StackDatabases(
        urls=urls, where=where, embedded_dir=pgdata, embedded_server_url=server_url
    )


def migrate_service(service: str, url: str) -> None:
    """Bring the service's database to the head of its own Alembic history."""
    migrate(load_spec(service).migrations_dir, url)


def _server_of(url: str) -> str:
    server = make_url(url).set(drivername="postgresql")._replace(database=None)
    return server.render_as_string(hide_password=True)
