"""A plan printed over two sheets, the second without its header row."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

HEAD = ["No", "Area Perubahan", "Kegiatan", "Indikator", *[str(m) for m in range(1, 13)], "PIC"]


def _row(no: int, area: str, act: str, months: set[int]) -> list[object]:
    return [no, area, act, "Dokumen", *("√" if m in months else None for m in range(1, 13)), "Sekretaris"]


def test_a_second_sheet_without_header_goes_on_with_the_first_sheets_table(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Rows on 'Hal2' under no header were taken for a title block: 4 of 8 activities lost, nothing said."""
    wb = Workbook()
    one = wb.active
    one.title = "Hal1"
    one.append(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS RUMAH TAHANAN NEGARA KELAS IIB PATI TAHUN 2025"])
    one.append(HEAD)
    one.append(_row(1, "Manajemen Perubahan", "Pembentukan Tim Kerja ZI", {1}))
    one.append(_row(2, "Penataan Tatalaksana", "Reviu SOP layanan", {2, 3}))
    two = wb.create_sheet("Hal2")
    two.append(_row(3, "Penguatan Pengawasan", "Pengendalian gratifikasi", {4}))
    two.append(_row(4, "Peningkatan Kualitas Pelayanan Publik", "Survei kepuasan masyarakat", {6, 12}))
    notes = wb.create_sheet("Catatan")
    notes.append([1, "Jadwal dapat berubah"])  # a numbered note: not the table going on
    wb.save(tmp_path / "ra.xlsx")
    res = import_plan(tmp_path / "ra.xlsx", rubric)
    got = [(a.kegiatan, a.area, a.months, a.source.sheet if a.source else None) for a in res.unit.activities]
    assert got == [
        ("Pembentukan Tim Kerja ZI", "manajemen-perubahan", (1,), "Hal1"),
        ("Reviu SOP layanan", "penataan-tatalaksana", (2, 3), "Hal1"),
        ("Pengendalian gratifikasi", "penguatan-pengawasan", (4,), "Hal2"),
        ("Survei kepuasan masyarakat", "pelayanan-publik", (6, 12), "Hal2"),
    ]
    (said,) = [f for f in res.findings if f.code == "IMPORT_SHEET_CONTINUED"]
    assert said.sheet == "Hal2" and "Hal1" in said.action
    # every source line accounted for once: the first sheet's header is not counted again on the second
    assert sorted((x.sheet, x.line) for x in res.lines) == sorted(
        {("Hal1", n) for n in range(1, 5)} | {("Hal2", 1), ("Hal2", 2), ("Catatan", 1)}
    )


def test_a_plan_naming_its_year_only_in_its_sheet_name_takes_it(tmp_path: Path, rubric: Rubric) -> None:
    """A title without a year, a file name without one, the sheet 'RA ZI 2025': the current year was
    assumed (said, but every month moved to the wrong year)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "RA ZI 2025"
    ws.append(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS RUMAH TAHANAN NEGARA KELAS IIB PATI"])
    ws.append(HEAD)
    ws.append(_row(1, "Manajemen Perubahan", "Pembentukan Tim Kerja ZI", {1}))
    other = wb.create_sheet("Lampiran 2019")  # a sheet with no activity names no plan year
    other.append(["Catatan"])
    wb.save(tmp_path / "ra.xlsx")
    res = import_plan(tmp_path / "ra.xlsx", rubric)
    assert res.unit.unit.year == 2025
    (said,) = [f for f in res.findings if f.code == "IMPORT_YEAR_ASSUMED"]
    assert "its sheet's name" in said.action_en
