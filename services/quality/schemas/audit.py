"""One entry of an inspection's or a nonconformance's history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

from services.quality.domain.audit import AuditAction


class AuditEntryView(BaseModel):
    action: AuditAction
    actor: str
    # The service that recorded the step on the actor's behalf, if the actor did not call.
    relayed_by: str | None = None
    reason: str | None = None
    # What the step changed; decimals are strings.
    details: dict[str, Any]
    recorded_at: datetime
