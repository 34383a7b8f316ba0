"""A plan sheet wider than its paper, printed from Excel without "fit to one page wide": the left
columns (No … Indikator and the first months) come on the first page(s), the remaining month
columns on page(s) of their own, in the same row order ("down, then over", Excel's default). The
PDF reader puts the month columns back beside their rows; when the rows do not pair up it refuses,
naming the pages, rather than importing month marks as activities (it used to import them, exit 0,
as activities named "Agu" and "Des" and with the plan's second half-year lost)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zi_eval.errors import InputError
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
PLAN = [
    ("1", "Manajemen Perubahan", "Pembentukan Tim ZI", "Penerbitan SK Tim", {1}),
    ("2", "Manajemen Perubahan", "Penyusunan Rencana Kerja ZI", "Rapat penyusunan", {2, 3}),
    ("3", "Penataan Tatalaksana", "Penyusunan SOP", "Reviu SOP kegiatan utama", {4, 5, 8}),
    ("4", "Penguatan Pengawasan", "Pengendalian gratifikasi", "Sosialisasi gratifikasi", {7, 9, 11}),
    ("5", "Peningkatan Kualitas Pelayanan Publik", "Survei kepuasan masyarakat", "Survei", {6, 12}),
]


def _marks(months: set[int], span: range) -> list[str]:
    return ["v" if m in months else "" for m in span]


def _pdf(path: Path, pages: list[list[list[str]]]) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    story: list[object] = [
        Paragraph(
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS KANTOR CONTOH TAHUN 2025",
            getSampleStyleSheet()["Title"],
        )
    ]
    for n, table in enumerate(pages):
        story.append(Table(table, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])))
        if n < len(pages) - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(story)
    return path


def _left(rows: list[tuple[str, str, str, str, set[int]]], header: bool = True) -> list[list[str]]:
    head = [["NO", "AREA", "KEGIATAN", "SUB KEGIATAN", *MONTHS[:6]]] if header else []
    return head + [[n, area, keg, sub, *_marks(ms, range(1, 7))] for n, area, keg, sub, ms in rows]


def _right(rows: list[tuple[str, str, str, str, set[int]]], with_no: bool = False) -> list[list[str]]:
    head = (["NO"] if with_no else []) + MONTHS[6:]
    return [head] + [([r[0]] if with_no else []) + _marks(r[4], range(7, 13)) for r in rows]


def _months(
    tmp_path: Path, rubric: Rubric, pages: list[list[list[str]]]
) -> list[tuple[str, tuple[int, ...]]]:
    res = import_plan(_pdf(tmp_path / "wide.pdf", pages), rubric)
    return [(a.kegiatan, a.months) for a in res.unit.activities]


EXPECTED = [(keg, tuple(sorted(ms))) for _, _, keg, _, ms in PLAN]


def test_month_columns_on_a_page_of_their_own_are_put_back(tmp_path: Path, rubric: Rubric) -> None:
    assert _months(tmp_path, rubric, [_left(PLAN), _right(PLAN)]) == EXPECTED


def test_with_the_number_column_repeated_at_the_left(tmp_path: Path, rubric: Rubric) -> None:
    assert _months(tmp_path, rubric, [_left(PLAN), _right(PLAN, with_no=True)]) == EXPECTED


@pytest.mark.parametrize(
    "repeated",
    [["NO", "AREA", "KEGIATAN", "SUB KEGIATAN"], ["NO", "KEGIATAN"], ["KEGIATAN"]],
)
def test_with_the_first_columns_repeated_at_the_left(
    tmp_path: Path, rubric: Rubric, repeated: list[str]
) -> None:
    """Excel's "columns to repeat at left": the second page prints No, Kegiatan … again before its months.
    It was read as a table of its own: every activity twice, once with each half of the year, silently."""
    at = {"NO": 0, "AREA": 1, "KEGIATAN": 2, "SUB KEGIATAN": 3}
    right = [[*repeated, *MONTHS[6:]]] + [
        [r[at[h]] for h in repeated] + _marks(r[4], range(7, 13)) for r in PLAN
    ]
    assert _months(tmp_path, rubric, [_left(PLAN), right]) == EXPECTED


def test_down_then_over_two_pages_each(tmp_path: Path, rubric: Rubric) -> None:
    """Pages 1–2 hold the left columns of rows 1–3 and 4–5 (header repeated), pages 3–4 their months."""
    pages = [_left(PLAN[:3]), _left(PLAN[3:]), _right(PLAN[:3]), _right(PLAN[3:])]
    assert _months(tmp_path, rubric, pages) == EXPECTED


def test_month_columns_that_do_not_pair_with_the_rows_are_refused(tmp_path: Path, rubric: Rubric) -> None:
    with pytest.raises(InputError) as err:
        _months(tmp_path, rubric, [_left(PLAN), _right(PLAN[:3])])
    text = str(err.value)
    assert "printed apart from page 2" in text and "3 rows beside 5 rows of activities" in text
    assert "fit to one page wide" in text


def test_a_second_table_with_the_whole_year_is_a_table_of_its_own(tmp_path: Path, rubric: Rubric) -> None:
    """A later table naming January again is no continuation (it starts over), as before."""
    full = [["NO", "KEGIATAN", "SUB KEGIATAN", *MONTHS]] + [
        [n, keg, sub, *_marks(ms, range(1, 13))] for n, _, keg, sub, ms in PLAN
    ]
    got = _months(tmp_path, rubric, [_left(PLAN), full])
    assert len(got) == 10
    assert got[5:] == EXPECTED
