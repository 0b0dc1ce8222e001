"""Outbox, idempotency keys, work centers and scrap reasons.

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
        "work_centers",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("code", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("site_code", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("capacity_per_hour", sa.Numeric(15, 3)),
        sa.Column("capacity_uom", sa.String(3)),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "(capacity_per_hour IS NULL) = (capacity_uom IS NULL)",
            name="ck_work_centers_capacity_with_uom",
        ),
    )
    op.create_index("ix_work_centers_site_code", "work_centers", ["site_code"])
    op.create_table(
        "scrap_reasons",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("work_center_id", sa.Uuid(), sa.ForeignKey("work_centers.id"), nullable=False),
        sa.Column("reason_code", sa.String(64), nullable=False),
        sa.Column("description", sa.String(200), nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("defined_by", sa.String(100), nullable=False),
        sa.Column(
            "defined_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("deactivated_by", sa.String(100)),
        sa.Column("deactivated_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("work_center_id", "reason_code"),
    )


def downgrade() -> None:
    op.drop_table("scrap_reasons")
    op.drop_table("work_centers")
    drop_kernel_tables_v1(op)
