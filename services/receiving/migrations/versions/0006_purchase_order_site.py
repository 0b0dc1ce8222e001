"""The site a purchase order is delivered to: its receipts are received at that site's docks.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("purchase_orders", sa.Column("ship_to_site", sa.String(64)))


def downgrade() -> None:
    op.drop_column("purchase_orders", "ship_to_site")
