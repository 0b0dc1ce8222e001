"""Bills of materials: versioned, valid over dates, with components, approved alternates and
by-/co-products."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
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

QUANTITY = Numeric(18, 6)


class Bom(Base):
    __tablename__ = "boms"
    __table_args__ = (UniqueConstraint("item_code", "version"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    item_code: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    output_quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    output_uom: Mapped[str] = mapped_column(String(3))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    components: Mapped[list[BomComponent]] = relationship(
        back_populates="bom", order_by="BomComponent.line_no"
    )
    outputs: Mapped[list[BomOutput]] = relationship(order_by="BomOutput.item_code")


class BomComponent(Base):
    __tablename__ = "bom_components"
    __table_args__ = (
        UniqueConstraint("bom_id", "line_no"),
        CheckConstraint(
            "scrap_factor >= 0 AND scrap_factor < 1", name="ck_bom_components_scrap_factor"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    bom_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("boms.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    item_code: Mapped[str] = mapped_column(String(64), index=True)
    # Per `output_quantity` of the BOM, in `uom`.
    quantity_per: Mapped[Decimal] = mapped_column(QUANTITY)
    uom: Mapped[str] = mapped_column(String(3))
    # 0 <= scrap_factor < 1: 0.02 plans 2% more than the net need.
    scrap_factor: Mapped[Decimal] = mapped_column(Numeric(7, 6))
    operation_seq: Mapped[int] = mapped_column(Integer)
    issue_policy: Mapped[str] = mapped_column(String(32))

    bom: Mapped[Bom] = relationship(back_populates="components")
    alternates: Mapped[list[BomAlternate]] = relationship(
        order_by="(BomAlternate.priority, BomAlternate.item_code)"
    )


class BomAlternate(Base):
    """An approved alternate of one component: `ratio` alternate units per primary unit."""

    __tablename__ = "bom_alternates"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    component_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bom_components.id"), index=True)
    item_code: Mapped[str] = mapped_column(String(64))
    ratio: Mapped[Decimal] = mapped_column(QUANTITY)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[int] = mapped_column(Integer)
    approved_by: Mapped[str] = mapped_column(String(100))
    approved_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class BomOutput(Base):
    """A by-product or co-product made alongside the BOM's item, per its output quantity."""

    __tablename__ = "bom_outputs"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    bom_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("boms.id"), index=True)
    item_code: Mapped[str] = mapped_column(String(64))
    quantity_per: Mapped[Decimal] = mapped_column(QUANTITY)
    uom: Mapped[str] = mapped_column(String(3))
    kind: Mapped[str] = mapped_column(String(16))
    lot_tracked: Mapped[bool] = mapped_column(Boolean)
