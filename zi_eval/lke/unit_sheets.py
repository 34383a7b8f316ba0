"""Read the unit's own sheets of an LKE workbook back into the unit, finding them by their headers.

The layout is :mod:`zi_eval.lke.unit_columns` (written by :mod:`zi_eval.lke.unit_sheets_write`).
Bad content is refused with one line per problem naming sheet, cell and field. Text that zi-eval
neutralised against formula injection (a leading apostrophe) is read back without it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from zi_eval.errors import InputError, Problem, show
from zi_eval.io.cells import plain_text
from zi_eval.io.location import Location
from zi_eval.io.sheets import Sheet, cell_text
from zi_eval.io.words import norm
from zi_eval.lke.evidence_cells import link_named_records, names_of, segment
from zi_eval.lke.unit_columns import (
    EVIDENCE_COLUMNS,
    FORMULA_MODES,
    HEADER_SCAN,
    LINK,
    LIST_SEP,
    NOTE_COLUMNS,
    PLAN_COLUMNS,
    UNIT_COLUMNS,
    UNIT_FIELDS,
)
from zi_eval.messages import MESSAGES, msg
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Answer, Evidence, LkeLink, Source, Substep, Unit, UnitInfo
from zi_eval.models.unit_checks import path_rule
from zi_eval.models.validation import pydantic_must
from zi_eval.ra.layout import is_mark, is_no_mark


@dataclass
class UnitSheets:
    """What the unit's own sheets said (answers, counts and hasil values come from the LKE sheet)."""

    info: UnitInfo
    activities: tuple[Activity, ...]
    evidence: tuple[Evidence, ...]
    answer_evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    hasil_evidence: tuple[str, ...] = ()
    sheets: dict[str, str] = field(default_factory=dict)  # role → sheet name
    #: the mode the LKE sheet's formulas compute, to compare its stored values in that mode
    mode: str = "claimed"

    def apply(self, read: Unit, rubric: Rubric | None = None) -> Unit:
        """Merge these sheets into the unit read from the LKE sheet.

        The LKE's evidence column is written from the "Data Dukung" records, so evidence the LKE
        reader made from it is dropped where its text only names known records; where it names a
        record not yet linked to that item (a person typed an existing title), the item is linked
        to it (needs ``rubric`` to know the links). A link naming no known record is kept as the
        reader made it. Links are removed on the "Catatan Jawaban" sheet, not by clearing column N.
        """
        names = names_of(self.evidence)
        # the column is neutralised as one text: only its first title may carry the apostrophe
        extra = [e for e in read.evidence if segment(plain_text(e.title), names) is None]
        taken = {e.id for e in self.evidence}
        renamed: dict[str, str] = {}
        for i, e in enumerate(extra):
            new_id = e.id
            while new_id in taken:
                new_id = f"{new_id}-x"
            taken.add(new_id)
            renamed[e.id] = new_id
            extra[i] = e.model_copy(update={"id": new_id})
        answers: dict[str, Answer] = {}
        for code in sorted(set(read.answers) | set(self.answer_evidence) | set(self.notes)):
            base = read.answers.get(code, Answer())
            kept = tuple(renamed[x] for x in base.evidence if x in renamed)
            ev_ids = tuple(dict.fromkeys((*self.answer_evidence.get(code, ()), *kept)))
            answer = base.model_copy(update={"evidence": ev_ids, "note": self.notes.get(code)})
            if answer != Answer():  # a row whose only link was a listed record holds no answer
                answers[code] = answer
        unit = Unit(
            unit=self.info,
            activities=self.activities,
            evidence=(*self.evidence, *extra),
            answers=answers,
            hasil=read.hasil.model_copy(update={"evidence": self.hasil_evidence}),
        )
        if rubric is None:
            return unit
        return link_named_records(unit, read, rubric, names, renamed)


def _aliases(columns: dict[str, str]) -> dict[str, str]:
    """Header words (every language of the catalogue) → field."""
    out = {}
    for f, key in columns.items():
        for text in MESSAGES[key].values():
            out[norm(text)] = f
    return out


