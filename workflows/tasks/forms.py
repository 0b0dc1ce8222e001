"""Task forms: the variables an outcome takes, declared as JSON Schema (draft 2020-12), and the
one check a completion's variables go through in the workflow's Update validator.

A form is data: it travels with the task to the inbox, which returns it to clients (a console
renders it), and the validator reads the same declaration, so what is shown is what is checked.
The workflow sandbox allows no JSON Schema library, so this module checks the subset of
keywords below and refuses to declare any other validation keyword (a keyword it would ignore
would be a rule shown but not enforced). Annotations (`title`, `description`, `examples`,
`default`, `format`, `x-...`) are free; `x-` keywords carry what a person needs beside the rule
(an inspection characteristic's limits and unit), never a rule.

One extension: a field of `format: decimal` takes a JSON number or a decimal string (exact
quantities travel as text), and its numeric bounds apply to either.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

Schema = dict[str, Any] | bool

VALIDATION_KEYWORDS = frozenset(
    {
        "type",
        "enum",
        "const",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "contains",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "allOf",
        "if",
        "then",
        "else",
    }
)
ANNOTATIONS = frozenset({"title", "description", "examples", "default", "format", "$comment"})
_SUBSCHEMAS = ("items", "contains", "if", "then", "else", "additionalProperties")
_BOUNDS = {
    "minimum": (lambda v, b: v >= b, "at least"),
    "maximum": (lambda v, b: v <= b, "at most"),
    "exclusiveMinimum": (lambda v, b: v > b, "above"),
    "exclusiveMaximum": (lambda v, b: v < b, "below"),
}
DECIMAL = "decimal"


@dataclass(frozen=True)
class FormError:
    """One way the variables break their form: where (`variables.results[0].value`) and how."""

    field: str
    problem: str
    missing: bool = False  # something required is absent, rather than wrong


def unsupported_keywords(schema: Schema) -> list[str]:
    """Keywords of `schema` (at any depth) that this module would not check."""
    if isinstance(schema, bool):
        return []
    found = [
        key
        for key in schema
        if key not in VALIDATION_KEYWORDS and key not in ANNOTATIONS and not key.startswith("x-")
    ]
    children = [schema[key] for key in _SUBSCHEMAS if key in schema]
    children += list(schema.get("properties", {}).values()) + list(schema.get("allOf", []))
    for child in children:
        found += unsupported_keywords(child)
    return found


def form_errors(schema: Schema, value: Any, field: str = "variables") -> list[FormError]:
    """Every way `value` breaks `schema`, each named by its field; empty when it fits."""
    if schema is True:
        return []
    if schema is False:
        return [FormError(field, "does not apply here")]
    if "type" in schema and not _of_type(value, schema["type"]):
        return [FormError(field, f"must be {_type_text(schema['type'], schema.get('format'))}")]
    errors = _value_errors(schema, value, field)
    if isinstance(value, dict):
        errors += _object_errors(schema, value, field)
    if isinstance(value, list):
        errors += _array_errors(schema, value, field)
    for part in schema.get("allOf", []):
        errors += form_errors(part, value, field)
    if "if" in schema:
        branch = "then" if not form_errors(schema["if"], value, field) else "else"
        errors += form_errors(schema.get(branch, True), value, field)
    return errors


def _value_errors(schema: dict[str, Any], value: Any, field: str) -> list[FormError]:
    if "const" in schema and not _same(value, schema["const"]):
        return [FormError(field, f"must be {json.dumps(schema['const'])}")]
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        options = ", ".join(json.dumps(option) for option in schema["enum"])
        return [FormError(field, f"must be one of {options}")]
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            if schema.get("format") == DECIMAL:
                return [FormError(field, "must be a decimal number, e.g. 12.5")]
            return [FormError(field, f"must match {schema['pattern']}")]
        if len(value) < schema.get("minLength", 0):
            return [FormError(field, f"needs at least {schema['minLength']} characters")]
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return [FormError(field, f"takes at most {schema['maxLength']} characters")]
    number = _number(value, schema.get("format"))
    if number is None:
        return []
    return [
        FormError(field, f"must be {words} {schema[bound]}")
        for bound, (holds, words) in _BOUNDS.items()
        if bound in schema and not holds(number, Decimal(str(schema[bound])))
    ]


def _object_errors(schema: dict[str, Any], value: dict[str, Any], field: str) -> list[FormError]:
    properties: dict[str, Schema] = schema.get("properties", {})
    errors = [
        FormError(f"{field}.{name}", "is required", missing=True)
        for name in schema.get("required", [])
        if name not in value
    ]
    for name, item in value.items():
        if name in properties:
            errors += form_errors(properties[name], item, f"{field}.{name}")
        elif schema.get("additionalProperties") is False:
            errors.append(FormError(f"{field}.{name}", "is not a field of this form"))
        elif isinstance(schema.get("additionalProperties"), dict):
            errors += form_errors(schema["additionalProperties"], item, f"{field}.{name}")
    return errors


def _array_errors(schema: dict[str, Any], value: list[Any], field: str) -> list[FormError]:
    errors = []
    if len(value) < schema.get("minItems", 0):
        errors.append(FormError(field, f"needs at least {schema['minItems']} items", True))
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        errors.append(FormError(field, f"takes at most {schema['maxItems']} items"))
    if "items" in schema:
        for index, item in enumerate(value):
            errors += form_errors(schema["items"], item, f"{field}[{index}]")
    wanted = schema.get("contains")
    if wanted is not None and not any(not form_errors(wanted, item) for item in value):
        title = wanted.get("title", "an item of the declared kind")
        errors.append(FormError(field, f"lacks {title}", missing=True))
    return errors


def _of_type(value: Any, types: str | list[str]) -> bool:
    names = [types] if isinstance(types, str) else types
    checks = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "integer": lambda v: (
            isinstance(v, int)
            and not isinstance(v, bool)
            or isinstance(v, float)
            and v.is_integer()
        ),
    }
    return any(checks[name](value) for name in names)


def _type_text(types: str | list[str], format_: str | None) -> str:
    if format_ == DECIMAL:
        return "a decimal number"
    names = [types] if isinstance(types, str) else types
    return " or ".join(("an " if name[0] in "aeiou" else "a ") + name for name in names)


def _number(value: Any, format_: str | None) -> Decimal | None:
    """The value as a number the bounds apply to, or None when they do not apply."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return Decimal(str(value))
    if isinstance(value, str) and format_ == DECIMAL:
        try:
            return Decimal(value)
        except InvalidOperation:
            return None
    return None


