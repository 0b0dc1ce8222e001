"""Work centers and the scrap reasons defined at each."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Numeric,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.production.models.base import Base


class WorkCenter(Base):
    __tablename__ = "work_centers"
    __table_args__ = (
        CheckConstraint(
            "(capacity_per_hour IS NULL) = (capacity_uom IS NULL)",
            name="ck_work_centers_capacity_with_uom",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    site_code: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    capacity_per_hour: Mapped[Decimal | None] = mapped_column(Numeric(15, 3))
    capacity_uom: Mapped[str | None] = mapped_column(String(3))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    scrap_reasons: Mapped[list[ScrapReason]] = relationship(
        back_populates="work_center", order_by="ScrapReason.reason_code"
    )


class ScrapReason(Base):
    """A reason code usable when scrapping at one work center; kept forever for history."""

    __tablename__ = "scrap_reasons"
    __table_args__ = (UniqueConstraint("work_center_id", "reason_code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    work_center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_centers.id"))
    reason_code: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    defined_by: Mapped[str] = mapped_column(String(100))
    defined_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    deactivated_by: Mapped[str | None] = mapped_column(String(100))
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    work_center: Mapped[WorkCenter] = relationship(back_populates="scrap_reasons")
