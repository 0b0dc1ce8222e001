"""How the kernel hosts the task inbox (`lotflow serve tasks`).

`spec` connects to Temporal from settings on first use; `inbox_spec(gateway)` builds the same
inbox around another gateway, e.g. one holding a test environment's client.
"""

from __future__ import annotations

from pathlib import Path

from lotflow.service_spec import ServiceSpec
from protos.tasks.v1 import tasks_pb2
from services.tasks import api, rpc
from services.tasks.temporal_gateway import TemporalGateway

GRPC_SERVICE = tasks_pb2.DESCRIPTOR.services_by_name["TasksService"].full_name
MIGRATIONS = Path(__file__).parent / "migrations"


def inbox_spec(gateway: TemporalGateway) -> ServiceSpec:
    return ServiceSpec(
        name="tasks",
        version="1.0.0",
        grpc_services=(GRPC_SERVICE,),
        add_to_grpc_server=lambda server, database: rpc.add_to_server(server, database, gateway),
        routers=(api.build_router(gateway), api.build_health_router(gateway)),
        migrations_dir=MIGRATIONS,
    )


spec = inbox_spec(TemporalGateway())