def _find(
    sheets: list[Sheet], columns: dict[str, str], needed: tuple[str, ...]
) -> tuple[Sheet, int, dict[str, int]] | None:
    """The first sheet with a header row naming every ``needed`` field: (sheet, row, field → column)."""
    words = _aliases(columns)
    for sheet in sheets:
        for r in range(min(HEADER_SCAN, len(sheet.rows))):
            found: dict[str, int] = {}
            for c, v in enumerate(sheet.rows[r]):
                f = words.get(norm(cell_text(v))) if isinstance(v, str) else None
                if f is not None and f not in found:
                    found[f] = c
            if all(n in found for n in needed):
                return sheet, r, found
    return None


class _Reader:
    """Reads cells of one sheet and gathers problems naming sheet, cell and field."""

    def __init__(self, path: str, sheet: Sheet, cols: dict[str, int]):
        self.path, self.sheet, self.cols = path, sheet, cols
        self.problems: list[Problem] = []

    def where(self, r: int, f: str) -> str:
        return str(Location(Path(self.path).name, r + 1, self.sheet.name, self.cols.get(f, 0)))

    def text(self, r: int, f: str) -> str:
        if f not in self.cols:
            return ""
        return plain_text(cell_text(self.sheet.value(r, self.cols[f])).strip())

    def opt(self, r: int, f: str) -> str | None:
        return self.text(r, f) or None

    def bad(self, r: int, f: str, must: str, got: str, col: str | None = None) -> None:
        """Record a problem with field ``f`` at row ``r`` (in the column of ``col``, else of ``f``)."""
        self.problems.append(Problem(self.where(r, col or f), None, f, must, show(got)))

    def build(self, r: int, f: str, model: Callable[..., Any], **data: Any) -> Any:
        """``model(**data)``, or ``None`` with its validation problems recorded at row ``r``."""
        try:
            return model(**data)
        except ValidationError as exc:
            for e in exc.errors():
                loc = ".".join(str(x) for x in e["loc"])
                must = pydantic_must(e)
                col = str(e["loc"][0]) if e["loc"] and str(e["loc"][0]) in self.cols else f
                self.bad(r, loc or f, must, str(e.get("input", ""))[:60], col)
            return None


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in LIST_SEP.split(text) if p.strip())


def _months(rd: _Reader, r: int) -> tuple[int, ...]:
    out = []
    for m in range(1, 13):
        t = rd.text(r, f"m{m}")
        if not t or is_no_mark(t):
            continue
        if not is_mark(t):  # the plan importer's marks: one rule for what marks a month
            rd.bad(r, f"m{m}", "a month mark (✓, v, x, 1, ■, ●) or empty", t)
        out.append(m)
    return tuple(out)


def _number_list(rd: _Reader, r: int, f: str) -> tuple[int, ...]:
    out = []
    for part in re.split(r"[\s,;]+", rd.text(r, f)):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= 12:
            rd.bad(r, f, "months 1-12 separated by commas", part)
            continue
        out.append(int(part))
    return tuple(out)


def _links(rd: _Reader, r: int) -> tuple[LkeLink, ...]:
    out = []
    for line in rd.text(r, "lke").splitlines():
        if not line.strip():
            continue
        m = LINK.match(line)
        if m is None:
            codes = [c for c in re.split(r"[\s,;]+", line) if c]
            if all(LINK.match(c) for c in codes):
                out += [LkeLink(code=c) for c in codes]
                continue
            rd.bad(r, "lke", "item codes (P.1.i.a), one per line, optionally 'CODE [how]: reason'", line)
            continue
        link = rd.build(
            r,
            "lke",
            LkeLink,
            code=m["code"],
            how=m["how"] or "explicit",
            reason=m["reason"] or None,
        )
        if link is not None:
            out.append(link)
    return tuple(out)


def _rejects(rd: _Reader, r: int) -> tuple[str, ...]:
    """Item codes the matcher must not propose, separated by new lines, commas or spaces."""
    out = []
    for code in re.split(r"[\s,;]+", rd.text(r, "lke_reject")):
        if not code:
            continue
        m = LINK.match(code)
        if m is None or m["how"] or m["reason"]:
            rd.bad(r, "lke_reject", "item codes (P.1.i.a) separated by new lines or commas", code)
            continue
        out.append(code)
    return tuple(out)


