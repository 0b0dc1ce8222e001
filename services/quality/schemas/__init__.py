"""Quality API models, shared by REST and gRPC: commands refuse unknown fields, decimals arrive
as strings, views are what both transports return."""
