"""ParseScan: what a GS1 barcode says, without recording anything."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from lotflow.vocabulary import Command
from services.receiving.domain.gs1_labels import ScanForm
from services.receiving.schemas.receipts import Scan


class ParseScan(Command):
    scan: Scan


class LabelElementView(BaseModel):
    ai: str
    title: str
    value: str


class MeasureView(BaseModel):
    quantity: str
    unit: str


class ScanView(BaseModel):
    form: ScanForm
    # GS1 symbology from the scanner's identifier prefix, e.g. GS1_128 or GS1_DATAMATRIX.
    symbology: str | None = None
    gtin: str | None = None
    sscc: str | None = None
    supplier_lot: str | None = None
    expiry_date: date | None = None
    production_date: date | None = None
    serial_number: str | None = None
    count: str | None = None
    net_weight: MeasureView | None = None
    elements: list[LabelElementView]
