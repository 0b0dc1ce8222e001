"""Walking a service's role table over both transports: each use case of every table mapped to
one REST call and one gRPC call that reach it, and who the walk calls as.

The requests name made-up lots, orders and ids, but are well formed, so they get past decoding to
the use case and its role check: a caller without the roles must be refused there, a caller with
one may still be refused for what the request names (not found, a conflict, a broken rule), never
for its role. Shared by tests/integration/test_role_tables.py and the task inbox's walk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

import grpc
from google.protobuf import json_format

from lotflow.roles import AUDITOR_ROLE, RoleTable
from lotflow.service_host import RunningService
from protos.production.v1 import production_pb2, production_pb2_grpc
from protos.quality.v1 import quality_pb2, quality_pb2_grpc
from protos.recall.v1 import recall_pb2, recall_pb2_grpc
from protos.receiving.v1 import receiving_pb2, receiving_pb2_grpc
from protos.tasks.v1 import tasks_pb2, tasks_pb2_grpc
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from services.production.domain import TABLE as PRODUCTION
from services.quality.domain.roles import TABLE as QUALITY
from services.recall.domain import TABLE as RECALL
from services.receiving.domain.roles import TABLE as RECEIVING
from services.tasks.roles import TABLE as TASKS
from services.warehouse.domain.roles import TABLE as WAREHOUSE
from tests.transport import auth, error_code, new_request_id, rest_client

TABLES: dict[str, RoleTable] = {
    table.service: table for table in (RECEIVING, QUALITY, WAREHOUSE, PRODUCTION, RECALL, TASKS)
}

# (service's gRPC stub, its messages module, the service's name in the proto)
GRPC = {
    "receiving": (receiving_pb2_grpc.ReceivingServiceStub, receiving_pb2, "ReceivingService"),
    "quality": (quality_pb2_grpc.QualityServiceStub, quality_pb2, "QualityService"),
    "warehouse": (warehouse_pb2_grpc.WarehouseServiceStub, warehouse_pb2, "WarehouseService"),
    "production": (production_pb2_grpc.ProductionServiceStub, production_pb2, "ProductionService"),
    "recall": (recall_pb2_grpc.RecallServiceStub, recall_pb2, "RecallService"),
    "tasks": (tasks_pb2_grpc.TasksServiceStub, tasks_pb2, "TasksService"),
}

# Made-up references: well formed, naming nothing that exists.
NO_ID = "00000000-0000-4000-8000-00000000f00d"
LOT, ITEM, SUPPLIER, ORDER, BIN, SITE = "RW-LOT", "RW-ITEM", "RW-SUP", "RW-PO", "RW-BIN", "RW-SITE"
DAY = "2026-03-31"


@dataclass(frozen=True)
class Call:
    """One use case reached over REST (`method path`, JSON body or, for a GET, query string)
    and over gRPC (the method, its request's fields: the body's, unless the request nests it
    as `nested_as`, and the path's)."""

    rest_method: str | None
    path: str | None
    rpc: str
    body: dict[str, Any] | None = None
    path_fields: dict[str, Any] = field(default_factory=dict)
    nested_as: str | None = None

    @property
    def rpc_fields(self) -> dict[str, Any]:
        body = {self.nested_as: self.body} if self.nested_as else self.body or {}
        return {**body, **self.path_fields}


def post(path: str, rpc: str, body: dict | None = None, **path_fields: Any) -> Call:
    return Call("POST", path, rpc, body, path_fields)


def put(path: str, rpc: str, body: dict, nested_as: str | None = None, **path_fields: Any) -> Call:
    return Call("PUT", path, rpc, body, path_fields, nested_as)


def get(path: str, rpc: str, params: dict | None = None, **path_fields: Any) -> Call:
    return Call("GET", path, rpc, params, path_fields)


def grpc_only(rpc: str, **fields: Any) -> Call:
    return Call(None, None, rpc, fields)


_STOCK = {"lot_code": LOT, "quantity": "1", "uom": "KGM"}
_AT_BIN = {**_STOCK, "location_code": BIN}
_DISPOSAL = {**_AT_BIN, "status": "AVAILABLE", "reason_code": "DAMAGED"}

# Each use case's call, or calls when several routes reach it.
CALLS: dict[str, dict[str, Call | tuple[Call, ...]]] = {
    "receiving": {
        "create_supplier": post(
            "/v1/suppliers", "CreateSupplier", {"code": SUPPLIER, "name": "Walk", "country": "DE"}
        ),
        "approve_supplier_item": post(
            f"/v1/suppliers/{SUPPLIER}/approved-items",
            "ApproveSupplierItem",
            {"item_code": ITEM},
            supplier_code=SUPPLIER,
        ),
        "set_supplier_tlc_assignment": put(
            f"/v1/suppliers/{SUPPLIER}/tlc-assignment",
            "SetSupplierTlcAssignment",
            {"assigns_traceability_lot_codes": True},
            supplier_code=SUPPLIER,
        ),
        "set_receiving_requirements": put(
            f"/v1/suppliers/{SUPPLIER}/approved-items/{ITEM}/receiving-requirements",
            "SetReceivingRequirements",
            {"expiry_date": True},
            nested_as="requirements",
            supplier_code=SUPPLIER,
            item_code=ITEM,
        ),
        "define_lot_code_rule": put(
            "/v1/lot-code-rules/rw-rule", "DefineLotCodeRule", {"pattern": "{seq}"}, name="rw-rule"
        ),
        "create_purchase_order": post(
            "/v1/purchase-orders",
            "CreatePurchaseOrder",
            {
                "number": ORDER,
                "supplier_code": SUPPLIER,
                "lines": [
                    {
                        "line_number": 1,
                        "item_code": ITEM,
                        "quantity": "1",
                        "unit": "KGM",
                        "due_date": DAY,
                    }
                ],
            },
        ),
        "cancel_purchase_order": post(
            f"/v1/purchase-orders/{ORDER}/cancel",
            "CancelPurchaseOrder",
            {"reason": "walk"},
            number=ORDER,
        ),
        "record_receipt": post(
            "/v1/receipts",
            "RecordReceipt",
            {
                "purchase_order_number": ORDER,
                "line_number": 1,
                "quantity": "1",
                "unit": "KGM",
                "supplier_lot": "S-1",
                "receiving_location": BIN,
            },
        ),
        "mark_receipt_failed": post(
            f"/v1/receipts/{NO_ID}/failure",
            "MarkReceiptFailed",
            {"step": "warehouse", "reason": "walk"},
            receipt_id=NO_ID,
        ),
        "reopen_receipt": post(f"/v1/receipts/{NO_ID}/reopen", "ReopenReceipt", receipt_id=NO_ID),
        "record_receipt_outcome": post(
            f"/v1/receipts/{NO_ID}/outcome",
            "RecordReceiptOutcome",
            {"accepted_quantity": "1", "rejected_quantity": "0"},
            receipt_id=NO_ID,
        ),
        "return_to_supplier": post(
            f"/v1/receipts/{NO_ID}/returns",
            "ReturnToSupplier",
            {"quantity": "1", "reason": "walk"},
            receipt_id=NO_ID,
        ),
        "parse_scan": post("/v1/scans/parse", "ParseScan", {"scan": "(10)ABC123"}),
        "get_supplier": get(f"/v1/suppliers/{SUPPLIER}", "GetSupplier", code=SUPPLIER),
        "list_suppliers": get("/v1/suppliers", "ListSuppliers"),
        "list_lot_code_rules": get("/v1/lot-code-rules", "ListLotCodeRules"),
        "get_purchase_order": get(f"/v1/purchase-orders/{ORDER}", "GetPurchaseOrder", number=ORDER),
        "list_purchase_orders": get("/v1/purchase-orders", "ListPurchaseOrders"),
        "get_receipt": get(f"/v1/receipts/{NO_ID}", "GetReceipt", receipt_id=NO_ID),
        "list_receipts": get("/v1/receipts", "ListReceipts"),
        "list_kdes": get("/v1/receiving-kdes", "ListReceivingKdes", {"lot_code": LOT}),
    },
    "quality": {
        "define_inspection_plan": post(
            "/v1/inspection-plans",
            "DefineInspectionPlan",
            {
                "item_code": ITEM,
                "sample_size": 1,
                "characteristics": [{"name": "colour", "kind": "attribute"}],
            },
        ),
        "open_inspection": post(
            "/v1/inspections",
            "OpenInspection",
            {
                "lot_code": LOT,
                "item_code": ITEM,
                "receipt_reference": "RW-REC",
                "quantity": "1",
                "unit": "KGM",
            },
        ),
        "record_inspection_results": post(
            f"/v1/inspections/{NO_ID}/results",
            "RecordInspectionResults",
            {"results": [{"characteristic": "colour", "passed": True}]},
            inspection_id=NO_ID,
        ),
        "complete_inspection": post(
            f"/v1/inspections/{NO_ID}/complete", "CompleteInspection", inspection_id=NO_ID
        ),
        "decide_lot": post(
            f"/v1/inspections/{NO_ID}/decision",
            "DecideLot",
            {"decision": "release"},
            inspection_id=NO_ID,
        ),
        "place_hold": post(
            "/v1/holds", "PlaceHold", {"lot_code": LOT, "reason": "walk", "source": "deviation"}
        ),
        "place_recall_hold": post(
            "/v1/holds",
            "PlaceHold",
            {"lot_code": LOT, "reason": "walk", "source": "recall", "source_reference": "RW-RC"},
        ),
        "release_hold": post(
            f"/v1/holds/{NO_ID}/release", "ReleaseHold", {"reason": "walk"}, hold_id=NO_ID
        ),
        "open_nonconformance": post(
            "/v1/nonconformances",
            "OpenNonconformance",
            {
                "lot_code": LOT,
                "item_code": ITEM,
                "description": "walk",
                "quantity": "1",
                "unit": "KGM",
                "severity": "minor",
            },
        ),
        "disposition_nonconformance": post(
            f"/v1/nonconformances/{NO_ID}/disposition",
            "DispositionNonconformance",
            {"dispositions": [{"disposition": "scrap", "quantity": "1"}], "reason": "walk"},
            nonconformance_id=NO_ID,
        ),
        "close_nonconformance": post(
            f"/v1/nonconformances/{NO_ID}/close",
            "CloseNonconformance",
            {"reason": "walk"},
            nonconformance_id=NO_ID,
        ),
        "get_inspection_plan": get(
            f"/v1/items/{ITEM}/inspection-plan", "GetInspectionPlan", item_code=ITEM
        ),
        "get_inspection_requirement": get(
            f"/v1/items/{ITEM}/inspection-requirement",
            "GetInspectionRequirement",
            {"supplier_code": SUPPLIER, "lot_code": LOT},
            item_code=ITEM,
        ),
        "get_inspection": get(f"/v1/inspections/{NO_ID}", "GetInspection", inspection_id=NO_ID),
        "list_inspections": get("/v1/inspections", "ListInspections"),
        "get_hold": get(f"/v1/holds/{NO_ID}", "GetHold", hold_id=NO_ID),
        "list_holds": get("/v1/holds", "ListHolds"),
        "lot_quality_status": get(
            f"/v1/lots/{LOT}/quality-status", "GetLotQualityStatus", lot_code=LOT
        ),
        "get_nonconformance": get(
            f"/v1/nonconformances/{NO_ID}", "GetNonconformance", nonconformance_id=NO_ID
        ),
        "list_nonconformances": get("/v1/nonconformances", "ListNonconformances"),
    },
    "warehouse": {
        "register_item": post(
            "/v1/items", "RegisterItem", {"code": ITEM, "description": "walk", "base_uom": "KGM"}
        ),
        "register_location": post(
            "/v1/locations", "RegisterLocation", {"code": SITE, "name": "walk", "level": "site"}
        ),
        "register_putaway_rule": post(
            "/v1/putaway-rules", "RegisterPutawayRule", {"zone_code": "RW-ZONE"}
        ),
        "register_lot": post(
            "/v1/lots", "RegisterLot", {"origin": "received", "lot_code": LOT, "item_code": ITEM}
        ),
        "receive_stock": post(
            "/v1/stock/receipts", "ReceiveStock", {**_AT_BIN, "reference_number": "RW-REC"}
        ),
        "transfer_stock": post(
            "/v1/stock/transfers",
            "TransferStock",
            {**_STOCK, "from_location_code": BIN, "to_location_code": "RW-BIN-2"},
        ),
        "confirm_putaway": post(
            "/v1/stock/putaways",
            "ConfirmPutaway",
            {
                **_STOCK,
                "from_location_code": BIN,
                "suggested_location_code": "RW-BIN-2",
                "scanned_location_code": "RW-BIN-2",
            },
        ),
        "put_away_by_rule": post(
            "/v1/stock/putaways/by-rule", "PutAwayByRule", {**_STOCK, "from_location_code": BIN}
        ),
        "issue_stock": post(
            "/v1/stock/issues", "IssueStock", {**_AT_BIN, "reference_number": "RW-WO"}
        ),
        "return_stock": post(
            "/v1/stock/returns", "ReturnStock", {**_AT_BIN, "reference_number": "RW-WO"}
        ),
        # Scrapping and returning to the supplier: two doors to one use case.
        "dispose_stock": (
            post("/v1/stock/scraps", "ScrapStock", _DISPOSAL),
            post("/v1/stock/supplier-returns", "ReturnToSupplier", _DISPOSAL),
        ),
        "adjust_stock": post(
            "/v1/stock/adjustments",
            "AdjustStock",
            {
                "lot_code": LOT,
                "location_code": BIN,
                "status": "AVAILABLE",
                "quantity_change": "1",
                "uom": "KGM",
                "reason_code": "COUNT",
                "reference_number": "RW-CC",
            },
        ),
        # Quarantining available stock: every role of the use case may do it.
        "change_stock_status": post(
            "/v1/stock/status-changes",
            "ChangeStockStatus",
            {
                **_AT_BIN,
                "from_status": "AVAILABLE",
                "to_status": "QUARANTINE",
                "reason_code": "SUSPECT",
            },
        ),
        "decide_lot": post(
            "/v1/stock/lot-decisions",
            "DecideLot",
            {
                "lot_code": LOT,
                "decision": "release",
                "reference_type": "INSPECTION",
                "reference_number": "RW-INS",
            },
        ),
        "hold_lot": post(
            "/v1/stock/holds", "HoldLot", {"lot_code": LOT, "hold_ref": NO_ID, "reason": "walk"}
        ),
        "lift_hold": post(
            "/v1/stock/hold-lifts",
            "LiftHold",
            {"lot_code": LOT, "hold_ref": NO_ID, "reason": "walk"},
        ),
        "reserve_stock": post(
            "/v1/reservations",
            "ReserveStock",
            {
                "order_ref": "RW-SO",
                "item_code": ITEM,
                "site_code": SITE,
                "quantity": "1",
                "uom": "KGM",
                "need_date": DAY,
            },
        ),
        "release_reservation": post(
            "/v1/reservation-releases", "ReleaseReservation", {"reservation_id": NO_ID}
        ),
        "dispatch_transfer": post(
            "/v1/site-transfers",
            "DispatchTransfer",
            {**_STOCK, "from_location_code": BIN, "to_site_code": SITE},
        ),
        "receive_transfer": post(
            "/v1/site-transfer-receipts",
            "ReceiveTransfer",
            {"transfer_id": NO_ID, "to_location_code": BIN},
        ),
        "ship_stock": post(
            "/v1/shipments",
            "ShipStock",
            {"shipment_number": "RW-SH", "customer": "Walk", "ship_to": "Walk", "lines": [_AT_BIN]},
        ),
        "check_ledger": get("/v1/ledger/check", "CheckLedger"),
        "get_item": get(f"/v1/items/{ITEM}", "GetItem", ref=ITEM),
        "get_location": get(f"/v1/locations/{BIN}", "GetLocation", code=BIN),
        "list_locations": get("/v1/locations", "ListLocations"),
        "get_lot": get(f"/v1/lots/{LOT}", "GetLot", lot_code=LOT),
        "lot_movements": get(f"/v1/lots/{LOT}/movements", "ListLotMovements", lot_code=LOT),
        "on_hand": get("/v1/stock", "ListOnHand", {"lot_code": LOT}),
        "stock_by_site": get("/v1/stock/by-site", "ListStockBySite", {"site_code": SITE}),
        "suggest_putaway": get(
            "/v1/putaway/suggestion",
            "SuggestPutaway",
            {"lot_code": LOT, "from_location_code": BIN},
        ),
        "get_reservation": get(f"/v1/reservations/{NO_ID}", "GetReservation", reservation_id=NO_ID),
    },
    "production": {
        "register_work_center": post(
            "/v1/work-centers",
            "RegisterWorkCenter",
            {"code": "RW-WC", "name": "walk", "site_code": SITE, "kind": "line"},
        ),
        "define_scrap_reason": post(
            "/v1/work-centers/RW-WC/scrap-reasons",
            "DefineScrapReason",
            {"reason_code": "RW-R", "description": "walk", "category": "material"},
            work_center_code="RW-WC",
        ),
        "deactivate_scrap_reason": post(
            "/v1/work-centers/RW-WC/scrap-reasons/RW-R/deactivate",
            "DeactivateScrapReason",
            work_center_code="RW-WC",
            reason_code="RW-R",
        ),
        "get_work_center": get("/v1/work-centers/RW-WC", "GetWorkCenter", ref="RW-WC"),
        "list_work_centers": get("/v1/work-centers", "ListWorkCenters"),
    },
    "recall": {
        "open_recall": post(
            "/v1/recalls",
            "OpenRecall",
            {
                "recall_number": "RW-RC",
                "reason": "walk",
                "classification": "class_ii",
                "scope": [{"lot_code": LOT}],
            },
        ),
        "cancel_recall": post(
            "/v1/recalls/RW-RC/cancel", "CancelRecall", {"reason": "walk"}, recall_number="RW-RC"
        ),
        "close_recall": post(
            "/v1/recalls/RW-RC/close", "CloseRecall", {"summary": "walk"}, recall_number="RW-RC"
        ),
        "get_recall": get("/v1/recalls/RW-RC", "GetRecall", ref="RW-RC"),
        "list_recalls": get("/v1/recalls", "ListRecalls"),
    },
    "tasks": {
        # Only the workflow worker records task events, over gRPC alone.
        "record_task_event": grpc_only("RecordTaskEvent", event_json="{}"),
        "workflow_health": get("/v1/workflow-problems", "ListWorkflowProblems"),
    },
}


def calls_of(service: str, use_case: str) -> tuple[Call, ...]:
    calls = CALLS[service][use_case]
    return calls if isinstance(calls, tuple) else (calls,)


def walked_rpcs(service: str) -> set[str]:
    return {call.rpc for use_case in CALLS[service] for call in calls_of(service, use_case)}


def walked_routes(service: str) -> set[tuple[str, str]]:
    """(method, path) of each walked REST call, its made-up references as they are sent."""
    every = (call for use_case in CALLS[service] for call in calls_of(service, use_case))
    return {(call.rest_method, call.path) for call in every if call.rest_method}


def every_use_case(*services: str) -> list[tuple[str, str]]:
    """(service, use case) for each use case of the services' tables."""
    return [
        (service, use_case)
        for service in services
        for use_case in (*TABLES[service].writes, *TABLES[service].reads)
    ]


# -- who calls ----------------------------------------------------------------------------------


def is_read(service: str, use_case: str) -> bool:
    return use_case in TABLES[service].reads


def roles_of(service: str, use_case: str) -> tuple[str, ...]:
    """The roles the table names for the use case (not the auditor's right to read)."""
    table = TABLES[service]
    return table.reads[use_case] if is_read(service, use_case) else table.writes[use_case]


def other_roles(service: str, use_case: str) -> list[str]:
    """Every role any table names, but the use case's own, the auditor and admin: a caller
    holding all of them holds none of the use case's."""
    every = frozenset().union(*(table.roles() for table in TABLES.values()))
    return sorted(every - set(roles_of(service, use_case)) - {AUDITOR_ROLE})


# -- calling ------------------------------------------------------------------------------------

# (status code, stable error code) of a call; (200, None) / (OK, None) when it succeeds.
Outcome = tuple[Any, str | None]

ROLE_REFUSED_REST: Outcome = (403, "role_required")
ROLE_REFUSEDGRPC: Outcome = (grpc.StatusCode.PERMISSION_DENIED, "role_required")


def call_rest(service: RunningService, call: Call, bearer: str) -> Outcome:
    headers = {} if call.rest_method == "GET" else {"Idempotency-Key": new_request_id()}
    with rest_client(service, bearer) as client:
        if call.rest_method == "GET":
            response = client.get(call.path, params=call.body or {})
        else:
            response = client.request(call.rest_method, call.path, json=call.body, headers=headers)
    is_json = response.headers.get("content-type", "").endswith("json")
    return response.status_code, (response.json().get("code") if is_json else None)


def call_grpc(service: RunningService, name: str, call: Call, bearer: str) -> Outcome:
    stub_type, messages, proto_service = GRPC[name]
    method = messages.DESCRIPTOR.services_by_name[proto_service].methods_by_name[call.rpc]
    request_type = getattr(messages, method.input_type.name)
    fields = dict(call.rpc_fields)
    if "request_id" in request_type.DESCRIPTOR.fields_by_name:
        fields["request_id"] = new_request_id()
    request = json_format.ParseDict(fields, request_type())
    with grpc.insecure_channel(service.grpc_target) as channel:
        try:
            getattr(stub_type(channel), call.rpc)(request, metadata=auth(bearer), timeout=30)
        except grpc.RpcError as error:
            return error.code(), error_code(error)
    return grpc.StatusCode.OK, None


def refused_for_role(outcome: Outcome) -> bool:
    status, code = outcome
    if status in (401, grpc.StatusCode.UNAUTHENTICATED):
        return True
    return status in (403, grpc.StatusCode.PERMISSION_DENIED) and code == "role_required"


def broke(outcome: Outcome) -> bool:
    """A server error: made-up input is refused, never fails the server."""
    status = outcome[0]
    if isinstance(status, int):
        return status >= 500
    return status in (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN)


def walk(service: RunningService, name: str, use_case: str, token: Any) -> list[str]:
    """Call the use case over each transport as a caller without its roles, as each of its
    roles and as an auditor; return what went against the table (nothing, if all is well)."""
    callers = {"without its roles": token("walker", *other_roles(name, use_case))}
    callers |= {f"as {role}": token("walker", role) for role in roles_of(name, use_case)}
    callers["as auditor"] = token("walker", AUDITOR_ROLE)
    problems = []
    for transport, call, send in _transports(service, name, use_case):
        for who, bearer in callers.items():
            outcome = send(bearer)
            refuse = who == "without its roles" or (
                who == "as auditor" and not is_read(name, use_case)
            )
            expected = ROLE_REFUSEDGRPC if transport == "gRPC" else ROLE_REFUSED_REST
            where = f"{transport} {call.rpc if transport == 'gRPC' else call.path}"
            if refuse and outcome != expected:
                problems.append(f"{where} {who}: {outcome}, expected {expected}")
            if not refuse and (refused_for_role(outcome) or broke(outcome)):
                problems.append(f"{where} {who}: {outcome}")
    return problems


def _transports(service: RunningService, name: str, use_case: str) -> list[tuple]:
    """(transport, call, how to send it as a bearer) for each way the walk reaches the use case."""
    sends = []
    for call in calls_of(name, use_case):
        sends.append(("gRPC", call, partial(call_grpc, service, name, call)))
        if call.rest_method:
            sends.append(("REST", call, partial(call_rest, service, call)))
    return sends
