"""Audit entries name the service that relayed a person's step on their behalf.

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
    op.add_column("audit_entries", sa.Column("relayed_by", sa.String(100)))


def downgrade() -> None:
    op.drop_column("audit_entries", "relayed_by")
