"""ParseScan: read a GS1 barcode and say what it holds, recording nothing."""

from __future__ import annotations

from lotflow.auth import Principal
from services.receiving.domain import roles
from services.receiving.domain.gs1_labels import parse_scan as read_label
from services.receiving.domain.quantities import format_decimal
from services.receiving.schemas.scans import LabelElementView, MeasureView, ParseScan, ScanView


def parse_scan(command: ParseScan, actor: Principal) -> ScanView:
    roles.TABLE.require(actor, "parse_scan")
    label = read_label(command.scan)
    weight = label.net_weight
    return ScanView(
        form=label.form,
        symbology=label.symbology,
        gtin=label.gtin,
        sscc=label.sscc,
        supplier_lot=label.supplier_lot,
        expiry_date=label.expiry_date,
        production_date=label.production_date,
        serial_number=label.serial_number,
        count=format_decimal(label.count) if label.count else None,
        net_weight=MeasureView(quantity=format_decimal(weight[0]), unit=weight[1])
        if weight
        else None,
        elements=[LabelElementView(ai=e.ai, title=e.title, value=e.value) for e in label.elements],
    )
