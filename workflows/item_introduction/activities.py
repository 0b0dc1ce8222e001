"""Item introduction's steps: each calls one service over gRPC, keyed by workflow id and step."""

from __future__ import annotations

from temporalio import activity

from protos.quality.v1 import quality_pb2, quality_pb2_grpc
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from workflows.item_introduction.contracts import (
    DEFINE_INSPECTION_PLAN,
    REGISTER_ITEM,
    Characteristic,
    DefinedPlan,
    DefinePlanStep,
    NewItem,
    RegisteredItem,
)
from workflows.service_calls import ServiceAccess, step_request_id


class ItemIntroductionActivities:
    def __init__(self, services: ServiceAccess) -> None:
        self.services = services

    @activity.defn(name=REGISTER_ITEM)
    async def register_item(self, item: NewItem) -> RegisteredItem:
        request = warehouse_pb2.RegisterItemRequest(
            request_id=step_request_id(REGISTER_ITEM),
            code=item.code,
            gtin=item.gtin or "",
            description=item.description,
            base_uom=item.base_uom,
            lot_controlled=item.lot_controlled,
            storage_condition=item.storage_condition or "",
        )
        if item.shelf_life_days is not None:
            request.shelf_life_days = item.shelf_life_days
        async with self.services.channel("warehouse") as channel:
            stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
            registered = await self.services.call(stub.RegisterItem, request)
        return RegisteredItem(id=registered.id, code=registered.code)

    @activity.defn(name=DEFINE_INSPECTION_PLAN)
    async def define_inspection_plan(self, step: DefinePlanStep) -> DefinedPlan:
        request = quality_pb2.DefineInspectionPlanRequest(
            request_id=step_request_id(DEFINE_INSPECTION_PLAN),
            item_code=step.item_code,
            supplier_code=step.plan.supplier_code or "",
            sample_size=step.plan.sample_size,
            characteristics=[_characteristic(c) for c in step.plan.characteristics],
            skip_lot_after=step.plan.skip_lot_after,
        )
        async with self.services.channel("quality") as channel:
            stub = quality_pb2_grpc.QualityServiceStub(channel)
            plan = await self.services.call(stub.DefineInspectionPlan, request)
        return DefinedPlan(id=plan.id, version=plan.version)


def _characteristic(characteristic: Characteristic) -> quality_pb2.Characteristic:
    def decimal(value: object) -> str:
        return "" if value is None else str(value)

    return quality_pb2.Characteristic(
        name=characteristic.name,
        kind=characteristic.kind,
        lower_limit=decimal(characteristic.lower_limit),
        upper_limit=decimal(characteristic.upper_limit),
        unit=characteristic.unit or "",
    )
