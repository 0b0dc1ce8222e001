"""Outbox, idempotency keys, suppliers, approved items and purchase orders.

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


def _created_at(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False)


def upgrade() -> None:
    create_kernel_tables_v1(op)
    op.create_table(
        "suppliers",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("code", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("gln", sa.String(13), unique=True),
        sa.Column("contact_name", sa.String(200)),
        sa.Column("contact_email", sa.String(254)),
        sa.Column("contact_phone", sa.String(32)),
        sa.Column("created_by", sa.String(100), nullable=False),
        _created_at("created_at"),
    )
    op.create_table(
        "supplier_items",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("supplier_id", sa.Uuid(), sa.ForeignKey("suppliers.id"), nullable=False),
        sa.Column("item_code", sa.String(64), nullable=False),
        sa.Column("gtin", sa.String(14)),
        sa.Column("approved_by", sa.String(100), nullable=False),
        _created_at("approved_at"),
        sa.UniqueConstraint("supplier_id", "item_code"),
    )
    op.create_table(
        "purchase_orders",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("number", sa.String(64), nullable=False, unique=True),
        sa.Column("supplier_id", sa.Uuid(), sa.ForeignKey("suppliers.id"), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        _created_at("created_at"),
        sa.Column("cancelled_by", sa.String(100)),
        sa.Column("cancelled_at", sa.DateTime(timezone=True)),
        sa.Column("cancel_reason", sa.String(500)),
        sa.CheckConstraint(
            "status IN ('open', 'closed', 'cancelled')", name="ck_purchase_orders_status"
        ),
    )
    op.create_index(
        "ix_purchase_orders_supplier_id_number", "purchase_orders", ["supplier_id", "number"]
    )
    op.create_index("ix_purchase_orders_status_number", "purchase_orders", ["status", "number"])
    op.create_table(
        "purchase_order_lines",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "purchase_order_id", sa.Uuid(), sa.ForeignKey("purchase_orders.id"), nullable=False
        ),
        sa.Column("line_number", sa.Integer(), nullable=False),
        sa.Column("item_code", sa.String(64), nullable=False),
        sa.Column("quantity", sa.Numeric(18, 6), nullable=False),
        sa.Column("unit", sa.String(3), nullable=False),
        sa.Column("over_tolerance_percent", sa.Numeric(5, 2), nullable=False),
        sa.Column("under_tolerance_percent", sa.Numeric(5, 2), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("received_quantity", sa.Numeric(18, 6), nullable=False),
        sa.UniqueConstraint("purchase_order_id", "line_number"),
        sa.CheckConstraint("quantity > 0", name="ck_purchase_order_lines_quantity_positive"),
        sa.CheckConstraint(
            "received_quantity >= 0", name="ck_purchase_order_lines_received_not_negative"
        ),
        sa.CheckConstraint(
            "over_tolerance_percent BETWEEN 0 AND 100 "
            "AND under_tolerance_percent BETWEEN 0 AND 100",
            name="ck_purchase_order_lines_tolerance_percent",
        ),
    )


def downgrade() -> None:
    op.drop_table("purchase_order_lines")
    op.drop_table("purchase_orders")
    op.drop_table("supplier_items")
    op.drop_table("suppliers")
    drop_kernel_tables_v1(op)
