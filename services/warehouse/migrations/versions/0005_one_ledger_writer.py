"""The ledger's one writer: every movement, in a transaction or in one statement, goes through
`warehouse_post_movements`.

Revision ID: 0005
Revises: 0004

- `warehouse_post_movements(movements, postings, events)` applies the postings to the balances
  (guarded, in the order given: the service sends them in the global lock order), then writes
  the movement and posting rows and one event per movement. The rows arrive as JSON named after
  the tables' columns and are inserted by the tables' own row types, so no column list is
  spelled here. When a posting finds too little stock it stops before any ledger row and
  returns that posting's index: the caller refuses and rolls back.
- `warehouse_lock_lot(lot)` takes the lot FOR KEY SHARE (holds take it FOR UPDATE, so they
  wait for the movement or it sees them) and says whether the lot is on hold.
- `warehouse_post_movement_once(...)` is a plain movement as one autocommit statement: the
  kernel's request-id claim, the lot lock, the post, the stored response. Its refusals undo the
  whole statement: LFW02 the lot is on hold, LFW03 a posting found too little stock (the
  service then runs the request in a transaction, which lands the stock in HOLD or explains the
  refusal), LFK01 the request id was used for other content.

It holds no business rule: the service decides postings, statuses and payloads (domain rules).
"""

import importlib.util
from pathlib import Path

from alembic import op

from lotflow.idempotency import create_sql_functions_v1, drop_sql_functions_v1

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LOCK_LOT = """
CREATE FUNCTION warehouse_lock_lot(p_lot uuid) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RETURN (SELECT EXISTS (SELECT 1 FROM lot_holds h
                            WHERE h.lot_id = lots.id AND h.lifted_at IS NULL)
              FROM lots WHERE id = p_lot FOR KEY SHARE OF lots);
END
$$;
"""

POST_MOVEMENTS = """
CREATE FUNCTION warehouse_post_movements(
    p_movements jsonb, p_postings jsonb, p_events jsonb,
    OUT seqs bigint[], OUT short_posting integer
) LANGUAGE plpgsql AS $$
DECLARE
    p record;
    n integer := 0;
    movement_seq bigint;
    event jsonb;
BEGIN
    FOR p IN SELECT * FROM jsonb_to_recordset(p_postings) AS x(
        lot_id uuid, item_id uuid, location_id uuid, site_id uuid, status text,
        qty_delta numeric, reserved_delta numeric
    ) LOOP
        IF p.qty_delta > 0 AND p.reserved_delta = 0 THEN
            INSERT INTO stock_balances AS b
                   (lot_id, location_id, status, item_id, site_id, qty, reserved)
            VALUES (p.lot_id, p.location_id, p.status, p.item_id, p.site_id, p.qty_delta, 0)
            ON CONFLICT (lot_id, location_id, status) DO UPDATE SET qty = b.qty + EXCLUDED.qty;
        ELSE
            UPDATE stock_balances b
               SET qty = b.qty + p.qty_delta, reserved = b.reserved + p.reserved_delta
             WHERE b.lot_id = p.lot_id AND b.location_id = p.location_id AND b.status = p.status
               AND b.qty + p.qty_delta >= b.reserved + p.reserved_delta
               AND b.reserved + p.reserved_delta >= 0;
            IF NOT FOUND THEN
                short_posting := n;
                RETURN;
            END IF;
        END IF;
        n := n + 1;
    END LOOP;

    seqs := '{}';
    FOR n IN 0 .. jsonb_array_length(p_movements) - 1 LOOP
        INSERT INTO movements OVERRIDING USER VALUE
        SELECT * FROM jsonb_populate_record(NULL::movements, p_movements -> n)
        RETURNING seq INTO movement_seq;
        seqs := seqs || movement_seq;
        event := p_events -> n;
        INSERT INTO outbox_events (event_id, event_type, subject, payload)
        VALUES ((event ->> 'event_id')::uuid, event ->> 'event_type', event ->> 'subject',
                jsonb_set(event -> 'payload', '{seq}', to_jsonb(movement_seq)));
    END LOOP;
    INSERT INTO postings OVERRIDING USER VALUE
    SELECT * FROM jsonb_populate_recordset(NULL::postings, p_postings);
END
$$;
"""

POST_MOVEMENT_ONCE = """
CREATE FUNCTION warehouse_post_movement_once(
    p_request_id text, p_operation text, p_request_hash text, p_lock_lot boolean,
    p_movement jsonb, p_postings jsonb, p_event jsonb, p_response jsonb
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    reply jsonb;
    posted record;
BEGIN
    reply := lotflow_claim_request(p_request_id, p_operation, p_request_hash);
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
    PERFORM lotflow_store_response(p_request_id, reply);
    RETURN reply;
END
$$;
"""


def upgrade() -> None:
    op.execute(
        "DROP FUNCTION warehouse_append_movement(text, text, text, boolean, jsonb, jsonb, jsonb,"
        " uuid, text, text, jsonb)"
    )
    create_sql_functions_v1(op)
    op.execute(LOCK_LOT)
    op.execute(POST_MOVEMENTS)
    op.execute(POST_MOVEMENT_ONCE)


def downgrade() -> None:
    op.execute(
        "DROP FUNCTION warehouse_post_movement_once(text, text, text, boolean, jsonb, jsonb,"
        " jsonb, jsonb)"
    )
    op.execute("DROP FUNCTION warehouse_post_movements(jsonb, jsonb, jsonb)")
    op.execute("DROP FUNCTION warehouse_lock_lot(uuid)")
    drop_sql_functions_v1(op)
    _revision("0003_append_movement_function").upgrade()


def _revision(name: str):
    """An earlier revision's module (their file names are no importable module names)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
