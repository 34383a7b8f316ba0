"""Hasil rows under the short names units give them: "IPAK", "Capaian Kinerja", "IPKP".

The rubric words them as sentences ("Nilai Survey Persepsi Korupsi (Survei Eksternal)") these share too
few words with to be matched by text, and "IPAK" / "IPKP" (four letters) were taken for hierarchy
labels, leaving the row without text: the 40 Hasil points were lost (said as items without a row).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lke.shapes import Shape, full_unit, render, write_xlsx
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric

NAMES = [
    {"H.I.a": "IPAK", "H.I.b": "Capaian Kinerja", "H.II.a": "IPKP"},
    {
        "H.I.a": "Nilai IPAK",
        "H.I.b": "Capaian Kinerja Utama",
        "H.II.a": "Indeks Persepsi Kualitas Pelayanan Publik",
    },
    {"H.I.a": "Indeks Persepsi Anti Korupsi (IPAK)", "H.I.b": "CAPAIAN KINERJA", "H.II.a": "Nilai IPKP 2025"},
]


@pytest.mark.parametrize("names", NAMES, ids=["short", "worded", "mixed"])
def test_hasil_rows_under_their_short_names_are_read(
    tmp_path: Path, rubric: Rubric, names: dict[str, str]
) -> None:
    unit = full_unit(rubric)
    rows, where = render(unit, rubric, Shape())
    for code, name in names.items():
        row = rows[where[code] - 1]
        text = rubric.items[code].indicator.name
        row[row.index(text)] = name
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.hasil == unit.hasil
    assert not [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_ITEM_MISSING"]
