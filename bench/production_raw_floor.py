"""The raw SQL floor of one material consumption: the same writes, with nothing but psycopg.

A consumption issues a staged lot against the order's reservation in the warehouse, then
records it in production; two databases, two transactions, as the services do:

- warehouse: the allocation drawn on (guarded), the balance's qty and reserved taken (guarded),
  the movement row, its posting row and the outbox event;
- production: the consumption row, the genealogy link (input lot -> the order's output lot),
  the material line's consumed quantity and the outbox event.

The tables are copies of the services' own (`CREATE TABLE ... (LIKE ... INCLUDING ALL)`: same
columns, types, defaults, checks and indexes, no foreign keys), in the services' migrated
databases, so the floor writes rows of the same shape into tables of the same shape. Request-id
bookkeeping, tokens, validation and the call between the services are what it leaves out.
"""

from __future__ import annotations

import json
import uuid
from decimal import Decimal

import psycopg

from bench.warehouse_load import Measurement, run_clients
from lotflow.postgres import libpq_dsn

_WAREHOUSE_TABLES = ("stock_balances", "allocations", "movements", "postings", "outbox_events")
_PRODUCTION_TABLES = ("order_materials", "consumptions", "genealogy_links", "outbox_events")
PLENTY = Decimal(10**9)
QUANTITY = Decimal("0.5")

_DRAW = (
    "UPDATE bench_allocations SET quantity = quantity - %(q)s"
    " WHERE id = %(allocation)s AND quantity >= %(q)s"
)
_TAKE = (
    "UPDATE bench_stock_balances SET qty = qty - %(q)s, reserved = reserved - %(q)s"
    " WHERE lot_id = %(lot)s AND location_id = %(location)s AND status = 'AVAILABLE'"
    " AND qty - %(q)s >= reserved - %(q)s AND reserved - %(q)s >= 0"
)
_MOVEMENT = (
    "INSERT INTO bench_movements (id, type, lot_id, item_id, quantity, uom, base_quantity,"
    " from_location_id, from_status, reference_type, reference_number, reservation_id,"
    " request_id, actor, occurred_at) VALUES (%(movement)s, 'issue', %(lot)s, %(item)s, %(q)s,"
    " 'KGM', %(q)s, %(location)s, 'AVAILABLE', 'ORDER', %(order)s, %(reservation)s,"
    " %(request)s, 'bench', now())"
)
_POSTING = (
    "INSERT INTO bench_postings (movement_id, lot_id, location_id, status, qty_delta,"
    " reserved_delta) VALUES (%(movement)s, %(lot)s, %(location)s, 'AVAILABLE', -%(q)s, -%(q)s)"
)
_EVENT = (
    "INSERT INTO bench_outbox_events (event_id, event_type, subject, payload)"
    " VALUES (%(event)s, %(type)s, %(subject)s, %(payload)s)"
)
_CONSUMPTION = (
    "INSERT INTO bench_consumptions (id, order_id, operation_seq, order_material_line_no,"
    " lot_code, item_code, quantity, uom, method, warehouse_movement_id, consumed_by,"
    " consumed_at) VALUES (%(consumption)s, %(order_id)s, 10, %(line)s, %(lot_code)s,"
    " %(item_code)s, %(q)s, 'KGM', 'manual', %(movement)s, 'bench', now())"
)
_LINK = (
    "INSERT INTO bench_genealogy_links (id, input_lot_code, input_item_code, output_lot_code,"
    " output_item_code, quantity, uom, order_id, order_number, operation_seq, consumption_id,"
    " linked_at) VALUES (%(link)s, %(lot_code)s, %(item_code)s, 'OUT-LOT', 'OUT-ITEM', %(q)s,"
    " 'KGM', %(order_id)s, %(order)s, 10, %(consumption)s, now())"
)
_CONSUMED = (
    "UPDATE bench_order_materials SET consumed_quantity = consumed_quantity + %(q)s"
    " WHERE id = %(material)s"
)


def _copy_tables(dsn: str, tables: tuple[str, ...]) -> None:
    with psycopg.connect(dsn, autocommit=True) as connection:
        for table in tables:
            connection.execute(f"DROP TABLE IF EXISTS bench_{table}")
            connection.execute(f"CREATE TABLE bench_{table} (LIKE {table} INCLUDING ALL)")


def _drop_tables(dsn: str, tables: tuple[str, ...]) -> None:
    with psycopg.connect(dsn, autocommit=True) as connection:
        for table in tables:
            connection.execute(f"DROP TABLE IF EXISTS bench_{table}")


