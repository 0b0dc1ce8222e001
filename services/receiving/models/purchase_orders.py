"""Purchase orders and their lines."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.receiving.models.base import Base
from services.receiving.models.suppliers import Supplier


class PurchaseOrder(Base):
    __tablename__ = "purchase_orders"
    __table_args__ = (
        CheckConstraint(
            "status IN ('open', 'closed', 'cancelled')", name="ck_purchase_orders_status"
        ),
        Index("ix_purchase_orders_supplier_id_number", "supplier_id", "number"),
        Index("ix_purchase_orders_status_number", "status", "number"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    supplier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("suppliers.id"))
    # The site it is delivered to (a warehouse site code); None: any site's dock receives it.
    ship_to_site: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    cancelled_by: Mapped[str | None] = mapped_column(String(100))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cancel_reason: Mapped[str | None] = mapped_column(String(500))
    # Set when the last line is received within tolerance and the order closes itself.
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    supplier: Mapped[Supplier] = relationship()
    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="purchase_order", order_by="PurchaseOrderLine.line_number"
    )


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_lines"
    __table_args__ = (
        UniqueConstraint("purchase_order_id", "line_number"),
        CheckConstraint("quantity > 0", name="ck_purchase_order_lines_quantity_positive"),
        CheckConstraint(
            "received_quantity >= 0", name="ck_purchase_order_lines_received_not_negative"
        ),
        CheckConstraint(
            "over_tolerance_percent BETWEEN 0 AND 100 "
            "AND under_tolerance_percent BETWEEN 0 AND 100",
            name="ck_purchase_order_lines_tolerance_percent",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    purchase_order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("purchase_orders.id"))
    line_number: Mapped[int] = mapped_column(Integer)
    item_code: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 6))
    unit: Mapped[str] = mapped_column(String(3))
    over_tolerance_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    under_tolerance_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    due_date: Mapped[date] = mapped_column(Date)
    # Sum of the quantities received against this line, converted exactly to the line's unit
    # (2.5 LBR on a KGM line is 1.133980925 KGM, hence twelve decimals).
    received_quantity: Mapped[Decimal] = mapped_column(Numeric(30, 12), default=Decimal(0))

    purchase_order: Mapped[PurchaseOrder] = relationship(back_populates="lines")
