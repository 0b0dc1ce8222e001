"""Routings: the versioned sequence of operations that makes an item, each at a work center."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.production.models.base import Base


class Routing(Base):
    __tablename__ = "routings"
    __table_args__ = (UniqueConstraint("item_code", "version"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    item_code: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    operations: Mapped[list[RoutingOperation]] = relationship(order_by="RoutingOperation.seq")


class RoutingOperation(Base):
    __tablename__ = "routing_operations"
    __table_args__ = (UniqueConstraint("routing_id", "seq"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    routing_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("routings.id"))
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(64))
    work_center_code: Mapped[str] = mapped_column(String(64))
    setup_minutes: Mapped[Decimal] = mapped_column(Numeric(12, 3))
    run_minutes_per_unit: Mapped[Decimal] = mapped_column(Numeric(12, 6))
    reworkable: Mapped[bool] = mapped_column(Boolean)
    rework_to_seq: Mapped[int | None] = mapped_column(Integer)
