"""Turn parsed rows into a unit file and an import report that accounts for every source line."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Source, Substep, Unit, UnitInfo
from zi_eval.ra.layout import norm
from zi_eval.ra.meta import UnitMeta, read_meta, slug
from zi_eval.ra.parse import Finding, LineRecord, Parsed, ParsedActivity, parse_rows
from zi_eval.ra.rows import Document, RawRow, read_document


@dataclass
class ImportResult:
    """A unit built from a plan document, with the per-line report and the findings."""

    unit: Unit
    document: Document
    lines: list[LineRecord]
    findings: list[Finding]
    meta: UnitMeta = field(default_factory=UnitMeta)

    def counts(self) -> dict[str, int]:
        """Number of source lines of each kind."""
        c: Counter[str] = Counter()
        for rec in self.lines:
            c[rec.kind] += rec.span
        return dict(sorted(c.items()))

    def report(self) -> dict[str, Any]:
        """The import report as plain data (what ``--report`` writes)."""
        return {
            "source": self.document.name,
            "format": self.document.format,
            "encoding": self.document.encoding,
            "sheets": self.document.sheets,
            "unit": self.unit.unit.id,
            "activities": len(self.unit.activities),
            "substeps": sum(len(a.substeps) for a in self.unit.activities),
            "counts": self.counts(),
            "findings": [f.as_dict() for f in self.findings],
            "lines": [
                {
                    "line": r.line,
                    "sheet": r.sheet,
                    "kind": r.kind,
                    "reason": r.reason,
                    "span": r.span,
                    "activity": self.unit.activities[r.activity].id if r.activity is not None else None,
                }
                for r in self.lines
            ],
        }


def map_ra_area(text: str | None, rubric: Rubric) -> tuple[str | None, bool]:
    """Map an RA area as written to a ZI area id; returns ``(area, recognised)``."""
    if not text:
        return None, False
    words = norm(text)
    best: tuple[int, str | None] | None = None
    for ra in rubric.ra_areas:
        for alias in ra.aliases:
            hit = words == alias or f" {alias} " in f" {words} "
            if hit and (best is None or len(alias) > best[0]):
                best = (len(alias), ra.area)
    return (best[1], True) if best else (None, False)


def _source(doc: Document, row: RawRow, notes: list[str]) -> Source:
    if row.sheet is not None:
        from openpyxl.utils import get_column_letter

        cells = f"A{row.line}:{get_column_letter(max(len(row.cells), 1))}{row.line}"
        return Source(
            file=doc.name, line=row.line, sheet=row.sheet, cells=cells, raw=row.raw, notes=tuple(notes)
        )
    return Source(file=doc.name, line=row.line, raw=row.raw, notes=tuple(notes))


def _activity(doc: Document, n: int, p: ParsedActivity, rubric: Rubric, findings: list[Finding]) -> Activity:
    area, known = map_ra_area(p.program, rubric)
    if p.program and not known:
        findings.append(
            Finding(
                "IMPORT_AREA_UNKNOWN",
                p.row.line,
                p.row.sheet,
                None,
                p.program,
                "area RA tidak dikenal: area ZI dibiarkan kosong",
            )
        )
    subs = tuple(
        Substep(label=s.label, text=s.text, months=s.months, source=_source(doc, s.row, []))
        for s in p.substeps
    )
    return Activity(
        id=f"ra{n:03d}",
        ra_area=p.program or "",
        area=area,
        kegiatan=p.kegiatan,
        sub_kegiatan=p.sub,
        indicators=(p.indikator,) if p.indikator else (),
        months=p.months,
        substeps=subs,
        source=_source(doc, p.row, p.notes),
    )


def import_plan(
    path: str | Path, rubric: Rubric, unit_name: str | None = None, year: int | None = None
) -> ImportResult:
    """Import a Rencana Aksi document; never raises on content, only on unreadable files."""
    doc = read_document(path)
    groups: dict[str | None, list[RawRow]] = {}
    for r in doc.rows:
        groups.setdefault(r.sheet, []).append(r)
    parsed = [parse_rows(rows) for rows in groups.values()]
    merged = Parsed([], [], [], [])
    for p in parsed:
        offset = len(merged.activities)
        merged.activities += p.activities
        merged.lines += [
            LineRecord(
                x.line, x.sheet, x.kind, x.reason, None if x.activity is None else x.activity + offset, x.span
            )
            for x in p.lines
        ]
        merged.findings += p.findings
        merged.title_rows += p.title_rows
    meta = read_meta([r.raw for r in merged.title_rows])
    findings = list(merged.findings)
    acts = tuple(_activity(doc, i + 1, p, rubric, findings) for i, p in enumerate(merged.activities))
    if not acts:
        findings.append(
            Finding(
                "IMPORT_NO_ACTIVITY",
                1,
                None,
                None,
                doc.name,
                "tidak ada tabel rencana aksi (NO, KEGIATAN, SUB KEGIATAN, INDIKATOR, BULAN)",
            )
        )
    the_year = year or meta.year or dt.date.today().year
    name = unit_name or meta.name or Path(doc.name).stem
    base = slug(unit_name) if unit_name else (meta.short_id or slug(Path(doc.name).stem))
    unit_id = base if base.endswith(str(the_year)) else f"{base}-{the_year}"
    info = UnitInfo(
        id=unit_id,
        name=name,
        instansi=meta.instansi,
        year=the_year,
        decree=meta.decree,
        decree_date=meta.decree_date,
    )
    unit = Unit(unit=info, activities=acts)
    return ImportResult(unit, doc, merged.lines, findings, meta)
