"""Semantic checks on a unit file against a rubric (references, answers, evidence paths)."""

from __future__ import annotations

from pathlib import Path

from zi_eval.errors import Problem
from zi_eval.io.yamlsrc import LineMap
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit
from zi_eval.models.validation import problem


def normalise_option(label: str, options: dict[str, float]) -> str | None:
    """Return the rubric's spelling of ``label`` (case and spaces ignored), or ``None``."""
    if label in options:
        return label
    wanted = label.strip().casefold()
    return next((k for k in options if k.casefold() == wanted), None)


def _answer_rules(rubric: Rubric) -> dict[str, tuple[bool, dict[str, float] | None, list[str]]]:
    """Per item code: whether it is a pengungkit item, its options (``None`` for a percentage item)
    and its input ids; made once per rubric (check_unit runs for every unit file of a batch)."""
    rules: dict[str, tuple[bool, dict[str, float] | None, list[str]]] = rubric.derived(
        "answer_rules",
        lambda r: {
            code: (f.component == "pengungkit", f.item.options, [i.id for i in f.item.inputs])
            for code, f in r.items.items()
        },
    )
    return rules


def check_unit(u: Unit, rubric: Rubric, lines: LineMap, base_dir: Path | None = None) -> list[Problem]:
    """Return every problem of unit ``u`` against ``rubric``.

    ``base_dir`` is the plan's folder: evidence paths must stay inside it (whether the file is there
    is a flag, not a problem of the file: :func:`missing_evidence_files`). This runs for every file
    of a batch: the common case (no problem) costs a lookup or a set test per record, and a place
    (``loc``) is made only for a problem.
    """
    out: list[Problem] = []
    items = rubric.items
    zi: frozenset[str] = rubric.derived("zi_area_ids", lambda r: frozenset(a.id for a in r.zi_areas))
    act_ids: set[str] = set()
    for i, act in enumerate(u.activities):
        aid = act.id
        if aid in act_ids:
            out.append(problem(lines, ("activities", i, "id"), "a unique activity id", aid))
        elif aid in items:
            # evidence naming it in ``supports`` would support the item, never the activity
            out.append(
                problem(lines, ("activities", i, "id"), "an activity id that is no LKE item code", aid)
            )
        act_ids.add(aid)
        area = act.area
        if area is not None and area not in zi:
            out.append(
                problem(
                    lines, ("activities", i, "area"), "one of " + ", ".join(sorted(zi)) + " or null", area
                )
            )
        for j, link in enumerate(act.lke):
            if link.code not in items:
                out.append(
                    problem(
                        lines, ("activities", i, "lke", j, "code"), "an item code of the rubric", link.code
                    )
                )
        for j, code in enumerate(act.lke_reject):
            if code not in items:
                out.append(
                    problem(lines, ("activities", i, "lke_reject", j), "an item code of the rubric", code)
                )
    ev_ids: set[str] = set()
    for i, ev in enumerate(u.evidence):
        eid = ev.id
        if eid in ev_ids:
            out.append(problem(lines, ("evidence", i, "id"), "a unique evidence id", eid))
        ev_ids.add(eid)
        for j, ref in enumerate(ev.supports):
            if ref not in act_ids and ref not in items:
                out.append(problem(lines, ("evidence", i, "supports", j), "an activity id or item code", ref))
        if ev.path is not None:
            out += _check_path(ev.path, base_dir, lines, ("evidence", i, "path"))
    rules = _answer_rules(rubric)
    for code, ans in u.answers.items():
        rule = rules.get(code)
        if rule is None:
            out.append(problem(lines, ("answers", code), "an item code of the rubric", code))
            continue
        pengungkit, options, known = rule
        if not pengungkit:
            out.append(
                problem(
                    lines,
                    ("answers", code),
                    "a pengungkit item (survey and capaian kinerja go under 'hasil')",
                    code,
                )
            )
            continue
        answer = ans.answer
        if options is not None:
            if answer is not None and answer not in options and normalise_option(answer, options) is None:
                out.append(
                    problem(lines, ("answers", code, "answer"), "one of " + ", ".join(options), answer)
                )
            if ans.counts:
                out.append(problem(lines, ("answers", code, "counts"), "absent for an option item", "counts"))
        else:
            if answer is not None:
                out.append(
                    problem(
                        lines,
                        ("answers", code, "answer"),
                        "absent for a percentage item (give counts)",
                        answer,
                    )
                )
            for key in ans.counts:
                if key not in known:
                    out.append(
                        problem(lines, ("answers", code, "counts", key), "one of " + ", ".join(known), key)
                    )
        refs = ans.evidence
        if refs and not ev_ids.issuperset(refs):
            for j, ref in enumerate(refs):
                if ref not in ev_ids:
                    out.append(
                        problem(lines, ("answers", code, "evidence", j), "an evidence id of this file", ref)
                    )
    for j, ref in enumerate(u.hasil.evidence):
        if ref not in ev_ids:
            out.append(problem(lines, ("hasil", "evidence", j), "an evidence id of this file", ref))
    return out


