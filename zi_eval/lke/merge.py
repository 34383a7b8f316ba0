"""Merge what an LKE workbook says (answers, counts, hasil, evidence links) into a unit.

The workbook only adds: a blank answer cell leaves the unit's answer as it is, evidence links are
added to the ones the unit has, and an evidence record the unit already holds (same id, or the
same title, link and path under another id) is not added twice, so merging the same workbook
again changes nothing. A workbook's evidence ids are its row numbers (``wb-<row>``): where the unit
holds such an id for another item's document (a copy of the LKE with rows added or removed), the
workbook's record is another one, under a new id (``wb-104-lagi``), never a change of the unit's.
Where both hold a value and the values differ, that is a conflict; the caller lists conflicts and
changes nothing unless told to let the workbook win.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zi_eval.errors import Problem, show
from zi_eval.lke.columns import letter
from zi_eval.lke.layout import COL
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Answer, Evidence, Hasil, Unit
from zi_eval.models.unit_checks import normalise_option


@dataclass(frozen=True)
class Change:
    """One value the merge changes: what (item code, hasil field or evidence id), before and after."""

    what: str
    field: str  # answer | count:<input> | note | evidence | hasil | record
    before: str
    after: str


@dataclass
class Merge:
    """The merged unit, the changes made and the conflicts found (the workbook's value differs)."""

    unit: Unit
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Problem] = field(default_factory=list)
    #: items (and hasil fields) whose row the workbook holds blank while the unit has a value: kept
    kept: list[str] = field(default_factory=list)


class _Cells:
    """Where the workbook holds each value, for conflict lines like ``LKE.xlsx:LKE ZI!K45``."""

    def __init__(self, book: Any):
        self.name = Path(book.path).name
        self.sheet = book.sheet
        self.matched: dict[str, int] = dict(getattr(book, "matched", {}))
        #: the columns the reader found by their header words (the official layout's as a fallback)
        self.columns: dict[str, str] = dict(getattr(book, "columns", {}) or {})

    def of(self, key: str, col: str = "answer") -> str:
        row = self.matched.get(key)
        column = self.columns.get(col) or letter(COL[col] - 1)
        where = f"!{column}{row}" if row else ""
        return f"{self.name}:{self.sheet}{where}"


def merge_workbook(unit: Unit, book: Any, rubric: Rubric, force: bool = False) -> Merge:
    """Merge ``book`` (from :func:`zi_eval.lke.reader.read_lke_workbook`) into ``unit``."""
    theirs: Unit = book.unit
    cells = _Cells(book)
    out = Merge(unit)
    ev_map, records = _merge_evidence(unit, theirs, out, cells, force)
    answers = dict(unit.answers)
    for code, a_w in theirs.answers.items():
        a_u = answers.get(code, Answer())
        answers[code] = _merge_answer(code, a_u, a_w, ev_map, rubric, out, cells, force)
    # a cell emptied in the workbook changes nothing (it only adds): said, so that nobody takes the
    # unit's value for cleared (a hasil value: in _merge_hasil)
    for code, a_u in unit.answers.items():
        got = theirs.answers.get(code)
        blank = got is None or (got.answer is None and not got.counts)
        if (a_u.answer is not None or a_u.counts) and blank and f"item:{code}" in cells.matched:
            out.kept.append(code)
    hasil = _merge_hasil(unit.hasil, theirs.hasil, ev_map, rubric, out, cells, force)
    out.unit = unit.model_copy(update={"answers": answers, "hasil": hasil, "evidence": records})
    return out


def _differs(
    out: Merge, cells: _Cells, where: str, what: str, mine: object, theirs: object, force: bool
) -> bool:
    """Record a conflict (or, with ``force``, allow the change); tell whether to take ``theirs``."""
    if force:
        return True
    out.conflicts.append(
        Problem(
            where,
            None,
            what,
            f"equal to the unit file's {show(mine)} (merge --force replaces it)",
            show(theirs),
        )
    )
    return False


def _merge_answer(
    code: str,
    a_u: Answer,
    a_w: Answer,
    ev_map: dict[str, str],
    rubric: Rubric,
    out: Merge,
    cells: _Cells,
    force: bool,
) -> Answer:
    update: dict[str, Any] = {}
    options = rubric.items[code].item.options if code in rubric.items else None
    if a_w.answer is not None:
        mine = normalise_option(a_u.answer, options) if a_u.answer is not None and options else a_u.answer
        new = normalise_option(a_w.answer, options) if options else a_w.answer
        new = new or a_w.answer
        if mine != new and (
            a_u.answer is None or _differs(out, cells, cells.of(f"item:{code}"), code, a_u.answer, new, force)
        ):
            update["answer"] = new
            out.changes.append(Change(code, "answer", a_u.answer or "", new))
    counts = dict(a_u.counts)
    for key, n in a_w.counts.items():
        have = counts.get(key)
        if have == n:
            continue
        where = cells.of(f"input:{code}/{key}")
        if have is None or _differs(out, cells, where, f"{code} {key}", have, n, force):
            counts[key] = n
            out.changes.append(Change(code, f"count:{key}", "" if have is None else str(have), str(n)))
    if counts != a_u.counts:
        update["counts"] = counts
    if a_w.note is not None and a_w.note != a_u.note:
        where = cells.of(f"item:{code}", "evidence")
        if a_u.note is None or _differs(out, cells, where, f"{code} note", a_u.note, a_w.note, force):
            update["note"] = a_w.note
            out.changes.append(Change(code, "note", a_u.note or "", a_w.note))
    linked = _union(a_u.evidence, tuple(ev_map.get(x, x) for x in a_w.evidence))
    if linked != a_u.evidence:
        update["evidence"] = linked
        added = [x for x in linked if x not in a_u.evidence]
        out.changes.append(Change(code, "evidence", "; ".join(a_u.evidence), "; ".join(added)))
    return a_u.model_copy(update=update) if update else a_u


