"""The human task inbox, hosted like a service: a projection of the workflows' tasks in its
own database (lotflow_tasks), read over REST and gRPC; claims, unclaims and completions are
sent to the owning workflow as Temporal Updates.

Of the workflows it knows only the pure side of human tasks, `workflows.tasks.contracts` (the
task, its events and Updates) and `workflows.tasks.rules` (groups, refusal kinds).
"""
