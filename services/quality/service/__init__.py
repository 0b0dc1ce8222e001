"""Quality use cases: one function each, taking `uow, *, request_id, command, actor`.

Each checks the caller's role, queues behind other changes to the same lot, runs once per
request id and owns its transaction; a refusal rolls everything back, the request id too. The
REST routes, the gRPC servicer and (through gRPC) the workflows all call the same functions.
"""
