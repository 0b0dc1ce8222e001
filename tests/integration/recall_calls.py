"""Calls the recall integration tests share: recall numbers, bodies, opening over gRPC, and the
lots they recall (recall opens a recall only of lots the warehouse knows)."""

from __future__ import annotations

import uuid

from protos.recall.v1 import recall_pb2 as pb
from tests.integration.warehouse_lots import ANY_ITEM, known_lot
from tests.transport import Metadata

COORDINATOR = "recall_coordinator"

# (lot code, item code) of every lot the recall tests recall by a fixed code.
RECALLED_LOTS = (
    ("L2026-0042", "FLOUR-T55"),
    ("(10)ABC17", ANY_ITEM),
    ("L-1", "BAR"),
    ("L-9", ANY_ITEM),
)


def register_recalled_lots() -> None:
    """Make the running warehouse know the lots the recall tests recall."""
    for lot_code, item_code in RECALLED_LOTS:
        known_lot(lot_code, item_code)


def recall_number(prefix: str = "RC") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10].upper()}"


def recall_body(number: str, **change) -> dict:
    body = {
        "recall_number": number,
        "reason": "Undeclared sesame found in retained sample",
        "classification": "class_i",
        "scope": [{"lot_code": "L2026-0042", "item_code": "FLOUR-T55"}, {"lot_code": "(10)ABC17"}],
    }
    return {**body, **change}


def open_over_grpc(stub, metadata: Metadata, number: str, key: str, **change) -> pb.Recall:
    return stub.OpenRecall(
        pb.OpenRecallRequest(request_id=key, **recall_body(number, **change)), metadata=metadata
    )
