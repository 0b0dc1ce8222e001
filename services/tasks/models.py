"""The projection's tables: one row per task (its latest snapshot) and its history.

Rows are written only by recorded task events; the workflow that owns a task is the source of
truth, and the projection can be rebuilt from the events its activities send.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    String,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint(
            "state IN ('open', 'claimed', 'completed', 'cancelled')", name="ck_tasks_state"
        ),
        # "Which tasks may my groups see": array overlap.
        Index("ix_tasks_candidate_groups", "candidate_groups", postgresql_using="gin"),
        Index("ix_tasks_assignee", "assignee"),
        Index("ix_tasks_business_key", "business_key"),
        Index(
            "ix_tasks_active_priority_due",
            text("priority DESC"),
            "due_at",
            postgresql_where=text("state IN ('open', 'claimed')"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    # First-recorded order; the last tie-breaker of the inbox's ordering.
    position: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    workflow_id: Mapped[str] = mapped_column(String(255))
    run_id: Mapped[str] = mapped_column(String(64))
    workflow_type: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(200))
    element_id: Mapped[str] = mapped_column(String(200))
    business_key: Mapped[str] = mapped_column(String(200))
    candidate_groups: Mapped[list[str]] = mapped_column(ARRAY(String(100)))
    assignee: Mapped[str | None] = mapped_column(String(100))
    priority: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    state: Mapped[str] = mapped_column(String(16))
    outcomes: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    excluded: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    details: Mapped[dict[str, Any]] = mapped_column(JSONB)
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reminders: Mapped[int] = mapped_column(Integer)
    last_reminded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    remind_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    escalate_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    escalate_to: Mapped[list[str]] = mapped_column(ARRAY(String(100)))
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    completion: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    completed_by: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The snapshot's version: a recorded event only replaces an older snapshot.
    version: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class TaskHistoryEntry(Base):
    __tablename__ = "task_history"

    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    # The task's version after the event: the event's idempotency key with task_id.
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    request_id: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[dict[str, Any]] = mapped_column(JSONB)
    recorded_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