def _source(rd: _Reader, r: int) -> Source:
    origin = rd.text(r, "source")
    return Source(
        file=Path(rd.path).name,
        sheet=rd.sheet.name,
        cells=f"A{r + 1}",
        notes=(origin,) if origin else (),
    )


def _read_plan(
    path: str, sheet: Sheet, hr: int, cols: dict[str, int], locs: dict[str, tuple[_Reader, int]]
) -> tuple[tuple[Activity, ...], list[Problem]]:
    rd = _Reader(path, sheet, cols)
    acts: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    rows: dict[str, int] = {}
    for r in range(hr + 1, len(sheet.rows)):
        if not any(cell_text(v).strip() for v in sheet.rows[r]):
            continue
        aid, label = rd.text(r, "id"), rd.text(r, "substep")
        if label:
            parent = by_id.get(aid) if aid else (acts[-1] if acts else None)
            if parent is None:
                rd.bad(r, "id", "the id of an activity listed above this sub-step", aid)
                continue
            st = rd.build(
                r,
                "substep",
                Substep,
                label=label,
                text=rd.text(r, "sub_kegiatan"),
                months=_months(rd, r),
                source=_source(rd, r),
            )
            if st is not None:
                parent["substeps"].append(st)
            continue
        if aid in by_id:
            rd.bad(r, "id", "a unique activity id", aid)
            continue
        data: dict[str, Any] = {
            "id": aid,
            "ra_area": rd.text(r, "ra_area"),
            "area": rd.opt(r, "area"),
            "kegiatan": rd.opt(r, "kegiatan"),
            "sub_kegiatan": rd.opt(r, "sub_kegiatan"),
            "indicators": tuple(x.strip() for x in rd.text(r, "indicators").splitlines() if x.strip()),
            "months": _months(rd, r),
            "substeps": [],
            "lke": _links(rd, r),
            "lke_reject": _rejects(rd, r),
            "timing": rd.opt(r, "timing"),
            "output": rd.opt(r, "output"),
            "expected_evidence": tuple(
                x.strip() for x in rd.text(r, "expected_evidence").splitlines() if x.strip()
            ),
            "pic": rd.opt(r, "pic"),
            "budget": rd.opt(r, "budget"),
            "realisation": rd.opt(r, "realisation"),
            "notes": rd.opt(r, "notes"),
            "source": _source(rd, r),
        }
        acts.append(data)
        by_id[aid] = data
        rows[aid] = r
    out: list[Activity] = []
    for data in acts:
        a = rd.build(rows[data["id"]], "id", Activity, **{**data, "substeps": tuple(data["substeps"])})
        if a is not None:
            locs[f"activities[{len(out)}]"] = (rd, rows[data["id"]])
            out.append(a)
    return tuple(out), rd.problems


def _read_evidence(
    path: str, sheet: Sheet, hr: int, cols: dict[str, int], locs: dict[str, tuple[_Reader, int]]
) -> tuple[tuple[Evidence, ...], list[Problem]]:
    rd = _Reader(path, sheet, cols)
    out: list[Evidence] = []
    seen: set[str] = set()
    for r in range(hr + 1, len(sheet.rows)):
        if not any(cell_text(v).strip() for v in sheet.rows[r]):
            continue
        eid = rd.text(r, "id")
        if eid in seen:
            rd.bad(r, "id", "a unique evidence id", eid)
            continue
        seen.add(eid)
        raw_path = rd.opt(r, "path")
        if raw_path is not None:
            must = path_rule(raw_path, None)
            if must is not None:
                rd.bad(r, "path", must, raw_path)
                continue
        date_text = rd.text(r, "date")
        date: dt.date | None = None
        if date_text:
            try:
                date = dt.date.fromisoformat(date_text[:10])
            except ValueError:
                rd.bad(r, "date", "a date YYYY-MM-DD", date_text)
        e = rd.build(
            r,
            "id",
            Evidence,
            id=eid,
            title=rd.text(r, "title"),
            kind=rd.text(r, "kind") or "dokumen",
            url=rd.opt(r, "url"),
            path=raw_path,
            date=date,
            months=_number_list(rd, r, "months"),
            supports=_split(rd.text(r, "supports")),
        )
        if e is not None:
            locs[f"evidence[{len(out)}]"] = (rd, r)
            out.append(e)
    return tuple(out), rd.problems


