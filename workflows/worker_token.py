"""The bearer token the worker presents to the services: the kernel's service token, signed
for the worker's own identity and roles (lotflow/service_token.py)."""

from __future__ import annotations

import time
from collections.abc import Callable

from lotflow.service_token import ServiceToken
from lotflow.settings import Settings

WORKER_USER = "lotflow-worker"
# What the worker's activities do, and no more: register items, define inspection plans.
WORKER_ROLES = (
    "warehouse_admin",  # item introduction
    "quality_engineer",
    "task_recorder",  # the human task projection
    # inbound: receive into quarantine, ask for and open inspections, apply lot decisions
    "receiver",
    "warehouse_clerk",
    # the service identity that alone settles quality decisions in the warehouse, and blocks
    # and unblocks a held lot's stock for the hold feed
    "workflow",
    "quality_inspector",
    # recording inspectors' results and approvers' decisions on their behalf (lotflow/auth.py)
    "quality_approver",
    "delegate",
    # production orders: block and unblock orders, backflush, produce output, complete orders;
    # operator reports and substitutions recorded on behalf of the operator, requester or
    # approver (delegate), in the roles they hold
    "production",
    "production_planner",
    "planner",  # a recorded substitute is reserved in the warehouse (with warehouse_clerk)
    "event_reader",  # the receipt, hold and order feeds follow receiving's, quality's, production's
    "auditor",  # reads: receipts, inspection requirements, lot quality status, lots
)


class WorkerToken(ServiceToken):
    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(WORKER_USER, WORKER_ROLES, settings, clock=clock)
