"""Read a rendered document back with its own library and check the plan is really drawn in it.

This is the renderer's test, independent of zi_eval's importer: when a fixture fails to import,
these checks having passed means the document is right and the importer is wrong.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from tests.ra.render.spec import MONTH_HEADERS, Layout, Plan, marks_of, month_marks


@dataclass(frozen=True)
class Cell:
    """A cell's text and whether it carries a fill colour (a Gantt mark)."""

    text: str
    filled: bool = False


def squash(text: str | None) -> str:
    """Collapse whitespace (wrapped PDF/Word lines) so texts compare as words."""
    return re.sub(r"\s+", " ", text or "").strip()


def read_rows(path: Path) -> list[list[Cell]]:
    """Every row of every table (and every line of text around it) in the document, in order."""
    ext = path.suffix.lower()
    if ext == ".xlsx":
        return _xlsx(path)
    if ext in (".ods", ".xls"):
        return _calamine(path)
    if ext == ".docx":
        return _docx(path)
    if ext == ".pdf":
        return _pdf(path)
    text = path.read_text(encoding="utf-8")
    if ext == ".md":
        return [[Cell(c.strip()) for c in ln.strip().strip("|").split("|")] for ln in text.splitlines()]
    delim = "\t" if ext == ".tsv" else (";" if text.count(";") > text.count(",") else ",")
    return [[Cell(c) for c in r] for r in csv.reader(io.StringIO(text), delimiter=delim)]


def _xlsx(path: Path) -> list[list[Cell]]:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    rows = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            rows.append(
                [
                    Cell(
                        "" if c.value is None else str(c.value),
                        c.fill is not None and c.fill.fill_type == "solid",
                    )
                    for c in row
                ]
            )
    return rows


def _calamine(path: Path) -> list[list[Cell]]:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    rows = []
    for name in wb.sheet_names:
        for row in wb.get_sheet_by_name(name).to_python():
            rows.append([Cell(_num(v)) for v in row])
    return rows


def _num(v: object) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return "" if v is None else str(v)


def _docx(path: Path) -> list[list[Cell]]:
    import docx
    from docx.oxml.ns import qn

    d = docx.Document(str(path))
    rows: list[list[Cell]] = [[Cell(p.text)] for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            cells = []
            for c in row.cells:
                shd = c._tc.tcPr.find(qn("w:shd")) if c._tc.tcPr is not None else None
                filled = shd is not None and shd.get(qn("w:fill")) not in (None, "auto", "FFFFFF")
                cells.append(Cell(c.text, filled))
            rows.append(cells)
    return rows


def _pdf(path: Path) -> list[list[Cell]]:
    import pdfplumber

    rows: list[list[Cell]] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            rows += [[Cell(ln)] for ln in (page.extract_text() or "").splitlines()]
            for table in page.extract_tables():
                rows += [[Cell(c or "") for c in r] for r in table]
    return rows


def document_text(rows: list[list[Cell]]) -> str:
    """All the document's words, squashed."""
    return squash(" ".join(c.text for r in rows for c in r))


def check_texts(rows: list[list[Cell]], texts: list[str], split_ok: bool = False) -> list[str]:
    """The texts that do not appear in the document (an empty list when all do).

    ``split_ok``: a text broken over two pages counts when both halves (split at a word) appear.
    """
    whole = document_text(rows)

    def found(text: str) -> bool:
        if squash(text) in whole:
            return True
        words = squash(text).split()
        return split_ok and any(
            " ".join(words[:i]) in whole and " ".join(words[i:]) in whole for i in range(1, len(words))
        )

    return [t for t in texts if not found(t)]


def _month_columns(rows: list[list[Cell]], labels: tuple[str, ...]) -> list[int]:
    for r in rows:
        texts = [squash(c.text) for c in r]
        for start in range(len(texts)):
            if tuple(texts[start : start + len(labels)]) == labels:
                return list(range(start, start + len(labels)))
    raise AssertionError(f"no header row with the month labels {labels}")


def check_b(rows: list[list[Cell]], plan: Plan, lay: Layout) -> list[str]:
    """Problems with a drawn shape-B table: missing texts, or marks not in the activity's months."""
    problems = []
    wanted = [t for t in _title_and_signature(plan, lay)]
    for area, act in plan.activities():
        wanted += [area.name, act.kegiatan, act.sub_kegiatan or "", act.indicator or "", act.timing or ""]
        for f, _ in lay.extras:
            value = getattr(act, f)
            wanted += list(value) if isinstance(value, tuple) else [value or ""]
    problems += [f"text not drawn: {t!r}" for t in check_texts(rows, [w for w in wanted if w])]
    if lay.months == "text":
        return problems
    cols = _month_columns(rows, MONTH_HEADERS[lay.months])
    for _, act in plan.activities():
        key = squash(act.sub_kegiatan or act.indicator)
        hits = [r for r in rows if len(r) > 1 and any(squash(c.text) == key for c in r)]
        if len(hits) != 1:
            problems.append(f"{key!r}: found on {len(hits)} rows")
            continue
        row = hits[0]
        got = [
            c < len(row) and (row[c].filled if lay.mark is None else squash(row[c].text) in marks_of(lay))
            for c in cols
        ]
        if got != month_marks(act, lay.months):
            problems.append(f"{key!r}: marks {got}, months {act.months}")
    return problems


def _title_and_signature(plan: Plan, lay: Layout) -> list[str]:
    from tests.ra.render.grid import SIGNER_TITLE, title_lines

    out = title_lines(plan, lay.title_rows)
    if lay.signature:
        out += [SIGNER_TITLE, plan.signer, f"NIP {plan.nip}"]
    return out
