"""Random tables written as DOCX, HTML and PDF read back cell for cell (merges, page breaks, repeated headers)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from zi_eval.ra.rows import read_document

WORDS = [
    "Rapat",
    "Sosialisasi",
    "Laporan",
    "SK",
    "Tim",
    "Survei",
    "Monev",
    "Januari",
    "Zona",
    "Integritas",
    "IKM",
]
#: a cell: empty, or one to six words whose first is capitalised (so no row reads as a continuation)
CELL = st.one_of(st.just(""), st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join))


@st.composite
def merged_grids(draw: st.DrawFn) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """A grid of texts and non-overlapping merged rectangles ``(r0, c0, r1, c1)`` on it."""
    n_rows, n_cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    grid = [[draw(CELL) for _ in range(n_cols)] for _ in range(n_rows)]
    taken: set[tuple[int, int]] = set()
    rects = []
    for _ in range(draw(st.integers(0, 3))):
        r0, c0 = draw(st.integers(0, n_rows - 1)), draw(st.integers(0, n_cols - 1))
        r1, c1 = draw(st.integers(r0, n_rows - 1)), draw(st.integers(c0, n_cols - 1))
        cells = {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        if (r0, c0) != (r1, c1) and not cells & taken:
            taken |= cells
            rects.append((r0, c0, r1, c1))
    return grid, rects


def _expected_rows(
    grid: list[list[str]], rects: list[tuple[int, int, int, int]]
) -> list[tuple[list[str], dict[int, int]]]:
    """What the reader must give: merges spread across their top row, "" below, trailing empties trimmed.

    As in a sheet, only the top row of a merge records where its value comes from (``merged_from``).
    """
    out = []
    for r, row in enumerate(grid):
        cells = list(row)
        merged: dict[int, int] = {}
        for r0, c0, r1, c1 in rects:
            if r0 <= r <= r1:
                for c in range(c0, c1 + 1):
                    cells[c] = grid[r0][c0] if r == r0 else ""
                    if c > c0 and r == r0:
                        merged[c] = c0
        while cells and cells[-1] == "":
            cells.pop()
        out.append((cells or [""], {c: o for c, o in merged.items() if c < len(cells)}))
    return out


@given(merged_grids())
def test_docx_tables_read_back_with_their_merges(
    case: tuple[list[list[str]], list[tuple[int, int, int, int]]],
) -> None:
    import docx

    grid, rects = case
    d = docx.Document()
    d.add_paragraph("JUDUL")
    table = d.add_table(rows=len(grid), cols=len(grid[0]))
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r0, c0, r1, c1 in rects:
        cell = table.cell(r0, c0).merge(table.cell(r1, c1))
        cell.text = grid[r0][c0]  # python-docx joins the merged texts; keep the top-left one
    buf = io.BytesIO()
    d.save(buf)
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp, "plan.docx")
        f.write_bytes(buf.getvalue())
        rows = read_document(f).rows
    assert rows[0].cells == ["JUDUL"]
    got = [(r.cells, r.merged_from) for r in rows[1 : 1 + len(grid)]]
    assert got == _expected_rows(grid, rects)
    assert [r.line for r in rows] == list(range(1, len(rows) + 1))


HEADER = ["NO", "KEGIATAN", "INDIKATOR", "WAKTU"]
ROW = st.tuples(st.sampled_from(["1", "2", "10", "I"]), CELL, CELL, CELL).map(list)


@given(st.lists(st.lists(ROW, min_size=1, max_size=4), min_size=1, max_size=3), st.booleans())
def test_pdf_tables_over_pages_read_back_in_order(pages: list[list[list[str]]], repeat_header: bool) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    style = ParagraphStyle("p", fontName="Helvetica", fontSize=8, leading=10)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story: list[object] = [Paragraph("RENCANA AKSI TAHUN 2025", style)]
    expected = [["RENCANA AKSI TAHUN 2025"]]
    for n, rows in enumerate(pages):
        table_rows = ([HEADER] if n == 0 or repeat_header else []) + rows
        story.append(
            Table(
                [[Paragraph(c, style) for c in r] for r in table_rows],
                colWidths=[40, 160, 200, 160],
                style=grid,
            )
        )
        expected += table_rows
        if n < len(pages) - 1:
            story.append(PageBreak())
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp, "plan.pdf")
        f.write_bytes(buf.getvalue())
        doc = read_document(f)
    assert [[" ".join(c.split()) for c in r.cells] for r in doc.rows] == expected
    assert {r.sheet for r in doc.rows} == {None}
    assert [int(r.place.split(",")[0].removeprefix("hal. ")) for r in doc.rows if r.place][-1] == len(pages)


@given(merged_grids())
def test_html_tables_read_back_with_their_spans(
    case: tuple[list[list[str]], list[tuple[int, int, int, int]]],
) -> None:
    grid, rects = case
    covered = {(r, c) for r0, c0, r1, c1 in rects for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    origins = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in rects}
    html = ["<p>JUDUL</p><table>"]
    for r, row in enumerate(grid):
        html.append("<tr>")
        for c, text in enumerate(row):
            if (r, c) in origins:
                down, across = origins[(r, c)]
                html.append(f'<td rowspan="{down}" colspan="{across}">{text}</td>')
            elif (r, c) not in covered:
                html.append(f"<td>{text}</td>")
        html.append("</tr>")
    html.append("</table>")
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp, "ekspor.xls")
        f.write_text("".join(html), encoding="utf-8")
        rows = read_document(f).rows
    assert rows[0].cells == ["JUDUL"]
    assert [(r.cells, r.merged_from) for r in rows[1:]] == _expected_rows(grid, rects)
