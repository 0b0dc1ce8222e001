"""Recall tables (SQLAlchemy 2 typed models)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Recall(Base):
    __tablename__ = "recalls"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    recall_number: Mapped[str] = mapped_column(String(64), unique=True)
    reason: Mapped[str] = mapped_column(Text)
    classification: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16), index=True)
    coordinator: Mapped[str] = mapped_column(String(100))
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    cancelled_by: Mapped[str | None] = mapped_column(String(100))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closing_summary: Mapped[str | None] = mapped_column(Text)
    closed_by: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    scope: Mapped[list[RecallScopeLot]] = relationship(order_by="RecallScopeLot.position")


class RecallScopeLot(Base):
    """One lot named in a recall's scope, in the order the coordinator gave them."""

    __tablename__ = "recall_scope_lots"

    recall_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("recalls.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    lot_code: Mapped[str] = mapped_column(String(100), index=True)
    item_code: Mapped[str | None] = mapped_column(String(64))
