"""Traceability lot codes (FSMA 204 TLCs): kept from the supplier or assigned by a rule.

A supplier flagged as assigning TLCs (one subject to the rule, labelling its own lots) keeps its
lot code as the TLC. Otherwise receiving is the point where the TLC is assigned, by a lot-code
rule such as `{SITE}{YY}{MM}{DD}-{SEQ:4}`: a site prefix, the day received and a per-day
sequence. Every code fits GS1 AI (10), so it can be printed on a label again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from lotflow.refusals import invalid, quoted, refused


class TlcSource(StrEnum):
    SUPPLIER = "supplier"
    ASSIGNED = "assigned"


def tlc_source(supplier_assigns_tlcs: bool, supplier_lot: str | None) -> TlcSource:
    """Keep the supplier's lot code only when the supplier assigns TLCs and sent one."""
    if supplier_assigns_tlcs and supplier_lot:
        return TlcSource.SUPPLIER
    return TlcSource.ASSIGNED


DEFAULT_RULE_NAME = "default"
DEFAULT_PATTERN = "{SITE}{YY}{MM}{DD}-{SEQ:4}"
DEFAULT_SITE_PREFIX = "RCV"
DEFAULT_TIME_ZONE = "UTC"
MAX_LOT_CODE_LENGTH = 20

_TOKEN = re.compile(r"\{([A-Z]+)(?::(\d))?\}")
_LITERAL = re.compile(r"^[A-Za-z0-9._/-]*$")
SITE_PREFIX_PATTERN = r"^[A-Za-z0-9]{0,10}$"
# Fixed-width date tokens and how each renders a day.
_DATE_TOKENS = {
    "YYYY": lambda day: f"{day.year:04d}",
    "YY": lambda day: f"{day.year % 100:02d}",
    "MM": lambda day: f"{day.month:02d}",
    "DD": lambda day: f"{day.day:02d}",
    "DDD": lambda day: f"{day.timetuple().tm_yday:03d}",
}


@dataclass(frozen=True)
class Token:
    name: str
    width: int = 0


@dataclass(frozen=True)
class LotCodePattern:
    text: str
    parts: tuple[str | Token, ...]

    @classmethod
    def parse(cls, text: str) -> LotCodePattern:
        parts: list[str | Token] = []
        position = 0
        for match in _TOKEN.finditer(text):
            parts.append(text[position : match.start()])
            parts.append(_token(match.group(1), match.group(2), text))
            position = match.end()
        parts.append(text[position:])
        for literal in (part for part in parts if isinstance(part, str)):
            if not _LITERAL.match(literal):
                raise _bad_pattern(
                    text,
                    f"{quoted(literal)} may hold only letters, digits and . _ / - between tokens",
                )
        pattern = cls(text, tuple(part for part in parts if part != ""))
        pattern._check_unique_per_day()
        return pattern

    @property
    def sequence_width(self) -> int:
        return next(p.width for p in self.parts if isinstance(p, Token) and p.name == "SEQ")

    def render(self, *, site_prefix: str, day: date, sequence: int) -> str:
        if sequence >= 10**self.sequence_width:
            raise refused(
                "lot_code_sequence_exhausted",
                f"lot-code pattern {self.text} has no {self.sequence_width}-digit sequence "
                f"number left for {day}; widen its {{SEQ}}",
            )
        return "".join(_render(part, site_prefix, day, sequence) for part in self.parts)

    def check_length(self, site_prefix: str) -> None:
        """Refuse a rule whose longest code would not fit GS1 AI (10)."""
        longest = self.render(
            site_prefix=site_prefix, day=date(2000, 12, 31), sequence=10**self.sequence_width - 1
        )
        if len(longest) > MAX_LOT_CODE_LENGTH:
            raise _bad_pattern(
                self.text,
                f"its codes (such as {longest}) are longer than {MAX_LOT_CODE_LENGTH} characters",
            )

    def _check_unique_per_day(self) -> None:
        names = [part.name for part in self.parts if isinstance(part, Token)]
        if names.count("SEQ") != 1:
            raise _bad_pattern(self.text, "it needs exactly one {SEQ:n} sequence number")
        has_year = "YYYY" in names or "YY" in names
        has_day = "DDD" in names or ("MM" in names and "DD" in names)
        if not (has_year and has_day):
            raise _bad_pattern(
                self.text,
                "the sequence restarts every day, so the code needs the year ({YYYY} or {YY}) "
                "and the day ({MM} and {DD}, or {DDD})",
            )


def _token(name: str, width: str | None, text: str) -> Token:
    if name == "SEQ":
        if width is None or not 1 <= int(width) <= 9:
            raise _bad_pattern(text, "{SEQ:n} needs a width n from 1 to 9")
        return Token(name, int(width))
    if width is not None or (name != "SITE" and name not in _DATE_TOKENS):
        raise _bad_pattern(
            text,
            f"{{{name}{':' + width if width else ''}}} is not a token; use {{SITE}}, {{YYYY}}, "
            "{YY}, {MM}, {DD}, {DDD} or {SEQ:n}",
        )
    return Token(name)


def _render(part: str | Token, site_prefix: str, day: date, sequence: int) -> str:
    if isinstance(part, str):
        return part
    if part.name == "SITE":
        return site_prefix
    if part.name == "SEQ":
        return f"{sequence:0{part.width}d}"
    return _DATE_TOKENS[part.name](day)


def _bad_pattern(text: str, why: str) -> Exception:
    return invalid(
        "invalid_lot_code_pattern", f"lot-code pattern {quoted(text)} is not usable: {why}"
    )
