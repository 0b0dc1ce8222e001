"""Outbox, idempotency keys, items and locations.

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
        "items",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("code", sa.String(64), nullable=False, unique=True),
        sa.Column("gtin", sa.String(14), unique=True),
        sa.Column("description", sa.String(200), nullable=False),
        sa.Column("base_uom", sa.String(3), nullable=False),
        sa.Column("lot_controlled", sa.Boolean(), nullable=False),
        sa.Column("shelf_life_days", sa.Integer()),
        sa.Column("storage_condition", sa.String(64)),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
    )
    op.create_table(
        "locations",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("code", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16)),
        sa.Column("parent_id", sa.Uuid(), sa.ForeignKey("locations.id")),
        sa.Column("legal_entity", sa.String(100)),
        sa.Column("capacity", sa.Integer()),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
    )
    op.create_index("ix_locations_parent_id", "locations", ["parent_id"])


def downgrade() -> None:
    op.drop_table("locations")
    op.drop_table("items")
    drop_kernel_tables_v1(op)
