"""Outbox, idempotency keys, the task projection and its history.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

from lotflow.kernel_schema import create_kernel_tables_v1, drop_kernel_tables_v1

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_kernel_tables_v1(op)
    op.create_table(
        "tasks",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("position", sa.BigInteger(), sa.Identity(), nullable=False, unique=True),
        sa.Column("workflow_id", sa.String(255), nullable=False),
        sa.Column("run_id", sa.String(64), nullable=False),
        sa.Column("workflow_type", sa.String(255), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("element_id", sa.String(200), nullable=False),
        sa.Column("business_key", sa.String(200), nullable=False),
        sa.Column("candidate_groups", ARRAY(sa.String(100)), nullable=False),
        sa.Column("assignee", sa.String(100)),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True)),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("outcomes", JSONB(), nullable=False),
        sa.Column("excluded", JSONB(), nullable=False),
        sa.Column("details", JSONB(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reminders", sa.Integer(), nullable=False),
        sa.Column("last_reminded_at", sa.DateTime(timezone=True)),
        sa.Column("remind_at", sa.DateTime(timezone=True)),
        sa.Column("escalate_at", sa.DateTime(timezone=True)),
        sa.Column("escalate_to", ARRAY(sa.String(100)), nullable=False),
        sa.Column("escalated_at", sa.DateTime(timezone=True)),
        sa.Column("completion", JSONB()),
        sa.Column("completed_by", sa.String(100)),
        sa.Column("closed_at", sa.DateTime(timezone=True)),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "recorded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "state IN ('open', 'claimed', 'completed', 'cancelled')", name="ck_tasks_state"
        ),
    )
    op.create_index(
        "ix_tasks_candidate_groups", "tasks", ["candidate_groups"], postgresql_using="gin"
    )
    op.create_index("ix_tasks_assignee", "tasks", ["assignee"])
    op.create_index("ix_tasks_business_key", "tasks", ["business_key"])
    op.create_index(
        "ix_tasks_active_priority_due",
        "tasks",
        [sa.text("priority DESC"), "due_at"],
        postgresql_where=sa.text("state IN ('open', 'claimed')"),
    )
    op.create_table(
        "task_history",
        sa.Column("task_id", sa.Uuid(), sa.ForeignKey("tasks.id"), primary_key=True),
        sa.Column("sequence", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(100)),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request_id", sa.String(200)),
        sa.Column("detail", JSONB(), nullable=False),
        sa.Column(
            "recorded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
    )


def downgrade() -> None:
    op.drop_table("task_history")
    op.drop_table("tasks")
    drop_kernel_tables_v1(op)
