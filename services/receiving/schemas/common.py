"""Field types receiving's API models use beyond the vocabulary's, built from its pieces."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from lotflow.vocabulary import Command, decimal_text, text, unit_in
from services.receiving.domain.identifiers import normalize_country
from services.receiving.domain.quantities import PERCENT_DIGITS, QUANTITY_DIGITS, check_percent
from services.receiving.domain.receipts import ReferenceDocumentType
from services.receiving.domain.units import REC20_UNITS

Country = Annotated[str, AfterValidator(normalize_country)]
# A location description or a reference: FSMA 204 wants enough to find the place.
LongText = text(500)
DocumentNumber = text(100)

# Receiving's quantity columns are NUMERIC(18, 6), narrower than the stock ledger's.
Quantity = decimal_text(QUANTITY_DIGITS, above_zero=True)
QuantityOrZero = decimal_text(QUANTITY_DIGITS, example="0")
Percent = decimal_text(PERCENT_DIGITS, check=check_percent, example="5")

# An order line's unit: checked here. A receipt's unit is a vocabulary UnitCode checked by the
# receiving rules instead, so an unknown unit there gets its own stable code (unit_unknown).
Unit = unit_in(REC20_UNITS)


class ReferenceDocument(Command):
    """A document the goods moved under, e.g. an ASN or a bill of lading (FSMA 204 KDE)."""

    type: ReferenceDocumentType
    number: DocumentNumber
