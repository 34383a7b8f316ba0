"""Load rubric and unit files: JSON Schema first, then the pydantic models, then semantic checks."""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from zi_eval.errors import InputError, Problem, fail, show
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
        err = InputError(pydantic_problems(exc, lines))
        err.__context__ = exc  # kept for unit_from_data, which looks past the model's problems
        raise err from None


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


def _without(data: Any, loc: tuple[Any, ...]) -> bool:
    """Drop the value at ``loc`` from ``data`` (in place); ``False`` when it is not there to drop."""
    *path, last = loc
    node = data
    for key in path:
        if not _holds(node, key):
            return False
        node = node[key]
    if not _holds(node, last):
        return False
    del node[last]
    return True


def _holds(node: Any, key: Any) -> bool:
    """Tell whether ``node[key]`` exists (a mapping's key, or a list's index)."""
    if isinstance(node, dict):
        return key in node
    return isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)


def _salvage_problems(
    data: dict[str, Any], exc: ValidationError, lines: LineMap, rubric: Rubric
) -> list[Problem]:
    """The rubric checks' problems of what remains once the model's problems are taken out.

    A unit file with a bad count, an unknown option and a wrong area has three problems; the model
    finds the first, the rubric checks the other two — but they run on a valid model. So the values
    the model refused are dropped from a copy (optional fields only), the copy validated again, and
    the rubric checks run on it. When the copy cannot be made valid, the model's problems stand alone.
    """
    trial = copy.deepcopy(data)
    for _ in range(3):
        dropped = False
        locs = [
            tuple(x for x in e["loc"] if not isinstance(x, str) or not x.startswith(("function-", "[")))
            for e in exc.errors(include_url=False)
            if e["type"] != "missing"
        ]
        for loc in sorted(set(locs), key=str, reverse=True):  # later list entries first: indexes hold
            dropped |= _without(trial, loc)
        if not dropped:
            return []
        try:
            unit = Unit.model_validate(trial)
        except ValidationError as again:
            exc = again
            continue
        return check_unit(unit, rubric, lines, None)
    return []


def unit_from_data(data: Any, lines: LineMap, rubric: Rubric, base_dir: Path | None = None) -> Unit:
    """Validate parsed unit data against the schema, the model and ``rubric``; every problem at once."""
    try:
        unit: Unit = _build(Unit, data, lines, None)
    except InputError as err:
        cause = err.__context__
        if isinstance(cause, ValidationError) and isinstance(data, dict):
            seen = {(p.line, p.field) for p in err.problems}
            try:
                found = _salvage_problems(data, cause, lines, rubric)
            except RecursionError:  # a value nested too deep to copy: the model's problems stand alone
                found = []
            more = [p for p in found if (p.line, p.field) not in seen]
            if more:
                raise InputError([*err.problems, *more]) from None
        raise
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
    # the folder matters only to evidence paths: resolving it walked every component of the path
    # (~2% of loading a unit file whose evidence is cited by address)
    folder = Path(path).resolve().parent if _may_name_paths(data) else None
    return unit_from_data(data, lines, rubric or load_rubric(), folder)


def _may_name_paths(data: Any) -> bool:
    """Whether parsed unit data may hold an evidence ``path`` (anything not shaped as expected may)."""
    evidence = data.get("evidence") if isinstance(data, dict) else True
    if not evidence:
        return False
    return not isinstance(evidence, list) or any(not isinstance(e, dict) or "path" in e for e in evidence)


def is_rubric_data(data: Any) -> bool:
    """Tell a rubric document from a unit document by its top-level keys."""
    return isinstance(data, dict) and "components" in data and "unit" not in data
