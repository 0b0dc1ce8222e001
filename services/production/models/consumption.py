"""Material consumed by an order: one row per lot issued, manual or by backflush."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from services.production.models.base import Base

QUANTITY = Numeric(18, 6)


class Consumption(Base):
    __tablename__ = "consumptions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("production_orders.id"), index=True)
    operation_seq: Mapped[int] = mapped_column(Integer)
    order_material_line_no: Mapped[int] = mapped_column(Integer)
    lot_code: Mapped[str] = mapped_column(String(64), index=True)
    item_code: Mapped[str] = mapped_column(String(64))
    # In the material line's (the item's base) unit.
    quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    uom: Mapped[str] = mapped_column(String(3))
    # manual or backflush.
    method: Mapped[str] = mapped_column(String(16))
    standard_quantity: Mapped[Decimal | None] = mapped_column(QUANTITY)
    variance_quantity: Mapped[Decimal | None] = mapped_column(QUANTITY)
    variance_reason: Mapped[str | None] = mapped_column(String(500))
    warehouse_movement_id: Mapped[str] = mapped_column(String(64))
    consumed_by: Mapped[str] = mapped_column(String(100))
    consumed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
