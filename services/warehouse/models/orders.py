"""Reservations and their allocations, inter-site transfers and customer shipments."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.warehouse.models.base import Base


class Reservation(Base):
    __tablename__ = "reservations"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    order_ref: Mapped[str] = mapped_column(String(64), index=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("items.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    need_date: Mapped[date] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(Numeric)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Released: the remainder went back to free stock; nothing more is drawn or moved on it.
    released_by: Mapped[str | None] = mapped_column(String(100))
    released_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Allocation(Base):
    """Stock of one balance held for a reservation; `quantity` is what is still reserved.

    One per reservation, lot and location: a reserved transfer moves (part of) it to the
    destination's allocation, so an issue there draws on exactly one row.
    """

    __tablename__ = "allocations"
    __table_args__ = (
        CheckConstraint("quantity >= 0", name="ck_allocations_not_negative"),
        UniqueConstraint(
            "reservation_id", "lot_id", "location_id", name="uq_allocations_reservation_lot_place"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    reservation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reservations.id"), index=True)
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"), index=True)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[Decimal] = mapped_column(Numeric)
    allocated: Mapped[Decimal] = mapped_column(Numeric)


class Transfer(Base):
    """Stock between sites: left its bin, not yet received at the destination."""

    __tablename__ = "transfers"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"), index=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("items.id"))
    from_location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    to_site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Numeric)
    # The stock's status on the way; lot-wide decisions change it like any balance's.
    stock_status: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    reference_number: Mapped[str | None] = mapped_column(String(64))
    dispatched_by: Mapped[str] = mapped_column(String(100))
    dispatched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    received_location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"))
    received_by: Mapped[str | None] = mapped_column(String(100))
    received_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Shipment(Base):
    __tablename__ = "shipments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    customer: Mapped[str] = mapped_column(String(200))
    ship_to: Mapped[str] = mapped_column(String(300))
    ship_from_site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    order_ref: Mapped[str | None] = mapped_column(String(64))
    shipped_by: Mapped[str] = mapped_column(String(100))
    shipped_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ShipmentLine(Base):
    __tablename__ = "shipment_lines"

    shipment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shipments.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    movement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("movements.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"), index=True)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[Decimal] = mapped_column(Numeric)
    uom: Mapped[str] = mapped_column(String(3))
    base_quantity: Mapped[Decimal] = mapped_column(Numeric)
