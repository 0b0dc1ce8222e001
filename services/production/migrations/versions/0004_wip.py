"""Operation reports, consumptions, genealogy links and order outputs.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _quantity(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Numeric(18, 6), nullable=nullable)


def _text(name: str, length: int = 64, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(length), nullable=nullable)


def _at(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def _ref(name: str, table: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Uuid(), sa.ForeignKey(f"{table}.id"), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "operation_reports",
        sa.Column("id", sa.Uuid(), primary_key=True),
        _ref("order_operation_id", "order_operations"),
        _text("kind", 16),
        _quantity("good"),
        _quantity("scrap"),
        _text("scrap_reason_code", nullable=True),
        _quantity("rework"),
        sa.Column("rework_to_seq", sa.Integer()),
        _text("note", 500, nullable=True),
        _text("reported_by", 100),
        sa.Column(
            "reported_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
    )
    op.create_index(
        "ix_operation_reports_order_operation_id", "operation_reports", ["order_operation_id"]
    )
    op.create_index("ix_operation_reports_reported_at", "operation_reports", ["reported_at"])
    op.create_table(
        "consumptions",
        sa.Column("id", sa.Uuid(), primary_key=True),
        _ref("order_id", "production_orders"),
        sa.Column("operation_seq", sa.Integer(), nullable=False),
        sa.Column("order_material_line_no", sa.Integer(), nullable=False),
        _text("lot_code"),
        _text("item_code"),
        _quantity("quantity"),
        _text("uom", 3),
        _text("method", 16),
        _quantity("standard_quantity", nullable=True),
        _quantity("variance_quantity", nullable=True),
        _text("variance_reason", 500, nullable=True),
        _text("warehouse_movement_id"),
        _text("consumed_by", 100),
        _at("consumed_at"),
    )
    op.create_index("ix_consumptions_order_id", "consumptions", ["order_id"])
    op.create_index("ix_consumptions_lot_code", "consumptions", ["lot_code"])
    op.create_table(
        "genealogy_links",
        sa.Column("id", sa.Uuid(), primary_key=True),
        _text("input_lot_code"),
        _text("input_item_code"),
        _text("output_lot_code"),
        _text("output_item_code"),
        _quantity("quantity"),
        _text("uom", 3),
        _ref("order_id", "production_orders"),
        _text("order_number"),
        sa.Column("operation_seq", sa.Integer()),
        _ref("consumption_id", "consumptions", nullable=True),
        _at("linked_at"),
    )
    for column in ("input_lot_code", "output_lot_code", "order_id"):
        op.create_index(f"ix_genealogy_links_{column}", "genealogy_links", [column])
    op.create_table(
        "order_outputs",
        sa.Column("id", sa.Uuid(), primary_key=True),
        _ref("order_id", "production_orders"),
        _text("lot_code"),
        _text("item_code"),
        _quantity("quantity"),
        _text("uom", 3),
        _text("kind", 16),
        _text("location_code"),
        _text("status", 16),
        sa.Column("production_date", sa.Date(), nullable=False),
        sa.Column("expiry_date", sa.Date()),
        _text("produced_by", 100),
        _at("produced_at"),
    )
    op.create_index("ix_order_outputs_order_id", "order_outputs", ["order_id"])
    op.create_index("ix_order_outputs_lot_code", "order_outputs", ["lot_code"])


def downgrade() -> None:
    op.drop_table("order_outputs")
    op.drop_table("genealogy_links")
    op.drop_table("consumptions")
    op.drop_table("operation_reports")
