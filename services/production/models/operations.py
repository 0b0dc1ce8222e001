"""What the floor recorded at an order's operations, one row per start, report or completion."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Integer, Numeric, String, func
from sqlalchemy.orm import Mapped, mapped_column

from services.production.models.base import Base

QUANTITY = Numeric(18, 6)


class OperationReport(Base):
    __tablename__ = "operation_reports"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    order_operation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("order_operations.id"), index=True
    )
    # start, report or complete.
    kind: Mapped[str] = mapped_column(String(16))
    good: Mapped[Decimal] = mapped_column(QUANTITY, default=Decimal(0))
    scrap: Mapped[Decimal] = mapped_column(QUANTITY, default=Decimal(0))
    scrap_reason_code: Mapped[str | None] = mapped_column(String(64))
    rework: Mapped[Decimal] = mapped_column(QUANTITY, default=Decimal(0))
    rework_to_seq: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(500))
    reported_by: Mapped[str] = mapped_column(String(100))
    reported_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), index=True
    )
