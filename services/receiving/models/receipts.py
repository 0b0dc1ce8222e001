"""Receipts against purchase order lines, and returns of received goods to the supplier."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Numeric, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.receiving.models.base import Base
from services.receiving.models.lot_codes import ReceivedLot
from services.receiving.models.purchase_orders import PurchaseOrder, PurchaseOrderLine
from services.receiving.models.suppliers import Supplier


class Receipt(Base):
    __tablename__ = "receipts"
    __table_args__ = (
        CheckConstraint(
            "status IN ('recorded', 'accepted', 'partially_accepted', 'rejected', 'failed')",
            name="ck_receipts_status",
        ),
        CheckConstraint("quantity > 0", name="ck_receipts_quantity_positive"),
        CheckConstraint(
            "returned_quantity BETWEEN 0 AND quantity", name="ck_receipts_returned_within_received"
        ),
        CheckConstraint(
            "(status IN ('recorded', 'failed')) = (accepted_quantity IS NULL) "
            "AND (accepted_quantity IS NULL) = (rejected_quantity IS NULL) "
            "AND (accepted_quantity IS NULL OR accepted_quantity + rejected_quantity = quantity)",
            name="ck_receipts_outcome_adds_up",
        ),
        CheckConstraint(
            "(status = 'failed') = (failure_reason IS NOT NULL AND failed_step IS NOT NULL)",
            name="ck_receipts_failure_explained",
        ),
        Index("ix_receipts_recorded_at_id", "recorded_at", "id"),
        Index("ix_receipts_purchase_order_id", "purchase_order_id"),
        Index("ix_receipts_supplier_id", "supplier_id"),
        Index("ix_receipts_lot_id", "lot_id"),
        Index("ix_receipts_status", "status"),
    )
    # recorded_at comes from the database clock: RETURNING hands it back with the INSERT
    # instead of a second SELECT when the view reads it.
    __mapper_args__ = {"eager_defaults": True}

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    purchase_order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("purchase_orders.id"))
    purchase_order_line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("purchase_order_lines.id"))
    supplier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("suppliers.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("received_lots.id"))
    status: Mapped[str] = mapped_column(String(24))
    # As received, in the unit the receiver counted in.
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 6))
    unit: Mapped[str] = mapped_column(String(3))
    # The same quantity in the order line's unit, exactly.
    line_quantity: Mapped[Decimal] = mapped_column(Numeric(30, 12))
    supplier_lot: Mapped[str | None] = mapped_column(String(20))
    expiry_date: Mapped[date | None] = mapped_column(Date)
    production_date: Mapped[date | None] = mapped_column(Date)
    serial_number: Mapped[str | None] = mapped_column(String(20))
    sscc: Mapped[str | None] = mapped_column(String(18))
    gtin: Mapped[str | None] = mapped_column(String(14))
    certificate_of_analysis: Mapped[str | None] = mapped_column(String(200))
    receiving_location: Mapped[str] = mapped_column(String(64))
    previous_source_location: Mapped[str] = mapped_column(String(500))
    reference_document_type: Mapped[str] = mapped_column(String(32))
    reference_document_number: Mapped[str] = mapped_column(String(100))
    product_description: Mapped[str] = mapped_column(String(200))
    # The raw GS1 scan exactly as the scanner sent it.
    scan: Mapped[str | None] = mapped_column(String(2000))
    received_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    accepted_quantity: Mapped[Decimal | None] = mapped_column(Numeric(18, 6))
    rejected_quantity: Mapped[Decimal | None] = mapped_column(Numeric(18, 6))
    outcome_reason: Mapped[str | None] = mapped_column(String(500))
    inspection_reference: Mapped[str | None] = mapped_column(String(100))
    outcome_recorded_by: Mapped[str | None] = mapped_column(String(100))
    outcome_recorded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    returned_quantity: Mapped[Decimal] = mapped_column(Numeric(18, 6), default=Decimal(0))
    # While failed: the inbound workflow's step that could not go on (its BPMN element), why.
    failed_step: Mapped[str | None] = mapped_column(String(100))
    failure_reason: Mapped[str | None] = mapped_column(String(500))
    failed_by: Mapped[str | None] = mapped_column(String(100))
    failed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Set when the goods were taken in only to go back to the supplier: posted REJECTED.
    accepted_for_return_reason: Mapped[str | None] = mapped_column(String(500))

    purchase_order: Mapped[PurchaseOrder] = relationship()
    line: Mapped[PurchaseOrderLine] = relationship()
    supplier: Mapped[Supplier] = relationship()
    lot: Mapped[ReceivedLot] = relationship()
    returns: Mapped[list[SupplierReturn]] = relationship(
        back_populates="receipt", order_by="SupplierReturn.returned_at"
    )


class SupplierReturn(Base):
    """Goods of a receipt sent back to the supplier, in the receipt's unit."""

    __tablename__ = "supplier_returns"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="ck_supplier_returns_quantity_positive"),
        Index("ix_supplier_returns_receipt_id", "receipt_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    receipt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("receipts.id"))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 6))
    reason: Mapped[str] = mapped_column(String(500))
    reference_document_type: Mapped[str | None] = mapped_column(String(32))
    reference_document_number: Mapped[str | None] = mapped_column(String(100))
    returned_by: Mapped[str] = mapped_column(String(100))
    returned_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )

    receipt: Mapped[Receipt] = relationship(back_populates="returns")
