"""Skip-lot frequency: a qualified supplier's lots are still inspected, one in N.

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
    op.add_column(
        "inspection_plans",
        sa.Column("skip_lot_inspect_one_in", sa.Integer(), nullable=False, server_default="4"),
    )
    op.alter_column("inspection_plans", "skip_lot_inspect_one_in", server_default=None)
    op.create_check_constraint(
        "ck_inspection_plans_skip_lot_inspect_one_in",
        "inspection_plans",
        "skip_lot_inspect_one_in >= 2",
    )


def downgrade() -> None:
    op.drop_constraint(
        "ck_inspection_plans_skip_lot_inspect_one_in", "inspection_plans", type_="check"
    )
    op.drop_column("inspection_plans", "skip_lot_inspect_one_in")
