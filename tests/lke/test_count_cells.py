"""A count cell holding what is no count: a NIP typed where the number of complaints goes.

A number above the largest count a unit file holds passed the reader and broke the unit's validation
(exit 4, "kesalahan internal"); it is a cell's bad answer like any other (IMPORT_WORKBOOK_BAD_ANSWER),
and the item is unanswered.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from zi_eval.cli import main
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import COUNT_MAX

OFFICIAL = Path(__file__).resolve().parents[1] / "data" / "lke" / "official-filled.xlsx"
#: the row of "Jumlah pengaduan masyarakat yang harus ditindaklanjuti" (R.5.ii's first count) in it
COUNT_ROW = 172


@pytest.mark.parametrize("typed", [198501012010011001, "198501012010011001", COUNT_MAX + 1, "2.000.000.000"])
def test_a_count_above_the_largest_is_a_bad_answer_not_a_crash(
    tmp_path: Path, rubric: Rubric, typed: object, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.load_workbook(OFFICIAL)
    book.active.cell(COUNT_ROW, 11).value = typed
    path = tmp_path / "lke-unit.xlsx"
    book.save(path)
    wb = read_lke_workbook(path, rubric)
    assert not wb.unit.answers.get("R.5.ii") or not wb.unit.answers["R.5.ii"].counts.get(
        "jumlah_pengaduan_harus_ditindaklanjuti"
    )
    bad = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_BAD_ANSWER"]
    assert [f["item"] for f in bad] == ["R.5.ii"]
    assert main(["evaluate", str(path), "--mode", "claimed"]) == 0


def test_the_largest_count_is_still_read(tmp_path: Path, rubric: Rubric) -> None:
    book = openpyxl.load_workbook(OFFICIAL)
    book.active.cell(COUNT_ROW, 11).value = COUNT_MAX
    path = tmp_path / "lke-unit.xlsx"
    book.save(path)
    counts = read_lke_workbook(path, rubric).unit.answers["R.5.ii"].counts
    assert counts["jumlah_pengaduan_harus_ditindaklanjuti"] == COUNT_MAX
