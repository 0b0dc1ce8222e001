"""History entries as callers see them."""

from __future__ import annotations

from services.quality.domain.audit import AuditAction
from services.quality.models import AuditEntry
from services.quality.schemas.audit import AuditEntryView


def audit_entry_view(entry: AuditEntry) -> AuditEntryView:
    return AuditEntryView(
        action=AuditAction(entry.action),
        actor=entry.actor,
        relayed_by=entry.relayed_by,
        reason=entry.reason,
        details=entry.details,
        recorded_at=entry.recorded_at,
    )