def _seed(warehouse: str, production: str, lots: int, lines: int) -> tuple[list, list]:
    """`lots` staged balances, each with its allocation, and `lines` material lines."""
    staged = []
    with psycopg.connect(warehouse, autocommit=True) as connection:
        for number in range(lots):
            lot, location, item, reservation = (uuid.uuid4() for _ in range(4))
            connection.execute(
                "INSERT INTO bench_stock_balances (lot_id, location_id, status, item_id, site_id,"
                " qty, reserved) VALUES (%s, %s, 'AVAILABLE', %s, %s, %s, %s)",
                (lot, location, item, uuid.uuid4(), PLENTY, PLENTY),
            )
            allocation = uuid.uuid4()
            connection.execute(
                "INSERT INTO bench_allocations (id, reservation_id, lot_id, location_id, quantity,"
                " allocated) VALUES (%s, %s, %s, %s, %s, %s)",
                (allocation, reservation, lot, location, PLENTY, PLENTY),
            )
            staged.append((lot, location, item, reservation, allocation, f"LOT-{number}"))
    materials = []
    with psycopg.connect(production, autocommit=True) as connection:
        for line in range(1, lines + 1):
            material = uuid.uuid4()
            connection.execute(
                "INSERT INTO bench_order_materials (id, order_id, line_no, item_code, uom,"
                " required_quantity, operation_seq, issue_policy, line_side_location_code,"
                " staged_quantity, consumed_quantity, status) VALUES (%s, %s, %s, %s, 'KGM',"
                " %s, 10, 'manual', 'LS-WC', %s, 0, 'staged')",
                (material, uuid.uuid4(), line, f"ITEM-{line}", PLENTY, PLENTY),
            )
            materials.append((material, line))
    return staged, materials


def raw_consumption(
    warehouse_url: str, production_url: str, clients: int, seconds: float, lots: int, lines: int
) -> Measurement:
    """Consumptions per second from `clients` threads, each over its own two connections;
    client k issues lots k, k + clients, ... round robin, as the gRPC side does."""
    warehouse, production = libpq_dsn(warehouse_url), libpq_dsn(production_url)
    _copy_tables(warehouse, _WAREHOUSE_TABLES)
    _copy_tables(production, _PRODUCTION_TABLES)
    try:
        staged, materials = _seed(warehouse, production, lots, lines)
        order_id = uuid.uuid4()

        def client(number: int, ready, running) -> tuple[int, int, int]:
            mine = staged[number::clients] or staged[:1]
            done = 0
            with psycopg.connect(warehouse) as wh, psycopg.connect(production) as prod:
                ready()
                while running():
                    index = number + done * clients
                    lot, location, item, reservation, allocation, lot_code = mine[done % len(mine)]
                    material, line = materials[index % len(materials)]
                    movement = uuid.uuid4()
                    row = {
                        "q": QUANTITY,
                        "allocation": allocation,
                        "lot": lot,
                        "location": location,
                        "item": item,
                        "reservation": reservation,
                        "movement": movement,
                        "order": "MO-BENCH",
                        "request": f"bench-{movement}:issue",
                        "order_id": order_id,
                        "line": line,
                        "material": material,
                        "lot_code": lot_code,
                        "item_code": f"ITEM-{line}",
                        "consumption": uuid.uuid4(),
                        "link": uuid.uuid4(),
                    }
                    with wh.transaction():
                        if wh.execute(_DRAW, row).rowcount != 1:
                            raise RuntimeError("the raw floor's allocation ran dry")
                        if wh.execute(_TAKE, row).rowcount != 1:
                            raise RuntimeError("the raw floor's balance ran dry")
                        wh.execute(_MOVEMENT, row)
                        wh.execute(_POSTING, row)
                        wh.execute(_EVENT, _event(row, "warehouse.stock_moved", lot_code))
                    with prod.transaction():
                        prod.execute(_CONSUMPTION, row)
                        prod.execute(_LINK, row)
                        prod.execute(_CONSUMED, row)
                        prod.execute(_EVENT, _event(row, "production.consumed", "MO-BENCH"))
                    done += 1
            return done, 0, 0

        return run_clients(clients, seconds, client)
    finally:
        _drop_tables(warehouse, _WAREHOUSE_TABLES)
        _drop_tables(production, _PRODUCTION_TABLES)


def _event(row: dict, event_type: str, subject: str) -> dict:
    """An event of the size the services write: the movement or consumption it reports."""
    payload = {
        "order_number": row["order"],
        "operation_seq": 10,
        "input_lot_code": row["lot_code"],
        "input_item_code": row["item_code"],
        "quantity": str(row["q"]),
        "uom": "KGM",
        "output_lot_code": "OUT-LOT",
        "output_item_code": "OUT-ITEM",
        "site_code": "SITE",
        "location_code": "LS-WC",
        "method": "manual",
        "movement_id": str(row["movement"]),
        "reservation_id": str(row["reservation"]),
        "actor": "bench",
    }
    return {
        "event": uuid.uuid4(),
        "type": event_type,
        "subject": subject,
        "payload": json.dumps(payload),
    }
