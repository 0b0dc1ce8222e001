"""Suppliers, approved items and how each item is received."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.receiving.queries import suppliers as queries
from services.receiving.schemas.suppliers import (
    ApprovedItemView,
    ApproveSupplierItem,
    CreateSupplier,
    ItemApproval,
    ReceivingRequirements,
    SetReceivingRequirements,
    SetSupplierTlcAssignment,
    SupplierPage,
    SupplierQuery,
    SupplierView,
    TlcAssignment,
)
from services.receiving.service import suppliers as service

router = APIRouter(prefix="/v1", tags=["suppliers"])


@router.post("/suppliers", status_code=201)
def create_supplier(
    command: CreateSupplier, request_id: RequestId, actor: Caller, db: Db
) -> SupplierView:
    return service.create_supplier(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/suppliers")
def list_suppliers(query: Annotated[SupplierQuery, Query()], actor: Caller, db: Db) -> SupplierPage:
    return db.read(queries.list_suppliers, query, actor=actor)


@router.get("/suppliers/{code}")
def get_supplier(code: str, actor: Caller, db: Db) -> SupplierView:
    return db.read(queries.get_supplier, code, actor=actor)


@router.put("/suppliers/{code}/tlc-assignment")
def set_supplier_tlc_assignment(
    code: str, body: TlcAssignment, request_id: RequestId, actor: Caller, db: Db
) -> SupplierView:
    return service.set_supplier_tlc_assignment(
        db.unit_of_work(),
        request_id=request_id,
        command=SetSupplierTlcAssignment(supplier_code=code, **body.model_dump()),
        actor=actor,
    )


@router.post("/suppliers/{code}/approved-items", status_code=201)
def approve_supplier_item(
    code: str, body: ItemApproval, request_id: RequestId, actor: Caller, db: Db
) -> ApprovedItemView:
    return service.approve_supplier_item(
        db.unit_of_work(),
        request_id=request_id,
        command=ApproveSupplierItem(supplier_code=code, **body.model_dump()),
        actor=actor,
    )


@router.put("/suppliers/{code}/approved-items/{item_code}/receiving-requirements")
def set_receiving_requirements(
    code: str,
    item_code: str,
    body: ReceivingRequirements,
    request_id: RequestId,
    actor: Caller,
    db: Db,
) -> ApprovedItemView:
    return service.set_receiving_requirements(
        db.unit_of_work(),
        request_id=request_id,
        command=SetReceivingRequirements(
            supplier_code=code, item_code=item_code, requirements=body
        ),
        actor=actor,
    )
