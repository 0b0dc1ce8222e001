"""Calls the recall integration tests share: recall numbers, bodies, and opening over gRPC."""

from __future__ import annotations

import uuid

from protos.recall.v1 import recall_pb2 as pb
from tests.transport import Metadata

COORDINATOR = "recall_coordinator"


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
