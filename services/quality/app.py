"""How the kernel hosts the quality service."""

from pathlib import Path

from lotflow.service_spec import ServiceSpec
from protos.quality.v1 import quality_pb2
from services.quality import api, rpc

spec = ServiceSpec(
    name="quality",
    version="1.1.0",
    grpc_services=(quality_pb2.DESCRIPTOR.services_by_name["QualityService"].full_name,),
    add_to_grpc_server=rpc.add_to_server,
    routers=api.routers,
    migrations_dir=Path(__file__).parent / "migrations",
)
