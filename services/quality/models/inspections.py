"""Inspections: the plan snapshot they were opened with, results per characteristic, and the
one lot decision each may receive."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
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
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.quality.models.audit import AuditEntry
from services.quality.models.base import Base


class Inspection(Base):
    __tablename__ = "inspections"
    __table_args__ = (
        CheckConstraint("state IN ('open', 'completed', 'decided')", name="ck_inspections_state"),
        CheckConstraint("result IN ('pass', 'fail')", name="ck_inspections_result"),
        CheckConstraint("quantity > 0", name="ck_inspections_quantity"),
        # At most one inspection per lot and receipt waits for its decision.
        Index(
            "uq_inspections_undecided_lot_receipt",
            "lot_code",
            "receipt_reference",
            unique=True,
            postgresql_where=text("state IN ('open', 'completed')"),
        ),
        Index("ix_inspections_lot_code_position", "lot_code", "position"),
        Index("ix_inspections_state_position", "state", "position"),
        Index("ix_inspections_receipt_reference_position", "receipt_reference", "position"),
        Index("ix_inspections_inspectors", "inspectors", postgresql_using="gin"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # Insertion order, for stable keyset paging.
    position: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    lot_code: Mapped[str] = mapped_column(String(64))
    item_code: Mapped[str] = mapped_column(String(64))
    supplier_code: Mapped[str | None] = mapped_column(String(64))
    receipt_reference: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 6))
    unit: Mapped[str] = mapped_column(String(3))
    state: Mapped[str] = mapped_column(String(16))
    # The plan version that applied when the inspection was opened; its characteristics are
    # copied into the checks so a later plan version never changes a running inspection.
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_plans.id"))
    plan_version: Mapped[int] = mapped_column(Integer)
    plan_supplier_code: Mapped[str | None] = mapped_column(String(64))
    sample_size: Mapped[int] = mapped_column(Integer)
    result: Mapped[str | None] = mapped_column(String(8))
    # Everyone who recorded results or completed it: none of them may decide on the lot.
    inspectors: Mapped[list[str]] = mapped_column(
        ARRAY(String(100)), server_default=text("'{}'::varchar[]")
    )
    opened_by: Mapped[str] = mapped_column(String(100))
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    completed_by: Mapped[str | None] = mapped_column(String(100))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    checks: Mapped[list[InspectionCheck]] = relationship(order_by="InspectionCheck.position")
    decision: Mapped[LotDecision | None] = relationship(uselist=False)
    history: Mapped[list[AuditEntry]] = relationship(order_by=AuditEntry.position)


class InspectionCheck(Base):
    """One snapshotted characteristic and, once recorded, its result."""

    __tablename__ = "inspection_checks"
    __table_args__ = (
        UniqueConstraint("inspection_id", "position"),
        UniqueConstraint("inspection_id", "name"),
        CheckConstraint("kind IN ('numeric', 'attribute')", name="ck_inspection_checks_kind"),
        CheckConstraint("result IN ('pass', 'fail')", name="ck_inspection_checks_result"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    lower_limit: Mapped[Decimal | None] = mapped_column(Numeric(24, 9))
    upper_limit: Mapped[Decimal | None] = mapped_column(Numeric(24, 9))
    unit: Mapped[str | None] = mapped_column(String(3))
    measured_value: Mapped[Decimal | None] = mapped_column(Numeric(24, 9))
    passed: Mapped[bool | None] = mapped_column(Boolean)
    result: Mapped[str | None] = mapped_column(String(8))
    recorded_by: Mapped[str | None] = mapped_column(String(100))
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LotDecision(Base):
    __tablename__ = "lot_decisions"
    __table_args__ = (
        CheckConstraint(
            "decision IN ('release', 'reject', 'partial')", name="ck_lot_decisions_decision"
        ),
        CheckConstraint(
            "accepted_quantity >= 0 AND rejected_quantity >= 0", name="ck_lot_decisions_quantities"
        ),
        # Skip-lot reads a supplier's latest decisions on an item.
        Index("ix_lot_decisions_item_supplier_position", "item_code", "supplier_code", "position"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    position: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    # One decision per inspection.
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), unique=True)
    lot_code: Mapped[str] = mapped_column(String(64))
    item_code: Mapped[str] = mapped_column(String(64))
    supplier_code: Mapped[str | None] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(16))
    accepted_quantity: Mapped[Decimal] = mapped_column(Numeric(18, 6))
    rejected_quantity: Mapped[Decimal] = mapped_column(Numeric(18, 6))
    unit: Mapped[str] = mapped_column(String(3))
    override_failed_result: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(String(500))
    decided_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # The NCR opened for the rejected quantity, in the same transaction.
    nonconformance_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("nonconformances.id"))
