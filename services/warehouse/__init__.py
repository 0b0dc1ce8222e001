"""Warehouse: items, locations, lots, stock and the append-only movement ledger."""
