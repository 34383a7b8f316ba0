"""Turn JSON Schema and pydantic failures into :class:`Problem` lines with source lines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from pydantic import ValidationError

from zi_eval.errors import Problem, show
from zi_eval.io.yamlsrc import Key, LineMap

_TYPE_WORDS = {
    "object": "a mapping",
    "array": "a list",
    "string": "text",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "null": "empty",
}


def field_name(loc: Sequence[str | int]) -> str:
    """Render a data path as ``activities[3].months[0]``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(document)"


def _types(schema: Any) -> str:
    if isinstance(schema, dict):
        if "type" in schema:
            t = schema["type"]
            names = t if isinstance(t, list) else [t]
            return " or ".join(_TYPE_WORDS.get(str(n), str(n)) for n in names)
        if "$ref" in schema:
            return "a " + schema["$ref"].rsplit("/", 1)[-1]
        if "enum" in schema:
            return "one of " + ", ".join(map(str, schema["enum"]))
        if "const" in schema:
            return repr(schema["const"])
    return "valid"


def _describe(err: SchemaError) -> tuple[Key, str, str]:
    """Return (path, must, got) for one jsonschema error."""
    path: Key = tuple(err.absolute_path)
    v: Any = err.validator
    val: Any = err.validator_value
    inst: Any = err.instance
    sub: Any = err.schema
    if v in ("anyOf", "oneOf") and err.context:
        real = [c for c in err.context if not (c.validator == "type" and c.validator_value == "null")]
        deep = max(real or err.context, key=lambda c: len(c.absolute_path))
        if len(deep.absolute_path) > len(path) or deep.validator != "type":
            return _describe(deep)
        alts = " or ".join(_types(s) for s in val)
        return path, alts, show(inst)
    if v == "required":
        missing = next((k for k in val if isinstance(inst, dict) and k not in inst), "?")
        return path + (missing,), "present", "nothing"
    if v == "additionalProperties":
        extra = sorted(k for k in inst if k not in sub.get("properties", {}))
        name = extra[0] if extra else "?"
        return path + (name,), "a known field (unknown field)", show(name)
    if v == "type":
        return path, _types(sub), show(inst)
    if v == "minimum":
        return path, f"≥ {val}", show(inst)
    if v == "maximum":
        return path, f"≤ {val}", show(inst)
    if v == "exclusiveMinimum":
        return path, f"> {val}", show(inst)
    if v == "exclusiveMaximum":
        return path, f"< {val}", show(inst)
    if v == "enum":
        return path, "one of " + ", ".join(map(str, val)), show(inst)
    if v == "const":
        return path, repr(val), show(inst)
    if v == "pattern":
        return path, f"text matching {val}", show(inst)
    if v == "minItems":
        return path, f"a list of at least {val} entries", f"{len(inst)} entries"
    if v == "maxItems":
        return path, f"a list of at most {val} entries", f"{len(inst)} entries"
    if v == "minLength":
        return path, "non-empty text" if val == 1 else f"at least {val} characters", show(inst)
    if v == "maxLength":
        return path, f"at most {val} characters", f"{len(inst)} characters"
    if v == "propertyNames" and err.context:
        return _describe(err.context[0])
    return path, f"valid ({v})", show(inst)


def schema_problems(data: Any, schema: dict[str, Any], lines: LineMap) -> list[Problem]:
    """Validate ``data`` against a JSON Schema and return every problem."""
    validator = Draft202012Validator(schema)
    out = []
    for err in validator.iter_errors(data):
        path, must, got = _describe(err)
        out.append(Problem(lines.path, lines.line_of(path), field_name(path), must, got))
    return out


_PYD_PREFIX = "Input should be "


_PYD_WORDS = {
    "int_type": "an integer",
    "int_parsing": "an integer",
    "int_from_float": "an integer",
    "float_type": "a number",
    "float_parsing": "a number",
    "string_type": "text",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "dict_type": "a mapping",
    "list_type": "a list",
    "tuple_type": "a list",
    "date_type": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_inexact": "a date (YYYY-MM-DD)",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "missing": "present",
    "extra_forbidden": "a known field (unknown field)",
}


def _num(v: Any) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


def pydantic_must(e: Any) -> str:
    """Word a pydantic error like the JSON Schema errors (``≤ 12``, ``an integer``, ``one of …``)."""
    kind, ctx = e["type"], e.get("ctx") or {}
    if kind in _PYD_WORDS:
        return _PYD_WORDS[kind]
    if kind == "less_than_equal":
        return f"≤ {_num(ctx.get('le'))}"
    if kind == "greater_than_equal":
        return f"≥ {_num(ctx.get('ge'))}"
    if kind == "less_than":
        return f"< {_num(ctx.get('lt'))}"
    if kind == "greater_than":
        return f"> {_num(ctx.get('gt'))}"
    if kind in ("literal_error", "enum"):
        return "one of " + str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
    if kind == "string_pattern_mismatch":
        return f"text matching {ctx.get('pattern')}"
    if kind == "string_too_short":
        return (
            "non-empty text" if ctx.get("min_length") == 1 else f"at least {ctx.get('min_length')} characters"
        )
    if kind == "string_too_long":
        return f"at most {ctx.get('max_length')} characters"
    if kind == "too_short":
        return f"a list of at least {ctx.get('min_length')} entries"
    if kind == "too_long":
        return f"a list of at most {ctx.get('max_length')} entries"
    msg = str(e["msg"])
    return msg[len(_PYD_PREFIX) :] if msg.startswith(_PYD_PREFIX) else msg[0].lower() + msg[1:]


def pydantic_problems(exc: ValidationError, lines: LineMap) -> list[Problem]:
    """Translate a pydantic ValidationError into problems (one per error)."""
    out = []
    for e in exc.errors(include_url=False):
        loc = tuple(x for x in e["loc"] if not (isinstance(x, str) and x in _PYD_NOISE))
        if e["type"] == "missing":
            must, got = "present", "nothing"
        elif e["type"] == "extra_forbidden":
            must, got = "a known field (unknown field)", show(loc[-1] if loc else "?")
        else:
            must, got = pydantic_must(e), show(e.get("input"))
        out.append(Problem(lines.path, lines.line_of(loc), field_name(loc), must, got))
    return out


#: Location parts pydantic adds for unions and validators that are not fields of the document.
_PYD_NOISE = {"[key]", "function-after[_months(), tuple[int, ...]]", "int", "str", "float"}


def problem(lines: LineMap, loc: Iterable[str | int], must: str, got: object) -> Problem:
    """Build one problem at ``loc`` of the document ``lines`` describes."""
    key = tuple(loc)
    return Problem(lines.path, lines.line_of(key), field_name(key), must, show(got))
