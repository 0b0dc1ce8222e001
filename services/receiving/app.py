"""How the kernel hosts the receiving service."""

from pathlib import Path

from lotflow.service_spec import ServiceSpec
from protos.receiving.v1 import receiving_pb2
from services.receiving import api, rpc

spec = ServiceSpec(
    name="receiving",
    version="1.1.0",
    grpc_services=(receiving_pb2.DESCRIPTOR.services_by_name["ReceivingService"].full_name,),
    add_to_grpc_server=rpc.add_to_server,
    routers=api.routers,
    migrations_dir=Path(__file__).parent / "migrations",
)