def _read_unit(
    path: str, sheet: Sheet, hr: int, cols: dict[str, int], locs: dict[str, tuple[_Reader, int]]
) -> tuple[UnitInfo | None, tuple[str, ...], str, list[Problem]]:
    rd = _Reader(path, sheet, cols)
    values: dict[str, str] = {}
    at: dict[str, int] = {}
    for r in range(hr + 1, len(sheet.rows)):
        key = rd.text(r, "key")
        if key in values:
            # two rows for one field ("unit.year" 2025, then 2024): neither is taken silently
            rd.bad(r, "key", f"one row per field ({key} is also in row {at[key] + 1})", key)
        elif key in UNIT_FIELDS:
            values[key], at[key] = rd.text(r, "value"), r
            locs[key] = (rd, r)
        elif key.startswith("unit.") or key.startswith("hasil."):
            rd.bad(r, "key", "a field of the unit sheet (" + ", ".join(sorted(UNIT_FIELDS)) + ")", key)
    for key in ("unit.id", "unit.name", "unit.year"):
        if not values.get(key):
            rd.problems.append(
                Problem(
                    f"{Path(path).name}:{sheet.name}", None, key, "a row with this field filled in", "none"
                )
            )
    if rd.problems:
        return None, (), "claimed", rd.problems
    data: dict[str, Any] = {}
    for key, text in values.items():
        part, _, name = key.partition(".")
        if part != "unit" or not text:
            continue
        data[name] = text
    year_text = data.get("year", "")
    if not re.fullmatch(r"\d{4}", year_text):
        rd.bad(at["unit.year"], "value", "a year such as 2025", year_text)
        return None, (), "claimed", rd.problems
    data["year"] = int(year_text)
    if "decree_date" in data:
        try:
            data["decree_date"] = dt.date.fromisoformat(data["decree_date"][:10])
        except ValueError:
            rd.bad(at["unit.decree_date"], "value", "a date YYYY-MM-DD", data["decree_date"])
            return None, (), "claimed", rd.problems
    info: UnitInfo | None = None
    try:
        info = UnitInfo(**data)
    except ValidationError as exc:
        for e in exc.errors():  # each at the row of its own field
            key = f"unit.{e['loc'][0]}" if e["loc"] else "unit.id"
            must = pydantic_must(e)
            rd.bad(at.get(key, at["unit.id"]), key, must, str(e.get("input", ""))[:60], "value")
    mode = values.get("lke.mode") or "claimed"
    if mode not in FORMULA_MODES:
        rd.bad(at["lke.mode"], "value", "one of " + ", ".join(FORMULA_MODES), mode)
    return info, _split(values.get("hasil.evidence", "")), mode, rd.problems


def _read_notes(
    path: str, sheet: Sheet, hr: int, cols: dict[str, int], locs: dict[str, tuple[_Reader, int]]
) -> tuple[dict[str, tuple[str, ...]], dict[str, str], list[Problem]]:
    rd = _Reader(path, sheet, cols)
    ev: dict[str, tuple[str, ...]] = {}
    notes: dict[str, str] = {}
    for r in range(hr + 1, len(sheet.rows)):
        code = rd.text(r, "code")
        if not code:
            continue
        if LINK.fullmatch(code) is None or code in ev:
            rd.bad(r, "code", "an item code (P.1.i.a) listed once", code)
            continue
        ev[code] = _split(rd.text(r, "evidence"))
        locs[f"answers.{code}"] = (rd, r)
        note = rd.opt(r, "note")
        if note is not None:
            notes[code] = note
    return ev, notes, rd.problems


