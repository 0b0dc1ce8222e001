"""Production REST routes under /v1: each calls one use case or one query."""

from services.production.api import order_updates, work_centers

routers = (
    work_centers.router,
    order_updates.router,
)
