"""What the inbox's use cases run in (as other services' run in a unit of work): its
projection, to find the workflow that owns a task, and the gateway that reaches the workflows."""

from __future__ import annotations

from dataclasses import dataclass

from lotflow.db import Database
from services.tasks.temporal_gateway import TemporalGateway


@dataclass(frozen=True)
class Inbox:
    database: Database
    gateway: TemporalGateway
