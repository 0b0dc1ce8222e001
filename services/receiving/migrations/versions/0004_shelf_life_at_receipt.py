"""Shelf life at receipt: a minimum per approved supplier item, and receipts accepted for return.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("supplier_items", sa.Column("min_shelf_life_days", sa.Integer()))
    op.add_column("supplier_items", sa.Column("min_shelf_life_percent", sa.Numeric(5, 2)))
    op.create_check_constraint(
        "ck_supplier_items_one_shelf_life_minimum",
        "supplier_items",
        "min_shelf_life_days IS NULL OR min_shelf_life_percent IS NULL",
    )
    op.add_column("receipts", sa.Column("accepted_for_return_reason", sa.String(500)))


def downgrade() -> None:
    op.drop_column("receipts", "accepted_for_return_reason")
    op.drop_constraint("ck_supplier_items_one_shelf_life_minimum", "supplier_items")
    op.drop_column("supplier_items", "min_shelf_life_percent")
    op.drop_column("supplier_items", "min_shelf_life_days")