def read_unit_sheets(sheets: list[Sheet], path: str, rubric: Rubric | None = None) -> UnitSheets | None:
    """Read the unit's own sheets from a workbook's sheets; ``None`` when it has no "Unit" sheet.

    Bad content raises :class:`InputError` with one line per problem naming sheet, cell and field.
    With ``rubric``, LKE codes, areas and references are checked against it as a unit file's are.
    """
    unit_at = _find(sheets, UNIT_COLUMNS, ("key", "value"))
    if unit_at is None:
        return None
    name = Path(path).name
    found = {
        "plan": _find(sheets, PLAN_COLUMNS, ("id", "ra_area", "kegiatan", "substep")),
        "evidence": _find(sheets, EVIDENCE_COLUMNS, ("id", "title", "kind", "supports")),
        "notes": _find(sheets, NOTE_COLUMNS, ("code", "evidence", "note")),
    }
    missing = [role for role, f in found.items() if f is None]
    if missing:
        raise InputError(
            Problem(name, None, "sheet", msg("us_need_sheet", "en", role=role), "none found")
            for role in missing
        )
    plan, ev_sheet, notes_sheet = found["plan"], found["evidence"], found["notes"]
    assert plan is not None and ev_sheet is not None and notes_sheet is not None
    locs: dict[str, tuple[_Reader, int]] = {}
    info, hasil_ev, mode, problems = _read_unit(path, *unit_at, locs)
    acts, p2 = _read_plan(path, *plan, locs)
    evidence, p3 = _read_evidence(path, *ev_sheet, locs)
    answer_ev, notes, p4 = _read_notes(path, *notes_sheet, locs)
    problems += p2 + p3 + p4
    if rubric is not None and not problems:
        problems += [
            _located(p, locs) for p in _references(name, rubric, acts, evidence, answer_ev, hasil_ev)
        ]
    if problems or info is None:
        raise InputError(problems)
    return UnitSheets(
        info,
        acts,
        evidence,
        answer_ev,
        notes,
        hasil_ev,
        {
            "unit": unit_at[0].name,
            "plan": plan[0].name,
            "evidence": ev_sheet[0].name,
            "notes": notes_sheet[0].name,
        },
        mode,
    )


_FIELD = re.compile(
    r"^(?P<rec>activities\[\d+\]|evidence\[\d+\]|hasil\.evidence"
    r"|answers\.[PRH]\.[0-9IV]+(?:\.[ivx]+)?(?:\.[a-z](?![a-z]))?)(?:\.(?P<f>\w+))?"
)


def _located(p: Problem, locs: dict[str, tuple[_Reader, int]]) -> Problem:
    """Point a unit-file problem (``activities[2].lke[0].code``) at the sheet cell it came from."""
    m = _FIELD.match(p.field)
    if m is None:
        return p
    rec, f = m["rec"], m["f"] or ""
    if rec.startswith("answers."):
        f = "evidence"
    elif rec == "hasil.evidence":
        f = "value"
    at = locs.get(rec)
    if at is None:
        return p
    rd, row = at
    return Problem(rd.where(row, f), None, f or p.field, p.must, p.got)


def _references(
    name: str,
    rubric: Rubric,
    acts: tuple[Activity, ...],
    evidence: tuple[Evidence, ...],
    answer_ev: dict[str, tuple[str, ...]],
    hasil_ev: tuple[str, ...],
) -> list[Problem]:
    """Check codes, areas and ids against the rubric and each other, as a unit file is checked."""
    from zi_eval.io.yamlsrc import LineMap
    from zi_eval.models.unit_checks import check_unit

    answers = {c: Answer(evidence=ids) for c, ids in answer_ev.items() if c in rubric.items}
    bad_codes = [
        Problem(name, None, f"item {c}", "an item code of the rubric", show(c))
        for c in answer_ev
        if c not in rubric.items
    ]
    hasil_codes = {c for c, f in rubric.items.items() if f.component != "pengungkit"}
    answers = {c: a for c, a in answers.items() if c not in hasil_codes}
    probe = Unit(
        unit=UnitInfo(id="x", name="x", year=2000), activities=acts, evidence=evidence, answers=answers
    )
    probe = probe.model_copy(update={"hasil": probe.hasil.model_copy(update={"evidence": hasil_ev})})
    return bad_codes + check_unit(probe, rubric, LineMap(name, {}), None)
