"""Merge scanned evidence records into a unit file: atomic, idempotent, and never over a hand edit.

Rules (one place for them):

- A scanned record whose id the unit file does not hold is **appended** to the file's ``evidence``
  list. The new records are written into the file's own text, under its existing list, so every
  other byte of the file (comments, order, quoting) stays as it was; only when the file's shape does
  not allow that (an ``evidence`` written in flow style with items, say) is the whole unit re-dumped
  the way ``zi-eval merge`` does (its leading comments kept).
- A record with the same id and the same content is left alone: merging the same scan twice writes
  nothing the second time, so the file stays the same byte for byte.
- A record with the same id and **different** content was edited by hand: the file's version is kept
  and the difference is listed (``EVIDENCE_CONFLICT``), never overwritten.
- A record of the file that the scan no longer finds (its path lies under the scanned folder, or its
  file is gone) **stays**: the user may have moved or renamed the file, and deleting what they wrote is
  not ours to do. It is listed (``EVIDENCE_NOT_RESCANNED``) so they can tidy up.

The unit file is read without requiring its evidence paths to exist (a moved file must not stop the
merge that reports it); every other check of the unit file applies, before and after the merge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from zi_eval.errors import InputError, Problem, fail
from zi_eval.io.textfile import decode_text, read_bytes, write_atomic
from zi_eval.io.yamlsrc import load_yaml, parse_yaml_bytes
from zi_eval.models.loading import load_rubric, unit_from_data
from zi_eval.models.rubric import Rubric
from zi_eval.models.serialize import dump_records, dump_unit, leading_comments, parse_unit
from zi_eval.models.unit import Evidence, Unit
from zi_eval.models.unit_checks import path_rule
from zi_eval.models.validation import pydantic_problems

#: Fields compared to tell a hand edit, in the order a conflict names them.
FIELDS = ("title", "kind", "path", "url", "date", "months", "supports")


@dataclass
class MergeResult:
    """What merging did: the unit as it now stands, ids added and kept, conflicts and records not rescanned."""

    unit: Unit
    added: tuple[str, ...] = ()
    same: tuple[str, ...] = ()
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    gone: list[dict[str, Any]] = field(default_factory=list)
    written: bool = False

    @property
    def findings(self) -> list[dict[str, Any]]:
        return [*self.conflicts, *self.gone]


def _indent(block: str, col: int) -> str:
    pad = " " * col
    return "".join(pad + line if line.strip() else line for line in block.splitlines(keepends=True))


def insert_records(text: str, records: tuple[Evidence, ...]) -> str | None:
    """``text`` with ``records`` appended to its top-level ``evidence`` list, every other byte kept.

    ``None`` when the file's shape does not allow it (the caller then re-dumps the whole unit).
    """
    if "\r\n" in text and text.count("\r\n") == text.count("\n"):
        # a file saved on Windows: inserted in its LF twin and given back its CRLF line ends
        done = insert_records(text.replace("\r\n", "\n"), records)
        return None if done is None else done.replace("\n", "\r\n")
    block = dump_records(records)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode) or root.start_mark.column != 0:
        return None
    body = text if text.endswith("\n") or not text else text + "\n"
    for key, value in root.value:
        if not (isinstance(key, yaml.ScalarNode) and key.value == "evidence"):
            continue
        if isinstance(value, yaml.ScalarNode) and value.value in ("", "~", "null"):
            if value.start_mark.index == value.end_mark.index:  # "evidence:" with nothing after it
                at = key.end_mark.index
                eol = body.find("\n", at)
                return body[:eol] + "\n" + block + body[eol + 1 :]
            return None
        if not isinstance(value, yaml.SequenceNode):
            return None
        if value.flow_style:
            if value.value:
                return None  # "[a, b]" with items: re-dumped instead of mixing styles
            # "evidence: []" becomes a block list in place
            s, e = value.start_mark.index, value.end_mark.index
            rest = body[e:]
            nl = rest.find("\n")
            tail, after = (rest[:nl], rest[nl + 1 :]) if nl >= 0 else (rest, "")
            return body[:s].rstrip(" ") + tail + "\n" + block + after
        first = value.value[0]
        line = body.splitlines()[first.start_mark.line]
        dash = line.rfind("-", 0, first.start_mark.column)
        if dash < 0 or line[:dash].strip():
            return None
        last_end = value.value[-1].end_mark
        at = last_end.index if last_end.column == 0 else body.find("\n", last_end.index) + 1
        if at <= 0:
            at = len(body)
        return body[:at] + _indent(block, dash) + body[at:]
    # no evidence key yet: a new one at the end
    return body + "evidence:\n" + block


def _differences(old: Evidence, new: Evidence) -> list[str]:
    return [f for f in FIELDS if getattr(old, f) != getattr(new, f)]


def _under(rel: str | None, root: Path | None, unit_dir: Path) -> bool:
    if rel is None or root is None:
        return False
    try:
        inside = root.resolve().relative_to(unit_dir.resolve())
    except ValueError:
        return False
    return Path(rel).parts[: len(inside.parts)] == inside.parts


def plan_merge(
    unit: Unit, records: Iterable[Evidence], unit_dir: Path, *, root: Path | None = None
) -> tuple[tuple[Evidence, ...], MergeResult]:
    """Decide what merging ``records`` into ``unit`` does, without touching any file."""
    have = {e.id: e for e in unit.evidence}
    # the same file or address already recorded under another id (typed by hand, or by zi-eval import)
    where = {loc: e for e in unit.evidence for loc in (e.url, e.path) if loc is not None}
    new: dict[str, Evidence] = {}
    same: list[str] = []  # ids of the file's records the scan found again
    conflicts: list[dict[str, Any]] = []
    done: set[str] = set()
    for rec in records:
        if rec.id in done:
            continue  # a scan gives each id once; a repeat changes nothing
        done.add(rec.id)
        old = have.get(rec.id)
        diff: list[str] = []
        if old is None:
            old = where.get(rec.url or rec.path or "")
            if old is None:
                new[rec.id] = rec
                continue
            diff = ["id", *_differences(old, rec)]
        elif old != rec:
            diff = _differences(old, rec)
        same.append(old.id)
        if diff:
            conflicts.append(
                {
                    "code": "EVIDENCE_CONFLICT",
                    "path": old.path or old.url or "",
                    "what": old.id,
                    "theirs": ", ".join(diff),
                    "ours": "; ".join(f"{f}: {getattr(rec, f)!s}"[:80] for f in diff),
                }
            )
    seen = {*new, *same}
    gone = [
        {"code": "EVIDENCE_NOT_RESCANNED", "path": e.path, "what": e.id, "theirs": e.path}
        for e in unit.evidence
        if e.id not in seen
        and e.path is not None
        and (_under(e.path, root, unit_dir) or not (unit_dir / e.path).exists())
    ]
    merged = unit.model_copy(update={"evidence": (*unit.evidence, *new.values())})
    return tuple(new.values()), MergeResult(merged, tuple(new), tuple(same), conflicts, gone)


def read_unit_lenient(path: Path, rubric: Rubric) -> tuple[Unit, str]:
    """The unit file and its text, checked like :func:`load_unit` except that evidence files may be gone."""
    raw = read_bytes(path)
    data, lines = parse_yaml_bytes(raw, str(path))
    text, _ = decode_text(raw)
    return unit_from_data(data, lines, rubric, None), text


def merge_records(
    unit_path: Path,
    records: Iterable[Evidence],
    *,
    rubric: Rubric | None = None,
    root: Path | None = None,
) -> MergeResult:
    """Merge ``records`` into the unit file ``unit_path`` (see the module's rules); write it atomically.

    ``root`` is the folder that was scanned: records of the file under it that the scan did not find
    are reported. Nothing is written when nothing is new.
    """
    unit_path = Path(unit_path)
    if unit_path.suffix.lower() not in (".yaml", ".yml"):
        raise fail(str(unit_path), None, "--into", "a unit file (.yaml)", unit_path.name)
    rubric = rubric or load_rubric()
    unit, text = read_unit_lenient(unit_path, rubric)
    unit_dir = unit_path.resolve().parent
    new, result = plan_merge(unit, records, unit_dir, root=root)
    if not new:
        return result
    bad = [
        Problem(str(unit_path), None, f"evidence {e.id}: path", must, str(e.path))
        for e in new
        if e.path is not None and (must := path_rule(e.path, unit_dir)) is not None
    ]
    if bad:
        raise InputError(bad)
    out = insert_records(text, new)
    if out is None or parse_unit(out, str(unit_path), rubric, None) != result.unit:
        # the file's own shape could not take the records in place: the whole unit, as zi-eval merge writes it
        out = dump_unit(result.unit, header=leading_comments(text))
        parse_unit(out, str(unit_path), rubric, None)
    write_atomic(unit_path, out)
    result.written = True
    return result


def load_records(path: Path) -> tuple[Evidence, ...]:
    """Read an evidence YAML written by ``zi-eval evidence scan -o``: a list of evidence records."""
    data, lines = load_yaml(path)
    if data is None:
        return ()
    if not isinstance(data, list):
        raise fail(str(path), 1, "(document)", "a YAML list of evidence records", type(data).__name__)
    try:
        return TypeAdapter(tuple[Evidence, ...]).validate_python(data)
    except ValidationError as exc:
        raise InputError(pydantic_problems(exc, lines)) from None
