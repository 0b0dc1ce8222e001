"""Configuration from `LOTFLOW_*` environment variables (pydantic-settings)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SERVICES: tuple[str, ...] = ("receiving", "quality", "warehouse", "production", "recall")
# Everything hosted like a service (own database, REST and gRPC): the services and the human
# task inbox of the workflows.
COMPONENTS: tuple[str, ...] = (*SERVICES, "tasks")

# Ports of the local stack; each component gets base + its index in COMPONENTS.
REST_PORT_BASE = 8101
GRPC_PORT_BASE = 50101

DEV_JWT_SECRET = "lotflow-development-only-signing-key-do-not-use-in-production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LOTFLOW_", extra="ignore")

    env: Literal["development", "test", "production"] = "development"
    data_dir: Path = Path(".lotflow")

    # One server URL from which each service's `lotflow_<service>` database is derived.
    # Unset: the local stack and the tests start an embedded PostgreSQL under data_dir.
    database_url: str | None = None
    # Per-service overrides; each wins over database_url for its service.
    receiving_database_url: str | None = None
    quality_database_url: str | None = None
    warehouse_database_url: str | None = None
    production_database_url: str | None = None
    recall_database_url: str | None = None
    tasks_database_url: str | None = None
    db_pool_size: int = Field(default=10, ge=1, le=200)

    host: str = "127.0.0.1"
    # Where the services listen and where clients find them: "host:port" per service.
    receiving_grpc: str | None = None
    quality_grpc: str | None = None
    warehouse_grpc: str | None = None
    production_grpc: str | None = None
    recall_grpc: str | None = None
    tasks_grpc: str | None = None
    # REST ports; unset: REST_PORT_BASE + the service's index.
    receiving_rest_port: int | None = Field(default=None, ge=1, le=65535)
    quality_rest_port: int | None = Field(default=None, ge=1, le=65535)
    warehouse_rest_port: int | None = Field(default=None, ge=1, le=65535)
    production_rest_port: int | None = Field(default=None, ge=1, le=65535)
    recall_rest_port: int | None = Field(default=None, ge=1, le=65535)
    tasks_rest_port: int | None = Field(default=None, ge=1, le=65535)

    temporal_address: str = "127.0.0.1:7233"
    temporal_namespace: str = "default"
    temporal_task_queue: str = "lotflow"
    # The worker keeps the receipt feed running: every recorded receipt starts its inbound
    # workflow. Off for a worker that must not (a second deployment on the same queue).
    follow_receipts: bool = True
    # The worker keeps the hold feed running: a lot quality holds is blocked in the warehouse.
    # Off like follow_receipts, for a worker that must not.
    follow_holds: bool = True
    # The worker keeps the production order feed running: every released order gets its
    # workflow (operator reports, backflush, output, completion). Off like follow_receipts.
    follow_released_orders: bool = True
    # The dev server's web UI in the local stack; unset: the frontend port + 1000.
    temporal_ui_port: int | None = Field(default=None, ge=1, le=65535)

    jwt_secret: SecretStr | None = None
    jwt_issuer: str = "lotflow"
    jwt_audience: str = "lotflow"
    jwks_url: str | None = None
    # Bearer token the workflow worker presents to services; unset: it signs its own with
    # jwt_secret (or the development key outside production).
    service_token: SecretStr | None = None

    otlp_endpoint: str | None = None
    log_level: str = "INFO"

    @model_validator(mode="after")
    def _no_default_secret_in_production(self) -> Settings:
        if self.env == "production" and self.jwt_secret is None and self.jwks_url is None:
            raise ValueError(
                "LOTFLOW_ENV=production needs LOTFLOW_JWT_SECRET or LOTFLOW_JWKS_URL; "
                "the development signing key is refused in production"
            )
        return self

    def signing_secret(self) -> str:
        if self.jwt_secret is not None:
            return self.jwt_secret.get_secret_value()
        if self.env == "production":
            raise RuntimeError("no signing secret configured in production")
        return DEV_JWT_SECRET

    def service_database_url(self, service: str) -> str | None:
        """The explicit URL for a service, else one derived from database_url, else None."""
        explicit = getattr(self, f"{_known(service)}_database_url")
        if explicit:
            return with_psycopg_driver(explicit)
        if self.database_url:
            return derive_database_url(self.database_url, f"lotflow_{service}")
        return None

    def grpc_target(self, service: str) -> str:
        explicit = getattr(self, f"{_known(service)}_grpc")
        return explicit or f"{self.host}:{GRPC_PORT_BASE + COMPONENTS.index(service)}"

    def rest_port(self, service: str) -> int:
        explicit = getattr(self, f"{_known(service)}_rest_port")
        return explicit or REST_PORT_BASE + COMPONENTS.index(service)


def _known(service: str) -> str:
    if service not in COMPONENTS:
        raise ValueError(f"unknown service {service!r}; expected one of {', '.join(COMPONENTS)}")
    return service


def derive_database_url(server_url: str, database: str) -> str:
    """Point a server URL at another database and make sure it uses the psycopg 3 driver."""
    from sqlalchemy.engine import make_url

    url = make_url(server_url).set(drivername="postgresql+psycopg", database=database)
    return url.render_as_string(hide_password=False)


def with_psycopg_driver(database_url: str) -> str:
    """The same URL on the psycopg 3 driver (a plain postgresql:// would ask for psycopg2)."""
    from sqlalchemy.engine import make_url

    return derive_database_url(database_url, make_url(database_url).database)


@lru_cache
def get_settings() -> Settings:
    return Settings()
