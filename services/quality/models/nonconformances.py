"""Nonconformance reports and the quantities decided for each disposition."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.quality.models.audit import AuditEntry
from services.quality.models.base import Base


class Nonconformance(Base):
    __tablename__ = "nonconformances"
    __table_args__ = (
        CheckConstraint(
            "state IN ('open', 'dispositioned', 'closed')", name="ck_nonconformances_state"
        ),
        CheckConstraint(
            "severity IN ('minor', 'major', 'critical')", name="ck_nonconformances_severity"
        ),
        CheckConstraint("quantity > 0", name="ck_nonconformances_quantity"),
        Index("ix_nonconformances_lot_code_position", "lot_code", "position"),
        Index("ix_nonconformances_state_position", "state", "position"),
        Index("ix_nonconformances_source_inspection_id", "source_inspection_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # Insertion order: keyset paging, and the human number NCR-000042.
    position: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    lot_code: Mapped[str] = mapped_column(String(64))
    item_code: Mapped[str] = mapped_column(String(64))
    supplier_code: Mapped[str | None] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(2000))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 6))
    unit: Mapped[str] = mapped_column(String(3))
    severity: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    source_inspection_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("inspections.id"))
    opened_by: Mapped[str] = mapped_column(String(100))
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    disposition_reason: Mapped[str | None] = mapped_column(String(500))
    dispositioned_by: Mapped[str | None] = mapped_column(String(100))
    dispositioned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    close_reason: Mapped[str | None] = mapped_column(String(500))
    closed_by: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    dispositions: Mapped[list[NonconformanceDisposition]] = relationship(
        order_by="NonconformanceDisposition.position"
    )
    history: Mapped[list[AuditEntry]] = relationship(order_by=AuditEntry.position)


class NonconformanceDisposition(Base):
    __tablename__ = "nonconformance_dispositions"
    __table_args__ = (
        UniqueConstraint("nonconformance_id", "disposition"),
        UniqueConstraint("nonconformance_id", "position"),
        CheckConstraint(
            "disposition IN ('use_as_is', 'rework', 'scrap', 'return_to_supplier')",
            name="ck_nonconformance_dispositions_disposition",
        ),
        CheckConstraint("quantity > 0", name="ck_nonconformance_dispositions_quantity"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    nonconformance_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("nonconformances.id"))
    position: Mapped[int] = mapped_column(Integer)
    disposition: Mapped[str] = mapped_column(String(24))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 6))
