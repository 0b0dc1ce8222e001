"""Genealogy: which input lot, how much of it, went into which output lot, by which order."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from services.production.models.base import Base

QUANTITY = Numeric(18, 6)


class GenealogyLink(Base):
    __tablename__ = "genealogy_links"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    input_lot_code: Mapped[str] = mapped_column(String(64), index=True)
    input_item_code: Mapped[str] = mapped_column(String(64))
    output_lot_code: Mapped[str] = mapped_column(String(64), index=True)
    output_item_code: Mapped[str] = mapped_column(String(64))
    # Input consumed, in the input item's base unit.
    quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    uom: Mapped[str] = mapped_column(String(3))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("production_orders.id"), index=True)
    order_number: Mapped[str] = mapped_column(String(64))
    operation_seq: Mapped[int | None] = mapped_column(Integer)
    consumption_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consumptions.id"))
    linked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
