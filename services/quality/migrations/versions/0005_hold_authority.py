"""A hold records its authority: the role that placed it and alone lifts it.

Holds placed before keep the authority their source gives: a recall's is the recall
coordinator's, every other the quality approver's (who alone could lift them).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("holds", sa.Column("authority", sa.String(64)))
    op.execute(
        "UPDATE holds SET authority = CASE WHEN source = 'recall' THEN 'recall_coordinator' "
        "ELSE 'quality_approver' END"
    )
    op.alter_column("holds", "authority", nullable=False)


def downgrade() -> None:
    op.drop_column("holds", "authority")
