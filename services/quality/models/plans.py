"""Inspection plans and their characteristics, versioned per item and supplier."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.quality.models.base import Base


class InspectionPlan(Base):
    """One version of the plan for an item, from one supplier or (supplier_code NULL) from any."""

    __tablename__ = "inspection_plans"
    __table_args__ = (
        UniqueConstraint(
            "item_code",
            "supplier_code",
            "version",
            name="uq_inspection_plans_item_supplier_version",
            postgresql_nulls_not_distinct=True,
        ),
        CheckConstraint("sample_size >= 1", name="ck_inspection_plans_sample_size"),
        CheckConstraint("skip_lot_after >= 0", name="ck_inspection_plans_skip_lot_after"),
        CheckConstraint(
            "skip_lot_inspect_one_in >= 2", name="ck_inspection_plans_skip_lot_inspect_one_in"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    item_code: Mapped[str] = mapped_column(String(64))
    supplier_code: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    sample_size: Mapped[int] = mapped_column(Integer)
    skip_lot_after: Mapped[int] = mapped_column(Integer)
    skip_lot_inspect_one_in: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    characteristics: Mapped[list[InspectionCharacteristic]] = relationship(
        order_by="InspectionCharacteristic.position"
    )


class InspectionCharacteristic(Base):
    __tablename__ = "inspection_characteristics"
    __table_args__ = (
        UniqueConstraint("plan_id", "position"),
        UniqueConstraint("plan_id", "name"),
        CheckConstraint(
            "kind IN ('numeric', 'attribute')", name="ck_inspection_characteristics_kind"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_plans.id"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    lower_limit: Mapped[Decimal | None] = mapped_column(Numeric(24, 9))
    upper_limit: Mapped[Decimal | None] = mapped_column(Numeric(24, 9))
    unit: Mapped[str | None] = mapped_column(String(3))
