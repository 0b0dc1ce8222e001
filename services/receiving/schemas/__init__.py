"""Receiving API models, shared by REST and gRPC: commands are validated the same way on both."""
