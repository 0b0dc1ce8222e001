"""How the kernel hosts the warehouse service."""

from pathlib import Path

from lotflow.service_spec import ServiceSpec
from protos.warehouse.v1 import warehouse_pb2
from services.warehouse import api, rpc

spec = ServiceSpec(
    name="warehouse",
    version="1.1.0",
    grpc_services=(warehouse_pb2.DESCRIPTOR.services_by_name["WarehouseService"].full_name,),
    add_to_grpc_server=rpc.add_to_server,
    routers=api.routers,
    migrations_dir=Path(__file__).parent / "migrations",
)
