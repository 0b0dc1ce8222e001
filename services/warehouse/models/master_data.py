"""Items, their pack conversions, the location tree and putaway rules."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, Numeric, String, func
from sqlalchemy.orm import Mapped, mapped_column

from services.warehouse.models.base import Base


class Item(Base):
    __tablename__ = "items"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    description: Mapped[str] = mapped_column(String(200))
    base_uom: Mapped[str] = mapped_column(String(3))
    item_class: Mapped[str | None] = mapped_column(String(64))
    lot_controlled: Mapped[bool] = mapped_column(Boolean, default=True)
    shelf_life_days: Mapped[int | None] = mapped_column(Integer)
    storage_condition: Mapped[str | None] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ItemUnit(Base):
    """One pack (or other non-physical) unit of an item: 1 `uom` = `factor` base units."""

    __tablename__ = "item_units"

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("items.id"), primary_key=True)
    uom: Mapped[str] = mapped_column(String(3), primary_key=True)
    factor: Mapped[Decimal] = mapped_column(Numeric)


class Location(Base):
    __tablename__ = "locations"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str | None] = mapped_column(String(16))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"), index=True)
    # The site at the root of this location's branch (itself for a site): stock by site and
    # the site's time zone are one lookup away.
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"), index=True)
    # IANA name; set on sites only. Expiry is judged on the site's local calendar day.
    time_zone: Mapped[str | None] = mapped_column(String(64))
    legal_entity: Mapped[str | None] = mapped_column(String(100))
    capacity: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class PutawayRule(Base):
    """Stock matching every criterion set here goes to a bin of `zone_id`."""

    __tablename__ = "putaway_rules"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    priority: Mapped[int] = mapped_column(Integer)
    zone_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("items.id"))
    item_class: Mapped[str | None] = mapped_column(String(64))
    storage_condition: Mapped[str | None] = mapped_column(String(64))
    stock_status: Mapped[str | None] = mapped_column(String(16))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
