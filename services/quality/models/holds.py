"""Holds on lots: they stack, and each is released on its own."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, DateTime, Identity, Index, String, func, text
from sqlalchemy.orm import Mapped, mapped_column

from services.quality.models.base import Base


class Hold(Base):
    __tablename__ = "holds"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'released')", name="ck_holds_status"),
        CheckConstraint(
            "source IN ('inspection', 'deviation', 'complaint', 'recall')", name="ck_holds_source"
        ),
        # The quality status of a lot reads its active holds.
        Index(
            "ix_holds_active_lot_code",
            "lot_code",
            postgresql_where=text("status = 'active'"),
        ),
        Index("ix_holds_lot_code_position", "lot_code", "position"),
        Index("ix_holds_source_reference_position", "source_reference", "position"),
        # One active hold per lot and originating document (e.g. a recall holds a lot once).
        Index(
            "uq_holds_active_lot_source_reference",
            "lot_code",
            "source",
            "source_reference",
            unique=True,
            postgresql_where=text("status = 'active' AND source_reference IS NOT NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # Insertion order, for stable keyset paging.
    position: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    lot_code: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    source_reference: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(500))
    placed_by: Mapped[str] = mapped_column(String(100))
    # The role that placed the hold and answers for it: it alone lifts it (or an override).
    authority: Mapped[str] = mapped_column(String(64))
    placed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    released_by: Mapped[str | None] = mapped_column(String(100))
    released_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    release_reason: Mapped[str | None] = mapped_column(String(500))
