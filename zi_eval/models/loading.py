"""Load rubric and unit files: JSON Schema first, then the pydantic models, then semantic checks."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from zi_eval.errors import InputError, fail, show
from zi_eval.io.yamlsrc import LineMap, load_yaml, parse_yaml_bytes
from zi_eval.models.rubric import Rubric
from zi_eval.models.rubric_checks import check_rubric
from zi_eval.models.unit import Unit
from zi_eval.models.unit_checks import check_unit, missing_evidence_files
from zi_eval.models.validation import pydantic_problems, schema_problems

DEFAULT_RUBRIC_ID = "permenpanrb-90-2021"


def rubric_dir() -> Path:
    """Folder holding the shipped rubrics and schemas (inside the wheel, or the repo's rubrics/)."""
    packaged = Path(str(resources.files("zi_eval"))) / "rubrics"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rubrics"


@lru_cache(maxsize=4)
def load_schema(name: str) -> dict[str, Any]:
    """Return a committed JSON Schema (``rubric`` or ``unit``)."""
    with open(rubric_dir() / f"{name}.schema.json", encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


def _build(model: type[Any], data: Any, lines: LineMap, schema: str | None) -> Any:
    """Validate ``data`` into ``model``: JSON Schema first when ``schema`` is given, then the model.

    Unit files skip the schema pass: their schema is generated from the model (a test keeps the
    two equal), so the model finds the same problems, much faster.
    """
    if not isinstance(data, dict):
        got = type(data).__name__ if data is not None else "an empty file"
        raise fail(lines.path, 1, "(document)", "a YAML mapping", got)
    if schema is not None:
        problems = schema_problems(data, load_schema(schema), lines)
        if problems:
            raise InputError(problems)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError(pydantic_problems(exc, lines)) from None


def rubric_from_data(data: Any, lines: LineMap) -> Rubric:
    """Validate parsed rubric data (schema, model, semantics) into a :class:`Rubric`."""
    rubric: Rubric = _build(Rubric, data, lines, "rubric")
    problems = check_rubric(rubric, lines)
    if problems:
        raise InputError(problems)
    return rubric


def resolve_rubric_path(ref: str | Path | None) -> Path:
    """Turn a rubric id (shipped rubric) or a path into a file path."""
    if ref is None:
        ref = DEFAULT_RUBRIC_ID
    p = Path(ref)
    if p.suffix in (".yaml", ".yml") or p.exists():
        return p
    shipped = rubric_dir() / f"{ref}.yaml"
    if shipped.exists():
        return shipped
    raise fail(str(ref), None, "rubric", "a rubric file or a shipped rubric id", show(str(ref)))


@lru_cache(maxsize=8)
def _load_rubric_cached(path: str, mtime: float) -> Rubric:
    data, lines = load_yaml(path)
    return rubric_from_data(data, lines)


def load_rubric(ref: str | Path | None = None) -> Rubric:
    """Load and validate a rubric by shipped id or path (default: PermenPAN-RB 90/2021)."""
    p = resolve_rubric_path(ref)
    mtime = p.stat().st_mtime if p.exists() else 0.0
    return _load_rubric_cached(str(p), mtime)


def unit_from_data(data: Any, lines: LineMap, rubric: Rubric, base_dir: Path | None = None) -> Unit:
    """Validate parsed unit data against the schema, the model and ``rubric``."""
    unit: Unit = _build(Unit, data, lines, None)
    problems = check_unit(unit, rubric, lines, base_dir)
    if problems:
        raise InputError(problems)
    if base_dir is not None and any(e.path for e in unit.evidence):
        unit._missing_files = missing_evidence_files(unit, base_dir)
    return unit


def load_unit(path: str | Path, rubric: Rubric | None = None, raw: bytes | None = None) -> Unit:
    """Load and validate a unit YAML file (evidence paths are checked against its folder).

    ``raw`` is the file's content when the caller has already read it (to hash it, say).
    """
    data, lines = load_yaml(path) if raw is None else parse_yaml_bytes(raw, str(path))
    return unit_from_data(data, lines, rubric or load_rubric(), Path(path).resolve().parent)


def is_rubric_data(data: Any) -> bool:
    """Tell a rubric document from a unit document by its top-level keys."""
    return isinstance(data, dict) and "components" in data and "unit" not in data
