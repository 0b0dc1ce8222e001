"""Lots an order produced: its primary output and its by- and co-products."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from services.production.models.base import Base

QUANTITY = Numeric(18, 6)


class OrderOutput(Base):
    __tablename__ = "order_outputs"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("production_orders.id"), index=True)
    lot_code: Mapped[str] = mapped_column(String(64), index=True)
    item_code: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    uom: Mapped[str] = mapped_column(String(3))
    # primary, by_product or co_product.
    kind: Mapped[str] = mapped_column(String(16))
    location_code: Mapped[str] = mapped_column(String(64))
    # AVAILABLE, or QUARANTINE when quality inspects the item before release.
    status: Mapped[str] = mapped_column(String(16))
    production_date: Mapped[date] = mapped_column(Date)
    expiry_date: Mapped[date | None] = mapped_column(Date)
    produced_by: Mapped[str] = mapped_column(String(100))
    produced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