def _merge_hasil(
    mine: Hasil,
    theirs: Hasil,
    ev_map: dict[str, str],
    rubric: Rubric,
    out: Merge,
    cells: _Cells,
    force: bool,
) -> Hasil:
    update: dict[str, Any] = {}
    code_of = {f.item.hasil_field: c for c, f in rubric.items.items() if f.item.hasil_field is not None}
    for name in ("ipak", "ipkp", "capaian_kinerja"):
        have, new = getattr(mine, name), getattr(theirs, name)
        code = code_of.get(name, name)
        if new is None and have is not None and f"item:{code}" in cells.matched:
            out.kept.append(code)  # blank in the workbook: kept, and said
        if new is None or have == new:
            continue
        if have is None or _differs(out, cells, cells.of(f"item:{code}"), code, have, new, force):
            update[name] = new
            out.changes.append(Change(code, "hasil", "" if have is None else str(have), str(new)))
    linked = _union(mine.evidence, tuple(ev_map.get(x, x) for x in theirs.evidence))
    if linked != mine.evidence:
        update["evidence"] = linked
        added = [x for x in linked if x not in mine.evidence]
        out.changes.append(Change("hasil", "evidence", "; ".join(mine.evidence), "; ".join(added)))
    return mine.model_copy(update=update) if update else mine


def _same_record(a: Evidence, b: Evidence) -> bool:
    return (a.title, a.url, a.path) == (b.title, b.url, b.path)


def _merge_evidence(
    unit: Unit, theirs: Unit, out: Merge, cells: _Cells, force: bool
) -> tuple[dict[str, str], tuple[Evidence, ...]]:
    """Add the workbook's evidence records; return how its ids map onto the unit's, and the records."""
    records = list(unit.evidence)
    by_id = {e.id: i for i, e in enumerate(records)}
    ev_map: dict[str, str] = {}
    mine_for, theirs_for = _items_citing(unit), _items_citing(theirs)
    for e in theirs.evidence:
        if e.id in by_id and _another_row(records[by_id[e.id]], e, mine_for, theirs_for):
            # the row number the unit holds names another item's document: this is another record
            twin = next((r for r in records if _same_record(r, e)), None)
            if twin is not None:  # merged before, under a new id
                ev_map[e.id] = twin.id
                continue
            original, e = e.id, _renamed(e, by_id)
            ev_map[original] = e.id
        if e.id in by_id:
            have = records[by_id[e.id]]
            if have != e and _differs(
                out, cells, f"{cells.name}", f"evidence {e.id}", have.title, e.title, force
            ):
                records[by_id[e.id]] = e
                out.changes.append(Change(e.id, "record", have.title, e.title))
            continue
        twin = next((r for r in records if _same_record(r, e)), None)
        if twin is not None:
            ev_map[e.id] = twin.id
            continue
        by_id[e.id] = len(records)
        records.append(e)
        out.changes.append(Change(e.id, "record", "", e.title))
    return ev_map, tuple(records)


#: What a workbook's row-numbered evidence id gets when the unit holds that id for another item's
#: document: ``wb-104`` → ``wb-104-lagi``, ``wb-104-lagi2``, …
_AGAIN = "-lagi"


def _items_citing(unit: Unit) -> dict[str, set[str]]:
    """Per evidence id, the items its record supports and the items whose answers cite it."""
    out: dict[str, set[str]] = {}
    for e in unit.evidence:
        out.setdefault(e.id, set()).update(e.supports)
    for code, ans in unit.answers.items():
        for eid in ans.evidence:
            out.setdefault(eid, set()).add(code)
    return out


def _another_row(
    have: Evidence, e: Evidence, mine_for: dict[str, set[str]], theirs_for: dict[str, set[str]]
) -> bool:
    """Whether workbook record ``e`` only shares its id with the unit's record ``have``: the id is a row
    number the reader gave (``wb-<row>``, see :mod:`zi_eval.lke.evidence_columns`), and the two serve
    other items (``mine_for``/``theirs_for``: :func:`_items_citing` of the unit and the workbook).
    Copies of one LKE with rows added or removed number the same document differently."""
    mine, ours = mine_for.get(have.id, set()), theirs_for.get(e.id, set())
    return e.id.startswith("wb-") and have != e and bool(mine) and bool(ours) and not mine & ours


def _renamed(e: Evidence, taken: dict[str, int]) -> Evidence:
    """``e`` under the first of its ids :data:`_AGAIN` … that the unit does not hold."""
    k = 1
    while (new := f"{e.id}{_AGAIN}{k if k > 1 else ''}") in taken:
        k += 1
    return e.model_copy(update={"id": new})


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))
