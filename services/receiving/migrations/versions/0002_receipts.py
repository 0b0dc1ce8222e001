"""Receipts: receiving requirements, TLC assignment, lot-code rules, lots, receipts, returns.

Revision ID: 0002
Revises: 0001
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The rule that assigns lot codes out of the box: RCV260315-0001 for the first lot of a day.
DEFAULT_RULE = {
    "id": uuid.UUID("2f0d7a52-5a0e-4d8e-9c55-4c1f0c7f1a01"),
    "name": "default",
    "pattern": "{SITE}{YY}{MM}{DD}-{SEQ:4}",
    "site_prefix": "RCV",
    "time_zone": "UTC",
    "is_default": True,
    "defined_by": "lotflow",
}


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), server_default=sa.false(), nullable=False)


def _at(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False)


def upgrade() -> None:
    op.add_column("suppliers", _flag("assigns_traceability_lot_codes"))
    rules = op.create_table(
        "lot_code_rules",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("pattern", sa.String(60), nullable=False),
        sa.Column("site_prefix", sa.String(10), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("defined_by", sa.String(100), nullable=False),
        _at("defined_at"),
    )
    op.create_index(
        "uq_lot_code_rules_default",
        "lot_code_rules",
        ["is_default"],
        unique=True,
        postgresql_where=sa.text("is_default"),
    )
    op.bulk_insert(rules, [DEFAULT_RULE])
    op.create_table(
        "lot_code_sequences",
        sa.Column("rule_id", sa.Uuid(), sa.ForeignKey("lot_code_rules.id"), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("last_value", sa.Integer(), nullable=False),
    )
    op.add_column("supplier_items", sa.Column("description", sa.String(200)))
    for requirement in (
        "supplier_lot",
        "expiry_date",
        "production_date",
        "certificate_of_analysis",
    ):
        op.add_column("supplier_items", _flag(f"requires_{requirement}"))
    op.add_column(
        "supplier_items",
        sa.Column("lot_code_rule_id", sa.Uuid(), sa.ForeignKey("lot_code_rules.id")),
    )
    op.add_column("purchase_orders", sa.Column("closed_at", sa.DateTime(timezone=True)))
    op.alter_column(
        "purchase_order_lines",
        "received_quantity",
        type_=sa.Numeric(30, 12),
        existing_type=sa.Numeric(18, 6),
        existing_nullable=False,
    )
    _create_lots()
    _create_receipts()


def _create_lots() -> None:
    op.create_table(
        "received_lots",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("item_code", sa.String(64), nullable=False),
        sa.Column("lot_code", sa.String(20), nullable=False),
        sa.Column("tlc_source", sa.String(16), nullable=False),
        sa.Column("tlc_source_location", sa.String(500), nullable=False),
        sa.Column("tlc_source_reference", sa.String(500)),
        sa.Column("supplier_id", sa.Uuid(), sa.ForeignKey("suppliers.id"), nullable=False),
        sa.Column("supplier_lot", sa.String(20)),
        sa.Column("expiry_date", sa.Date()),
        sa.Column("production_date", sa.Date()),
        sa.Column("created_by", sa.String(100), nullable=False),
        _at("created_at"),
        sa.UniqueConstraint("item_code", "lot_code", name="uq_received_lots_item_code_lot_code"),
        sa.CheckConstraint(
            "tlc_source IN ('supplier', 'assigned')", name="ck_received_lots_tlc_source"
        ),
    )
    op.create_index(
        "uq_received_lots_supplier_item_supplier_lot",
        "received_lots",
        ["supplier_id", "item_code", "supplier_lot"],
        unique=True,
        postgresql_where=sa.text("supplier_lot IS NOT NULL"),
    )
    op.create_index("ix_received_lots_lot_code", "received_lots", ["lot_code"])


def _create_receipts() -> None:
    op.create_table(
        "receipts",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "purchase_order_id", sa.Uuid(), sa.ForeignKey("purchase_orders.id"), nullable=False
        ),
        sa.Column(
            "purchase_order_line_id",
            sa.Uuid(),
            sa.ForeignKey("purchase_order_lines.id"),
            nullable=False,
        ),
        sa.Column("supplier_id", sa.Uuid(), sa.ForeignKey("suppliers.id"), nullable=False),
        sa.Column("lot_id", sa.Uuid(), sa.ForeignKey("received_lots.id"), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("quantity", sa.Numeric(18, 6), nullable=False),
        sa.Column("unit", sa.String(3), nullable=False),
        sa.Column("line_quantity", sa.Numeric(30, 12), nullable=False),
        sa.Column("supplier_lot", sa.String(20)),
        sa.Column("expiry_date", sa.Date()),
        sa.Column("production_date", sa.Date()),
        sa.Column("serial_number", sa.String(20)),
        sa.Column("sscc", sa.String(18)),
        sa.Column("gtin", sa.String(14)),
        sa.Column("certificate_of_analysis", sa.String(200)),
        sa.Column("receiving_location", sa.String(64), nullable=False),
        sa.Column("previous_source_location", sa.String(500), nullable=False),
        sa.Column("reference_document_type", sa.String(32), nullable=False),
        sa.Column("reference_document_number", sa.String(100), nullable=False),
        sa.Column("product_description", sa.String(200), nullable=False),
        sa.Column("scan", sa.String(2000)),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(100), nullable=False),
        _at("recorded_at"),
        sa.Column("accepted_quantity", sa.Numeric(18, 6)),
        sa.Column("rejected_quantity", sa.Numeric(18, 6)),
        sa.Column("outcome_reason", sa.String(500)),
        sa.Column("inspection_reference", sa.String(100)),
        sa.Column("outcome_recorded_by", sa.String(100)),
        sa.Column("outcome_recorded_at", sa.DateTime(timezone=True)),
        sa.Column("returned_quantity", sa.Numeric(18, 6), nullable=False),
        sa.CheckConstraint(
            "status IN ('recorded', 'accepted', 'partially_accepted', 'rejected')",
            name="ck_receipts_status",
        ),
        sa.CheckConstraint("quantity > 0", name="ck_receipts_quantity_positive"),
        sa.CheckConstraint(
            "returned_quantity BETWEEN 0 AND quantity", name="ck_receipts_returned_within_received"
        ),
        sa.CheckConstraint(
            "(status = 'recorded') = (accepted_quantity IS NULL) "
            "AND (accepted_quantity IS NULL) = (rejected_quantity IS NULL) "
            "AND (accepted_quantity IS NULL OR accepted_quantity + rejected_quantity = quantity)",
            name="ck_receipts_outcome_adds_up",
        ),
    )
    op.create_index("ix_receipts_recorded_at_id", "receipts", ["recorded_at", "id"])
    for column in ("purchase_order_id", "supplier_id", "lot_id", "status"):
        op.create_index(f"ix_receipts_{column}", "receipts", [column])
    op.create_table(
        "supplier_returns",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("receipt_id", sa.Uuid(), sa.ForeignKey("receipts.id"), nullable=False),
        sa.Column("quantity", sa.Numeric(18, 6), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("reference_document_type", sa.String(32)),
        sa.Column("reference_document_number", sa.String(100)),
        sa.Column("returned_by", sa.String(100), nullable=False),
        _at("returned_at"),
        sa.CheckConstraint("quantity > 0", name="ck_supplier_returns_quantity_positive"),
    )
    op.create_index("ix_supplier_returns_receipt_id", "supplier_returns", ["receipt_id"])


def downgrade() -> None:
    op.drop_table("supplier_returns")
    op.drop_table("receipts")
    op.drop_table("received_lots")
    op.alter_column(
        "purchase_order_lines",
        "received_quantity",
        type_=sa.Numeric(18, 6),
        existing_type=sa.Numeric(30, 12),
        existing_nullable=False,
    )
    op.drop_column("purchase_orders", "closed_at")
    op.drop_column("supplier_items", "lot_code_rule_id")
    for requirement in (
        "supplier_lot",
        "expiry_date",
        "production_date",
        "certificate_of_analysis",
    ):
        op.drop_column("supplier_items", f"requires_{requirement}")
    op.drop_column("supplier_items", "description")
    op.drop_table("lot_code_sequences")
    op.drop_table("lot_code_rules")
    op.drop_column("suppliers", "assigns_traceability_lot_codes")
