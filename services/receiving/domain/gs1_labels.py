"""Reading a GS1 label as scanned: GS1-128 / DataMatrix element strings, bracketed AIs, Digital
Link URIs or a bare GTIN (EAN/UPC/ITF-14), parsed with biip.

A scanner sends FNC1 as the GS character (0x1D) and may prefix a symbology identifier such as
`]C1` (GS1-128), `]d2` (GS1 DataMatrix) or `]Q3` (GS1 QR). A string of 8, 12, 13 or 14 digits
and no symbology identifier is read as a GTIN (and refused if its check digit is wrong), because
an EAN-13 such as 4006381333931 would otherwise also read as AI (400).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

import biip
from biip import ParseError
from biip.gs1_element_strings import GS1ElementString, GS1ElementStrings
from biip.gs1_messages import GS1Message

from lotflow.refusals import invalid

MAX_SCAN_LENGTH = 2000
# Variable measure AIs (the last digit is the decimal position) and the unit each measures in.
NET_WEIGHT_UNITS = {"310": "KGM", "320": "LBR"}
COUNT_UNIT = "H87"


class ScanForm(StrEnum):
    ELEMENT_STRING = "element_string"
    BRACKETED = "bracketed"
    DIGITAL_LINK = "digital_link"
    GTIN = "gtin"


@dataclass(frozen=True)
class LabelElement:
    ai: str
    title: str
    value: str


@dataclass(frozen=True)
class ScannedLabel:
    form: ScanForm
    symbology: str | None
    elements: tuple[LabelElement, ...]
    gtin: str | None = None
    sscc: str | None = None
    supplier_lot: str | None = None
    expiry_date: date | None = None
    production_date: date | None = None
    serial_number: str | None = None
    count: Decimal | None = None
    net_weight: tuple[Decimal, str] | None = None

    def quantities(self) -> list[tuple[Decimal, str]]:
        """What the label says it holds, weight before count."""
        found = [self.net_weight] if self.net_weight else []
        return found + ([(self.count, COUNT_UNIT)] if self.count else [])


def parse_scan(raw: str) -> ScannedLabel:
    text = raw.strip()
    try:
        if text.startswith("("):
            elements = GS1Message.parse_hri(text).element_strings
            # biip skips what its pattern does not match; a label must be read entirely.
            if "".join(e.as_hri() for e in elements) != "".join(text.split()):
                raise _unreadable(raw, "parts of it are not (AI)value pairs")
            return _label(raw, ScanForm.BRACKETED, None, elements)
        result = biip.parse(text)
    except (ParseError, ValueError) as error:
        raise _unreadable(raw, str(error)) from None
    symbology = result.symbology_identifier
    symbology_name = symbology.gs1_symbology.name if symbology and symbology.gs1_symbology else None
    bare_gtin = symbology is None and text.isdigit() and len(text) in (8, 12, 13, 14)
    if bare_gtin and result.gtin is None:
        raise _unreadable(raw, result.gtin_error or "not a GTIN")
    if result.gtin is not None and (
        bare_gtin or not (result.gs1_message or result.gs1_digital_link_uri)
    ):
        gtin = result.gtin.as_gtin_14()
        return ScannedLabel(
            ScanForm.GTIN, symbology_name, (LabelElement("01", "GTIN", gtin),), gtin=gtin
        )
    if result.gs1_digital_link_uri is not None:
        elements = result.gs1_digital_link_uri.element_strings
        return _label(raw, ScanForm.DIGITAL_LINK, symbology_name, elements)
    if result.gs1_message is not None:
        return _label(
            raw, ScanForm.ELEMENT_STRING, symbology_name, result.gs1_message.element_strings
        )
    why = result.gs1_digital_link_uri_error or result.gs1_message_error or result.gtin_error
    raise _unreadable(raw, why or "no GS1 data found")


def _label(
    raw: str, form: ScanForm, symbology: str | None, elements: GS1ElementStrings
) -> ScannedLabel:
    if not elements:
        raise _unreadable(raw, "it holds no GS1 data")
    for element in elements:
        if element.gtin_error or element.sscc_error:
            raise _unreadable(raw, element.gtin_error or element.sscc_error or "")
    gtin = _first(elements, "01", "02")
    sscc = _first(elements, "00")
    count = _first(elements, "37", "30")
    return ScannedLabel(
        form=form,
        symbology=symbology,
        elements=tuple(LabelElement(e.ai.ai, e.ai.data_title, e.value) for e in elements),
        gtin=gtin.gtin.as_gtin_14() if gtin and gtin.gtin else None,
        sscc=sscc.value if sscc else None,
        supplier_lot=_value(elements, "10"),
        expiry_date=_date(elements, "17"),
        production_date=_date(elements, "11"),
        serial_number=_value(elements, "21"),
        count=Decimal(int(count.value)) if count and int(count.value) > 0 else None,
        net_weight=_net_weight(elements),
    )


def _first(elements: GS1ElementStrings, *ais: str) -> GS1ElementString | None:
    return next((e for ai in ais for e in elements if e.ai.ai == ai), None)


def _value(elements: GS1ElementStrings, ai: str) -> str | None:
    element = _first(elements, ai)
    return element.value if element else None


def _date(elements: GS1ElementStrings, ai: str) -> date | None:
    element = _first(elements, ai)
    return element.date if element else None


def _net_weight(elements: GS1ElementStrings) -> tuple[Decimal, str] | None:
    for element in elements:
        unit = NET_WEIGHT_UNITS.get(element.ai.ai[:3])
        if unit and element.decimal is not None and element.decimal > 0:
            return element.decimal.normalize(), unit
    return None


def _unreadable(raw: str, why: str) -> Exception:
    return invalid(
        "scan_unreadable",
        f"the scan {raw[:80]!r} is not a readable GS1 barcode: {why}",
    )
