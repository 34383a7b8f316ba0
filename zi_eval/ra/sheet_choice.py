"""Sheets of a workbook holding another plan than the one read: another unit's, or a copy of a sheet.

A regional office's workbook may hold one sheet per unit ("KPU KABUPATEN LUWU", "KPU KOTA PALOPO"),
and a workbook edited over time a copy of its plan sheet ("RA", "RA (2)", made by Excel's Move or
Copy). Reading every sheet merged them: two units' activities under the first unit's name, or each
activity twice with two sets of months. Here one plan is chosen and the other sheets are said
(a warning each), never read silently.

- Another unit: each sheet's title names its unit (:func:`~zi_eval.ra.meta.unit_line`); a sheet whose
  unit is another than the chosen sheet's (:func:`~zi_eval.ra.parts.other_unit`) is not read. The
  chosen sheet is the first naming a unit, or the one naming ``--unit-name``.
- A copy: two sheets holding mostly the same activities (:data:`COPY_SHARE` of their texts). The copy
  Excel named ("RA (2)", made from "RA") is read, as the one edited last; otherwise the later sheet.
- Two versions: sheets whose names say a draft and its final ("Draft" | "Final", "RA Konsep" | "RA
  Final", "RA" | "RA Revisi"): the same name but for their version words, sharing half the smaller
  one's activities (:data:`VERSION_SHARE`), since the plan grew between them and fewer texts are
  shared than in a copy. The one not named a draft is read (the final one). Sheets named otherwise
  ("Manajemen Perubahan" | "Penataan Tatalaksana", "Semester Awal" | "Semester Akhir") are never
  versions by their names, whatever words they hold.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from zi_eval.ra.layout import norm
from zi_eval.ra.meta import unit_line
from zi_eval.ra.parse import Finding, Parsed, ParsedActivity
from zi_eval.ra.parts import other_unit

#: Two sheets are copies when this share of the larger one's activity texts is in both.
COPY_SHARE = 0.8
#: Two sheets named as a draft and its final are versions of one plan when this share of the smaller
#: one's activity texts is in both.
VERSION_SHARE = 0.5
#: A sheet name saying its sheet is an earlier version ("Draft", "Konsep", "RA lama", "Usulan").
_DRAFT_NAME = re.compile(r"\b(?:draft|draf|konsep|rancangan|lama|old|usulan|backup|coba)\b", re.IGNORECASE)
#: A sheet name saying its sheet is the version to read ("Final", "Revisi", "Perubahan", "Terbaru").
_FINAL_NAME = re.compile(r"\b(?:final|fix|revisi|rev|perubahan|terbaru|baru|update)\b", re.IGNORECASE)
#: Excel's name for a copy of a sheet: the sheet's name and a number in brackets.
_COPY_NAME = re.compile(r"^(?P<name>.*?)\s*\(\d{1,3}\)$")

Sheet = str | None


def other_plans(
    sheets: Sequence[Sheet],
    parsed: Sequence[Parsed],
    title_of: Callable[[Parsed], list[str]],
    unit_name: str | None = None,
) -> dict[Sheet, Finding]:
    """The sheets (of ``sheets``, each parsed) not to read, each with the warning saying why."""
    named = [(s, p) for s, p in zip(sheets, parsed, strict=True) if s is not None and p.activities]
    out = _other_units(named, title_of, unit_name)
    out.update(_copies([(s, p) for s, p in named if s not in out]))
    return out


def _first_line(p: Parsed) -> int:
    return p.lines[0].line if p.lines else 1


def _other_units(
    named: Sequence[tuple[Sheet, Parsed]], title_of: Callable[[Parsed], list[str]], unit_name: str | None
) -> dict[Sheet, Finding]:
    units = {s: unit_line(title_of(p)) for s, p in named}
    with_unit = [(s, p) for s, p in named if units[s]]
    if len(with_unit) < 2:
        return {}
    keep, kept = with_unit[0]
    if unit_name:
        keep, kept = next(
            ((s, p) for s, p in with_unit if not other_unit(title_of(p), unit_name)), (keep, kept)
        )
    out: dict[Sheet, Finding] = {}
    for s, p in with_unit:
        unit = units[s] or ""
        if s != keep and other_unit(title_of(kept), unit):
            out[s] = Finding(
                "IMPORT_OTHER_UNIT",
                _first_line(p),
                s,
                None,
                unit,
                f"sheet '{s}' adalah rencana unit lain dari sheet '{keep}' ({units[keep]}): tidak dibaca; "
                "beri --unit-name untuk membaca unit itu",
                f"sheet '{s}' is another unit's plan than sheet '{keep}' ({units[keep]}): not read; give "
                "--unit-name to read that unit",
            )
    return out


def _key(a: ParsedActivity) -> tuple[str, str]:
    return norm(a.kegiatan or ""), norm(a.sub or "")


def _when(a: ParsedActivity) -> tuple[tuple[int, ...], str | None]:
    """What an activity's schedule says: its marked months, and its timing text (read into months later)."""
    return a.months, a.timing


def _stem(sheet: Sheet) -> str:
    """A sheet's name without its version words ("RA Revisi" and "RA Konsep" are both "ra")."""
    return norm(_FINAL_NAME.sub(" ", _DRAFT_NAME.sub(" ", str(sheet))))


def _copies(named: Sequence[tuple[Sheet, Parsed]]) -> dict[Sheet, Finding]:
    out: dict[Sheet, Finding] = {}
    for i, (s, p) in enumerate(named):
        for t, q in named[i + 1 :]:
            if s in out or t in out:
                continue
            a, b = Counter(map(_key, p.activities)), Counter(map(_key, q.activities))
            shared = sum((a & b).values())
            draft = [bool(_DRAFT_NAME.search(str(x))) for x in (s, t)]
            final = [bool(_FINAL_NAME.search(str(x))) for x in (s, t)]
            versions = (any(draft) or any(final)) and draft != final and _stem(s) == _stem(t)
            if shared < COPY_SHARE * max(a.total(), b.total()) and not (
                versions and shared >= VERSION_SHARE * min(a.total(), b.total())
            ):
                continue
            # Excel's copy ("RA (2)" of "RA") is the one edited last; else the one not named a draft, or
            # named final; else the later sheet
            copy_of = _COPY_NAME.match(str(s))
            first = (copy_of is not None and copy_of["name"] == t) or (
                versions and (final[0] and not final[1] or draft[1] and not draft[0])
            )
            if first:
                (read, kept), (dropped, left) = (s, p), (t, q)
            else:
                (read, kept), (dropped, left) = (t, q), (s, p)
            when = {_key(x): _when(x) for x in kept.activities}
            differ = sum(1 for x in left.activities if when.get(_key(x)) != _when(x))
            out[dropped] = Finding(
                "IMPORT_OTHER_PLAN",
                _first_line(left),
                dropped,
                None,
                str(dropped),
                f"sheet ini salinan sheet '{read}' ({differ} kegiatan dengan bulan berbeda): dibaca sheet "
                f"'{read}' saja; hapus sheet yang bukan rencananya bila salah",
                f"this sheet is a copy of sheet '{read}' ({differ} activities with other months): only sheet "
                f"'{read}' is read; delete the sheet that is not the plan if that is wrong",
            )
    return out
