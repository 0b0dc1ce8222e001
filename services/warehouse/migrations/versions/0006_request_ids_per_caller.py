"""Request ids are the caller's: idempotency keys are (principal, request id), and the ledger's
one-statement movement claims its request id for the user who posts it.

Revision ID: 0006
Revises: 0005

`warehouse_post_movement_once` takes the principal first and claims through the kernel's v2
functions; its body is otherwise 0005's.
"""

import importlib.util
from pathlib import Path

from alembic import op

from lotflow.idempotency import (
    create_sql_functions_v1,
    create_sql_functions_v2,
    drop_sql_functions_v1,
    drop_sql_functions_v2,
)
from lotflow.kernel_schema import scope_idempotency_keys_by_caller_v2, unscope_idempotency_keys_v2

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

POST_MOVEMENT_ONCE = """
CREATE FUNCTION warehouse_post_movement_once(
    p_principal text, p_request_id text, p_operation text, p_request_hash text,
    p_lock_lot boolean, p_movement jsonb, p_postings jsonb, p_event jsonb, p_response jsonb
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    reply jsonb;
    posted record;
BEGIN
    reply := lotflow_claim_request_v2(p_principal, p_request_id, p_operation, p_request_hash);
    IF reply IS NOT NULL THEN
        RETURN reply;
    END IF;
    IF p_lock_lot AND warehouse_lock_lot((p_movement ->> 'lot_id')::uuid) THEN
        RAISE EXCEPTION 'lot % is on hold', p_movement ->> 'lot_id' USING ERRCODE = 'LFW02';
    END IF;
    posted := warehouse_post_movements(
        jsonb_build_array(p_movement), p_postings, jsonb_build_array(p_event));
    IF posted.short_posting IS NOT NULL THEN
        RAISE EXCEPTION 'too little stock for posting %', p_postings -> posted.short_posting
            USING ERRCODE = 'LFW03';
    END IF;
    reply := jsonb_set(p_response, '{seq}', to_jsonb(posted.seqs[1]));
    PERFORM lotflow_store_response_v2(p_principal, p_request_id, reply);
    RETURN reply;
END
$$;
"""

OLD_POST_MOVEMENT_ONCE = (
    "warehouse_post_movement_once(text, text, text, boolean, jsonb, jsonb, jsonb, jsonb)"
)


def upgrade() -> None:
    op.execute(f"DROP FUNCTION {OLD_POST_MOVEMENT_ONCE}")
    drop_sql_functions_v1(op)
    scope_idempotency_keys_by_caller_v2(op)
    create_sql_functions_v2(op)
    op.execute(POST_MOVEMENT_ONCE)


def downgrade() -> None:
    op.execute(
        "DROP FUNCTION warehouse_post_movement_once(text, text, text, text, boolean, jsonb, jsonb,"
        " jsonb, jsonb)"
    )
    drop_sql_functions_v2(op)
    unscope_idempotency_keys_v2(op)
    create_sql_functions_v1(op)
    op.execute(_revision_0005().POST_MOVEMENT_ONCE)


def _revision_0005():
    """0005's module (its file name is no importable module name)."""
    path = Path(__file__).with_name("0005_one_ledger_writer.py")
    spec = importlib.util.spec_from_file_location("revision_0005", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
