"""Request ids are the caller's: idempotency keys are (principal, request id).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from lotflow.kernel_schema import scope_idempotency_keys_by_caller_v2, unscope_idempotency_keys_v2

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scope_idempotency_keys_by_caller_v2(op)


def downgrade() -> None:
    unscope_idempotency_keys_v2(op)
