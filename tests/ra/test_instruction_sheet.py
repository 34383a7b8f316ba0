"""A workbook whose first sheet holds instructions ("Petunjuk Pengisian") before the plan's sheet.

The unit's name was taken from the instructions ("3 | Kolom Output diisi volume dan satuan", "Unit
Kerja : diisi nama kantor") over the plan sheet's own title, and nothing was said.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan
from zi_eval.ra.meta import unit_line

RUBRIC = load_rubric()
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


@pytest.mark.parametrize(
    "instruction",
    ["Kolom Output diisi volume dan satuan", "Unit Kerja : diisi nama kantor", "Kolom Kegiatan diisi uraian"],
)
def test_the_unit_is_named_by_the_plan_sheet_not_an_instruction_sheet(
    tmp_path: Path, instruction: str
) -> None:
    wb = openpyxl.Workbook()
    guide = wb.active
    assert guide is not None
    guide.title = "Petunjuk"
    guide.append(["PETUNJUK PENGISIAN"])
    guide.append([1, "Kolom Kegiatan diisi nama kegiatan"])
    guide.append([2, instruction, "contoh: 1 SK"])
    plan = wb.create_sheet("RA ZI")
    plan.append(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"])
    plan.append(["KANTOR PERTANAHAN KABUPATEN SIGI"])
    plan.append(["TAHUN 2025"])
    plan.append(["No", "Area", "Kegiatan", "Output", *MONTHS])
    plan.append([1, "Manajemen Perubahan", "Pembentukan Tim Kerja ZI", "1 SK", "v"])
    plan.append([2, "Pelayanan Publik", "Survei kepuasan masyarakat", "1 Laporan", None, None, "v"])
    path = tmp_path / "rencana.xlsx"
    wb.save(path)
    got = import_plan(path, RUBRIC)
    assert got.unit.unit.name == "Kantor Pertanahan Kabupaten Sigi"
    assert [a.months for a in got.unit.activities] == [(1,), (3,)]


def test_satuan_names_a_unit_only_at_the_start_of_its_name() -> None:
    assert unit_line(["3 Kolom Output diisi volume dan satuan contoh: 1 SK"]) is None
    assert (
        unit_line(["SATUAN POLISI PAMONG PRAJA KOTA MAKASSAR"]) == "Satuan Polisi Pamong Praja Kota Makassar"
    )
