"""Failed receipts: the step of the inbound workflow that could not go on, and why.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("receipts", sa.Column("failed_step", sa.String(100)))
    op.add_column("receipts", sa.Column("failure_reason", sa.String(500)))
    op.add_column("receipts", sa.Column("failed_by", sa.String(100)))
    op.add_column("receipts", sa.Column("failed_at", sa.DateTime(timezone=True)))
    op.drop_constraint("ck_receipts_status", "receipts", type_="check")
    op.create_check_constraint(
        "ck_receipts_status",
        "receipts",
        "status IN ('recorded', 'accepted', 'partially_accepted', 'rejected', 'failed')",
    )
    op.drop_constraint("ck_receipts_outcome_adds_up", "receipts", type_="check")
    op.create_check_constraint(
        "ck_receipts_outcome_adds_up",
        "receipts",
        "(status IN ('recorded', 'failed')) = (accepted_quantity IS NULL) "
        "AND (accepted_quantity IS NULL) = (rejected_quantity IS NULL) "
        "AND (accepted_quantity IS NULL OR accepted_quantity + rejected_quantity = quantity)",
    )
    op.create_check_constraint(
        "ck_receipts_failure_explained",
        "receipts",
        "(status = 'failed') = (failure_reason IS NOT NULL AND failed_step IS NOT NULL)",
    )


def downgrade() -> None:
    op.drop_constraint("ck_receipts_failure_explained", "receipts", type_="check")
    op.drop_constraint("ck_receipts_outcome_adds_up", "receipts", type_="check")
    op.create_check_constraint(
        "ck_receipts_outcome_adds_up",
        "receipts",
        "(status = 'recorded') = (accepted_quantity IS NULL) "
        "AND (accepted_quantity IS NULL) = (rejected_quantity IS NULL) "
        "AND (accepted_quantity IS NULL OR accepted_quantity + rejected_quantity = quantity)",
    )
    op.drop_constraint("ck_receipts_status", "receipts", type_="check")
    op.create_check_constraint(
        "ck_receipts_status",
        "receipts",
        "status IN ('recorded', 'accepted', 'partially_accepted', 'rejected')",
    )
    for column in ("failed_at", "failed_by", "failure_reason", "failed_step"):
        op.drop_column("receipts", column)
