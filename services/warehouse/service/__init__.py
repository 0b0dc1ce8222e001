"""Warehouse use cases: one function each, taking `uow, *, request_id, command, actor`.

Each checks the caller's role, runs once per request id and owns its transaction; the REST
routes, the gRPC servicer and (through gRPC) the workflows all call the same functions.
"""
