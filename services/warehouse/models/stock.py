"""Lots, holds, balances and the append-only movement ledger.

A balance is keyed by lot x location x status and changes only in the transaction that appends
the postings explaining the change, so for every key `qty` equals the sum of its postings'
`qty_delta` and `reserved` the sum of their `reserved_delta`. The CHECK constraints are the last
line of defence behind the guarded updates.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Numeric,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.warehouse.models.base import Base


class Lot(Base):
    __tablename__ = "lots"
    __table_args__ = (UniqueConstraint("item_id", "code", name="uq_lots_item_code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # The traceability lot code (TLC).
    code: Mapped[str] = mapped_column(String(64), index=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("items.id"))
    supplier: Mapped[str | None] = mapped_column(String(100))
    supplier_lot: Mapped[str | None] = mapped_column(String(64))
    production_date: Mapped[date | None] = mapped_column(Date)
    expiry_date: Mapped[date | None] = mapped_column(Date)
    origin: Mapped[str] = mapped_column(String(16))
    # FSMA 204: where the TLC was assigned (location or reference), sent on with shipments.
    tlc_source: Mapped[str | None] = mapped_column(String(200))
    attributes: Mapped[dict] = mapped_column(JSONB, default=dict)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class LotHold(Base):
    """One active or lifted hold; a lot is held while any of its holds is active."""

    __tablename__ = "lot_holds"
    __table_args__ = (UniqueConstraint("lot_id", "hold_ref", name="uq_lot_holds_lot_ref"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"))
    # The caller's own id for the hold (a quality hold, a recall), so each lifts only its own.
    hold_ref: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(200))
    placed_by: Mapped[str] = mapped_column(String(100))
    placed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    lifted_by: Mapped[str | None] = mapped_column(String(100))
    lifted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class StockBalance(Base):
    __tablename__ = "stock_balances"
    __table_args__ = (
        CheckConstraint("qty >= 0", name="ck_stock_balances_qty_not_negative"),
        CheckConstraint("reserved >= 0", name="ck_stock_balances_reserved_not_negative"),
        CheckConstraint("reserved <= qty", name="ck_stock_balances_reserved_within_qty"),
        CheckConstraint("reserved = 0 OR status = 'AVAILABLE'", name="ck_reserved_only_available"),
    )

    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"), primary_key=True)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("items.id"), index=True)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    qty: Mapped[Decimal] = mapped_column(Numeric)
    reserved: Mapped[Decimal] = mapped_column(Numeric)


class Movement(Base):
    """One entry of the append-only ledger, as the user posted it; corrections are new ones.

    No foreign keys: each would lock the referenced lot/location row on every insert of the hot
    path, and the ids come from rows the same transaction has just read (nothing is ever deleted).
    """

    __tablename__ = "movements"
    __table_args__ = (Index("ix_movements_lot_seq", "lot_id", "seq"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), unique=True)
    type: Mapped[str] = mapped_column(String(24))
    lot_id: Mapped[uuid.UUID] = mapped_column()
    item_id: Mapped[uuid.UUID] = mapped_column()
    quantity: Mapped[Decimal] = mapped_column(Numeric)
    uom: Mapped[str] = mapped_column(String(3))
    base_quantity: Mapped[Decimal] = mapped_column(Numeric)
    from_location_id: Mapped[uuid.UUID | None] = mapped_column()
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_location_id: Mapped[uuid.UUID | None] = mapped_column()
    to_status: Mapped[str | None] = mapped_column(String(16))
    reason_code: Mapped[str | None] = mapped_column(String(64))
    reference_type: Mapped[str | None] = mapped_column(String(32))
    reference_number: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(String(500))
    # Set when expired stock was disposed of or returned under the audited override.
    expiry_override_reason: Mapped[str | None] = mapped_column(String(200))
    reservation_id: Mapped[uuid.UUID | None] = mapped_column()
    transfer_id: Mapped[uuid.UUID | None] = mapped_column()
    shipment_id: Mapped[uuid.UUID | None] = mapped_column()
    request_id: Mapped[str] = mapped_column(String(200))
    actor: Mapped[str] = mapped_column(String(100))
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Posting(Base):
    """A movement's effect on one balance key."""

    __tablename__ = "postings"
    __table_args__ = (Index("ix_postings_key", "lot_id", "location_id", "status"),)

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    movement_id: Mapped[uuid.UUID] = mapped_column(index=True)
    lot_id: Mapped[uuid.UUID] = mapped_column()
    location_id: Mapped[uuid.UUID] = mapped_column()
    status: Mapped[str] = mapped_column(String(16))
    qty_delta: Mapped[Decimal] = mapped_column(Numeric)
    reserved_delta: Mapped[Decimal] = mapped_column(Numeric)
