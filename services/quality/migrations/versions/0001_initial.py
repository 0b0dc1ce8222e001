"""Outbox, idempotency keys, inspection plans and their characteristics, holds.

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
        "inspection_plans",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("item_code", sa.String(64), nullable=False),
        sa.Column("supplier_code", sa.String(64)),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sample_size", sa.Integer(), nullable=False),
        sa.Column("skip_lot_after", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.UniqueConstraint(
            "item_code",
            "supplier_code",
            "version",
            name="uq_inspection_plans_item_supplier_version",
            postgresql_nulls_not_distinct=True,
        ),
        sa.CheckConstraint("sample_size >= 1", name="ck_inspection_plans_sample_size"),
        sa.CheckConstraint("skip_lot_after >= 0", name="ck_inspection_plans_skip_lot_after"),
    )
    op.create_table(
        "inspection_characteristics",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("plan_id", sa.Uuid(), sa.ForeignKey("inspection_plans.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("lower_limit", sa.Numeric(24, 9)),
        sa.Column("upper_limit", sa.Numeric(24, 9)),
        sa.Column("unit", sa.String(3)),
        sa.UniqueConstraint("plan_id", "position"),
        sa.UniqueConstraint("plan_id", "name"),
        sa.CheckConstraint(
            "kind IN ('numeric', 'attribute')", name="ck_inspection_characteristics_kind"
        ),
    )
    op.create_table(
        "holds",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("position", sa.BigInteger(), sa.Identity(), nullable=False, unique=True),
        sa.Column("lot_code", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("source_reference", sa.String(100)),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("placed_by", sa.String(100), nullable=False),
        sa.Column(
            "placed_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("released_by", sa.String(100)),
        sa.Column("released_at", sa.DateTime(timezone=True)),
        sa.Column("release_reason", sa.String(500)),
        sa.CheckConstraint("status IN ('active', 'released')", name="ck_holds_status"),
        sa.CheckConstraint(
            "source IN ('inspection', 'deviation', 'complaint', 'recall')", name="ck_holds_source"
        ),
    )
    op.create_index(
        "ix_holds_active_lot_code",
        "holds",
        ["lot_code"],
        postgresql_where=sa.text("status = 'active'"),
    )
    op.create_index("ix_holds_lot_code_position", "holds", ["lot_code", "position"])
    op.create_index("ix_holds_source_reference_position", "holds", ["source_reference", "position"])
    op.create_index(
        "uq_holds_active_lot_source_reference",
        "holds",
        ["lot_code", "source", "source_reference"],
        unique=True,
        postgresql_where=sa.text("status = 'active' AND source_reference IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_table("holds")
    op.drop_table("inspection_characteristics")
    op.drop_table("inspection_plans")
    drop_kernel_tables_v1(op)
