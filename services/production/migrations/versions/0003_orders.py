"""BOMs, routings, production orders, their materials, operations, history and substitutions.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Uuid(), primary_key=True)


def _quantity(name: str, *, nullable: bool = False, zero: bool = False) -> sa.Column:
    default = {"server_default": "0"} if zero else {}
    return sa.Column(name, sa.Numeric(18, 6), nullable=nullable, **default)


def _at(name: str, *, now: bool = False) -> sa.Column:
    if now:
        return sa.Column(
            name, sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        )
    return sa.Column(name, sa.DateTime(timezone=True))


def _text(name: str, length: int = 64, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(length), nullable=nullable)


def _int(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def _ref(name: str, table: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Uuid(), sa.ForeignKey(f"{table}.id"), nullable=nullable)


def _validity() -> tuple[sa.Column, sa.Column]:
    return sa.Column("valid_from", sa.Date(), nullable=False), sa.Column("valid_to", sa.Date())


def upgrade() -> None:
    _master_data()
    _orders()
    # Order numbers (MO-000001) and output lot codes draw from their own sequences.
    op.execute("CREATE SEQUENCE production_order_number_seq")
    op.execute("CREATE SEQUENCE production_lot_seq")


def _master_data() -> None:
    op.create_table(
        "boms",
        _id(),
        _text("item_code"),
        _int("version"),
        *_validity(),
        _quantity("output_quantity"),
        _text("output_uom", 3),
        _text("created_by", 100),
        _at("created_at", now=True),
        sa.UniqueConstraint("item_code", "version"),
    )
    op.create_index("ix_boms_item_code", "boms", ["item_code"])
    op.create_table(
        "bom_components",
        _id(),
        _ref("bom_id", "boms"),
        _int("line_no"),
        _text("item_code"),
        _quantity("quantity_per"),
        _text("uom", 3),
        sa.Column("scrap_factor", sa.Numeric(7, 6), nullable=False),
        _int("operation_seq"),
        _text("issue_policy", 32),
        sa.UniqueConstraint("bom_id", "line_no"),
        sa.CheckConstraint(
            "scrap_factor >= 0 AND scrap_factor < 1", name="ck_bom_components_scrap_factor"
        ),
    )
    op.create_index("ix_bom_components_item_code", "bom_components", ["item_code"])
    op.create_table(
        "bom_alternates",
        _id(),
        _ref("component_id", "bom_components"),
        _text("item_code"),
        _quantity("ratio"),
        *_validity(),
        _int("priority"),
        _text("approved_by", 100),
        _at("approved_at", now=True),
    )
    op.create_index("ix_bom_alternates_component_id", "bom_alternates", ["component_id"])
    op.create_table(
        "bom_outputs",
        _id(),
        _ref("bom_id", "boms"),
        _text("item_code"),
        _quantity("quantity_per"),
        _text("uom", 3),
        _text("kind", 16),
        sa.Column("lot_tracked", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_bom_outputs_bom_id", "bom_outputs", ["bom_id"])
    op.create_table(
        "routings",
        _id(),
        _text("item_code"),
        _int("version"),
        *_validity(),
        _text("created_by", 100),
        _at("created_at", now=True),
        sa.UniqueConstraint("item_code", "version"),
    )
    op.create_index("ix_routings_item_code", "routings", ["item_code"])
    op.create_table(
        "routing_operations",
        _id(),
        _ref("routing_id", "routings"),
        _int("seq"),
        _text("code"),
        _text("work_center_code"),
        sa.Column("setup_minutes", sa.Numeric(12, 3), nullable=False),
        sa.Column("run_minutes_per_unit", sa.Numeric(12, 6), nullable=False),
        sa.Column("reworkable", sa.Boolean(), nullable=False),
        _int("rework_to_seq", nullable=True),
        sa.UniqueConstraint("routing_id", "seq"),
    )


def _orders() -> None:
    op.create_table(
        "production_orders",
        _id(),
        sa.Column("number", sa.String(64), nullable=False, unique=True),
        _text("item_code"),
        _quantity("quantity"),
        _text("uom", 3),
        sa.Column("due_date", sa.Date(), nullable=False),
        _text("site_code"),
        _text("status", 16),
        _ref("bom_id", "boms", nullable=True),
        _ref("routing_id", "routings", nullable=True),
        sa.Column("output_lot_code", sa.String(64), unique=True),
        _text("output_location_code"),
        sa.Column("blocked", sa.Boolean(), nullable=False, server_default=sa.false()),
        _text("blocked_reason", 500, nullable=True),
        _text("created_by", 100),
        _at("created_at", now=True),
        _at("released_at"),
        _at("completed_at"),
        _at("closed_at"),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )
    for column in ("item_code", "site_code", "status"):
        op.create_index(f"ix_production_orders_{column}", "production_orders", [column])
    op.create_table(
        "order_materials",
        _id(),
        _ref("order_id", "production_orders"),
        _int("line_no"),
        _ref("bom_component_id", "bom_components", nullable=True),
        _text("item_code"),
        _text("uom", 3),
        _quantity("required_quantity"),
        _int("operation_seq"),
        _text("issue_policy", 32),
        _text("line_side_location_code"),
        _text("reservation_id", nullable=True),
        _quantity("staged_quantity", zero=True),
        _quantity("consumed_quantity", zero=True),
        _int("substitutes_line_no", nullable=True),
        _quantity("ratio", nullable=True),
        _text("status", 16),
        sa.UniqueConstraint("order_id", "line_no"),
    )
    op.create_table(
        "order_operations",
        _id(),
        _ref("order_id", "production_orders"),
        _int("seq"),
        _text("code"),
        _text("work_center_code"),
        _text("status", 16),
        _quantity("received_quantity", zero=True),
        _quantity("good_quantity", zero=True),
        _quantity("scrap_quantity", zero=True),
        _quantity("rework_out_quantity", zero=True),
        _quantity("rework_in_quantity", zero=True),
        _at("started_at"),
        _at("completed_at"),
        _at("last_event_at"),
        _text("started_by", 100, nullable=True),
        sa.UniqueConstraint("order_id", "seq"),
    )
    op.create_index(
        "ix_order_operations_work_center_code", "order_operations", ["work_center_code"]
    )
    op.create_table(
        "order_events",
        _id(),
        _ref("order_id", "production_orders"),
        _at("at", now=True),
        _text("kind", 32),
        sa.Column("detail", JSONB(), nullable=False),
        _text("actor", 100),
    )
    op.create_index("ix_order_events_order_id", "order_events", ["order_id"])
    op.create_table(
        "substitutions",
        _id(),
        _ref("order_id", "production_orders"),
        _int("line_no"),
        _text("substitute_item_code"),
        _quantity("ratio"),
        _quantity("quantity"),
        _text("reason", 500),
        _text("requested_by", 100),
        _text("decided_by", 100, nullable=True),
        _text("status", 16),
        _text("workflow_id", 200, nullable=True),
        _at("created_at", now=True),
        _at("decided_at"),
    )
    op.create_index("ix_substitutions_order_id", "substitutions", ["order_id"])


def downgrade() -> None:
    op.execute("DROP SEQUENCE production_lot_seq")
    op.execute("DROP SEQUENCE production_order_number_seq")
    for table in (
        "substitutions",
        "order_events",
        "order_operations",
        "order_materials",
        "production_orders",
        "routing_operations",
        "routings",
        "bom_outputs",
        "bom_alternates",
        "bom_components",
        "boms",
    ):
        op.drop_table(table)
