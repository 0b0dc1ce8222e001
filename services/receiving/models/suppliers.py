"""Suppliers and the items each is approved to deliver, with what a receipt must carry."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.receiving.models.base import Base

if TYPE_CHECKING:
    from services.receiving.models.lot_codes import LotCodeRule


def _flag() -> Mapped[bool]:
    return mapped_column(Boolean, default=False, server_default=false())


class Supplier(Base):
    __tablename__ = "suppliers"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    gln: Mapped[str | None] = mapped_column(String(13), unique=True)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    # The supplier labels its lots with FSMA 204 traceability lot codes that receiving keeps.
    assigns_traceability_lot_codes: Mapped[bool] = _flag()
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    approved_items: Mapped[list[SupplierItem]] = relationship(
        back_populates="supplier", order_by="SupplierItem.item_code"
    )


class SupplierItem(Base):
    """An item the supplier is approved to deliver; the item is referenced, not owned, here."""

    __tablename__ = "supplier_items"
    __table_args__ = (
        UniqueConstraint("supplier_id", "item_code"),
        CheckConstraint(
            "min_shelf_life_days IS NULL OR min_shelf_life_percent IS NULL",
            name="ck_supplier_items_one_shelf_life_minimum",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    supplier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("suppliers.id"))
    item_code: Mapped[str] = mapped_column(String(64))
    gtin: Mapped[str | None] = mapped_column(String(14))
    # The product as this supplier ships it: the FSMA 204 product description of its receipts.
    description: Mapped[str | None] = mapped_column(String(200))
    requires_supplier_lot: Mapped[bool] = _flag()
    requires_expiry_date: Mapped[bool] = _flag()
    requires_production_date: Mapped[bool] = _flag()
    requires_certificate_of_analysis: Mapped[bool] = _flag()
    # The shelf life a receipt must have left: days to expiry, or percent of the whole.
    min_shelf_life_days: Mapped[int | None] = mapped_column(Integer)
    min_shelf_life_percent: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    # Assigns this item's lot codes; none means the default rule.
    lot_code_rule_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lot_code_rules.id"))
    approved_by: Mapped[str] = mapped_column(String(100))
    approved_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )

    supplier: Mapped[Supplier] = relationship(back_populates="approved_items")
    lot_code_rule: Mapped[LotCodeRule | None] = relationship()
