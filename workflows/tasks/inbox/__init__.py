"""The human task inbox, hosted like a service: a projection of the workflows' tasks in its
own database (lotflow_tasks), read over REST and gRPC; claims, unclaims and completions are
sent to the owning workflow as Temporal Updates."""
