"""Production REST routes under /v1: each calls one use case or one query."""

from services.production.api import boms, order_updates, orders, substitutions, wip, work_centers

routers = (
    work_centers.router,
    boms.router,
    orders.router,
    substitutions.router,
    wip.router,
    order_updates.router,
)
