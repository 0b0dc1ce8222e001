"""Production orders, their material lines, operations, history and substitutions."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

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
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.production.models.base import Base

QUANTITY = Numeric(18, 6)


def _zero() -> Mapped[Decimal]:
    return mapped_column(QUANTITY, default=Decimal(0))


class ProductionOrder(Base):
    __tablename__ = "production_orders"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    item_code: Mapped[str] = mapped_column(String(64), index=True)
    quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    uom: Mapped[str] = mapped_column(String(3))
    due_date: Mapped[date] = mapped_column(Date)
    site_code: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    # Frozen at release; null while planned.
    bom_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("boms.id"))
    routing_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("routings.id"))
    output_lot_code: Mapped[str | None] = mapped_column(String(64), unique=True)
    output_location_code: Mapped[str] = mapped_column(String(64))
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    blocked_reason: Mapped[str | None] = mapped_column(String(500))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    released_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)

    materials: Mapped[list[OrderMaterial]] = relationship(order_by="OrderMaterial.line_no")
    operations: Mapped[list[OrderOperation]] = relationship(order_by="OrderOperation.seq")
    events: Mapped[list[OrderEvent]] = relationship(order_by="(OrderEvent.at, OrderEvent.id)")


class OrderMaterial(Base):
    __tablename__ = "order_materials"
    __table_args__ = (UniqueConstraint("order_id", "line_no"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("production_orders.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    bom_component_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("bom_components.id"))
    item_code: Mapped[str] = mapped_column(String(64))
    # The item's base unit in the warehouse: every quantity of the line is in it.
    uom: Mapped[str] = mapped_column(String(3))
    required_quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    operation_seq: Mapped[int] = mapped_column(Integer)
    issue_policy: Mapped[str] = mapped_column(String(32))
    line_side_location_code: Mapped[str] = mapped_column(String(64))
    reservation_id: Mapped[str | None] = mapped_column(String(64))
    staged_quantity: Mapped[Decimal] = _zero()
    consumed_quantity: Mapped[Decimal] = _zero()
    substitutes_line_no: Mapped[int | None] = mapped_column(Integer)
    ratio: Mapped[Decimal | None] = mapped_column(QUANTITY)
    status: Mapped[str] = mapped_column(String(16))


class OrderOperation(Base):
    __tablename__ = "order_operations"
    __table_args__ = (UniqueConstraint("order_id", "seq"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("production_orders.id"))
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(64))
    work_center_code: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16))
    received_quantity: Mapped[Decimal] = _zero()
    good_quantity: Mapped[Decimal] = _zero()
    scrap_quantity: Mapped[Decimal] = _zero()
    rework_out_quantity: Mapped[Decimal] = _zero()
    rework_in_quantity: Mapped[Decimal] = _zero()
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_event_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    started_by: Mapped[str | None] = mapped_column(String(100))


class OrderEvent(Base):
    """One entry of an order's history, as GetOrder shows it."""

    __tablename__ = "order_events"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("production_orders.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(JSONB)
    actor: Mapped[str] = mapped_column(String(100))


class Substitution(Base):
    __tablename__ = "substitutions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("production_orders.id"), index=True)
    # The primary line the substitute stands in for.
    line_no: Mapped[int] = mapped_column(Integer)
    substitute_item_code: Mapped[str] = mapped_column(String(64))
    ratio: Mapped[Decimal] = mapped_column(QUANTITY)
    # Of the substitute, in its base unit.
    quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    reason: Mapped[str] = mapped_column(String(500))
    requested_by: Mapped[str] = mapped_column(String(100))
    decided_by: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16))
    workflow_id: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
