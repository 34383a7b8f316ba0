"""The months a plan workbook shows are read alike from .xlsx, .xls and .ods: hidden columns and cells merged down.

The fixtures are made by scripts/make_reader_fixtures.py: an xlsx written by openpyxl, then saved as
.xls and .ods by LibreOffice, which keeps the hidden columns and the merged ranges (each test reads all
three and asserts the same plan).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ra.documents import MERGED_DOWN, REUSED_TEMPLATE
from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan
from zi_eval.ra.rows import read_document

#: This year's months (the visible "Jadwal 2025" block); the hidden 2024 block is six months off
REUSED_PLAN = [
    ("Penerbitan SK Tim", (1,)),
    ("Reviu SOP layanan", (4, 5)),
    ("Pelaksanaan SKM", (6, 12)),
    ("Pengadaan kursi roda", (8, 9, 10)),
]


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_every_format_says_which_columns_the_sheet_hides(kind: str) -> None:
    doc = read_document(REUSED_TEMPLATE[kind])
    assert doc.rows[3].hidden_cols == frozenset(range(4, 16))  # E–P, "Jadwal 2024"


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_a_reused_template_imports_the_visible_months_in_every_format(kind: str) -> None:
    res = import_plan(REUSED_TEMPLATE[kind], load_rubric())
    assert [(a.sub_kegiatan, a.months) for a in res.unit.activities] == REUSED_PLAN
    (said,) = [f for f in res.findings if f.code == "IMPORT_MONTHS_NOT_READ"]
    assert said.value == "Jadwal 2024" and said.column == 5
    assert "disembunyikan" in said.action and "hidden" in said.action_en


#: Rows 5–6 share a filled bar over March–May, rows 7–8 a '√' in July merged down; row 9 is on its own
MERGED_DOWN_PLAN = [
    ("Penyusunan SOP", "Reviu SOP layanan", (3, 4, 5)),
    ("Penyusunan SOP", "Sosialisasi SOP", (3, 4, 5)),
    ("Survei kepuasan masyarakat", "Pelaksanaan SKM", (7,)),
    ("Survei kepuasan masyarakat", "Analisis hasil SKM", (7,)),
    ("Monitoring rencana aksi", "Rapat monev", (2,)),
]


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_a_month_merged_down_over_two_activities_marks_both(kind: str) -> None:
    res = import_plan(MERGED_DOWN[kind], load_rubric())
    got = [(a.kegiatan, a.sub_kegiatan, a.months) for a in res.unit.activities]
    assert got == MERGED_DOWN_PLAN
    # the bar is a fill without text: both rows say their months came from a colour
    filled = [f for f in res.findings if f.code == "IMPORT_FILLED_MONTH"]
    assert sorted(f.line for f in filled) == [5, 6]


def test_the_rows_under_a_merge_keep_their_cells_empty_and_are_told_of_the_range() -> None:
    """The kegiatan merged down stays in its first row (the parser fills it down, as before); the row
    below learns of the bar and the mark through ``merged_above``, with the first cell's fill."""
    rows = read_document(MERGED_DOWN["xlsx"]).rows
    lower = rows[5]  # sheet row 6
    assert lower.cells[:3] == ["", "", "Sosialisasi SOP"]
    bar = lower.above(6)
    assert bar is not None and (bar.first, bar.last, bar.text, bar.filled) == (6, 8, "", True)
    assert lower.above(1) is not None and lower.above(1).text == "Penyusunan SOP"  # type: ignore[union-attr]
    assert lower.above(9) is None
    mark = rows[7].above(10)
    assert mark is not None and mark.text == "√" and not mark.filled
    assert rows[4].merged_above == ()  # the top row of a merge holds its value itself


def test_a_word_month_cell_merged_down_over_two_activities_marks_both(tmp_path: Path) -> None:
    """Word merges a cell down with w:vMerge (restart, then continue): the same rule as a sheet's."""
    from tests.ra.documents import docx_with_body, tc

    months = "".join(tc(m) for m in ("Jan", "Feb", "Mar", "Apr"))
    restart, below = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    shaded = restart + '<w:shd w:val="clear" w:fill="00B050"/>'
    body = (
        "<w:p><w:r><w:t>RENCANA AKSI ZONA INTEGRITAS TAHUN 2025</w:t></w:r></w:p><w:tbl>"
        f"<w:tr>{tc('NO')}{tc('KEGIATAN')}{tc('SUB KEGIATAN')}{tc('INDIKATOR')}{months}</w:tr>"
        f"<w:tr>{tc('1')}{tc('Penyusunan SOP')}{tc('Reviu SOP layanan')}{tc('SOP')}"
        f"{tc('')}{tc('', shaded)}{tc('√', restart)}{tc('')}</w:tr>"
        f"<w:tr>{tc('')}{tc('')}{tc('Sosialisasi SOP')}{tc('Notulen')}"
        f"{tc('')}{tc('', below)}{tc('', below)}{tc('')}</w:tr>"
        f"<w:tr>{tc('2')}{tc('Monitoring')}{tc('Rapat monev')}{tc('Laporan')}"
        f"{tc('')}{tc('')}{tc('')}{tc('√')}</w:tr>"
        "</w:tbl>"
    )
    f = tmp_path / "plan.docx"
    f.write_bytes(docx_with_body(body))
    res = import_plan(f, load_rubric())
    assert [(a.sub_kegiatan, a.months) for a in res.unit.activities] == [
        ("Reviu SOP layanan", (2, 3)),
        ("Sosialisasi SOP", (2, 3)),
        ("Rapat monev", (4,)),
    ]