def _same(value: Any, expected: Any) -> bool:
    """JSON equality: true is not 1 (as Python's == has it), but 1 is 1.0."""
    if isinstance(value, bool) or isinstance(expected, bool):
        return value is expected
    number, other = _number(value, None), _number(expected, None)
    if number is not None and other is not None:
        return number == other
    return type(value) is type(expected) and value == expected


# -- building forms ---------------------------------------------------------------------------


def decimal_field(
    title: str,
    description: str,
    *,
    digits: tuple[int, int] = (15, 9),
    signed: bool = False,
    **annotations: Any,
) -> dict[str, Any]:
    """A decimal that fits `digits` (integer digits, fraction digits; the default is what the
    services' NUMERIC(24, 9) columns hold); bounds and `x-` annotations go in `annotations`,
    e.g. exclusiveMinimum=0."""
    whole, fraction = digits
    sign = "-?" if signed else ""
    return {
        "type": ["number", "string"],
        "format": DECIMAL,
        "pattern": rf"^{sign}\d{{1,{whole}}}(\.\d{{1,{fraction}}})?$",
        "title": title,
        "description": description,
        **annotations,
    }


def object_form(
    title: str,
    description: str,
    properties: dict[str, Schema] | None = None,
    *,
    required: tuple[str, ...] = (),
    closed: bool = True,
    **keywords: Any,
) -> dict[str, Any]:
    """An object of `properties`; `closed`: no other field is accepted."""
    form: dict[str, Any] = {
        "type": "object",
        "title": title,
        "description": description,
        "properties": dict(properties or {}),
    }
    if required:
        form["required"] = list(required)
    if closed:
        form["additionalProperties"] = False
    return form | keywords
