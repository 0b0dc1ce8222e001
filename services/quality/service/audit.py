"""Append a step to an inspection's or a nonconformance's history."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from services.quality.domain.audit import AuditAction
from services.quality.models import AuditEntry


def record_step(
    session: Session,
    *,
    action: AuditAction,
    actor: Principal,
    details: dict[str, Any],
    reason: str | None = None,
    inspection_id: uuid.UUID | None = None,
    nonconformance_id: uuid.UUID | None = None,
) -> None:
    session.add(
        AuditEntry(
            inspection_id=inspection_id,
            nonconformance_id=nonconformance_id,
            action=action.value,
            actor=actor.user,
            relayed_by=actor.via,
            reason=reason,
            details=details,
        )
    )
