"""Lot-code rules, their per-day sequences, and the lots (TLCs) receiving has kept or assigned."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.receiving.models.base import Base
from services.receiving.models.suppliers import Supplier


class LotCodeRule(Base):
    __tablename__ = "lot_code_rules"
    __table_args__ = (
        # At most one default rule; migration 0002 creates it.
        Index(
            "uq_lot_code_rules_default",
            "is_default",
            unique=True,
            postgresql_where=text("is_default"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    pattern: Mapped[str] = mapped_column(String(60))
    site_prefix: Mapped[str] = mapped_column(String(10))
    # The site's IANA time zone: which day a receipt falls on, for the code and the KDE.
    time_zone: Mapped[str] = mapped_column(String(64))
    is_default: Mapped[bool] = mapped_column(Boolean)
    defined_by: Mapped[str] = mapped_column(String(100))
    defined_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class LotCodeSequence(Base):
    """The last sequence number a rule handed out on a day."""

    __tablename__ = "lot_code_sequences"

    rule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lot_code_rules.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer)


class ReceivedLot(Base):
    """A traceability lot of an item: one per supplier lot, or one per receipt without one."""

    __tablename__ = "received_lots"
    __table_args__ = (
        UniqueConstraint("item_code", "lot_code", name="uq_received_lots_item_code_lot_code"),
        Index(
            "uq_received_lots_supplier_item_supplier_lot",
            "supplier_id",
            "item_code",
            "supplier_lot",
            unique=True,
            postgresql_where=text("supplier_lot IS NOT NULL"),
        ),
        Index("ix_received_lots_lot_code", "lot_code"),
        CheckConstraint(
            "tlc_source IN ('supplier', 'assigned')", name="ck_received_lots_tlc_source"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    item_code: Mapped[str] = mapped_column(String(64))
    # The traceability lot code (TLC).
    lot_code: Mapped[str] = mapped_column(String(20))
    tlc_source: Mapped[str] = mapped_column(String(16))
    # Where the TLC was assigned (FSMA 204 "TLC source location"), or a reference to it.
    tlc_source_location: Mapped[str] = mapped_column(String(500))
    tlc_source_reference: Mapped[str | None] = mapped_column(String(500))
    supplier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("suppliers.id"))
    supplier_lot: Mapped[str | None] = mapped_column(String(20))
    expiry_date: Mapped[date | None] = mapped_column(Date)
    production_date: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    supplier: Mapped[Supplier] = relationship()
