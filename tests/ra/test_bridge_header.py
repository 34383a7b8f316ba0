"""A plan header of three rows: "Waktu Pelaksanaan" over one cell ("Tahun 2025", "Bulan") over the months.

Units put a row between the schedule heading and the month names: the year of the plan, or the word
"Bulan". Only rows with two or more header words were read as the header's lower rows, so the month
row under such a row was not read: without merged cells the plan was refused (no header found), and
with the heading merged over the months the twelve columns were read by position, each month guessed
(IMPORT_MONTH_HEADER_GUESSED ×12), and the year the header names was not taken (IMPORT_YEAR_ASSUMED,
this year instead: every month moves).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
#: (kegiatan, months) of the plan's rows; the first month column of each row is what it marks
ROWS = [
    ("Pembentukan Tim ZI", (1,)),
    ("Sosialisasi Zona Integritas", (2, 3)),
    ("Monitoring dan evaluasi", (6, 12)),
]


def _plan(path: Path, bridge: str, merged: bool) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "Area", "Kegiatan", "Output", "Waktu Pelaksanaan", *[None] * 11])
    ws.append([None] * 4 + [bridge] + [None] * 11)
    ws.append([None] * 4 + MONTHS)
    if merged:
        ws.merge_cells("E1:P1")
        ws.merge_cells("E2:P2")
        for col in "ABCD":
            ws.merge_cells(f"{col}1:{col}3")
    for n, (kegiatan, months) in enumerate(ROWS, start=1):
        ws.append(
            [
                n,
                "Manajemen Perubahan",
                kegiatan,
                "Laporan",
                *["v" if m in months else None for m in range(1, 13)],
            ]
        )
    wb.save(path)
    return path


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "plain"])
@pytest.mark.parametrize("bridge", ["Tahun 2025", "Bulan", "Bulan ke-", "2025"])
def test_the_months_under_a_one_cell_row_are_read_by_their_names(
    tmp_path: Path, rubric: Rubric, bridge: str, merged: bool
) -> None:
    got = import_plan(_plan(tmp_path / "rencana-aksi.xlsx", bridge, merged), rubric)
    assert [(a.kegiatan, a.months) for a in got.unit.activities] == ROWS
    codes = {f.code for f in got.findings}
    assert "IMPORT_MONTH_HEADER_GUESSED" not in codes and "IMPORT_MONTH_GROUP_UNSURE" not in codes


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "plain"])
def test_the_year_the_schedule_header_names_is_the_plan_year(
    tmp_path: Path, rubric: Rubric, merged: bool
) -> None:
    got = import_plan(_plan(tmp_path / "rencana-aksi.xlsx", "Tahun 2025", merged), rubric)
    assert got.unit.unit.year == 2025
    assert "IMPORT_YEAR_ASSUMED" not in {f.code for f in got.findings}


def test_a_header_naming_no_year_still_says_the_year_is_assumed(tmp_path: Path, rubric: Rubric) -> None:
    got = import_plan(_plan(tmp_path / "rencana-aksi.xlsx", "Bulan", True), rubric)
    assert "IMPORT_YEAR_ASSUMED" in {f.code for f in got.findings}
