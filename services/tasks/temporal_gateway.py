"""The inbox's way into Temporal: the kernel's gateway (lotflow/temporal_gateway.py), whose
Updates act on tasks."""

from lotflow.temporal_gateway import UPDATE_WAIT, TemporalGateway, UpdateCall

__all__ = ["UPDATE_WAIT", "TemporalGateway", "UpdateCall"]
