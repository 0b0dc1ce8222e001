"""Reserved stock moves with its reservation (staging to line-side); a release is recorded.

Revision ID: 0007
Revises: 0006

- `allocations` has one row per reservation, lot and location, so a transfer of reserved stock
  moves its share into the destination's row and an issue there draws on that one row
  (reservations so far made one allocation per balance, so existing rows already comply).
- `reservations.released_by/released_at`: a released reservation is closed; transferring or
  releasing it again is refused.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("reservations", sa.Column("released_by", sa.String(length=100), nullable=True))
    op.add_column(
        "reservations", sa.Column("released_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.create_unique_constraint(
        "uq_allocations_reservation_lot_place",
        "allocations",
        ["reservation_id", "lot_id", "location_id"],
    )


def downgrade() -> None:
    op.drop_constraint("uq_allocations_reservation_lot_place", "allocations", type_="unique")
    op.drop_column("reservations", "released_at")
    op.drop_column("reservations", "released_by")
