"""Tables every service database has: the outbox and the idempotency keys.

They live in their own MetaData so each service's Alembic history can include them
(`target_metadata=[Base.metadata, kernel_metadata]`) and its first migration creates them with
`create_kernel_tables_v1`.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    MetaData,
    String,
    Table,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.types import UserDefinedType


class Xid8(UserDefinedType):
    """PostgreSQL's 64-bit transaction id type."""

    cache_ok = True

    def get_col_spec(self, **_kw: object) -> str:
        return "xid8"


kernel_metadata = MetaData()

# The longest user name a token may carry: what every `created_by`-like column holds.
PRINCIPAL_LENGTH = 100

outbox_events = Table(
    "outbox_events",
    kernel_metadata,
    Column("position", BigInteger, primary_key=True, autoincrement=True),
    # The writing transaction's id: readers order by (txid, position) and only read
    # transactions older than every one still running, so no event is ever skipped.
    Column("txid", Xid8, nullable=False, server_default=text("pg_current_xact_id()")),
    Column("event_id", UUID(as_uuid=True), nullable=False, unique=True),
    Column("event_type", String(100), nullable=False),
    Column("subject", String(200), nullable=False),
    Column("payload", JSONB, nullable=False),
    Column("occurred_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("ix_outbox_events_txid_position", "txid", "position"),
)

# A request id is the caller's: the same id from another principal is another request.
idempotency_keys = Table(
    "idempotency_keys",
    kernel_metadata,
    Column("principal", String(PRINCIPAL_LENGTH), primary_key=True),
    Column("request_id", String(200), primary_key=True),
    Column("operation", String(100), nullable=False),
    Column("request_hash", String(64), nullable=False),
    Column("response", JSONB, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)


def create_kernel_tables_v1(op) -> None:  # noqa: ANN001 - alembic.op
    """First-migration step shared by every service; frozen: later changes get a new function."""
    op.create_table(
        "outbox_events",
        Column("position", BigInteger, primary_key=True, autoincrement=True),
        Column("txid", Xid8, nullable=False, server_default=text("pg_current_xact_id()")),
        Column("event_id", UUID(as_uuid=True), nullable=False, unique=True),
        Column("event_type", String(100), nullable=False),
        Column("subject", String(200), nullable=False),
        Column("payload", JSONB, nullable=False),
        Column("occurred_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    )
    op.create_index("ix_outbox_events_txid_position", "outbox_events", ["txid", "position"])
    op.create_table(
        "idempotency_keys",
        Column("request_id", String(200), primary_key=True),
        Column("operation", String(100), nullable=False),
        Column("request_hash", String(64), nullable=False),
        Column("response", JSONB, nullable=True),
        Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    )


def scope_idempotency_keys_by_caller_v2(op) -> None:  # noqa: ANN001 - alembic.op
    """Key request ids by (principal, request id), so one caller's id never answers another.

    Keys claimed before this step belong to no principal ('') and are not replayed after it:
    a deployment lets the requests in flight finish first. Frozen, like v1.
    """
    op.add_column(
        "idempotency_keys",
        Column("principal", String(PRINCIPAL_LENGTH), nullable=False, server_default=""),
    )
    op.alter_column("idempotency_keys", "principal", server_default=None)
    op.drop_constraint("idempotency_keys_pkey", "idempotency_keys", type_="primary")
    op.create_primary_key("idempotency_keys_pkey", "idempotency_keys", ["principal", "request_id"])


def unscope_idempotency_keys_v2(op) -> None:  # noqa: ANN001 - alembic.op
    """Back to one key per request id: only the first principal's row of each id is kept."""
    op.execute(
        "DELETE FROM idempotency_keys k USING idempotency_keys first"
        " WHERE k.request_id = first.request_id AND k.principal > first.principal"
    )
    op.drop_constraint("idempotency_keys_pkey", "idempotency_keys", type_="primary")
    op.drop_column("idempotency_keys", "principal")
    op.create_primary_key("idempotency_keys_pkey", "idempotency_keys", ["request_id"])


def drop_kernel_tables_v1(op) -> None:  # noqa: ANN001 - alembic.op
    op.drop_table("idempotency_keys")
    op.drop_table("outbox_events")
