"""Production commands and views, shared by REST and gRPC."""
