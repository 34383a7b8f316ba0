"""The plan year (``--year`` or the title's) chooses between blocks of months headed by years.

Last year's plan reused with this year's months beside it: "Jadwal 2024" | "Jadwal 2025", both shown.
The importer read the first block whatever the plan year was (the year never reached the header
reader); the block headed by the plan year is the schedule, the other is said and kept in notes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from zi_eval.models.loading import load_rubric
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
#: kegiatan -> (months marked under "Jadwal 2024", months marked under "Jadwal 2025")
PLAN = {
    "Penyusunan SK Tim Kerja": ((7,), (1,)),
    "Reviu SOP layanan": ((9, 10), (4, 5)),
    "Survei kepuasan masyarakat": ((11,), (6, 12)),
}


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric()


def _two_years(path: Path, title: str | None, first: int = 2024) -> Path:
    """A sheet with a block of months per year, ``first`` year's block left of the other's."""
    years = [first, 4049 - first]  # 2024 and 2025, in either order
    rows: list[list[Any]] = [["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI"]]
    if title:
        rows.append([title])
    rows.append(["NO", "KEGIATAN", "OUTPUT", *(x for y in years for x in (f"Jadwal {y}", *[None] * 11))])
    rows.append([None] * 3 + MONTHS * 2)
    for n, (keg, marks) in enumerate(PLAN.items(), start=1):
        by_year = dict(zip((2024, 2025), marks, strict=True))
        cells = ["v" if m in by_year[y] else None for y in years for m in range(1, 13)]
        rows.append([n, keg, "1 Dokumen", *cells])
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    head = len(rows) - len(PLAN) - 1
    for i in range(2):
        ws.merge_cells(start_row=head, start_column=4 + 12 * i, end_row=head, end_column=15 + 12 * i)
    wb.save(path)
    return path


def _months(res: Any) -> dict[str, tuple[int, ...]]:
    return {a.kegiatan: a.months for a in res.unit.activities}


@pytest.mark.parametrize("first", [2024, 2025])
def test_the_title_year_chooses_its_block_of_months(tmp_path: Path, first: int, rubric: Rubric) -> None:
    res = import_plan(_two_years(tmp_path / "ra.xlsx", "TAHUN 2025", first), rubric)
    assert res.unit.unit.year == 2025
    assert _months(res) == {keg: marks[1] for keg, marks in PLAN.items()}
    (said,) = [f for f in res.findings if f.code == "IMPORT_MONTHS_NOT_READ"]
    assert said.value == "Jadwal 2024" and "tahun lain" in said.action and "another year" in said.action_en


@pytest.mark.parametrize("year", [2024, 2025])
def test_the_year_given_chooses_its_block_of_months_over_the_title(
    tmp_path: Path, year: int, rubric: Rubric
) -> None:
    for title in (None, "TAHUN 2025"):
        res = import_plan(_two_years(tmp_path / "ra.xlsx", title), rubric, year=year)
        assert _months(res) == {keg: marks[year - 2024] for keg, marks in PLAN.items()}
        (said,) = [f for f in res.findings if f.code == "IMPORT_MONTHS_NOT_READ"]
        assert said.value == f"Jadwal {4049 - year}"


def test_without_a_plan_year_the_first_block_is_read_and_the_other_said(
    tmp_path: Path, rubric: Rubric
) -> None:
    res = import_plan(_two_years(tmp_path / "ra.xlsx", None), rubric)
    assert _months(res) == {keg: marks[0] for keg, marks in PLAN.items()}
    assert "IMPORT_YEAR_ASSUMED" in [f.code for f in res.findings]
    (said,) = [f for f in res.findings if f.code == "IMPORT_MONTHS_NOT_READ"]
    assert said.value == "Jadwal 2025" and "hanya blok bulan pertama" in said.action
