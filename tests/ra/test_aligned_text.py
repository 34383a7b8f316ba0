"""A plan table copied from a PDF viewer as text: columns lined up with spaces, cells wrapped onto lines."""

from __future__ import annotations

from pathlib import Path

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan
from zi_eval.ra.rows import read_document

TEXT = """RENCANA AKSI ZONA INTEGRITAS
PENGADILAN AGAMA YOGYAKARTA
TAHUN 2025

No   Area Perubahan          Kegiatan                                   Waktu              PIC
1    Manajemen Perubahan     Pembentukan Tim Kerja Pembangunan          Januari            Sekretaris
                             Zona Integritas
2                            Monitoring dan evaluasi pembangunan ZI     Maret, Juni,       Ketua Tim ZI
                                                                        September,
                                                                        Desember
3    Penataan Tatalaksana    Reviu dan pembaruan SOP layanan            Februari s.d. April Kasubag Umum
4    Penguatan               Penyusunan Perjanjian Kinerja              Januari -          Kasubag Perencanaan
     Akuntabilitas                                                      Februari

Yogyakarta, 2 Januari 2025
Ketua Pengadilan Agama Yogyakarta
"""


def test_a_table_lined_up_with_spaces_is_read_by_its_columns(tmp_path: Path, rubric: Rubric) -> None:
    """Text pasted from a PDF (no tabs) was refused: 'no plan table (NO, KEGIATAN, …)'."""
    f = tmp_path / "ra.txt"
    f.write_text(TEXT)
    res = import_plan(f, rubric)
    got = [(a.kegiatan, a.area, a.months, a.pic) for a in res.unit.activities]
    assert got == [
        ("Pembentukan Tim Kerja Pembangunan Zona Integritas", "manajemen-perubahan", (1,), "Sekretaris"),
        ("Monitoring dan evaluasi pembangunan ZI", "manajemen-perubahan", (3, 6, 9, 12), "Ketua Tim ZI"),
        (
            "Reviu dan pembaruan SOP layanan",
            "penataan-tatalaksana",
            (2, 3, 4),
            "Kasubag Umum",
        ),  # ran over PIC
        ("Penyusunan Perjanjian Kinerja", "penguatan-akuntabilitas", (1, 2), "Kasubag Perencanaan"),
    ]
    assert res.unit.unit.year == 2025 and res.unit.unit.name == "Pengadilan Agama Yogyakarta"
    # every physical line belongs to one row: the wrapped lines to the row they continue
    rows = read_document(f).rows
    assert sum(r.span for r in rows) == len(TEXT.splitlines())
    assert rows[5].cells[2] == "Pembentukan Tim Kerja Pembangunan\nZona Integritas" and rows[5].span == 2
    assert [r.cells for r in rows if "Yogyakarta, 2" in r.raw] == [["Yogyakarta, 2 Januari 2025"]]


def test_text_without_a_header_line_stays_one_cell_per_line(tmp_path: Path) -> None:
    f = tmp_path / "surat.txt"
    f.write_text("Nomor   : 12/2025\nPerihal :  Rencana aksi\n\nDengan hormat,  kami sampaikan rencana.\n")
    assert all(len(r.cells) == 1 for r in read_document(f).rows)
