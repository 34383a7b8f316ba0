"""Tell which evidence records an LKE evidence cell names ("SK Tim; Laporan survei"), and link them.

The LKE sheet's evidence column lists the titles of an item's evidence records joined by "; ";
titles may hold "; " themselves and the LKE reader keeps only the first characters of a cell.
"""

from __future__ import annotations

from zi_eval.io.cells import plain_text
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Answer, Evidence, Unit
from zi_eval.scoring.linking import link_unit


def link_named_records(
    unit: Unit, read: Unit, rubric: Rubric, names: dict[str, str | None], renamed: dict[str, str]
) -> Unit:
    """Link items whose evidence cell names a known record that is not yet linked to them."""
    linked = link_unit(unit, rubric).evidence_by_item
    cell_of = {x: code for code, a in read.answers.items() for x in a.evidence}
    answers = dict(unit.answers)
    hasil_ev = list(unit.hasil.evidence)
    for e in read.evidence:
        if e.id in renamed:
            continue  # kept as its own record
        codes = [cell_of[e.id]] if e.id in cell_of else [c for c in e.supports if c in rubric.items]
        parts = segment(plain_text(e.title), names) or []
        named = [x for x in (names[p] for p in parts) if x is not None]
        for code in codes:
            missing = [x for x in dict.fromkeys(named) if x not in linked.get(code, [])]
            if not missing:
                continue
            if rubric.items[code].item.hasil_field is not None:
                hasil_ev += [x for x in missing if x not in hasil_ev]
            else:
                a = answers.get(code, Answer())
                answers[code] = a.model_copy(update={"evidence": (*a.evidence, *missing)})
    hasil = unit.hasil.model_copy(update={"evidence": tuple(hasil_ev)})
    return unit.model_copy(update={"answers": answers, "hasil": hasil})


def names_of(records: tuple[Evidence, ...]) -> dict[str, str | None]:
    """What an evidence cell may call a record: its title, else its id (``None``: a title several share)."""
    out: dict[str, str | None] = {e.id: e.id for e in records}
    by_title: dict[str, list[str]] = {}
    for e in records:
        by_title.setdefault(e.title, []).append(e.id)
    for title, ids in by_title.items():
        out[title] = ids[0] if len(ids) == 1 else None
    return out


#: The LKE reader keeps this many characters of an evidence cell; the last name may be cut short.
CELL_KEPT = 200


def segment(text: str, names: dict[str, str | None]) -> list[str] | None:
    """Split an evidence cell into known names joined by "; " (titles may hold "; " too); else ``None``."""
    ordered = sorted(names, key=len, reverse=True)
    memo: dict[int, list[str] | None] = {}

    def rest(pos: int) -> list[str] | None:
        if pos in memo:
            return memo[pos]
        memo[pos] = None
        for name in ordered:
            end = pos + len(name)
            if not text.startswith(name, pos):
                continue
            if end == len(text):
                memo[pos] = [name]
                break
            if text.startswith("; ", end):
                tail = rest(end + 2)
                if tail is not None:
                    memo[pos] = [name, *tail]
                    break
        if memo[pos] is None and len(text) >= CELL_KEPT:
            cut = next((n for n in ordered if n.startswith(text[pos:])), None)
            memo[pos] = [cut] if cut is not None else None
        return memo[pos]

    return rest(0) if text else None
