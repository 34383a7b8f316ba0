"""One row per area whose cells list numbered items side by side: one activity per item."""

from __future__ import annotations

from pathlib import Path

from docx import Document as Docx

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan


def test_numbered_items_side_by_side_are_one_activity_each(tmp_path: Path, rubric: Rubric) -> None:
    """'1. Tim Kerja\\n2. Monev' beside '1. Januari\\n2. Maret, Juni, September, Desember' was one activity
    ('Tim Kerja; Monev') with the months of both, nothing said; a row of one item kept its '1. '."""
    doc = Docx()
    doc.add_paragraph("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS KANTOR UJI TAHUN 2025")
    rows = [
        ("No", "Area Perubahan", "Rencana Kegiatan", "Waktu Pelaksanaan", "Output"),
        (
            "1",
            "Manajemen Perubahan",
            "1. Pembentukan Tim Kerja ZI\n2. Monitoring dan evaluasi\npembangunan ZI",
            "1. Januari\n2. Maret, Juni, September, Desember",
            "1. SK Tim ZI\n2. Laporan monev",
        ),
        ("2", "Penataan Tatalaksana", "1. Reviu SOP layanan", "1. Februari - April", "1. SOP mutakhir"),
        ("3", "Penguatan Pengawasan", "1. Sosialisasi gratifikasi\n2. Pembentukan UPG", "Juni", "Laporan"),
    ]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(tmp_path / "ra.docx")
    res = import_plan(tmp_path / "ra.docx", rubric)
    got = [(a.kegiatan, a.area, a.months, a.output) for a in res.unit.activities]
    assert got == [
        ("Pembentukan Tim Kerja ZI", "manajemen-perubahan", (1,), "SK Tim ZI"),
        ("Monitoring dan evaluasi pembangunan ZI", "manajemen-perubahan", (3, 6, 9, 12), "Laporan monev"),
        ("Reviu SOP layanan", "penataan-tatalaksana", (2, 3, 4), "SOP mutakhir"),
        # only the kegiatan lists two: one activity, as before (no parallel list to pair them with)
        ("Sosialisasi gratifikasi; Pembentukan UPG", "penguatan-pengawasan", (6,), "Laporan"),
    ]
    assert [f.code for f in res.findings] == ["IMPORT_ROW_SPLIT"]
    assert sum(x.span for x in res.lines) == len({(x.sheet, x.line) for x in res.lines if x.span})
