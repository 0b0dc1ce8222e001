"""The ledger is append-only: PostgreSQL refuses to update, delete or truncate its rows.

Revision ID: 0004
Revises: 0003

A movement, once written, is what happened; a correction is a new movement. The triggers fire
per statement, so a statement is refused even when it would match no row.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LEDGER_TABLES = ("movements", "postings")


def upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION warehouse_refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% of % refused: the ledger is append-only', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'restrict_violation',
                      HINT = 'correct a movement with a new movement';
        END
        $$
        """
    )
    for table in LEDGER_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION warehouse_refuse_ledger_change()"
        )


def downgrade() -> None:
    for table in LEDGER_TABLES:
        op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
    op.execute("DROP FUNCTION warehouse_refuse_ledger_change()")
