"""The bearer token a process presents as itself when it calls the services.

The configured LOTFLOW_SERVICE_TOKEN when set; else a token it signs for itself with the
kernel's signer and signs again well before it expires, so a process that runs for weeks never
calls with a stale token.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from lotflow.auth import issue_token
from lotflow.settings import Settings

TOKEN_TTL_SECONDS = 3600
RENEW_AFTER_SECONDS = TOKEN_TTL_SECONDS // 2


class ServiceToken:
    def __init__(
        self,
        user: str,
        roles: Sequence[str],
        settings: Settings,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._user = user
        self._roles = list(roles)
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
                self._user, self._roles, ttl_seconds=TOKEN_TTL_SECONDS, settings=self._settings
            )
            self._signed_at = now
        return self._token
