"""Two columns whose headers both name activities: the right one breaks the left one down.

"Kegiatan | Langkah Aksi", "Kegiatan | Aksi", "Rencana Kegiatan | Rencana Aksi" and "Program |
Kegiatan | Rencana Aksi" were read with the left column as the kegiatan and the right one as a note:
a row whose only text is in the right column (the second step of an activity) was not placed, and
its months were lost, with exit 0.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def _marks(*months: int) -> list[str | None]:
    return ["v" if m in months else None for m in range(1, 13)]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Kegiatan", "Langkah Aksi"),
        ("Kegiatan", "Aksi"),
        ("Rencana Kegiatan", "Rencana Aksi"),
        ("Kegiatan", "Uraian"),
    ],
)
def test_the_right_column_is_the_sub_kegiatan(tmp_path: Path, rubric: Rubric, left: str, right: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "Area", left, right, "Output", *MONTHS])
    ws.append([1, "Manajemen Perubahan", "Pembentukan Tim ZI", "Menyusun SK Tim ZI", "SK", *_marks(1)])
    ws.append([None, None, None, "Rapat perdana tim ZI", "Notulen", *_marks(2)])
    ws.append(
        [
            2,
            "Penguatan Pengawasan",
            "Pengendalian gratifikasi",
            "Sosialisasi gratifikasi",
            "Laporan",
            *_marks(3, 9),
        ]
    )
    wb.save(tmp_path / "rencana-aksi-2025.xlsx")
    got = import_plan(tmp_path / "rencana-aksi-2025.xlsx", rubric)
    assert [(a.kegiatan, a.sub_kegiatan, a.months, a.area) for a in got.unit.activities] == [
        ("Pembentukan Tim ZI", "Menyusun SK Tim ZI", (1,), "manajemen-perubahan"),
        ("Pembentukan Tim ZI", "Rapat perdana tim ZI", (2,), "manajemen-perubahan"),
        ("Pengendalian gratifikasi", "Sosialisasi gratifikasi", (3, 9), "penguatan-pengawasan"),
    ]
    assert "IMPORT_ROW_NOT_PLACED" not in {f.code for f in got.findings}


def test_with_a_sub_kegiatan_column_a_second_kegiatan_column_stays_a_note(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "Kegiatan | Rencana Aksi | Sub Kegiatan": the named SUB KEGIATAN column is the breakdown."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "Area", "Kegiatan", "Rencana Aksi", "Sub Kegiatan", *MONTHS])
    ws.append(
        [1, "Manajemen Perubahan", "Pembentukan Tim ZI", "Tim terbentuk", "Menyusun SK Tim ZI", *_marks(1)]
    )
    wb.save(tmp_path / "rencana-aksi-2025.xlsx")
    (act,) = import_plan(tmp_path / "rencana-aksi-2025.xlsx", rubric).unit.activities
    assert (act.kegiatan, act.sub_kegiatan, act.months) == ("Pembentukan Tim ZI", "Menyusun SK Tim ZI", (1,))
    assert "Tim terbentuk" in (act.notes or "")
