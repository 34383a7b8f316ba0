"""A workbook holding last year's LKE beside this year's: the sheet of the latest year is read.

Units copy the LKE sheet each year and keep the old one, often to the left ("LKE 2024" | "LKE 2025").
Both match every item, and the leftmost was read: last year's answers and year, with exit 0 (an info
finding named the sheet read).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.lke.shapes import Shape, full_unit, render, write_xlsx
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric


def _rows(rubric: Rubric, pick: int, year: int) -> list[list[object]]:
    shape = replace(
        Shape(), title=("LEMBAR KERJA EVALUASI ZONA INTEGRITAS", f"Unit: Kantor Uji Coba — Tahun {year}")
    )
    return render(full_unit(rubric, pick=pick), rubric, shape)[0]


@pytest.mark.parametrize("old_first", [True, False], ids=["old-left", "old-right"])
def test_the_sheet_of_the_latest_year_is_read(tmp_path: Path, rubric: Rubric, old_first: bool) -> None:
    old, new = ("LKE 2024", _rows(rubric, 1, 2024)), ("LKE 2025", _rows(rubric, 0, 2025))
    write_xlsx(tmp_path / "lke.xlsx", dict([old, new] if old_first else [new, old]))
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.sheet == "LKE 2025" and wb.unit.unit.year == 2025
    want = full_unit(rubric, pick=0).answers
    assert {c: a.answer for c, a in wb.unit.answers.items()} == {c: a.answer for c, a in want.items()}
    assert any(
        f["code"] == "IMPORT_WORKBOOK_SHEET_CHOSEN" and f["theirs"] == "LKE 2025" for f in wb.findings()
    )


def test_a_hidden_copy_of_an_item_row_above_the_visible_one_is_not_read(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Last year's row kept and hidden right above this year's: the hidden one took the item (its old
    answer scored, a warning said it was hidden) and the visible one was left unmatched."""
    import openpyxl

    official = Path(__file__).resolve().parents[1] / "data" / "lke" / "official-filled.xlsx"
    book = openpyxl.load_workbook(official)
    ws = book.active
    row = next(
        r for r in range(1, ws.max_row + 1) if (ws.cell(r, 7).value or "").startswith("Penentuan anggota")
    )
    now = ws.cell(row, 11).value
    old = next(o for o in ("A", "B", "C") if o != now)
    ws.insert_rows(row)
    for c in range(1, 15):
        ws.cell(row, c).value = ws.cell(row + 1, c).value
    ws.cell(row, 11).value = old
    ws.row_dimensions[row].hidden = True
    book.save(tmp_path / "lke.xlsx")
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers["P.1.i.b"].answer == now
    assert not [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_HIDDEN_ROWS"]
    assert [f["line"] for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_UNMATCHED"] == [row]


def test_a_chart_sheet_and_a_row_shut_to_height_zero_are_read_as_excel_shows_them(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A chart sheet put first holds no cells: the LKE sheet is read as without it. An item row dragged
    shut (height 0) is hidden as a row with the hidden flag is: read, and said."""
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    official = Path(__file__).resolve().parents[1] / "data" / "lke" / "official-filled.xlsx"
    plain = read_lke_workbook(official, rubric)
    book = openpyxl.load_workbook(official)
    ws = book.active
    row = next(
        r for r in range(1, ws.max_row + 1) if (ws.cell(r, 7).value or "").startswith("Penentuan anggota")
    )
    ws.row_dimensions[row].height = 0
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=8, min_row=1, max_row=10))
    book.create_chartsheet("Grafik", 0).add_chart(chart)
    book.save(tmp_path / "lke.xlsx")
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.sheet == plain.sheet
    assert {c: a.answer for c, a in wb.unit.answers.items()} == {
        c: a.answer for c, a in plain.unit.answers.items()
    }
    assert not [f for f in wb.findings() if "Grafik" in str(f)]
    (said,) = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_HIDDEN_ROWS"]
    assert said["line"] == row and "P.1.i.b" in said["theirs"]


@pytest.mark.parametrize("tpi_first", [True, False], ids=["tpi-left", "tpi-right"])
def test_the_units_own_sheet_is_read_before_the_evaluators(
    tmp_path: Path, rubric: Rubric, tpi_first: bool
) -> None:
    """ "Hasil Penilaian TPI" left of "Penilaian Mandiri Unit": the TPI's answers were scored as the unit's
    (only the sheet read was said), as a tab order decided; two answer columns already prefer the unit's."""
    tpi, own = (
        ("Hasil Penilaian TPI", _rows(rubric, 1, 2025)),
        ("Penilaian Mandiri Unit", _rows(rubric, 0, 2025)),
    )
    write_xlsx(tmp_path / "lke.xlsx", dict([tpi, own] if tpi_first else [own, tpi]))
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.sheet == "Penilaian Mandiri Unit"
    want = full_unit(rubric, pick=0).answers
    assert {c: a.answer for c, a in wb.unit.answers.items()} == {c: a.answer for c, a in want.items()}
