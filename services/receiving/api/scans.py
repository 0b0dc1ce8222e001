"""ParseScan: what a GS1 barcode holds, for the console and handheld scanners."""

from __future__ import annotations

from fastapi import APIRouter

from lotflow.rest import Caller
from services.receiving.schemas.scans import ParseScan, ScanView
from services.receiving.service import scans as service

router = APIRouter(prefix="/v1", tags=["scans"])


@router.post("/scans/parse")
def parse_scan(command: ParseScan, actor: Caller) -> ScanView:
    return service.parse_scan(command, actor)
