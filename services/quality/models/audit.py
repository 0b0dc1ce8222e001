"""The append-only history of an inspection or a nonconformance: who did what, when and why."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    String,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.quality.models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (
        CheckConstraint(
            "(inspection_id IS NULL) <> (nonconformance_id IS NULL)",
            name="ck_audit_entries_one_subject",
        ),
        Index("ix_audit_entries_inspection_id_position", "inspection_id", "position"),
        Index("ix_audit_entries_nonconformance_id_position", "nonconformance_id", "position"),
    )

    position: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("inspections.id"))
    nonconformance_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("nonconformances.id"))
    action: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(100))
    # The service that relayed the person's step on their behalf (the workflow worker), if any.
    relayed_by: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(String(500))
    # What changed, exactly (decimals as strings).
    details: Mapped[dict[str, Any]] = mapped_column(JSONB)
    recorded_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
