"""Calls the production integration tests share: work centers to register and to find."""

from __future__ import annotations

from protos.production.v1 import production_pb2 as pb
from tests.transport import auth, new_request_id, unique

ENGINEER = "production_engineer"


def work_center_body(code: str, site: str = "SITE-A", **extra) -> dict:
    return {"code": code, "name": f"Mixer {code}", "site_code": site, "kind": "mixing", **extra}


def register_work_center(stub, bearer: str, code: str | None = None, **fields) -> str:
    """A work center (`fields` change its body) registered over gRPC; returns its code."""
    code = code or unique("MIX")
    request = pb.RegisterWorkCenterRequest(
        request_id=new_request_id(), **work_center_body(code, **fields)
    )
    stub.RegisterWorkCenter(request, metadata=auth(bearer))
    return code
