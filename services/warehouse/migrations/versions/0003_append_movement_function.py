"""The ledger's one-round-trip append: idempotency key, guarded postings, ledger rows, event.

Revision ID: 0003
Revises: 0002

`warehouse_append_movement` does mechanically what `service/ledger.py` does in a transaction, in
a single statement, so a plain movement costs one round trip instead of nine. It holds no
business rule: the service decides the postings, statuses and payloads in Python (domain rules)
and passes them in. Any refusal raises, which undoes the whole statement, idempotency key
included; the service then replays the request on its transactional path for the diagnosis.

SQLSTATEs raised: LFW01 request id reused with other content; LFW02 the lot is on hold (AVAILABLE
stock must not be deposited: the transactional path lands it in HOLD); LFW03 a guarded posting
found too little stock.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FUNCTION = """
CREATE OR REPLACE FUNCTION warehouse_append_movement(
    p_request_id text, p_operation text, p_request_hash text, p_lock_lot boolean,
    p_movement jsonb, p_postings jsonb, p_response jsonb,
    p_event_id uuid, p_event_type text, p_subject text, p_event jsonb
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    earlier record;
    posting jsonb;
    lot uuid := (p_movement ->> 'lot_id')::uuid;
    movement_seq bigint;
    reply jsonb;
BEGIN
    INSERT INTO idempotency_keys (request_id, operation, request_hash)
    VALUES (p_request_id, p_operation, p_request_hash)
    ON CONFLICT (request_id) DO NOTHING;
    IF NOT FOUND THEN
        SELECT k.request_hash, k.response INTO earlier
          FROM idempotency_keys k WHERE k.request_id = p_request_id;
        IF earlier.request_hash <> p_request_hash THEN
            RAISE EXCEPTION 'request id % was used for another request', p_request_id
                USING ERRCODE = 'LFW01';
        END IF;
        RETURN earlier.response;
    END IF;

    IF p_lock_lot THEN
        -- Holds take the lot FOR UPDATE: they wait for this movement, or it sees their hold.
        PERFORM 1 FROM lots WHERE id = lot FOR KEY SHARE;
        IF EXISTS (SELECT 1 FROM lot_holds h WHERE h.lot_id = lot AND h.lifted_at IS NULL) THEN
            RAISE EXCEPTION 'lot % is on hold', lot USING ERRCODE = 'LFW02';
        END IF;
    END IF;

    -- The caller sends postings in the global lock order (lot, location, status).
    FOR posting IN SELECT value FROM jsonb_array_elements(p_postings) LOOP
        IF (posting ->> 'dq')::numeric > 0 AND (posting ->> 'dr')::numeric = 0 THEN
            INSERT INTO stock_balances AS b
                   (lot_id, location_id, status, item_id, site_id, qty, reserved)
            VALUES (lot, (posting ->> 'location_id')::uuid, posting ->> 'status',
                    (p_movement ->> 'item_id')::uuid, (posting ->> 'site_id')::uuid,
                    (posting ->> 'dq')::numeric, 0)
            ON CONFLICT (lot_id, location_id, status) DO UPDATE SET qty = b.qty + EXCLUDED.qty;
        ELSE
            UPDATE stock_balances
               SET qty = qty + (posting ->> 'dq')::numeric,
                   reserved = reserved + (posting ->> 'dr')::numeric
             WHERE lot_id = lot AND location_id = (posting ->> 'location_id')::uuid
               AND status = posting ->> 'status'
               AND qty + (posting ->> 'dq')::numeric >= reserved + (posting ->> 'dr')::numeric
               AND reserved + (posting ->> 'dr')::numeric >= 0;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'too little stock for posting %', posting USING ERRCODE = 'LFW03';
            END IF;
        END IF;
    END LOOP;

    INSERT INTO movements (id, type, lot_id, item_id, quantity, uom, base_quantity,
           from_location_id, from_status, to_location_id, to_status, reason_code,
           reference_type, reference_number, note, expiry_override_reason, reservation_id,
           transfer_id, shipment_id, request_id, actor, occurred_at)
    SELECT m.id, m.type, m.lot_id, m.item_id, m.quantity, m.uom, m.base_quantity,
           m.from_location_id, m.from_status, m.to_location_id, m.to_status, m.reason_code,
           m.reference_type, m.reference_number, m.note, m.expiry_override_reason,
           m.reservation_id, m.transfer_id, m.shipment_id, m.request_id, m.actor, m.occurred_at
      FROM jsonb_populate_record(NULL::movements, p_movement) AS m
    RETURNING seq INTO movement_seq;

    INSERT INTO postings (movement_id, lot_id, location_id, status, qty_delta, reserved_delta)
    SELECT (p_movement ->> 'id')::uuid, lot, (p.value ->> 'location_id')::uuid,
           p.value ->> 'status', (p.value ->> 'dq')::numeric, (p.value ->> 'dr')::numeric
      FROM jsonb_array_elements(p_postings) AS p;

    reply := jsonb_set(p_response, '{seq}', to_jsonb(movement_seq));
    INSERT INTO outbox_events (event_id, event_type, subject, payload)
    VALUES (p_event_id, p_event_type, p_subject,
            jsonb_set(p_event, '{seq}', to_jsonb(movement_seq)));
    UPDATE idempotency_keys SET response = reply WHERE request_id = p_request_id;
    RETURN reply;
END
$$;
"""


def upgrade() -> None:
    op.execute(FUNCTION)


def downgrade() -> None:
    op.execute(
        "DROP FUNCTION warehouse_append_movement(text, text, text, boolean, jsonb, jsonb, jsonb,"
        " uuid, text, text, jsonb)"
    )
