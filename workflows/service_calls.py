"""How activities call the services: where each listens, the bearer token, refusals vs outages.

A business refusal (Invalid, NotFound, Conflict, InvalidState, Forbidden) becomes a
non-retryable ApplicationError whose type is the service's stable error code, so the workflow
fails at once and callers can branch on it. Anything else (Unavailable, transport failures,
deadlines, an expired token) propagates and Temporal retries it until the service is back.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import grpc
from temporalio import activity
from temporalio.exceptions import ApplicationError

from lotflow.auth import roles_held
from lotflow.errors import Conflict, Forbidden, Invalid, InvalidState, NotFound
from lotflow.grpc_client import Metadata, call_async, on_behalf_of, open_aio_channel
from lotflow.settings import Settings
from workflows.worker_token import WorkerToken

BUSINESS_REFUSALS = (Invalid, NotFound, Conflict, InvalidState, Forbidden)
CLOSE_GRACE_SECONDS = 30.0


class ChannelPool:
    """One channel per service address and event loop, shared by every activity.

    A failure other than a business refusal drops the channel it happened on, so the attempt
    after an outage connects afresh instead of waiting out the reconnect backoff the old
    channel accumulated while the service was down.
    """

    def __init__(self) -> None:
        self._channels: dict[tuple[str, asyncio.AbstractEventLoop], grpc.aio.Channel] = {}
        self._closing: set[asyncio.Task] = set()

    @asynccontextmanager
    async def channel(self, target: str) -> AsyncIterator[grpc.aio.Channel]:
        key = (target, asyncio.get_running_loop())
        channel = self._channels.get(key)
        if channel is None:
            channel = self._channels[key] = open_aio_channel(target)
        try:
            yield channel
        except ApplicationError:
            raise
        except Exception:
            if self._channels.get(key) is channel:
                del self._channels[key]
                # Calls still under way on it (other activities) may finish first.
                closing = asyncio.create_task(channel.close(grace=CLOSE_GRACE_SECONDS))
                self._closing.add(closing)
                closing.add_done_callback(self._closing.discard)
            raise


class ServiceAccess:
    def __init__(
        self,
        target: Callable[[str], str],
        token: Callable[[], str],
        pool: ChannelPool | None = None,
        acting_for: Metadata = (),
    ) -> None:
        self.target = target  # service name -> "host:port"
        self.token = token
        self.pool = pool or ChannelPool()
        self.acting_for = acting_for

    @classmethod
    def from_settings(cls, settings: Settings) -> ServiceAccess:
        return cls(settings.grpc_target, WorkerToken(settings))

    def on_behalf_of(self, user: str, person_roles: Iterable[str], *roles: str) -> ServiceAccess:
        """This access acting for `user` in those of `roles` the person's own token held (none,
        if it held none: the service then refuses the call), for what people decided in tasks
        the inbox authenticated. The worker's own token must hold them beside the delegate role."""
        acting_in = roles_held(person_roles, *roles)
        return ServiceAccess(self.target, self.token, self.pool, on_behalf_of(user, acting_in))

    def channel(self, service: str) -> AbstractAsyncContextManager[grpc.aio.Channel]:
        return self.pool.channel(self.target(service))

    async def call(self, method: Any, request: Any) -> Any:
        try:
            return await call_async(method, request, token=self.token(), acting_for=self.acting_for)
        except BUSINESS_REFUSALS as refusal:
            raise ApplicationError(
                refusal.message, type(refusal).__name__, type=refusal.code, non_retryable=True
            ) from None


def step_request_id(step: str) -> str:
    """The idempotency key of one step of the running workflow: the same on every retry and
    on a second run under the same workflow id, so a service posts each step at most once."""
    return f"{activity.info().workflow_id}:{step}"
