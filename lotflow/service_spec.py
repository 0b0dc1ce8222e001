"""What the kernel needs to know to host, migrate and probe one service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import grpc
from fastapi import APIRouter

from lotflow.db import Database


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    version: str
    # Fully qualified gRPC service names, for health and reflection.
    grpc_services: tuple[str, ...]
    # Adds the service's servicer(s), built over its database, to a server.
    add_to_grpc_server: Callable[[grpc.Server, Database], None]
    routers: tuple[APIRouter, ...]
    migrations_dir: Path
