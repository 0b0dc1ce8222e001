"""Genealogy reads: a lot's inputs (backward) or uses (forward) over several levels through
intermediate lots, by one recursive query over the links; and one order's genealogy."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from lotflow import paging
from lotflow.auth import Principal
from lotflow.refusals import not_found, refuse_if
from services.production.domain.roles import TABLE
from services.production.domain.wip import depth_refusal
from services.production.models import Consumption, OrderOutput, ProductionOrder
from services.production.queries.consumption import consumption_view
from services.production.queries.outputs import output_view
from services.production.schemas.genealogy import (
    Direction,
    GenealogyStep,
    GetLotGenealogy,
    GetOrderGenealogy,
    LotGenealogy,
    OrderGenealogy,
)

# Links between the same two lots by the same order count once, with their quantities summed.
_EDGES = """
edges AS (
    SELECT input_lot_code, input_item_code, output_lot_code, output_item_code, uom,
           order_number, min(operation_seq) AS operation_seq, sum(quantity) AS quantity,
           max(linked_at) AS linked_at
      FROM genealogy_links
     GROUP BY input_lot_code, input_item_code, output_lot_code, output_item_code, uom,
              order_number
)"""
# `near` is the end of a link towards the asked lot, `far` the end away from it.
_WALK = """
WITH RECURSIVE {edges},
walk AS (
    SELECT e.*, 1 AS depth, ARRAY[CAST(:lot AS text), e.{far}] AS path
      FROM edges e WHERE e.{near} = :lot
    UNION ALL
    SELECT e.*, w.depth + 1, w.path || e.{far}
      FROM walk w JOIN edges e ON e.{near} = w.{far}
     WHERE w.depth < :max_depth AND NOT e.{far} = ANY(w.path)
),
ordered AS (
    SELECT walk.*, row_number() OVER (ORDER BY depth, path, order_number) AS position
      FROM walk
)
SELECT * FROM ordered WHERE position > :after ORDER BY position LIMIT :limit
"""
_BACKWARD = text(_WALK.format(edges=_EDGES, near="output_lot_code", far="input_lot_code"))
_FORWARD = text(_WALK.format(edges=_EDGES, near="input_lot_code", far="output_lot_code"))
_ORDER_INPUTS = text(
    f"WITH {_EDGES} SELECT *, 1 AS depth FROM edges"
    " WHERE order_number = :order AND output_lot_code = :lot"
    " ORDER BY input_item_code, input_lot_code"
)


def _step(row) -> GenealogyStep:  # noqa: ANN001 - a result row
    mapping = row._mapping
    near = mapping.get("path") or [mapping["output_lot_code"], mapping["input_lot_code"]]
    return GenealogyStep(
        depth=mapping["depth"],
        input_lot_code=mapping["input_lot_code"],
        input_item_code=mapping["input_item_code"],
        output_lot_code=mapping["output_lot_code"],
        output_item_code=mapping["output_item_code"],
        quantity=mapping["quantity"],
        uom=mapping["uom"],
        order_number=mapping["order_number"],
        operation_seq=mapping["operation_seq"],
        linked_at=mapping["linked_at"],
        path=list(near),
    )


def get_lot_genealogy(
    session: Session, query: GetLotGenealogy, *, actor: Principal
) -> LotGenealogy:
    """Every link reachable from the lot, level by level up to max_depth, one page at a time."""
    TABLE.require(actor, "get_lot_genealogy")
    refuse_if(depth_refusal(query.max_depth))
    statement = _BACKWARD if query.direction is Direction.BACKWARD else _FORWARD
    rows = session.execute(
        statement,
        {
            "lot": query.lot_code,
            "max_depth": query.max_depth,
            "after": paging.position_after(query.page_token) or 0,
            "limit": query.page_size + 1,
        },
    ).all()
    steps = [_step(row) for row in rows[: query.page_size]]
    more = len(rows) > query.page_size
    return LotGenealogy(
        lot_code=query.lot_code,
        direction=query.direction,
        steps=steps,
        next_page_token=paging.token(rows[query.page_size - 1].position) if more else "",
    )


def get_order_genealogy(
    session: Session, query: GetOrderGenealogy, *, actor: Principal
) -> OrderGenealogy:
    """The order's input lots (summed per lot), its outputs and every consumption."""
    TABLE.require(actor, "get_order_genealogy")
    order = session.scalar(
        select(ProductionOrder).where(ProductionOrder.number == query.order_number)
    )
    if order is None:
        raise not_found("order_not_found", f"no production order {query.order_number}")
    inputs = session.execute(
        _ORDER_INPUTS, {"order": order.number, "lot": order.output_lot_code or ""}
    ).all()
    outputs = session.scalars(
        select(OrderOutput)
        .where(OrderOutput.order_id == order.id)
        .order_by(OrderOutput.produced_at)
    )
    consumptions = session.scalars(
        select(Consumption)
        .where(Consumption.order_id == order.id)
        .order_by(Consumption.consumed_at, Consumption.id)
    )
    return OrderGenealogy(
        order_number=order.number,
        item_code=order.item_code,
        output_lot_code=order.output_lot_code or "",
        inputs=[_step(row) for row in inputs],
        outputs=[output_view(row) for row in outputs],
        consumptions=[consumption_view(row, order) for row in consumptions],
    )
