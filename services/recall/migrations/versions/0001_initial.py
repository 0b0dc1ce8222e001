"""Outbox, idempotency keys, recalls and their scope.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from lotflow.kernel_schema import create_kernel_tables_v1, drop_kernel_tables_v1

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_kernel_tables_v1(op)
    op.create_table(
        "recalls",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("recall_number", sa.String(64), nullable=False, unique=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("classification", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("coordinator", sa.String(100), nullable=False),
        sa.Column(
            "opened_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("cancel_reason", sa.Text()),
        sa.Column("cancelled_by", sa.String(100)),
        sa.Column("cancelled_at", sa.DateTime(timezone=True)),
        sa.Column("closing_summary", sa.Text()),
        sa.Column("closed_by", sa.String(100)),
        sa.Column("closed_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_recalls_state", "recalls", ["state"])
    op.create_table(
        "recall_scope_lots",
        sa.Column("recall_id", sa.Uuid(), sa.ForeignKey("recalls.id"), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("lot_code", sa.String(100), nullable=False),
        sa.Column("item_code", sa.String(64)),
    )
    op.create_index("ix_recall_scope_lots_lot_code", "recall_scope_lots", ["lot_code"])


def downgrade() -> None:
    op.drop_table("recall_scope_lots")
    op.drop_table("recalls")
    drop_kernel_tables_v1(op)
