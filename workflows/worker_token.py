"""The bearer token the worker presents to the services.

The configured LOTFLOW_SERVICE_TOKEN when set; else a token the worker signs for itself with
the kernel's signer and signs again well before it expires, so a worker that runs for weeks
never calls with a stale token.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from lotflow.auth import issue_token
from lotflow.settings import Settings

WORKER_USER = "lotflow-worker"
# What the worker's activities do, and no more: register items, define inspection plans.
WORKER_ROLES = (
    "warehouse_admin",  # item introduction
    "quality_engineer",
    "task_recorder",  # the human task projection
    # inbound: receive into quarantine, ask for and open inspections, apply lot decisions
    "receiver",
    "warehouse_clerk",
    "workflow",  # the service identity that alone settles quality decisions in the warehouse
    "quality_inspector",
    # recording inspectors' results and approvers' decisions on their behalf (lotflow/auth.py)
    "quality_approver",
    "delegate",
    "event_reader",  # the receipt feed follows receiving's event feed
)

TOKEN_TTL_SECONDS = 3600
RENEW_AFTER_SECONDS = TOKEN_TTL_SECONDS // 2


class WorkerToken:
    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._settings = settings
        self._clock = clock
        self._token: str | None = None
        self._signed_at = 0.0

    def __call__(self) -> str:
        if self._settings.service_token is not None:
            return self._settings.service_token.get_secret_value()
        now = self._clock()
        if self._token is None or now - self._signed_at >= RENEW_AFTER_SECONDS:
            self._token = issue_token(
                WORKER_USER,
                list(WORKER_ROLES),
                ttl_seconds=TOKEN_TTL_SECONDS,
                settings=self._settings,
            )
            self._signed_at = now
        return self._token
