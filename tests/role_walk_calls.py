"""The calls the role walk makes (tests/role_walk.py): each use case of every role table mapped
to one REST call and one gRPC call that reach it. The requests name made-up lots, orders and
ids, but are well formed, so they get past decoding to the use case and its role check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
        # --- BOMs, routings and orders ---
        "define_bom": post(
            "/v1/boms",
            "DefineBom",
            {
                "item_code": ITEM,
                "valid_from": DAY,
                "output_quantity": "1",
                "output_uom": "H87",
                "components": [
                    {
                        "line_no": 1,
                        "item_code": "RW-C",
                        "quantity_per": "1",
                        "uom": "KGM",
                        "operation_seq": 10,
                    }
                ],
            },
        ),
        "define_routing": post(
            "/v1/routings",
            "DefineRouting",
            {
                "item_code": ITEM,
                "valid_from": DAY,
                "operations": [{"seq": 10, "code": "MIX", "work_center_code": "RW-WC"}],
            },
        ),
        "create_order": post(
            "/v1/orders",
            "CreateOrder",
            {
                "item_code": ITEM,
                "quantity": "1",
                "uom": "H87",
                "due_date": DAY,
                "site_code": SITE,
                "output_location_code": BIN,
            },
        ),
        "release_order": post("/v1/orders/RW-MO/release", "ReleaseOrder", order_number="RW-MO"),
        "block_order": post(
            "/v1/orders/RW-MO/block", "BlockOrder", {"reason": "walk"}, order_number="RW-MO"
        ),
        "unblock_order": post(
            "/v1/orders/RW-MO/unblock", "UnblockOrder", {"reason": "walk"}, order_number="RW-MO"
        ),
        "cancel_order": post(
            "/v1/orders/RW-MO/cancel", "CancelOrder", {"reason": "walk"}, order_number="RW-MO"
        ),
        "close_order": post("/v1/orders/RW-MO/close", "CloseOrder", order_number="RW-MO"),
        "open_substitution": post(
            "/v1/substitutions",
            "OpenSubstitution",
            {
                "order_number": "RW-MO",
                "line_no": 1,
                "substitute_item_code": ITEM,
                "reason": "walk",
            },
        ),
        "decide_substitution": post(
            "/v1/substitutions/decisions",
            "DecideSubstitution",
            {"substitution_id": NO_ID, "approve": True},
        ),
        "record_substitution": post(
            f"/v1/substitutions/{NO_ID}/record", "RecordSubstitution", substitution_id=NO_ID
        ),
        "check_substitute": get(
            "/v1/substitute-checks",
            "CheckSubstitute",
            {"order_number": "RW-MO", "line_no": 1, "substitute_item_code": ITEM},
        ),
        "get_bom": get(f"/v1/boms/{ITEM}", "GetBom", item_code=ITEM),
        "list_boms": get("/v1/boms", "ListBoms"),
        "get_routing": get(f"/v1/routings/{ITEM}", "GetRouting", item_code=ITEM),
        "get_order": get("/v1/orders/RW-MO", "GetOrder", ref="RW-MO"),
        "list_orders": get("/v1/orders", "ListOrders"),
        # --- end of BOMs, routings and orders ---
        # --- operations, consumption, output, genealogy, WIP ---
        "record_operation_start": post(
            "/v1/operation-starts",
            "RecordOperationStart",
            {"order_number": ORDER, "operation_seq": 10},
        ),
        "record_operation_report": post(
            "/v1/operation-reports",
            "RecordOperationReport",
            {"order_number": ORDER, "operation_seq": 10, "good": "1"},
        ),
        "record_operation_completion": post(
            "/v1/operation-completions",
            "RecordOperationCompletion",
            {"order_number": ORDER, "operation_seq": 10},
        ),
        "issue_material": post(
            "/v1/material-issues",
            "IssueMaterial",
            {
                "order_number": ORDER,
                "operation_seq": 10,
                "lot_code": LOT,
                "quantity": "1",
                "uom": "KGM",
            },
        ),
        "backflush": post(
            "/v1/backflushes",
            "Backflush",
            {"order_number": ORDER, "operation_seq": 10, "policy": "backflush_operation"},
        ),
        "produce_output": post(
            "/v1/outputs", "ProduceOutput", {"order_number": ORDER, "quantity": "1", "uom": "KGM"}
        ),
        "complete_order": post("/v1/order-completions", "CompleteOrder", {"order_number": ORDER}),
        "get_wip": get("/v1/wip", "GetWip"),
        "list_wip_aging": get("/v1/wip/aging", "ListWipAging"),
        "get_yield": get("/v1/yield", "GetYield"),
        "get_lot_genealogy": get("/v1/genealogy/lots", "GetLotGenealogy", {"lot_code": LOT}),
        "get_order_genealogy": get(
            f"/v1/genealogy/orders/{ORDER}", "GetOrderGenealogy", order_number=ORDER
        ),
        # --- end of operations, consumption, output, genealogy, WIP ---
        # --- operator reports through the order's workflow ---
        "start_operation": post(
            f"/v1/orders/{ORDER}/operations/10/start",
            "StartOperation",
            order_number=ORDER,
            operation_seq=10,
        ),
        "report_operation": post(
            f"/v1/orders/{ORDER}/operations/10/reports",
            "ReportOperation",
            {"good": "1"},
            order_number=ORDER,
            operation_seq=10,
        ),
        "complete_operation": post(
            f"/v1/orders/{ORDER}/operations/10/complete",
            "CompleteOperation",
            order_number=ORDER,
            operation_seq=10,
        ),
        "request_substitution": post(
            f"/v1/orders/{ORDER}/substitution-requests",
            "RequestSubstitution",
            {"line_no": 1, "substitute_item_code": ITEM, "reason": "walk"},
            order_number=ORDER,
        ),
        # --- end of operator reports ---
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
