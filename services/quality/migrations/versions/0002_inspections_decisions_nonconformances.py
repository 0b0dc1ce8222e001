"""Inspections with their plan snapshot and results, lot decisions, nonconformance reports with
their dispositions, and the audit history of both.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inspections",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("position", sa.BigInteger(), sa.Identity(), nullable=False, unique=True),
        sa.Column("lot_code", sa.String(64), nullable=False),
        sa.Column("item_code", sa.String(64), nullable=False),
        sa.Column("supplier_code", sa.String(64)),
        sa.Column("receipt_reference", sa.String(100), nullable=False),
        sa.Column("quantity", sa.Numeric(18, 6), nullable=False),
        sa.Column("unit", sa.String(3), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("plan_id", sa.Uuid(), sa.ForeignKey("inspection_plans.id"), nullable=False),
        sa.Column("plan_version", sa.Integer(), nullable=False),
        sa.Column("plan_supplier_code", sa.String(64)),
        sa.Column("sample_size", sa.Integer(), nullable=False),
        sa.Column("result", sa.String(8)),
        sa.Column(
            "inspectors",
            ARRAY(sa.String(100)),
            server_default=sa.text("'{}'::varchar[]"),
            nullable=False,
        ),
        sa.Column("opened_by", sa.String(100), nullable=False),
        sa.Column(
            "opened_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("completed_by", sa.String(100)),
        sa.Column("completed_at", sa.DateTime(timezone=True)),
        sa.CheckConstraint(
            "state IN ('open', 'completed', 'decided')", name="ck_inspections_state"
        ),
        sa.CheckConstraint("result IN ('pass', 'fail')", name="ck_inspections_result"),
        sa.CheckConstraint("quantity > 0", name="ck_inspections_quantity"),
    )
    op.create_index(
        "uq_inspections_undecided_lot_receipt",
        "inspections",
        ["lot_code", "receipt_reference"],
        unique=True,
        postgresql_where=sa.text("state IN ('open', 'completed')"),
    )
    op.create_index("ix_inspections_lot_code_position", "inspections", ["lot_code", "position"])
    op.create_index("ix_inspections_state_position", "inspections", ["state", "position"])
    op.create_index(
        "ix_inspections_receipt_reference_position",
        "inspections",
        ["receipt_reference", "position"],
    )
    op.create_index(
        "ix_inspections_inspectors", "inspections", ["inspectors"], postgresql_using="gin"
    )
    op.create_table(
        "inspection_checks",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("inspection_id", sa.Uuid(), sa.ForeignKey("inspections.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("lower_limit", sa.Numeric(24, 9)),
        sa.Column("upper_limit", sa.Numeric(24, 9)),
        sa.Column("unit", sa.String(3)),
        sa.Column("measured_value", sa.Numeric(24, 9)),
        sa.Column("passed", sa.Boolean()),
        sa.Column("result", sa.String(8)),
        sa.Column("recorded_by", sa.String(100)),
        sa.Column("recorded_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("inspection_id", "position"),
        sa.UniqueConstraint("inspection_id", "name"),
        sa.CheckConstraint("kind IN ('numeric', 'attribute')", name="ck_inspection_checks_kind"),
        sa.CheckConstraint("result IN ('pass', 'fail')", name="ck_inspection_checks_result"),
    )
    op.create_table(
        "nonconformances",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("position", sa.BigInteger(), sa.Identity(), nullable=False, unique=True),
        sa.Column("lot_code", sa.String(64), nullable=False),
        sa.Column("item_code", sa.String(64), nullable=False),
        sa.Column("supplier_code", sa.String(64)),
        sa.Column("description", sa.String(2000), nullable=False),
        sa.Column("quantity", sa.Numeric(18, 6), nullable=False),
        sa.Column("unit", sa.String(3), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("source_inspection_id", sa.Uuid(), sa.ForeignKey("inspections.id")),
        sa.Column("opened_by", sa.String(100), nullable=False),
        sa.Column(
            "opened_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("disposition_reason", sa.String(500)),
        sa.Column("dispositioned_by", sa.String(100)),
        sa.Column("dispositioned_at", sa.DateTime(timezone=True)),
        sa.Column("close_reason", sa.String(500)),
        sa.Column("closed_by", sa.String(100)),
        sa.Column("closed_at", sa.DateTime(timezone=True)),
        sa.CheckConstraint(
            "state IN ('open', 'dispositioned', 'closed')", name="ck_nonconformances_state"
        ),
        sa.CheckConstraint(
            "severity IN ('minor', 'major', 'critical')", name="ck_nonconformances_severity"
        ),
        sa.CheckConstraint("quantity > 0", name="ck_nonconformances_quantity"),
    )
    op.create_index(
        "ix_nonconformances_lot_code_position", "nonconformances", ["lot_code", "position"]
    )
    op.create_index("ix_nonconformances_state_position", "nonconformances", ["state", "position"])
    op.create_index(
        "ix_nonconformances_source_inspection_id", "nonconformances", ["source_inspection_id"]
    )
    op.create_table(
        "nonconformance_dispositions",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "nonconformance_id", sa.Uuid(), sa.ForeignKey("nonconformances.id"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("disposition", sa.String(24), nullable=False),
        sa.Column("quantity", sa.Numeric(18, 6), nullable=False),
        sa.UniqueConstraint("nonconformance_id", "disposition"),
        sa.UniqueConstraint("nonconformance_id", "position"),
        sa.CheckConstraint(
            "disposition IN ('use_as_is', 'rework', 'scrap', 'return_to_supplier')",
            name="ck_nonconformance_dispositions_disposition",
        ),
        sa.CheckConstraint("quantity > 0", name="ck_nonconformance_dispositions_quantity"),
    )
    op.create_table(
        "lot_decisions",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("position", sa.BigInteger(), sa.Identity(), nullable=False, unique=True),
        sa.Column(
            "inspection_id",
            sa.Uuid(),
            sa.ForeignKey("inspections.id"),
            nullable=False,
            unique=True,
        ),
        sa.Column("lot_code", sa.String(64), nullable=False),
        sa.Column("item_code", sa.String(64), nullable=False),
        sa.Column("supplier_code", sa.String(64)),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("accepted_quantity", sa.Numeric(18, 6), nullable=False),
        sa.Column("rejected_quantity", sa.Numeric(18, 6), nullable=False),
        sa.Column("unit", sa.String(3), nullable=False),
        sa.Column("override_failed_result", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(500)),
        sa.Column("decided_by", sa.String(100), nullable=False),
        sa.Column(
            "decided_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("nonconformance_id", sa.Uuid(), sa.ForeignKey("nonconformances.id")),
        sa.CheckConstraint(
            "decision IN ('release', 'reject', 'partial')", name="ck_lot_decisions_decision"
        ),
        sa.CheckConstraint(
            "accepted_quantity >= 0 AND rejected_quantity >= 0",
            name="ck_lot_decisions_quantities",
        ),
    )
    op.create_index(
        "ix_lot_decisions_item_supplier_position",
        "lot_decisions",
        ["item_code", "supplier_code", "position"],
    )
    op.create_table(
        "audit_entries",
        sa.Column("position", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("inspection_id", sa.Uuid(), sa.ForeignKey("inspections.id")),
        sa.Column("nonconformance_id", sa.Uuid(), sa.ForeignKey("nonconformances.id")),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("reason", sa.String(500)),
        sa.Column("details", JSONB(), nullable=False),
        sa.Column(
            "recorded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "(inspection_id IS NULL) <> (nonconformance_id IS NULL)",
            name="ck_audit_entries_one_subject",
        ),
    )
    op.create_index(
        "ix_audit_entries_inspection_id_position", "audit_entries", ["inspection_id", "position"]
    )
    op.create_index(
        "ix_audit_entries_nonconformance_id_position",
        "audit_entries",
        ["nonconformance_id", "position"],
    )


def downgrade() -> None:
    op.drop_table("audit_entries")
    op.drop_table("lot_decisions")
    op.drop_table("nonconformance_dispositions")
    op.drop_table("nonconformances")
    op.drop_table("inspection_checks")
    op.drop_table("inspections")
