"""How activities call the services: where each listens, the bearer token, refusals vs outages.

A business refusal (Invalid, NotFound, Conflict, InvalidState, Forbidden) becomes a
non-retryable ApplicationError whose type is the service's stable error code, so the workflow
fails at once and callers can branch on it. Anything else (Unavailable, transport failures,
deadlines, an expired token) propagates and Temporal retries it until the service is back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import grpc
from temporalio import activity
from temporalio.exceptions import ApplicationError

from lotflow.errors import Conflict, Forbidden, Invalid, InvalidState, NotFound
from lotflow.grpc_client import call_async, open_aio_channel
from lotflow.settings import Settings
from workflows.worker_token import WorkerToken

BUSINESS_REFUSALS = (Invalid, NotFound, Conflict, InvalidState, Forbidden)


class ServiceAccess:
    def __init__(self, target: Callable[[str], str], token: Callable[[], str]) -> None:
        self.target = target  # service name -> "host:port"
        self.token = token

    @classmethod
    def from_settings(cls, settings: Settings) -> ServiceAccess:
        return cls(settings.grpc_target, WorkerToken(settings))

    @asynccontextmanager
    async def channel(self, service: str) -> AsyncIterator[grpc.aio.Channel]:
        # A channel per activity attempt: an attempt after an outage connects afresh instead
        # of waiting out the reconnect backoff an older channel accumulated while it was down.
        async with open_aio_channel(self.target(service)) as channel:
            yield channel

    async def call(self, method: Any, request: Any) -> Any:
        try:
            return await call_async(method, request, token=self.token())
        except BUSINESS_REFUSALS as refusal:
            raise ApplicationError(
                refusal.message, type(refusal).__name__, type=refusal.code, non_retryable=True
            ) from None


def step_request_id(step: str) -> str:
    """The idempotency key of one step of the running workflow: the same on every retry and
    on a second run under the same workflow id, so a service posts each step at most once."""
    return f"{activity.info().workflow_id}:{step}"
