"""Plans written the way offices write them, beyond the catalogued shapes (found by trying the tool)."""

from __future__ import annotations

import io
from contextlib import redirect_stderr
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table

from tests.conftest import DATA
from zi_eval.cli import main
from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan
from zi_eval.ra.meta import read_meta

AREAS = [
    ("A", "MANAJEMEN PERUBAHAN", "manajemen-perubahan", [("Tim Kerja", "Penerbitan SK Tim ZI", [1])]),
    ("B", "PENATAAN TATALAKSANA", "penataan-tatalaksana", [("SOP", "Reviu SOP pelayanan paspor", [2, 3])]),
    ("C", "PENATAAN SISTEM MANAJEMEN SDM", "penataan-sdm", [("Kinerja", "Penyusunan SKP", [1, 12])]),
    ("D", "PENGUATAN AKUNTABILITAS", "penguatan-akuntabilitas", [("Perencanaan", "Perjanjian Kinerja", [1])]),
    ("E", "PENGUATAN PENGAWASAN", "penguatan-pengawasan", [("Gratifikasi", "Sosialisasi UPG", [4, 10])]),
    (
        "F",
        "PENINGKATAN KUALITAS PELAYANAN PUBLIK",
        "pelayanan-publik",
        [("Survei", "Pelaksanaan SKM", [6, 12])],
    ),
]


def _gantt_with_lettered_headings(path: Path) -> None:
    """Letters (A–F) number area headings merged across the table; months are green cells; PJ column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM"])
    ws.append(["KANTOR IMIGRASI KELAS I TPI MAKASSAR TAHUN 2026"])
    ws.append([])
    ws.append(["NO", "KOMPONEN / KEGIATAN", "RINCIAN KEGIATAN", "OUTPUT", "PJ", "WAKTU PELAKSANAAN"])
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agst", "Sep", "Okt", "Nop", "Des"]
    ws.append([None] * 5 + months + ["KET"])
    ws.merge_cells("F4:Q4")
    green = PatternFill("solid", fgColor="00B050")
    r = 6
    for letter, name, _, acts in AREAS:
        ws.cell(r, 1, letter)
        ws.cell(r, 2, name)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=18)
        r += 1
        for n, (keg, rinc, ms) in enumerate(acts, start=1):
            ws.cell(r, 1, n)
            ws.cell(r, 2, keg)
            ws.cell(r, 3, rinc)
            ws.cell(r, 4, "1 Dokumen")
            ws.cell(r, 5, "Kasubag TU")
            for m in ms:
                ws.cell(r, 5 + m).fill = green
            r += 1
    ws.cell(r, 2, "JUMLAH KEGIATAN")
    ws.cell(r + 2, 14, "Makassar, 5 Januari 2026")
    ws.cell(r + 3, 14, "KEPALA KANTOR,")
    ws.cell(r + 6, 14, "NIP 197001011990031001")
    wb.save(path)


def test_lettered_area_headings_merged_across_and_fill_marks(tmp_path: Path) -> None:
    path = tmp_path / "ra-imigrasi.xlsx"
    _gantt_with_lettered_headings(path)
    res = import_plan(path, load_rubric())
    got = [(a.area, a.kegiatan, a.sub_kegiatan, a.months, a.pic) for a in res.unit.activities]
    want = [
        (area, keg, rinc, tuple(ms), "Kasubag TU") for _, _, area, acts in AREAS for keg, rinc, ms in acts
    ]
    assert got == want
    codes = {f.code for f in res.findings}
    # the heading text spread over the month columns is no mark; only the fills are said
    assert codes == {"IMPORT_FILLED_MONTH"}
    assert res.unit.unit.name == "Kantor Imigrasi Kelas I TPI Makassar" and res.unit.unit.year == 2026


def test_a_cited_regulation_is_not_the_units_decree() -> None:
    narrative = [
        "BAB I PENDAHULUAN",
        "Pembangunan ZI dilaksanakan berdasarkan Peraturan Menteri PANRB Nomor 90 Tahun 2021.",
        "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS BALAI X TAHUN 2025",
    ]
    assert read_meta(narrative).decree is None
    own = ["LAMPIRAN KEPUTUSAN KEPALA BALAI X NOMOR 12/KPTS/2025 TAHUN 2025", *narrative]
    assert read_meta(own).decree == "Keputusan Nomor 12/KPTS/2025 Tahun 2025"


def test_pdf_rows_say_their_page(tmp_path: Path) -> None:
    res = import_plan(DATA / "ra" / "shapes" / "shape_a_research_unit.pdf", load_rubric())
    first = res.unit.activities[0].source
    assert first is not None and first.page == 2 and first.cells is not None and "hal. 2" in first.cells


def test_a_pdf_without_a_ruled_table_is_refused_saying_so(tmp_path: Path) -> None:
    rows = [
        ["NO", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "WAKTU"],
        ["1", "Tim ZI", "SK Tim", "SK", "Januari"],
    ]
    path = tmp_path / "tanpa-garis.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([Table(rows)])  # no grid lines
    err = io.StringIO()
    with redirect_stderr(err):
        assert main(["import", str(path), "-o", str(tmp_path / "u.yaml")]) == 3
    assert "tanpa tabel bergaris" in err.getvalue()


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
_ZEBRA_PLAN = [
    ("Manajemen Perubahan", "Penyusunan SK Tim ZI", {1}),
    ("Manajemen Perubahan", "Rapat monev ZI", {3, 6, 9, 12}),
    ("Penataan Tatalaksana", "Reviu SOP", {6, 7}),
    ("Penguatan Pengawasan", "Sosialisasi gratifikasi", {4}),
]


def _zebra(path: Path, marks: str) -> Path:
    """The plan above with every second row shaded grey whole; months marked by ``v`` or a blue fill."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"])
    ws.append(["NO", "AREA", "KEGIATAN", *_MONTHS])
    grey, blue = PatternFill("solid", fgColor="D9D9D9"), PatternFill("solid", fgColor="5B9BD5")
    for n, (area, keg, ms) in enumerate(_ZEBRA_PLAN, start=1):
        ws.append([n, area, keg, *("v" if marks == "text" and m in ms else None for m in range(1, 13))])
        for c in range(1, 16):
            if n % 2 == 0:
                ws.cell(ws.max_row, c).fill = grey
            if marks == "fill" and c > 3 and c - 3 in ms:
                ws.cell(ws.max_row, c).fill = blue
    wb.save(path)
    return path


@pytest.mark.parametrize("marks", ["text", "fill"])
def test_banded_rows_keep_only_their_marks(tmp_path: Path, marks: str) -> None:
    """Every second row shaded grey across the whole table ("zebra" banding), months marked by ``v``
    or by a blue fill: a banded row is scheduled by its marks; its grey month cells added every month
    of the year. A row without banding keeps every fill."""
    res = import_plan(_zebra(tmp_path / "zebra.xlsx", marks), load_rubric())
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [
        (keg, tuple(sorted(ms))) for _, keg, ms in _ZEBRA_PLAN
    ]
    if marks == "text":
        assert not [f for f in res.findings if f.code == "IMPORT_FILLED_MONTH"]
