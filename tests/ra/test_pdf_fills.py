"""A Gantt-style plan printed to PDF: months marked by shading their cells are read as in the spreadsheet.

Excel prints a filled cell as a filled rectangle under the cell; the PDF reader gives each table cell
the colour of the rectangle covering it, and the rules of fill colours (``zi_eval.ra.fills``) decide
which colours mark months: a header's shade marks nothing, a row's banding marks nothing, a pale grid
under darker marks is the background.
"""

from __future__ import annotations

from pathlib import Path

from tests.ra.documents import MONTH_HEAD
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan
from zi_eval.ra.rows import read_document

GREEN, BLUE, GREY, PALE = "#00B050", "#1F4E79", "#BFBFBF", "#F2F2F2"
TITLE = "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS KPU KABUPATEN LUWU TAHUN 2025"

ACTIVITIES = [
    ("1", "Manajemen Perubahan", "Pembentukan Tim Zona Integritas", "Rapat pembentukan", "SK Tim"),
    ("2", "Penataan Tatalaksana", "Reviu SOP layanan", "Reviu SOP", "SOP"),
    ("3", "Penguatan Pengawasan", "Sosialisasi anti gratifikasi", "Sosialisasi", "Notulen"),
]


def _plan(
    path: Path, months: list[tuple[int, ...]], extra: list[tuple[object, ...]], ticks: bool = False
) -> None:
    """Write the plan: a header row, an activity per row; ``months`` are shaded green (or ticked with
    ``ticks``); ``extra`` are more reportlab table styles."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = [
        [*a, *("v" if ticks and m in ms else "" for m in range(1, 13))]
        for a, ms in zip(ACTIVITIES, months, strict=True)
    ]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "Helvetica", 6)]
    style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(GREY))]  # the header shaded
    style += list(extra)
    if not ticks:
        for r, ms in enumerate(months, start=1):
            style += [("BACKGROUND", (4 + m, r), (4 + m, r), colors.HexColor(GREEN)) for m in ms]
    title = Paragraph(TITLE, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=9))
    table = Table([MONTH_HEAD, *body], colWidths=[18, 80, 110, 70, 50] + [18] * 12, style=TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build([title, table])


MONTHS = [(1, 2), (3, 6, 9, 12), (7,)]


def test_months_shaded_in_a_pdf_are_read_and_said(tmp_path: Path, rubric: Rubric) -> None:
    path = tmp_path / "gantt.pdf"
    _plan(path, MONTHS, [])
    res = import_plan(path, rubric)
    assert [a.months for a in res.unit.activities] == MONTHS
    assert "IMPORT_FILLED_MONTH" in [f.code for f in res.findings]
    header = next(r for r in read_document(path).rows if r.cells[:2] == MONTH_HEAD[:2])
    assert set(header.colours.values()) == {"FFBFBFBF"}  # read, and no month: it is the header


def test_a_rows_banding_marks_no_month(tmp_path: Path, rubric: Rubric) -> None:
    """Every other row shaded across (zebra stripes) under ticks: the ticks are the months."""
    from reportlab.lib import colors

    path = tmp_path / "zebra.pdf"
    _plan(path, MONTHS, [("BACKGROUND", (0, 2), (-1, 2), colors.HexColor(PALE))], ticks=True)
    assert [a.months for a in import_plan(path, rubric).unit.activities] == MONTHS


def test_a_pale_grid_under_darker_marks_is_the_background(tmp_path: Path, rubric: Rubric) -> None:
    """The month grid painted pale grey, the months dark blue (and green): the grey marks nothing."""
    from reportlab.lib import colors

    path = tmp_path / "grid.pdf"
    grid = [("BACKGROUND", (5, 1), (-1, len(ACTIVITIES)), colors.HexColor(PALE))]
    blue = [("BACKGROUND", (5 + 10, 1), (5 + 10, 1), colors.HexColor(BLUE))]  # November of the first
    _plan(path, MONTHS, grid + blue)
    got = [a.months for a in import_plan(path, rubric).unit.activities]
    assert got == [(1, 2, 11), *MONTHS[1:]]


def test_a_plan_without_shading_reads_no_colour(tmp_path: Path) -> None:
    from reportlab.lib import colors

    path = tmp_path / "plain.pdf"
    _plan(path, MONTHS, [("BACKGROUND", (0, 0), (-1, 0), colors.white)], ticks=True)
    rows = read_document(path).rows
    body = [r for r in rows if r.cells[:1] in (["1"], ["2"], ["3"])]
    assert len(body) == 3 and all(not r.colours and not r.filled for r in body)
