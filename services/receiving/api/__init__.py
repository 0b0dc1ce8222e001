"""Receiving REST routes under /v1: each calls one service or query function."""

from services.receiving.api import lot_code_rules, purchase_orders, receipts, scans, suppliers

routers = (
    suppliers.router,
    purchase_orders.router,
    receipts.router,
    lot_code_rules.router,
    scans.router,
)
