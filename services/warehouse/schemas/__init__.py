"""Warehouse API models, shared by REST and gRPC (commands refuse unknown fields)."""
