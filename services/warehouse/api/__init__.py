"""Warehouse REST routes under /v1: each calls one service or query function."""

from services.warehouse.api import master_data, movements, orders, stock

routers = (master_data.router, stock.router, movements.router, orders.router)
