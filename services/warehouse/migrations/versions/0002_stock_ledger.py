"""Lots, stock balances, the movement ledger, reservations, transfers, shipments, putaway rules.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_units",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("uom", sa.String(length=3), nullable=False),
        sa.Column("factor", sa.Numeric(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
        ),
        sa.PrimaryKeyConstraint("item_id", "uom"),
    )
    op.create_table(
        "lots",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("supplier", sa.String(length=100), nullable=True),
        sa.Column("supplier_lot", sa.String(length=64), nullable=True),
        sa.Column("production_date", sa.Date(), nullable=True),
        sa.Column("expiry_date", sa.Date(), nullable=True),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("tlc_source", sa.String(length=200), nullable=True),
        sa.Column("attributes", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "code", name="uq_lots_item_code"),
    )
    op.create_index(op.f("ix_lots_code"), "lots", ["code"], unique=False)
    op.create_table(
        "putaway_rules",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("zone_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=True),
        sa.Column("item_class", sa.String(length=64), nullable=True),
        sa.Column("storage_condition", sa.String(length=64), nullable=True),
        sa.Column("stock_status", sa.String(length=16), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
        ),
        sa.ForeignKeyConstraint(
            ["zone_id"],
            ["locations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "reservations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("order_ref", sa.String(length=64), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("need_date", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Numeric(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["locations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_reservations_order_ref"), "reservations", ["order_ref"], unique=False)
    op.create_table(
        "shipments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("customer", sa.String(length=200), nullable=False),
        sa.Column("ship_to", sa.String(length=300), nullable=False),
        sa.Column("ship_from_site_id", sa.Uuid(), nullable=False),
        sa.Column("order_ref", sa.String(length=64), nullable=True),
        sa.Column("shipped_by", sa.String(length=100), nullable=False),
        sa.Column("shipped_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ship_from_site_id"],
            ["locations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    op.create_table(
        "allocations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("reservation_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Numeric(), nullable=False),
        sa.Column("allocated", sa.Numeric(), nullable=False),
        sa.CheckConstraint("quantity >= 0", name="ck_allocations_not_negative"),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"],
            ["lots.id"],
        ),
        sa.ForeignKeyConstraint(
            ["reservation_id"],
            ["reservations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_allocations_lot_id"), "allocations", ["lot_id"], unique=False)
    op.create_index(
        op.f("ix_allocations_reservation_id"), "allocations", ["reservation_id"], unique=False
    )
    op.create_table(
        "lot_holds",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("hold_ref", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("placed_by", sa.String(length=100), nullable=False),
        sa.Column("placed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lifted_by", sa.String(length=100), nullable=True),
        sa.Column("lifted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["lot_id"],
            ["lots.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("lot_id", "hold_ref", name="uq_lot_holds_lot_ref"),
    )
    op.create_table(
        "movements",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("type", sa.String(length=24), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Numeric(), nullable=False),
        sa.Column("uom", sa.String(length=3), nullable=False),
        sa.Column("base_quantity", sa.Numeric(), nullable=False),
        sa.Column("from_location_id", sa.Uuid(), nullable=True),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_location_id", sa.Uuid(), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=True),
        sa.Column("reason_code", sa.String(length=64), nullable=True),
        sa.Column("reference_type", sa.String(length=32), nullable=True),
        sa.Column("reference_number", sa.String(length=64), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("expiry_override_reason", sa.String(length=200), nullable=True),
        sa.Column("reservation_id", sa.Uuid(), nullable=True),
        sa.Column("transfer_id", sa.Uuid(), nullable=True),
        sa.Column("shipment_id", sa.Uuid(), nullable=True),
        sa.Column("request_id", sa.String(length=200), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("seq"),
    )
    op.create_index("ix_movements_lot_seq", "movements", ["lot_id", "seq"], unique=False)
    op.create_table(
        "stock_balances",
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("qty", sa.Numeric(), nullable=False),
        sa.Column("reserved", sa.Numeric(), nullable=False),
        sa.CheckConstraint(
            "reserved = 0 OR status = 'AVAILABLE'", name="ck_reserved_only_available"
        ),
        sa.CheckConstraint("qty >= 0", name="ck_stock_balances_qty_not_negative"),
        sa.CheckConstraint("reserved <= qty", name="ck_stock_balances_reserved_within_qty"),
        sa.CheckConstraint("reserved >= 0", name="ck_stock_balances_reserved_not_negative"),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"],
            ["lots.id"],
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["locations.id"],
        ),
        sa.PrimaryKeyConstraint("lot_id", "location_id", "status"),
    )
    op.create_index(op.f("ix_stock_balances_item_id"), "stock_balances", ["item_id"], unique=False)
    op.create_index(op.f("ix_stock_balances_site_id"), "stock_balances", ["site_id"], unique=False)
    op.create_table(
        "transfers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("from_location_id", sa.Uuid(), nullable=False),
        sa.Column("to_site_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Numeric(), nullable=False),
        sa.Column("stock_status", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reference_number", sa.String(length=64), nullable=True),
        sa.Column("dispatched_by", sa.String(length=100), nullable=False),
        sa.Column("dispatched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_location_id", sa.Uuid(), nullable=True),
        sa.Column("received_by", sa.String(length=100), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_location_id"],
            ["locations.id"],
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"],
            ["lots.id"],
        ),
        sa.ForeignKeyConstraint(
            ["received_location_id"],
            ["locations.id"],
        ),
        sa.ForeignKeyConstraint(
            ["to_site_id"],
            ["locations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_transfers_lot_id"), "transfers", ["lot_id"], unique=False)
    op.create_index(op.f("ix_transfers_to_site_id"), "transfers", ["to_site_id"], unique=False)
    op.create_table(
        "postings",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("movement_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("qty_delta", sa.Numeric(), nullable=False),
        sa.Column("reserved_delta", sa.Numeric(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_postings_key", "postings", ["lot_id", "location_id", "status"], unique=False
    )
    op.create_index(op.f("ix_postings_movement_id"), "postings", ["movement_id"], unique=False)
    op.create_table(
        "shipment_lines",
        sa.Column("shipment_id", sa.Uuid(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Numeric(), nullable=False),
        sa.Column("uom", sa.String(length=3), nullable=False),
        sa.Column("base_quantity", sa.Numeric(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"],
            ["lots.id"],
        ),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["movements.id"],
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
        ),
        sa.PrimaryKeyConstraint("shipment_id", "line_no"),
    )
    op.create_index(op.f("ix_shipment_lines_lot_id"), "shipment_lines", ["lot_id"], unique=False)
    op.add_column("items", sa.Column("item_class", sa.String(length=64), nullable=True))
    op.add_column("locations", sa.Column("site_id", sa.Uuid(), nullable=True))
    op.add_column("locations", sa.Column("time_zone", sa.String(length=64), nullable=True))
    op.create_index(op.f("ix_locations_site_id"), "locations", ["site_id"], unique=False)
    op.create_foreign_key("fk_locations_site_id", "locations", "locations", ["site_id"], ["id"])
    # Every existing location learns its site: the root of its branch.
    op.execute(
        """
        WITH RECURSIVE branch(id, site_id) AS (
            SELECT id, id FROM locations WHERE parent_id IS NULL
            UNION ALL
            SELECT child.id, branch.site_id FROM locations child JOIN branch
              ON child.parent_id = branch.id
        )
        UPDATE locations SET site_id = branch.site_id FROM branch WHERE locations.id = branch.id
        """
    )


def downgrade() -> None:
    op.drop_constraint("fk_locations_site_id", "locations", type_="foreignkey")
    op.drop_index(op.f("ix_locations_site_id"), table_name="locations")
    op.drop_column("locations", "time_zone")
    op.drop_column("locations", "site_id")
    op.drop_column("items", "item_class")
    op.drop_index(op.f("ix_shipment_lines_lot_id"), table_name="shipment_lines")
    op.drop_table("shipment_lines")
    op.drop_index(op.f("ix_postings_movement_id"), table_name="postings")
    op.drop_index("ix_postings_key", table_name="postings")
    op.drop_table("postings")
    op.drop_index(op.f("ix_transfers_to_site_id"), table_name="transfers")
    op.drop_index(op.f("ix_transfers_lot_id"), table_name="transfers")
    op.drop_table("transfers")
    op.drop_index(op.f("ix_stock_balances_site_id"), table_name="stock_balances")
    op.drop_index(op.f("ix_stock_balances_item_id"), table_name="stock_balances")
    op.drop_table("stock_balances")
    op.drop_index("ix_movements_lot_seq", table_name="movements")
    op.drop_table("movements")
    op.drop_table("lot_holds")
    op.drop_index(op.f("ix_allocations_reservation_id"), table_name="allocations")
    op.drop_index(op.f("ix_allocations_lot_id"), table_name="allocations")
    op.drop_table("allocations")
    op.drop_table("shipments")
    op.drop_index(op.f("ix_reservations_order_ref"), table_name="reservations")
    op.drop_table("reservations")
    op.drop_table("putaway_rules")
    op.drop_index(op.f("ix_lots_code"), table_name="lots")
    op.drop_table("lots")
    op.drop_table("item_units")
