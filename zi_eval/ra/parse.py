"""Classify every row of a Rencana Aksi table and rebuild its activities (merged-cell semantics).

Rules (DESIGN.md §7): headers are found by their words, repeated headers skipped; empty
NO/program/kegiatan/sub-kegiatan cells inherit from the row above while the row continues the
same parent; a row with only an indicator and marks is its own activity line; lettered lines
under an activity ending in ':' or containing 'meliputi' are its sub-steps. Every row gets
exactly one kind; marks outside the month columns and unknown month content become findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zi_eval.ra.layout import Layout, clean, header_roles, is_mark, layout_from, month_columns, norm
from zi_eval.ra.rows import RawRow

KINDS = ("activity", "substep", "header", "title", "blank", "signature", "not_understood")
_LETTERED = re.compile(r"^\(?([a-zA-Z])[.)]\s+(\S.*)$")
_SIGNATURE_WORDS = ("ditetapkan", "ttd", "ketua", "kepala", "salinan", "nip", "tanggal", "sekretaris", "pada")


@dataclass
class Finding:
    """Something the importer noticed and what it did about it."""

    code: str
    line: int
    sheet: str | None
    column: int | None  # 1-based
    value: str
    action: str

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "line": self.line,
            "sheet": self.sheet,
            "column": self.column,
            "value": self.value,
            "action": self.action,
        }


@dataclass
class ParsedSubstep:
    label: str
    text: str
    months: tuple[int, ...]
    row: RawRow


@dataclass
class ParsedActivity:
    no: str | None
    program: str | None
    kegiatan: str | None
    sub: str | None
    indikator: str | None
    months: tuple[int, ...]
    row: RawRow
    notes: list[str] = field(default_factory=list)
    substeps: list[ParsedSubstep] = field(default_factory=list)

    @property
    def opens_substeps(self) -> bool:
        text = (self.sub or self.kegiatan or "").strip()
        return text.endswith(":") or "meliputi" in text.lower()


@dataclass
class LineRecord:
    """What one source row was taken to be."""

    line: int
    sheet: str | None
    kind: str
    reason: str
    activity: int | None = None  # index into activities
    span: int = 1


@dataclass
class Parsed:
    activities: list[ParsedActivity]
    lines: list[LineRecord]
    findings: list[Finding]
    title_rows: list[RawRow]


def _is_blank(row: RawRow) -> bool:
    return all(not c.strip() for c in row.cells)


def _is_table_row(row: RawRow) -> bool:
    return sum(1 for c in row.cells if c.strip()) >= 2 or (
        len(row.cells) >= 3 and any(c.strip() for c in row.cells)
    )


def parse_rows(rows: list[RawRow]) -> Parsed:
    """Classify ``rows`` (one sheet or one text file) and rebuild activities and sub-steps."""
    header_idx = next((i for i, r in enumerate(rows) if header_roles(r.cells)), None)
    lines: list[LineRecord] = []
    findings: list[Finding] = []
    acts: list[ParsedActivity] = []
    if header_idx is None:
        for r in rows:
            kind = "blank" if _is_blank(r) else "title"
            lines.append(
                LineRecord(
                    r.line, r.sheet, kind, "no table header found" if kind == "title" else "", span=r.span
                )
            )
        return Parsed(acts, lines, findings, [r for r in rows if not _is_blank(r)])
    last_table = max(i for i, r in enumerate(rows) if i >= header_idx and _is_table_row(r))
    for r in rows[:header_idx]:
        kind = "blank" if _is_blank(r) else "title"
        lines.append(
            LineRecord(r.line, r.sheet, kind, "before the table" if kind == "title" else "", span=r.span)
        )
    state = _State()
    i = header_idx
    while i <= last_table:
        r = rows[i]
        roles = header_roles(r.cells)
        if roles:
            nxt = rows[i + 1] if i + 1 <= last_table else None
            state.layout, skip_next = layout_from(roles, r.cells, nxt.cells if nxt else None)
            lines.append(LineRecord(r.line, r.sheet, "header", "table header", span=r.span))
            if skip_next and nxt is not None:
                lines.append(LineRecord(nxt.line, nxt.sheet, "header", "month numbers", span=nxt.span))
                i += 1
            i += 1
            continue
        if _is_blank(r):
            lines.append(LineRecord(r.line, r.sheet, "blank", "", span=r.span))
        elif r.cells == ["---"] or month_columns(r.cells) and not state.texts(r):
            lines.append(LineRecord(r.line, r.sheet, "header", "separator or month numbers", span=r.span))
        else:
            lines.append(state.take(r, acts, findings))
        i += 1
    for r in rows[last_table + 1 :]:
        if _is_blank(r):
            lines.append(LineRecord(r.line, r.sheet, "blank", "", span=r.span))
        else:
            words = norm(r.raw)
            why = "after the table" + ("" if any(w in words for w in _SIGNATURE_WORDS) else " (closing text)")
            lines.append(LineRecord(r.line, r.sheet, "signature", why, span=r.span))
    return Parsed(acts, lines, findings, [r for r in rows[:header_idx] if not _is_blank(r)])


class _State:
    """Fill-down state while walking the rows of the table."""

    def __init__(self) -> None:
        self.layout: Layout | None = None
        self.no: str | None = None
        self.program: str | None = None
        self.kegiatan: str | None = None
        self.sub: str | None = None
        self.parent: ParsedActivity | None = None

    def texts(self, r: RawRow) -> list[str]:
        lay = self.layout
        assert lay is not None
        return [clean(r.cell(c)) for c in lay.text_columns if clean(r.cell(c))]

    def _months(self, r: RawRow, findings: list[Finding], notes: list[str]) -> tuple[int, ...]:
        lay = self.layout
        assert lay is not None
        months = []
        for m, col in enumerate(lay.months, start=1):
            cell = r.cell(col)
            if not cell.strip():
                continue
            if is_mark(cell):
                months.append(m)
            else:
                action = f"bulan {m} tidak dijadwalkan; isi sel disimpan di sumber"
                findings.append(
                    Finding("IMPORT_UNKNOWN_MARK", r.line, r.sheet, col + 1, clean(cell)[:80], action)
                )
                notes.append(
                    f"kolom {col + 1} (bulan {m}) berisi {clean(cell)[:80]!r}, bukan tanda: {action}"
                )
        used = set(lay.months) | set(lay.text_columns)
        for col, cell in enumerate(r.cells):
            if col in used or not cell.strip() or col in r.merged_from:
                continue
            after = col > lay.months[-1]
            where = "setelah kolom bulan ke-12" if after else "di luar kolom bulan"
            action = f"tanda di kolom {col + 1} ({where}) tidak dihitung sebagai bulan; disimpan di sumber"
            findings.append(
                Finding("IMPORT_MARK_OUTSIDE_MONTHS", r.line, r.sheet, col + 1, clean(cell)[:80], action)
            )
            notes.append(action + f": {clean(cell)[:80]!r}")
        return tuple(months)

    def take(self, r: RawRow, acts: list[ParsedActivity], findings: list[Finding]) -> LineRecord:
        lay = self.layout
        assert lay is not None
        cell = lambda c: clean(r.cell(c))  # noqa: E731
        no, prog, keg, sub, ind = (
            cell(c) for c in (lay.no, lay.program, lay.kegiatan, lay.sub, lay.indikator)
        )
        texts = [t for t in (no, prog, keg, sub, ind) if t]
        notes: list[str] = []
        lettered = _LETTERED.match(sub or keg or "") if not (no or prog) and bool(sub) != bool(keg) else None
        if lettered and self.parent is not None:
            months = self._months(r, findings, notes)
            text = lettered.group(2) + (f" — {ind}" if ind else "")
            self.parent.substeps.append(ParsedSubstep(lettered.group(1).lower(), text, months, r))
            self.parent.notes += notes
            return LineRecord(
                r.line,
                r.sheet,
                "substep",
                f"sub-step {lettered.group(1).lower()}",
                activity=acts.index(self.parent),
                span=r.span,
            )
        if not texts:
            months = self._months(r, findings, notes)
            why = "marks without any text" if months else "content outside the table's text columns"
            findings.append(
                Finding(
                    "IMPORT_ROW_NOT_PLACED",
                    r.line,
                    r.sheet,
                    None,
                    clean(r.raw)[:80],
                    "baris tidak dijadikan kegiatan: " + why,
                )
            )
            return LineRecord(r.line, r.sheet, "not_understood", why, span=r.span)
        if (no or prog) and not (keg or sub or ind) and not any(is_mark(r.cell(c)) for c in lay.months):
            # a program heading on its own row: it names the area for the rows below
            self.no, self.program = no or self.no, prog or self.program
            self.kegiatan = self.sub = None
            return LineRecord(r.line, r.sheet, "header", "program heading", span=r.span)
        if no or prog:
            self.no = no or self.no
            self.program = prog or self.program
            self.kegiatan = self.sub = None
        if keg:
            self.kegiatan, self.sub = keg, (sub or None)
        elif sub:
            self.sub = sub
        months = self._months(r, findings, notes)
        act = ParsedActivity(self.no, self.program, self.kegiatan, self.sub, ind or None, months, r, notes)
        acts.append(act)
        self.parent = act if act.opens_substeps else None
        kind_reason = (
            "activity" if (keg or sub) else "indicator-only line inheriting kegiatan and sub-kegiatan"
        )
        return LineRecord(r.line, r.sheet, "activity", kind_reason, activity=len(acts) - 1, span=r.span)
