"""How the kernel hosts the production service."""

from pathlib import Path

from lotflow.service_spec import ServiceSpec
from protos.production.v1 import production_pb2
from services.production import api, rpc

spec = ServiceSpec(
    name="production",
    version="1.0.0",
    grpc_services=(production_pb2.DESCRIPTOR.services_by_name["ProductionService"].full_name,),
    add_to_grpc_server=rpc.add_to_server,
    routers=api.routers,
    migrations_dir=Path(__file__).parent / "migrations",
)