#: Longest evidence path a unit file may give (file systems allow 4,096 at most).
MAX_PATH = 1024


def path_rule(raw: str, base_dir: Path | None, must_exist: bool = True) -> str | None:
    """Say what an evidence path must be when ``raw`` breaks the rule (``None`` when it is fine).

    Paths are relative to the plan's folder and may not leave it; with ``base_dir`` they may not name
    a folder and, with ``must_exist``, must exist (a unit file may name a file that has gone: that is
    the EVIDENCE_PATH_MISSING flag, see :func:`missing_evidence_files`, not a broken file).
    """
    if "\0" in raw:
        return "a path without NUL characters"
    if len(raw) > MAX_PATH:
        return f"a path of at most {MAX_PATH} characters"
    p = Path(raw)
    if p.is_absolute() or raw.startswith(("/", "\\")) or (len(raw) > 1 and raw[1] == ":"):
        return "a path relative to the plan's folder"
    if ".." in p.parts:
        return "a path inside the plan's folder (no '..')"
    if base_dir is None:
        return None
    base = base_dir.resolve()
    try:
        target = (base / p).resolve()
        is_dir = target.is_dir()
    except (OSError, ValueError):  # a name part longer than the file system allows
        return "a path the file system can hold"
    if base != target and base not in target.parents:
        return "a path inside the plan's folder (links may not leave it)"
    if is_dir:
        return "a file next to the plan, not a folder"
    if must_exist and not target.exists():
        return "an existing file next to the plan"
    return None


def missing_evidence_files(u: Unit, base_dir: Path) -> frozenset[str]:
    """The ids of evidence records whose ``path`` names no file in ``base_dir`` (moved or deleted).

    A path written on Windows names its file as Windows finds it: with backslashes ("Data Dukung\\SK
    Tim.pdf") and in any case ("data dukung/sk tim.pdf"). Read only as written, such a file was called
    missing here and its item lost its evidence.
    """
    base = base_dir.resolve()

    def there(path: str) -> bool:
        try:
            return (base / path).is_file() or _found_as_windows_would(base, path)
        except (OSError, ValueError):
            return False

    return frozenset(e.id for e in u.evidence if e.path is not None and not there(e.path))


def _found_as_windows_would(base: Path, path: str) -> bool:
    """Whether ``path`` names a file under ``base`` with "\\" read as "/" and letters in any case (each
    folder listed only when its name is not found as written)."""
    here = base
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return False
    for part in parts:
        nxt = here / part
        if not nxt.exists():
            folded = part.casefold()
            found = [c for c in here.iterdir() if c.name.casefold() == folded] if here.is_dir() else []
            if len(found) != 1:
                return False
            nxt = found[0]
        here = nxt
    return here.is_file() and here.resolve().is_relative_to(base)


def _check_path(raw: str, base_dir: Path | None, lines: LineMap, loc: tuple[str | int, ...]) -> list[Problem]:
    must = path_rule(raw, base_dir, must_exist=False)
    return [] if must is None else [problem(lines, loc, must, raw)]
