"""How the kernel hosts the recall service."""

from pathlib import Path

from lotflow.service_spec import ServiceSpec
from protos.recall.v1 import recall_pb2
from services.recall import api, rpc

spec = ServiceSpec(
    name="recall",
    version="1.0.0",
    grpc_services=(recall_pb2.DESCRIPTOR.services_by_name["RecallService"].full_name,),
    add_to_grpc_server=rpc.add_to_server,
    routers=(api.router,),
    migrations_dir=Path(__file__).parent / "migrations",
)
