"""Plans in the shapes units really write: title blocks, headings, components, totals, signatures, codes.

Each fixture is built here (xlsx with openpyxl, tab-separated text) in one of the shapes of
documents-in-the-wild §1, and pinned to its activities, areas and months.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from zi_eval.cli import main
from zi_eval.models.rubric import Rubric
from zi_eval.ra import ImportResult, import_plan
from zi_eval.ra.parse import parse_rows
from zi_eval.ra.rows import RawRow

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agst", "Sep", "Okt", "Nov", "Des"]

#: The realistic Excel plan: (area heading, [(kegiatan, [(rincian, target, pic, months)])]).
EXCEL_AREAS = [
    (
        "I. MANAJEMEN PERUBAHAN",
        "manajemen-perubahan",
        [
            ("Pembentukan Tim Kerja ZI", [("Penyusunan SK Tim", "1 SK", "Sekretariat", {1})]),
            (
                "Penyusunan Rencana Kerja",
                [
                    ("Rapat penyusunan rencana aksi", "1 Dokumen", "Tim ZI", {1, 2}),
                    ("Monitoring dan evaluasi", "4 Laporan", "Tim ZI", {3, 6, 9, 12}),
                ],
            ),
        ],
    ),
    (
        "II. PENATAAN TATALAKSANA",
        "penataan-tatalaksana",
        [("Penyusunan SOP", [("Reviu SOP layanan", "10 SOP", "Subbag TU", {4, 5})])],
    ),
    (
        "III. PENATAAN SISTEM MANAJEMEN SDM",
        "penataan-sdm",
        [
            (
                "Pengembangan kompetensi",
                [
                    ("Diklat teknis pegawai", "20 orang", "Kepegawaian", {7}),
                    ("Knowledge sharing bulanan", "12 kali", "Kepegawaian", set(range(1, 13))),
                ],
            )
        ],
    ),
    (
        "IV. PENGUATAN AKUNTABILITAS",
        "penguatan-akuntabilitas",
        [("Penyusunan laporan kinerja", [("Penyusunan LKjIP", "1 Laporan", "Perencanaan", {2})])],
    ),
    (
        "V. PENGUATAN PENGAWASAN",
        "penguatan-pengawasan",
        [
            ("Pengendalian gratifikasi", [("Sosialisasi gratifikasi", "1 kali", "Tim ZI", {5})]),
            ("Penanganan pengaduan", [("Rekap pengaduan triwulanan", "4 Rekap", "Humas", {3, 6, 9, 12})]),
        ],
    ),
    (
        "VI. PENINGKATAN KUALITAS PELAYANAN PUBLIK",
        "pelayanan-publik",
        [("Survei kepuasan masyarakat", [("Pelaksanaan SKM", "2 Laporan", "Loket", {6, 12})])],
    ),
]
EXCEL_ACTIVITIES = [
    (area_id, keg, rincian, target, pic, tuple(sorted(months)))
    for _, area_id, kegs in EXCEL_AREAS
    for keg, rows in kegs
    for rincian, target, pic, months in rows
]


def _realistic_workbook(path: Path) -> None:
    """Title block, two-row header, numbering row, areas merged across, total row, signature block."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "RA ZI 2025"
    width = 20
    for i, title in enumerate(
        ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", "KANTOR PERTANAHAN KABUPATEN SUKAMAJU", "TAHUN 2025"], 1
    ):
        ws.cell(i, 1, title)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=width)
    head = ["No", "Area Perubahan / Kegiatan", "Rincian Kegiatan", "Indikator", "Target/Output"]
    head += ["Penanggung Jawab", "Sumber Dana", "Jadwal Pelaksanaan"] + [""] * 11 + ["Keterangan"]
    for c, text in enumerate(head, 1):
        ws.cell(5, c, text or None)
    for c in list(range(1, 8)) + [20]:
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells(start_row=5, start_column=8, end_row=5, end_column=19)
    for m, name in enumerate(MONTHS):
        ws.cell(6, 8 + m, name)
    for c in range(1, width + 1):
        ws.cell(7, c, f"({c})")
    r = 8
    n = 0
    for heading, _, kegs in EXCEL_AREAS:
        ws.cell(r, 1, heading)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        r += 1
        for keg, rows in kegs:
            n += 1
            for k, (rincian, target, pic, months) in enumerate(rows):
                if k == 0:
                    ws.cell(r, 1, n)
                    ws.cell(r, 2, keg)
                ws.cell(r, 3, rincian)
                ws.cell(r, 4, f"Terlaksananya {rincian.lower()}")
                ws.cell(r, 5, target)
                ws.cell(r, 6, pic)
                ws.cell(r, 7, "DIPA 2025")
                for m in months:
                    ws.cell(r, 7 + m, "√")
                if k == 0 and keg.startswith("Penyusunan SOP"):
                    ws.cell(r, 20, "prioritas")
                r += 1
        r += 1  # a blank row between areas
    ws.cell(r, 1, "JUMLAH KEGIATAN PER BULAN")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for m in range(1, 13):
        ws.cell(r, 7 + m, sum(1 for a in EXCEL_ACTIVITIES if m in a[5]))
    r += 2
    for text in (
        "Sukamaju, 6 Januari 2025",
        "KEPALA KANTOR,",
        "",
        "",
        "Dr. Budi Santoso, S.H.",
        "NIP 19700101 199003 1 001",
    ):
        if text:
            ws.cell(r, 15, text)
        r += 1
    wb.save(path)


@pytest.fixture()
def realistic(tmp_path: Path, rubric: Rubric) -> ImportResult:
    f = tmp_path / "rencana-aksi-final-v3.xlsx"
    _realistic_workbook(f)
    return import_plan(f, rubric)


def test_realistic_excel_plan_gives_its_activities_and_six_areas(realistic: ImportResult) -> None:
    acts = realistic.unit.activities
    got = [(a.area, a.kegiatan, a.sub_kegiatan, a.output, a.pic, a.months) for a in acts]
    assert got == list(EXCEL_ACTIVITIES)
    assert len({a.ra_area for a in acts}) == 6
    assert {a.ra_area for a in acts} >= {"MANAJEMEN PERUBAHAN", "PENINGKATAN KUALITAS PELAYANAN PUBLIK"}
    assert all(a.budget == "DIPA 2025" for a in acts)
    assert acts[0].indicators == ("Terlaksananya penyusunan sk tim",)
    sop = next(a for a in acts if a.kegiatan == "Penyusunan SOP")
    assert sop.notes == "prioritas"


def test_realistic_excel_plan_has_no_mark_findings_and_kinds_for_every_row(realistic: ImportResult) -> None:
    codes = {f.code for f in realistic.findings}
    assert not codes & {"IMPORT_MARK_OUTSIDE_MONTHS", "IMPORT_UNKNOWN_MARK", "IMPORT_ROW_NOT_PLACED"}
    assert codes == set(), realistic.findings
    counts = realistic.counts()
    assert counts["activity"] == len(EXCEL_ACTIVITIES)
    assert counts["total"] == 1
    assert counts["signature"] == 4
    # 2 header rows + the numbering row + 6 area headings
    assert counts["header"] == 9
    lines = sorted(rec.line for rec in realistic.lines)
    assert lines == list(range(1, len(lines) + 1))


def test_realistic_excel_plan_unit_name_from_title_not_file(realistic: ImportResult) -> None:
    info = realistic.unit.unit
    assert info.name == "Kantor Pertanahan Kabupaten Sukamaju"
    assert info.year == 2025
    assert info.id == "kantor-pertanahan-kabupaten-sukamaju-2025"


def test_realistic_excel_plan_column_map_in_report(realistic: ImportResult) -> None:
    cols = realistic.report()["columns"]
    assert cols == [
        {
            "no": "No",
            "area": "Area Perubahan / Kegiatan",
            "kegiatan": "Area Perubahan / Kegiatan",
            "sub": "Rincian Kegiatan",
            "indicator": "Indikator",
            "output": "Target/Output",
            "pic": "Penanggung Jawab",
            "budget": "Sumber Dana",
            "notes": "Keterangan",
            "months": "kolom 8–19: bulan 1–12",
        }
    ]


def _tsv(tmp_path: Path, rows: list[list[str]], name: str = "plan.tsv") -> Path:
    f = tmp_path / name
    f.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return f


def _marks(months: set[int]) -> list[str]:
    return ["v" if m in months else "" for m in range(1, 13)]


def test_area_heading_rows_without_area_column(tmp_path: Path, rubric: Rubric) -> None:
    rows = [
        ["RENCANA AKSI ZONA INTEGRITAS"],
        ["BALAI PENGUJIAN CONTOH"],
        ["TAHUN 2026"],
        ["NO", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", *MONTHS],
        ["I. MANAJEMEN PERUBAHAN"],
        ["1", "Pembentukan tim", "Penerbitan SK", "SK terbit", *_marks({1})],
        ["2", "Rencana kerja", "Rapat", "Notulen", *_marks({2})],
        [""],
        ["Penguatan Pengawasan"],
        ["1", "Pengendalian gratifikasi", "Sosialisasi", "Peserta paham", *_marks({4, 5})],
        ["SEKRETARIAT"],
        ["1", "Pengelolaan arsip", "Penataan arsip", "Arsip tertata", *_marks({9})],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric)
    acts = res.unit.activities
    assert [(a.ra_area, a.area, a.months) for a in acts] == [
        ("MANAJEMEN PERUBAHAN", "manajemen-perubahan", (1,)),
        ("MANAJEMEN PERUBAHAN", "manajemen-perubahan", (2,)),
        ("Penguatan Pengawasan", "penguatan-pengawasan", (4, 5)),
        ("SEKRETARIAT", None, (9,)),
    ]
    assert [f.code for f in res.findings] == ["IMPORT_AREA_UNKNOWN"]
    assert res.unit.unit.name == "Balai Pengujian Contoh"


def test_signature_block_with_a_name_in_the_indicator_column(tmp_path: Path, rubric: Rubric) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["RENCANA AKSI ZONA INTEGRITAS KANTOR IMIGRASI CONTOH TAHUN 2025"])
    ws.append(["NO", "AREA", "KEGIATAN", "INDIKATOR", *MONTHS])
    ws.append(["1", "Penataan Tatalaksana", "Penyusunan SOP", "SOP terbit", "✓"])
    ws.append(["", "", "Digitalisasi layanan", "Aplikasi berjalan", "", "✓"])
    ws.append([])
    ws.append(["", "", "", "Jakarta, 10 Januari 2025"])
    ws.append(["", "", "", "KEPALA KANTOR,"])
    ws.append([])
    ws.append(["", "", "", "Siti Aminah"])
    ws.append(["", "", "", "NIP 198001012005012001"])
    f = tmp_path / "plan.xlsx"
    wb.save(f)
    res = import_plan(f, rubric)
    assert [(a.kegiatan, a.indicators, a.months) for a in res.unit.activities] == [
        ("Penyusunan SOP", ("SOP terbit",), (1,)),
        ("Digitalisasi layanan", ("Aplikasi berjalan",), (2,)),
    ]
    kinds = {rec.line: rec.kind for rec in res.lines}
    assert [kinds[n] for n in (6, 7, 9, 10)] == ["signature"] * 4
    assert res.unit.unit.name == "Kantor Imigrasi Contoh"


def test_tsv_with_both_kegiatan_and_rincian_kegiatan(tmp_path: Path, rubric: Rubric) -> None:
    rows = [
        ["NO", "PROGRAM", "KEGIATAN", "RINCIAN KEGIATAN", "TARGET", "PIC", "WAKTU PELAKSANAAN", "PEMERIKSA"],
        [
            "1",
            "Penguatan Akuntabilitas",
            "Penyusunan Renstra",
            "Reviu renstra",
            "1 Dok",
            "Renbang",
            "Maret",
            "Pak A",
        ],
        ["", "", "", "Penetapan kinerja", "1 PK", "Renbang", "Januari s/d Februari", ""],
        ["", "", "Evaluasi", "Evaluasi SAKIP internal", "1 LHE", "Inspektorat", "TW III", ""],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric)
    acts = res.unit.activities
    assert [(a.kegiatan, a.sub_kegiatan, a.output, a.pic, a.timing, a.months) for a in acts] == [
        ("Penyusunan Renstra", "Reviu renstra", "1 Dok", "Renbang", "Maret", (3,)),
        ("Penyusunan Renstra", "Penetapan kinerja", "1 PK", "Renbang", "Januari s/d Februari", (1, 2)),
        ("Evaluasi", "Evaluasi SAKIP internal", "1 LHE", "Inspektorat", "TW III", (7, 8, 9)),
    ]
    assert all(a.area == "penguatan-akuntabilitas" for a in acts)
    assert acts[0].notes == "PEMERIKSA: Pak A" and acts[1].notes is None
    assert "IMPORT_NO_SCHEDULE" not in {f.code for f in res.findings}


def _shape_a(path: Path) -> None:
    """A research unit's plan printed from Word: components, lettered indicators, free-text timing."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["LAMPIRAN RENCANA KERJA AKSI"])
    ws.append(["PUSAT RISET CONTOH TAHUN 2021"])
    ws.append(
        ["No", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "TARGET DAN WAKTU", "% REALISASI"]
    )
    ws.append(["I", "MANAJEMEN PERUBAHAN"])
    ws.append(["1.", "Tim Kerja"])
    ws.append(
        [
            "",
            "",
            "a. Unit kerja telah membentuk tim",
            "Menyusun SK Tim",
            "- SK Tim\n- Undangan, daftar hadir",
            "Januari 2021",
            "100",
        ]
    )
    ws.append(
        [
            "",
            "",
            "b. Tim telah dibentuk secara objektif",
            "Seleksi anggota",
            "- Notulen",
            "Januari s/d Desember 2021",
            "50",
        ]
    )
    ws.append(
        [
            "2.",
            "E-Office",
            "a. Persuratan elektronik",
            "Menerapkan e-office",
            "- Laporan",
            "Juni, Desember 2021",
            "100",
        ]
    )
    ws.append(["II", "PENATAAN TATALAKSANA"])
    ws.append(["1.", "SOP"])
    ws.append(["", "", "a. SOP telah disusun", "Menyusun SOP", "- SOP", "Triwulan I", ""])
    ws.append(["", "", "b. SOP dievaluasi", "Evaluasi SOP", "- Laporan evaluasi", "tahunan", ""])
    ws.append(["", "", "c. Peta proses bisnis", "Menyusun peta", "- Peta", "Maret 2020", ""])
    f = path
    wb.save(f)


def test_shape_a_components_lettered_indicators_and_free_text_timing(tmp_path: Path, rubric: Rubric) -> None:
    f = tmp_path / "ra.xlsx"
    _shape_a(f)
    res = import_plan(f, rubric)
    acts = res.unit.activities
    got = [(a.area, a.kegiatan, a.indicators, a.sub_kegiatan, a.months) for a in acts]
    assert got == [
        ("manajemen-perubahan", "Tim Kerja", ("Unit kerja telah membentuk tim",), "Menyusun SK Tim", (1,)),
        (
            "manajemen-perubahan",
            "Tim Kerja",
            ("Tim telah dibentuk secara objektif",),
            "Seleksi anggota",
            tuple(range(1, 13)),
        ),
        ("manajemen-perubahan", "E-Office", ("Persuratan elektronik",), "Menerapkan e-office", (6, 12)),
        ("penataan-tatalaksana", "SOP", ("SOP telah disusun",), "Menyusun SOP", (1, 2, 3)),
        ("penataan-tatalaksana", "SOP", ("SOP dievaluasi",), "Evaluasi SOP", ()),
        ("penataan-tatalaksana", "SOP", ("Peta proses bisnis",), "Menyusun peta", (3,)),
    ]
    assert acts[0].expected_evidence == ("SK Tim", "Undangan, daftar hadir")
    assert [a.realisation for a in acts[:3]] == ["100", "50", "100"]
    assert acts[1].timing == "Januari s/d Desember 2021" and acts[4].timing == "tahunan"
    found = sorted((f.code, f.value) for f in res.findings)
    assert found == [("IMPORT_TIMING_UNREAD", "tahunan"), ("IMPORT_TIMING_YEAR", "Maret 2020")]
    # the month of another year is still scheduled in the plan's, and the finding says so in both languages
    (other_year,) = [f for f in res.findings if f.code == "IMPORT_TIMING_YEAR"]
    assert acts[5].months == (3,)
    assert "bulan 3 tetap dijadwalkan pada tahun 2021" in other_year.action
    assert "month(s) 3 are still scheduled in 2021" in other_year.action_en
    kinds = [rec.reason for rec in res.lines if rec.kind == "header"]
    assert kinds.count("area heading") == 2 and kinds.count("component heading") == 2


def test_shape_c_no_months_sections_per_area_and_sekretariat(tmp_path: Path, rubric: Rubric) -> None:
    rows = [
        ["Manajemen Perubahan"],
        ["Rencana Kerja", "Produk Output", "Status"],
        ["Pembentukan tim ZI", "SK Tim", "Selesai"],
        ["Penyusunan rencana kerja", "Dokumen RK", "Proses"],
        [""],
        ["Penguatan Pengawasan"],
        ["Rencana Kerja", "Produk Output", "Status"],
        ["Pengendalian gratifikasi", "Laporan UPG", "Selesai"],
        [""],
        ["Sekretariat"],
        ["Rencana Kerja", "Produk Output", "Status"],
        ["Pengadaan ATK", "Kuitansi", "Selesai"],
    ]
    res = import_plan(_tsv(tmp_path, rows, "ra-web.tsv"), rubric, unit_name="Unit Web")
    acts = res.unit.activities
    assert [(a.area, a.kegiatan, a.output, a.realisation, a.months) for a in acts] == [
        ("manajemen-perubahan", "Pembentukan tim ZI", "SK Tim", "Selesai", ()),
        ("manajemen-perubahan", "Penyusunan rencana kerja", "Dokumen RK", "Proses", ()),
        ("penguatan-pengawasan", "Pengendalian gratifikasi", "Laporan UPG", "Selesai", ()),
        (None, "Pengadaan ATK", "Kuitansi", "Selesai", ()),
    ]
    codes = [f.code for f in res.findings]
    assert codes == ["IMPORT_YEAR_ASSUMED", "IMPORT_AREA_UNKNOWN", "IMPORT_NO_SCHEDULE"]  # no year anywhere


def test_shape_d_rows_keyed_by_lke_code(tmp_path: Path, rubric: Rubric) -> None:
    rows = [
        ["KODE", "", "RENCANA KINERJA", "RENCANA AKSI", "RENCANA OUTPUT", "WAKTU"],
        ["A.1.I.i", "a", "Unit kerja telah membentuk tim", "Menyusun SK Tim", "SK Tim", "Januari"],
        ["P.1.ii.a", "", "Dokumen rencana kerja", "Menyusun rencana kerja", "Dokumen RK", "Februari"],
        ["1.i.a", "", "Tim dibentuk", "Rapat", "Notulen", "Maret"],
        ["Z.9", "", "Tidak ada", "Kegiatan lain", "Laporan", "April"],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric, unit_name="Unit D", year=2025)
    acts = res.unit.activities
    assert [[(link.code, link.how) for link in a.lke] for a in acts] == [
        [("P.1.i.a", "code")],
        [("P.1.ii.a", "code")],
        [],
        [],
    ]
    assert acts[0].lke[0].reason == "KODE: 'A.1.I.i a'"
    assert [a.area for a in acts] == ["manajemen-perubahan", "manajemen-perubahan", None, None]
    assert acts[0].indicators == ("Unit kerja telah membentuk tim",) and acts[0].kegiatan == "Menyusun SK Tim"
    unknown = [f.value for f in res.findings if f.code == "IMPORT_CODE_UNKNOWN"]
    assert unknown == ["1.i.a", "Z.9"]
    assert "IMPORT_AREA_MISSING" in {f.code for f in res.findings}  # 2 of 4 without an area


def test_shape_d_item_letters_under_their_indicator_code_row(tmp_path: Path, rubric: Rubric) -> None:
    """The LKE's hierarchy written over rows: "A.1.I.i | Penyusunan Tim Kerja" with nothing to do, then
    "a | … | Rapat" and "b | … | Seleksi". The indicator row became an activity linking every item of the
    indicator (another took the kegiatan of the row above), and each letter was an unknown code."""
    rows = [
        ["Kode LKE", "Rencana Kinerja", "Rencana Aksi", "Rencana Output", "Waktu"],
        ["A.1.I.i", "Penyusunan Tim Kerja", "", "", ""],
        ["a", "Unit kerja telah membentuk tim", "Rapat pembentukan tim", "SK Tim", "Januari"],
        ["b", "Penentuan anggota Tim", "Seleksi anggota tim", "Notulen", "Januari"],
        ["A.1.II.i", "Prosedur Operasional Tetap (SOP)", "", "", ""],
        ["b", "SOP telah diterapkan", "Sosialisasi SOP", "Laporan", "April"],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric, unit_name="Unit D", year=2025)
    acts = res.unit.activities
    assert [(a.kegiatan, [link.code for link in a.lke], a.area) for a in acts] == [
        ("Rapat pembentukan tim", ["P.1.i.a"], "manajemen-perubahan"),
        ("Seleksi anggota tim", ["P.1.i.b"], "manajemen-perubahan"),
        ("Sosialisasi SOP", ["P.2.i.b"], "penataan-tatalaksana"),
    ]
    assert "IMPORT_CODE_UNKNOWN" not in {f.code for f in res.findings}
    assert res.counts()["header"] == 3  # the column header and the two indicator rows


def test_shape_d_numbered_multi_line_kegiatan_and_uraian_columns(tmp_path: Path, rubric: Rubric) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Uraian", "Output", "Dokumen", "Tim Kerja", "Pemeriksa", "Kode LKE", "Jadwal"])
    ws.append(
        [
            "1. Menyusun SK\n2. Rapat tim",
            "SK",
            "- SK Tim\n- Notulen",
            "Tim MP",
            "Inspektur",
            "P.1.i.a",
            "TW I",
        ]
    )
    f = tmp_path / "d.xlsx"
    wb.save(f)
    res = import_plan(f, rubric, unit_name="Unit D", year=2025)
    (a,) = res.unit.activities
    assert a.kegiatan == "Menyusun SK; Rapat tim"
    assert (a.output, a.expected_evidence, a.pic, a.notes) == (
        "SK",
        ("SK Tim", "Notulen"),
        "Tim MP",
        "Pemeriksa: Inspektur",
    )
    assert a.area == "manajemen-perubahan" and a.months == (1, 2, 3)


def test_plan_whose_areas_cannot_be_read_says_so(tmp_path: Path, rubric: Rubric) -> None:
    rows = [
        ["NO", "PROGRAM", "KEGIATAN", "INDIKATOR", *MONTHS],
        ["1", "Program Satu", "Rapat", "Notulen", *_marks({1})],
        ["2", "Program Dua", "Sosialisasi", "Peserta", *_marks({2})],
        ["3", "Manajemen Perubahan", "Pembentukan tim", "SK", *_marks({3})],
        ["4", "", "Manajemen Perubahan", "SK", *_marks({4})],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric, unit_name="Unit X", year=2025)
    by_code: dict[str, list[str]] = {}
    for f in res.findings:
        by_code.setdefault(f.code, []).append(f.value)
    assert by_code["IMPORT_AREA_MISSING"] == ["2/4"]
    assert by_code["IMPORT_KEGIATAN_IS_AREA"] == ["Manajemen Perubahan"]
    assert by_code["IMPORT_AREA_UNKNOWN"] == ["Program Satu", "Program Dua"]


def test_quarter_and_week_columns_and_fill_colours() -> None:
    head = RawRow(1, ["NO", "KEGIATAN", "INDIKATOR", "TW I", "TW II", "TW III", "TW IV"], "")
    row = RawRow(2, ["1", "Rapat", "Notulen", "■", "", "x", ""], "", filled={4})
    parsed = parse_rows([head, row])
    (act,) = parsed.activities
    assert act.months == (1, 2, 3, 4, 5, 6, 7, 8, 9) and act.filled == (4, 5, 6)
    weeks = [
        RawRow(
            1,
            ["NO", "KEGIATAN", "Januari", "Januari", "Februari", "Februari", "Maret", "Maret"],
            "",
            merged_from={3: 2, 5: 4, 7: 6},
        ),
        RawRow(2, ["", "", "1", "2", "1", "2", "1", "2"], ""),
        RawRow(3, ["1", "Rapat", "", "", "", "✓", "✓", ""], ""),
    ]
    parsed = parse_rows(weeks)
    assert [a.months for a in parsed.activities] == [(2, 3)]
    assert [rec.kind for rec in parsed.lines] == ["header", "header", "activity"]


def test_fill_colour_month_gives_a_finding(
    tmp_path: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zi_eval.ra import build

    rows = [
        RawRow(1, ["NO", "KEGIATAN", "INDIKATOR", *MONTHS], ""),
        RawRow(2, ["1", "Rapat", "Notulen", "", "", "v"], "", filled={3, 4}),
    ]
    doc = build.Document("gantt.xlsx", "xlsx", None, rows)
    monkeypatch.setattr(build, "read_document", lambda _p: doc)
    res = import_plan(tmp_path / "gantt.xlsx", rubric, unit_name="Unit G", year=2025)
    (a,) = res.unit.activities
    assert a.months == (1, 2, 3)
    assert [(f.code, f.line) for f in res.findings] == [
        ("IMPORT_FILLED_MONTH", 2),
        ("IMPORT_AREA_MISSING", 2),
    ]


def _cli_plan(tmp_path: Path) -> Path:
    rows = [
        ["KANTOR CONTOH TAHUN 2025"],
        ["NO", "AKTIVITAS", "INDIKATOR", *MONTHS],
        ["1", "Pembentukan tim", "SK", *_marks({1})],
        ["2", "Rapat", "Notulen", *_marks({2})],
    ]
    return _tsv(tmp_path, rows)


def test_column_override_and_unknown_header_kept_in_notes(tmp_path: Path, rubric: Rubric) -> None:
    f = _cli_plan(tmp_path)
    plain = import_plan(f, rubric)
    assert [a.kegiatan for a in plain.unit.activities] == [None, None]
    assert plain.unit.activities[0].notes == "AKTIVITAS: Pembentukan tim"
    chosen = import_plan(f, rubric, columns={"kegiatan": "Aktivitas"})
    assert [a.kegiatan for a in chosen.unit.activities] == ["Pembentukan tim", "Rapat"]
    assert chosen.unit.activities[0].notes is None
    assert chosen.columns[0]["kegiatan"] == "AKTIVITAS"
    missing = import_plan(f, rubric, columns={"pic": "Penanggung"})
    assert [x.value for x in missing.findings if x.code == "IMPORT_COLUMN_UNUSED"] == ["pic=Penanggung"]


def test_a_schedule_column_the_user_names_is_one_column_not_twelve(tmp_path: Path, rubric: Rubric) -> None:
    # "Bulan" over a start and an end month, no month row under it: read by itself as a month group
    # (said unsure). --column schedule=Bulan read it so all the same, and any data row with two
    # header-like words became a new header: activities lost their output and person, one vanished.
    rows = [
        ["No", "Area", "Kegiatan", "Bulan", "", "Output", "PJ"],
        ["1", "Manajemen Perubahan", "Pembentukan tim ZI", "1", "2", "SK Tim", "Sekretaris"],
        ["2", "Manajemen Perubahan", "Penyusunan rencana kerja", "2", "3", "Dokumen", "Kasubbag"],
        ["3", "Penataan Tatalaksana", "Penyusunan SOP", "3", "6", "SOP", "Kasi"],
        ["4", "Penguatan Akuntabilitas", "Monev kinerja", "4", "12", "Laporan", "Kasubbag"],
    ]
    f = _tsv(tmp_path, rows)
    guessed = import_plan(f, rubric, year=2025)
    assert "IMPORT_MONTH_GROUP_UNSURE" in {x.code for x in guessed.findings}
    chosen = import_plan(f, rubric, year=2025, columns={"schedule": "Bulan"})
    acts = chosen.unit.activities
    assert [(a.kegiatan, a.output, a.pic) for a in acts] == [(r[2], r[5], r[6]) for r in rows[1:]]
    assert [a.timing for a in acts] == ["1", "2", "3", "4"]  # the chosen column, read as times in words
    assert "IMPORT_MONTH_GROUP_UNSURE" not in {x.code for x in chosen.findings}
    assert "IMPORT_COLUMN_UNUSED" not in {x.code for x in chosen.findings}


def test_cli_column_and_vocabulary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = _cli_plan(tmp_path)
    out = tmp_path / "u.yaml"
    assert main(["import", str(f), "-o", str(out), "--column", "kegiatan=AKTIVITAS"]) == 0
    assert "kegiatan: Pembentukan tim" in out.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert "kegiatan='AKTIVITAS'" in err
    vocab = tmp_path / "kata.yaml"
    vocab.write_text('kegiatan: ["Aktivitas"]\n', encoding="utf-8")
    out2 = tmp_path / "u2.yaml"
    assert main(["import", str(f), "-o", str(out2), "--vocabulary", str(vocab)]) == 0
    assert out2.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
    assert main(["import", str(f), "--column", "warna=AKTIVITAS"]) == 3
    assert "ROLE=HEADER: harus PERAN=JUDUL dengan PERAN salah satu dari" in capsys.readouterr().err


def test_cli_bad_vocabulary_file_exits_3_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = _cli_plan(tmp_path)
    vocab = tmp_path / "kata.yaml"
    vocab.write_text('kegiatan: ["Aktivitas"]\nwarna: ["Merah"]\nsub: []\n', encoding="utf-8")
    assert main(["import", str(f), "--vocabulary", str(vocab)]) == 3
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith(f"{vocab}:2: warna: harus salah satu dari") for line in err), err
    assert any(
        line.startswith(f"{vocab}:3: sub: harus daftar kata judul kolom yang tidak kosong") for line in err
    ), err


def test_cli_strict_turns_warnings_into_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [["Rencana Kerja", "Produk Output", "Status"], ["Pembentukan tim", "SK", "Selesai"]]
    f = _tsv(tmp_path, rows)
    assert main(["import", str(f), "-o", str(tmp_path / "u.yaml")]) == 0
    capsys.readouterr()
    out = tmp_path / "strict.yaml"
    assert main(["import", str(f), "-o", str(out), "--strict"]) == 3
    err = capsys.readouterr().err
    assert "IMPORT_NO_SCHEDULE" in err and "IMPORT_AREA_MISSING" in err and "IMPORT_NAME_FROM_FILE" in err
    assert not out.exists()
    lines = [line for line in err.splitlines() if line.startswith(str(f))]
    assert lines and all(
        ": harus rencana tanpa peringatan impor (--strict); didapat Impor: " in x for x in lines
    )
    assert main(["import", str(f), "-o", str(out), "--strict", "--lang", "en"]) == 3
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith(str(f))]
    assert lines and all(
        ": must be a plan without import warnings (--strict); got Import: " in x for x in lines
    )


def test_cli_summary_fits_on_a_screen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [["NO", "KEGIATAN", "INDIKATOR", *MONTHS]]
    rows += [[str(i), f"Kegiatan {i}", "x", *(["?"] * 12)] for i in range(1, 60)]
    f = _tsv(tmp_path, rows)
    rep = tmp_path / "rep.json"
    assert main(["import", str(f), "-o", str(tmp_path / "u.yaml"), "--report", str(rep)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) <= 25
    assert any("IMPORT_UNKNOWN_MARK (×708)" in line for line in err)
    assert any(str(rep) in line for line in err)
    report = json.loads(rep.read_text(encoding="utf-8"))
    assert len(report["findings"]) == 708 + 3  # every unknown mark, the areas, the name, the year


def test_no_activity_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = _tsv(tmp_path, [["NO", "KEGIATAN", "INDIKATOR"], [""], ["JUMLAH"]])
    assert main(["import", str(f)]) == 3


def test_lines_that_only_look_like_signatures_or_totals_stay_activities(
    tmp_path: Path, rubric: Rubric
) -> None:
    rows = [
        ["NO", "AREA", "KEGIATAN", "INDIKATOR", *MONTHS],
        ["1", "Penguatan Pengawasan", "Kepala kantor memimpin apel integritas", "Apel", *_marks({1})],
        ["", "", "", "Jumlah pengaduan ditindaklanjuti", *_marks({2, 3})],
        ["", "", "Kepala Kantor"],
        ["", "", "Rapat pimpinan", "Notulen", *_marks({4})],
        ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "Jakarta, 2 Januari 2025"],
        ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "KEPALA KANTOR,"],
        ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "Ir. Andi"],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric, unit_name="Unit S", year=2025)
    got = [(a.kegiatan, a.indicators, a.months) for a in res.unit.activities]
    assert got == [
        ("Kepala kantor memimpin apel integritas", ("Apel",), (1,)),
        ("Kepala kantor memimpin apel integritas", ("Jumlah pengaduan ditindaklanjuti",), (2, 3)),
        ("Kepala Kantor", (), ()),
        ("Rapat pimpinan", ("Notulen",), (4,)),
    ]
    kinds = {rec.line: rec.kind for rec in res.lines}
    assert [kinds[n] for n in (6, 7, 8)] == ["signature"] * 3
    assert "total" not in res.counts()


def test_total_row_variants_are_not_activities(tmp_path: Path, rubric: Rubric) -> None:
    rows = [
        ["NO", "AREA", "KEGIATAN", "INDIKATOR", *MONTHS],
        ["1", "Penguatan Pengawasan", "Sosialisasi", "Peserta", *_marks({1, 2})],
        ["", "", "TOTAL", "", "1", "1"],
        ["", "JUMLAH KEGIATAN", "", "", "1", "1"],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric, unit_name="Unit T", year=2025)
    assert [a.kegiatan for a in res.unit.activities] == ["Sosialisasi"]
    assert res.counts()["total"] == 2


def test_three_row_header_with_week_columns_and_named_headings_in_a_combined_column(
    tmp_path: Path, rubric: Rubric
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NO", "AREA / KEGIATAN", "LANGKAH/TAHAPAN", "Waktu Pelaksanaan"] + [""] * 7 + ["PIC"])
    ws.merge_cells("D1:K1")
    ws.append(["", "", "", "Januari", "", "", "", "Februari", "", "", "", ""])
    ws.merge_cells("D2:G2")
    ws.merge_cells("H2:K2")
    ws.append(["", "", "", "1", "2", "3", "4", "1", "2", "3", "4", ""])
    ws.append(["", "MANAJEMEN PERUBAHAN"])
    ws.append(["1", "Pembentukan tim", "Rapat pembentukan", "", "✔", "", "", "", "", "", "", "Sekretaris"])
    ws.append(["", "", "Penerbitan SK", "", "", "", "", "", "●", "", "", "Sekretaris"])
    ws.append(["", "Penguatan Akuntabilitas Kinerja"])
    ws.append(["1", "Penyusunan LKj", "Pengumpulan data", "", "", "", "", "", "", "", "■", "Perencana"])
    f = tmp_path / "mingguan.xlsx"
    wb.save(f)
    res = import_plan(f, rubric, unit_name="Unit W", year=2025)
    got = [(a.area, a.kegiatan, a.sub_kegiatan, a.months, a.pic) for a in res.unit.activities]
    assert got == [
        ("manajemen-perubahan", "Pembentukan tim", "Rapat pembentukan", (1,), "Sekretaris"),
        ("manajemen-perubahan", "Pembentukan tim", "Penerbitan SK", (2,), "Sekretaris"),
        ("penguatan-akuntabilitas", "Penyusunan LKj", "Pengumpulan data", (2,), "Perencana"),
    ]
    assert res.findings == []
    assert res.columns[0]["months"] == "kolom 4–11: bulan 1–2"
    assert [rec.kind for rec in res.lines[:4]] == ["header"] * 4


@pytest.mark.parametrize(
    "labels",
    [
        [f"B{m}" for m in range(1, 13)],
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"],
        ["Jan", "Peb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nop", "Des"],
    ],
)
def test_month_header_variants_under_a_group(tmp_path: Path, rubric: Rubric, labels: list[str]) -> None:
    rows = [
        ["NO", "KEGIATAN", "INDIKATOR", "BULAN KE-"] + [""] * 11 + ["KETERANGAN"],
        ["", "", "", *labels, ""],
        ["1", "Rapat", "Notulen", *_marks({5, 10}), "rutin"],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric, unit_name="Unit M", year=2025)
    (a,) = res.unit.activities
    assert a.months == (5, 10) and a.notes == "rutin"
    assert not {f.code for f in res.findings} & {"IMPORT_UNKNOWN_MARK", "IMPORT_MARK_OUTSIDE_MONTHS"}


def test_shape_d_area_pilar_sub_pilar_label_columns_link_the_item(tmp_path: Path, rubric: Rubric) -> None:
    rows = [
        ["AREA", "PILAR", "SUB PILAR", "RENCANA AKSI", "OUTPUT", "WAKTU"],
        [
            "1. Manajemen Perubahan",
            "i. Penyusunan Tim Kerja",
            "a. Unit kerja telah membentuk tim",
            "Menyusun SK",
            "SK",
            "Jan",
        ],
        ["", "", "b. Penentuan anggota tim dilakukan secara objektif", "Seleksi anggota", "Notulen", "Feb"],
        [
            "",
            "ii. Rencana Pembangunan Zona Integritas",
            "a. Terdapat dokumen rencana kerja",
            "Menyusun RK",
            "RK",
            "Mar",
        ],
        ["", "", "Sosialisasi tanpa label", "Sosialisasi", "Foto", "Apr"],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric, unit_name="Unit L", year=2025)
    acts = res.unit.activities
    assert [[link.code for link in a.lke] for a in acts] == [["P.1.i.a"], ["P.1.i.b"], ["P.1.ii.a"], []]
    assert all(a.area == "manajemen-perubahan" for a in acts)
    assert acts[0].lke[0].how == "code" and acts[0].lke[0].reason is not None
    assert acts[0].lke[0].reason.startswith("AREA / PILAR / SUB PILAR: ")
    assert acts[3].notes == "SUB PILAR: Sosialisasi tanpa label"
    assert acts[0].notes == "PILAR: i. Penyusunan Tim Kerja; SUB PILAR: a. Unit kerja telah membentuk tim"
    assert res.findings == []


def test_months_under_quarter_groups_and_a_first_row_with_header_words(
    tmp_path: Path, rubric: Rubric
) -> None:
    quarters = [q for q in ("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV") for _ in range(3)]
    rows = [
        ["NO", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "JADWAL PELAKSANAAN"] + [""] * 11,
        ["", "", "", "", *quarters],
        ["", "", "", "", *MONTHS],
        ["1", "Pembentukan Tim ZI", "Penerbitan SK Tim", "SK Tim", *_marks({2})],
        ["", "", "Rapat tim kerja", "Notulen tim", *_marks({4, 12})],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric, unit_name="Unit Q", year=2025)
    assert [(a.sub_kegiatan, a.months) for a in res.unit.activities] == [
        ("Penerbitan SK Tim", (2,)),
        ("Rapat tim kerja", (4, 12)),
    ]
    assert [rec.kind for rec in res.lines] == ["header"] * 3 + ["activity"] * 2


def test_a_kegiatan_merged_over_a_few_columns_is_not_an_area_heading(tmp_path: Path, rubric: Rubric) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NO", "AREA", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", *MONTHS])
    ws.append(["1", "Penguatan Pengawasan", "Pengendalian gratifikasi", "Sosialisasi", "Peserta", "✓"])
    ws.append(["", "", "Penanganan benturan kepentingan tanpa rincian"])
    ws.merge_cells("C3:E3")
    ws.append(["", "", "", "Pemetaan benturan", "Peta", "", "✓"])
    ws.append(["VI. PELAYANAN PUBLIK"])
    ws.merge_cells("A5:Q5")
    ws.append(["1", "", "Survei kepuasan", "Pelaksanaan SKM", "Laporan", "", "", "✓"])
    f = tmp_path / "merged.xlsx"
    wb.save(f)
    res = import_plan(f, rubric, unit_name="Unit M", year=2025)
    got = [(a.area, a.kegiatan, a.sub_kegiatan, a.months) for a in res.unit.activities]
    assert got == [
        ("penguatan-pengawasan", "Pengendalian gratifikasi", "Sosialisasi", (1,)),
        ("penguatan-pengawasan", "Penanganan benturan kepentingan tanpa rincian", None, ()),
        ("penguatan-pengawasan", "Penanganan benturan kepentingan tanpa rincian", "Pemetaan benturan", (2,)),
        ("pelayanan-publik", "Survei kepuasan", "Pelaksanaan SKM", (3,)),
    ]


def test_an_activity_merged_down_over_two_rows_has_the_marks_of_both(tmp_path: Path, rubric: Rubric) -> None:
    """Each activity's text cells merged down over two rows, its months ticked on both: the second row's
    marks were dropped as "marks without any text" (a probe: [2, 3, 4] read [2, 3])."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NO", "AREA", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", *MONTHS])
    ws.append(["1", "Penataan Tatalaksana", "Penyusunan SOP", "Reviu SOP", "SOP", "", "✓", "✓"])
    ws.append(["", "", "", "", "", "", "", "", "✓"])
    ws.append(["2", "", "Penerapan SPBE", "Aplikasi persuratan", "Aplikasi", *[""] * 4, "✓"])
    ws.append(["", "", "", "", "", *[""] * 5, "✓"])
    for r in (2, 4):
        for c in "ACDE":
            ws.merge_cells(f"{c}{r}:{c}{r + 1}")
    # under a kegiatan merged over its sub-kegiatan rows, a row with an empty sub-kegiatan of its own:
    # whose marks they are is not known, and it is said
    ws.append(["3", "", "Pengendalian gratifikasi", "Sosialisasi", "Peserta", "✓"])
    ws.append(["", "", "", "", "", "", "✓"])
    ws.merge_cells("C6:C7")
    f = tmp_path / "merged.xlsx"
    wb.save(f)
    res = import_plan(f, rubric, unit_name="Unit M", year=2025)
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [
        ("Penyusunan SOP", (2, 3, 4)),
        ("Penerapan SPBE", (5, 6)),
        ("Pengendalian gratifikasi", (1,)),
    ]
    assert [(f.code, f.line) for f in res.findings] == [("IMPORT_ROW_NOT_PLACED", 7)]
    assert [rec.kind for rec in res.lines] == ["header"] + ["activity"] * 5 + ["not_understood"]


def test_a_realisation_row_under_an_activity_merged_down_adds_no_month(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "Rencana" and "Realisasi" rows under one activity merged down over both: the realisation's marks
    are no plan (joining them gave every activity May, a probe)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NO", "AREA", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "R/T", *MONTHS])
    ws.append(["1", "Penataan Tatalaksana", "Penyusunan SOP", "Reviu SOP", "SOP", "Rencana", "", "✓"])
    ws.append(["", "", "", "", "", "Realisasi", "", "✓", "", "", "✓"])
    for c in "ABCDE":
        ws.merge_cells(f"{c}2:{c}3")
    f = tmp_path / "merged.xlsx"
    wb.save(f)
    res = import_plan(f, rubric, unit_name="Unit M", year=2025)
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [("Penyusunan SOP", (2,))]


def test_quarter_labels_written_once_over_their_months(tmp_path: Path, rubric: Rubric) -> None:
    quarters = [
        q if i % 3 == 0 else ""
        for i, q in enumerate(["TW I"] * 3 + ["TW II"] * 3 + ["TW III"] * 3 + ["TW IV"] * 3)
    ]
    rows = [
        ["NO", "KEGIATAN", "INDIKATOR", "JADWAL PELAKSANAAN"] + [""] * 11,
        ["", "", "", *quarters],
        ["", "", "", *MONTHS],
        ["1", "Rapat", "Notulen", *_marks({1, 2, 11})],
    ]
    res = import_plan(_tsv(tmp_path, rows), rubric, unit_name="Unit Q", year=2025)
    (a,) = res.unit.activities
    assert a.months == (1, 2, 11) and a.notes is None


def test_a_plan_without_a_usable_year_says_which_year_it_took(tmp_path: Path, rubric: Rubric) -> None:
    rows = [["RENCANA AKSI ZONA INTEGRITAS TAHUN 1999"], ["NO", "KEGIATAN", "INDIKATOR", *MONTHS]]
    rows += [["1", "Pembentukan tim ZI", "SK", "v", *([""] * 11)]]
    res = import_plan(_tsv(tmp_path, rows, "ra-kantor-2024.tsv"), rubric, unit_name="Unit")
    assert res.unit.unit.year == 2024  # the file name's year, not this year's
    (said,) = [f for f in res.findings if f.code == "IMPORT_YEAR_ASSUMED"]
    assert "1999" in said.action and "2024" in said.action and "1999" in said.action_en
    given = import_plan(_tsv(tmp_path, rows, "ra-kantor-2024.tsv"), rubric, unit_name="Unit", year=2025)
    assert given.unit.unit.year == 2025 and not [f for f in given.findings if f.code == "IMPORT_YEAR_ASSUMED"]


def test_a_schedule_over_the_new_year_is_a_finding(tmp_path: Path, rubric: Rubric) -> None:
    """'Agustus s/d Juni' in a plan for 2025: the months are kept as one year's, and that reading is said."""
    plan = tmp_path / "rencana.tsv"
    plan.write_text(
        "RENCANA AKSI ZONA INTEGRITAS TAHUN 2025\n"
        "NO\tKEGIATAN\tINDIKATOR\tWAKTU\n"
        "1\tPembentukan Tim ZI\tSK Tim\tJanuari\n"
        "2\tSurvei kepuasan masyarakat\tLaporan SKM\tAgustus s/d Juni\n",
        encoding="utf-8",
    )
    res = import_plan(plan, rubric)
    assert [a.months for a in res.unit.activities] == [(1,), (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)]
    assert [(f.code, f.value, f.line) for f in res.findings if f.code.startswith("IMPORT_TIMING")] == [
        ("IMPORT_TIMING_WRAPS", "Agustus s/d Juni", 4)
    ]


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("RENCANA AKSI ZONA INTEGRITAS 2025", 2025),
        ("RENCANA AKSI PEMBANGUNAN ZI TA. 2025", 2025),
        ("RENCANA AKSI ZI T.A 2025", 2025),
        ("RENCANA AKSI ZI TH. 2024", 2024),
        ("RENCANA KERJA ZI PERIODE JANUARI - DESEMBER 2025", 2025),
        ("RENCANA AKSI PEMBANGUNAN ZI TAHUN ANGGARAN 2026", 2026),
        # a cited regulation's year is not the plan's
        ("RENCANA AKSI ZI SESUAI PERMENPAN RB NOMOR 90 TAHUN 2021", None),
    ],
)
def test_the_plan_year_in_the_ways_titles_write_it(
    tmp_path: Path, rubric: Rubric, title: str, year: int | None
) -> None:
    """A title without the word TAHUN fell back to the clock's year (a file imported differently each year)."""
    rows = [
        [title],
        ["NO", "KEGIATAN", "INDIKATOR", "WAKTU"],
        ["1", "Pembentukan Tim ZI", "SK Tim", "Januari"],
    ]
    res = import_plan(_tsv(tmp_path, rows, "rencana.tsv"), rubric, unit_name="Unit")
    assumed = [f for f in res.findings if f.code == "IMPORT_YEAR_ASSUMED"]
    if year is None:
        assert assumed
    else:
        assert res.unit.unit.year == year and not assumed


@pytest.mark.parametrize(
    ("labels", "areas"),
    [
        (
            ["Area I", "Area II", "Area VI"],
            ["manajemen-perubahan", "penataan-tatalaksana", "pelayanan-publik"],
        ),
        (["AREA 3", "Area ke-4", "5"], ["penataan-sdm", "penguatan-akuntabilitas", "penguatan-pengawasan"]),
        # numbered past six: the eight Reform Birokrasi areas, another order: nothing is guessed
        (["Area 1", "Area 2", "Area 8"], [None, None, None]),
    ],
)
def test_areas_written_as_numbers_follow_the_lke_order(
    tmp_path: Path, rubric: Rubric, labels: list[str], areas: list[str | None]
) -> None:
    rows = [["RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"], ["NO", "AREA", "KEGIATAN", "WAKTU"]]
    rows += [[str(i), label, f"Kegiatan {i}", "Januari"] for i, label in enumerate(labels, start=1)]
    res = import_plan(_tsv(tmp_path, rows, "rencana.tsv"), rubric, unit_name="Unit")
    assert [a.area for a in res.unit.activities] == areas
    said = [f.code for f in res.findings if f.code in ("IMPORT_AREA_BY_NUMBER", "IMPORT_AREA_UNKNOWN")]
    assert said == ["IMPORT_AREA_BY_NUMBER" if areas[0] else "IMPORT_AREA_UNKNOWN"] * len(labels)


def test_area_headings_written_as_numbers_in_the_kegiatan_column_head_their_rows(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A probe's plan (q5 x59) wrote its area headings as 'AREA 1' … 'AREA 6' alone in the KEGIATAN column,
    with no number and no mark: each became an activity without months (six more activities), said only
    as every activity lacking an area."""
    rows = [["RENCANA AKSI ZONA INTEGRITAS PENGADILAN AGAMA SLEMAN TAHUN 2025"], ["NO", "KEGIATAN", "WAKTU"]]
    rows += [
        ["", "AREA 1"],
        ["1", "Pembentukan Tim ZI", "Januari"],
        ["", "Area ke-2"],
        ["2", "Reviu SOP", "Maret"],
    ]
    rows += [["3", "Area kerja pelayanan ditata ulang", "Juni"]]  # an activity whose words start with 'area'
    res = import_plan(_tsv(tmp_path, rows, "rencana.tsv"), rubric)
    got = [(a.kegiatan, a.area) for a in res.unit.activities]
    assert got == [
        ("Pembentukan Tim ZI", "manajemen-perubahan"),
        ("Reviu SOP", "penataan-tatalaksana"),
        ("Area kerja pelayanan ditata ulang", "penataan-tatalaksana"),
    ]


@pytest.mark.parametrize(("year", "months"), [(2025, (7, 8, 9, 10, 11, 12)), (2026, (1, 2, 3, 4, 5, 6))])
def test_a_range_over_two_named_years_keeps_the_plan_years_part(
    tmp_path: Path, rubric: Rubric, year: int, months: tuple[int, ...]
) -> None:
    """'Juli 2025 - Juni 2026' in a plan for 2025 is July to December (it read as all twelve months)."""
    rows = [[f"RENCANA AKSI ZONA INTEGRITAS TAHUN {year}"], ["NO", "KEGIATAN", "INDIKATOR", "WAKTU"]]
    rows += [["1", "Survei kepuasan masyarakat", "Laporan SKM", "Juli 2025 - Juni 2026"]]
    res = import_plan(_tsv(tmp_path, rows, "rencana.tsv"), rubric, unit_name="Unit")
    (act,) = res.unit.activities
    assert act.months == months
    (said,) = [f for f in res.findings if f.code == "IMPORT_TIMING_YEAR"]
    assert f"tahun {year} yang dipakai" in said.action


@pytest.mark.parametrize(
    ("title", "said"),
    [
        # documents units also keep, read as plans with nothing said (a probe)
        (["RENCANA PENARIKAN DANA (RPD) BULANAN", "KANTOR CONTOH", "TAHUN ANGGARAN 2025"], True),
        (["KALENDER KEGIATAN KANTOR TAHUN 2025", "KANTOR CONTOH"], True),
        (["RENCANA KERJA TAHUNAN (RKT) TAHUN 2025", "KANTOR CONTOH"], True),
        # a ZI plan whose areas are not read, and a bare table: nothing more to say than the areas
        (["RENCANA AKSI ZI KANTOR CONTOH TAHUN 2025"], False),
        (["MATRIKS PEMBANGUNAN ZONA INTEGRITAS KANTOR CONTOH 2025"], False),
        ([], False),
    ],
)
def test_a_titled_document_naming_no_zi_plan_and_no_area_is_said(
    tmp_path: Path, rubric: Rubric, title: list[str], said: bool
) -> None:
    rows = [[t] for t in title] + [
        ["NO", "KEGIATAN", "PELAKSANA", *MONTHS],
        ["1", "Belanja ATK", "Umum", *_marks({1, 2})],
        ["2", "Pemeliharaan gedung", "Umum", *_marks({6})],
    ]
    got = import_plan(_tsv(tmp_path, rows), rubric, year=2025)
    assert len(got.unit.activities) == 2
    assert ("IMPORT_NOT_A_PLAN" in [f.code for f in got.findings]) is said


@pytest.mark.parametrize(
    ("header", "cells", "months"),
    [
        # a column naming months by number: each number a month (read as no schedule before, a probe)
        (
            "BULAN KE-",
            ["1", "1, 2", "3, 6, 9, 12", "2-4", "5 s.d 12"],
            [(1,), (1, 2), (3, 6, 9, 12), (2, 3, 4), tuple(range(5, 13))],
        ),
        ("BULAN", ["Januari", "Maret - Mei", "7 dan 8", "", ""], [(1,), (3, 4, 5), (7, 8), (), ()]),
        # a number under another schedule header is no month ("1 kali", "2 minggu")
        ("WAKTU PELAKSANAAN", ["Januari", "2", "Juni", "", ""], [(1,), (), (6,), (), ()]),
    ],
)
def test_a_bulan_ke_column_names_its_months_by_number(
    tmp_path: Path, rubric: Rubric, header: str, cells: list[str], months: list[tuple[int, ...]]
) -> None:
    rows = [["RENCANA AKSI ZI KANTOR CONTOH TAHUN 2025"], ["NO", "KEGIATAN", "INDIKATOR", header]]
    rows += [[str(i), f"Kegiatan {i}", "Laporan", c] for i, c in enumerate(cells, 1)]
    got = import_plan(_tsv(tmp_path, rows), rubric)
    assert [a.months for a in got.unit.activities] == months


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (["Januari", "Maret", "Juni"], ["Januari", "Mei", "Desember"]),
        (["2025-01-02", "2025-03-01", "2025-06-10"], ["2025-01-28", "2025-05-31", "2025-12-20"]),
    ],
)
def test_start_and_end_columns_name_the_months_between(
    tmp_path: Path, rubric: Rubric, start: list[str], end: list[str]
) -> None:
    """ "MULAI | SELESAI" columns (month names or dates) and a month grid coloured only by a rule Excel
    applies when it shows it: every activity got no month (a probe)."""
    rows = [
        ["RENCANA AKSI ZI KANTOR CONTOH TAHUN 2025"],
        ["NO", "KEGIATAN", "INDIKATOR", "MULAI", "SELESAI", *MONTHS],
    ]
    rows += [
        [str(i), f"Kegiatan {i}", "Laporan", a, b] for i, (a, b) in enumerate(zip(start, end, strict=True), 1)
    ]
    got = import_plan(_tsv(tmp_path, rows), rubric)
    assert [a.months for a in got.unit.activities] == [(1,), (3, 4, 5), tuple(range(6, 13))]


def test_shape_a_area_rows_merged_across_the_table_keep_components_under_them(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "I. MANAJEMEN PERUBAHAN" merged across the whole table (not "I | MANAJEMEN PERUBAHAN"): the numbered
    components under it ("1. | Tim Kerja") were each taken for a new area, and every activity lost its area."""
    import openpyxl

    head = ["No", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "TARGET DAN WAKTU", "% REALISASI"]
    rows = [
        ["LAMPIRAN RENCANA KERJA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025"],
        head,
        ["I. MANAJEMEN PERUBAHAN"],
        ["1.", "Tim Kerja"],
        ["", "", "a. Unit kerja telah membentuk tim", "Menyusun SK Tim", "- SK Tim", "Januari 2025", 100],
        ["2.", "Monitoring dan Evaluasi"],
        ["", "", "a. Terdapat monev", "Rapat monev triwulanan", "- Laporan", "Maret, Juni 2025", 50],
        ["II. PENATAAN TATALAKSANA"],
        ["1.", "E-Office"],
        [
            "",
            "",
            "a. Sistem pengukuran kinerja berbasis TI",
            "Penerapan persuratan elektronik",
            "-",
            "Juli 2025",
            0,
        ],
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    for r in (3, 8):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(head))
    wb.save(tmp_path / "ra.xlsx")
    acts = import_plan(tmp_path / "ra.xlsx", rubric).unit.activities
    assert [(a.area, a.kegiatan, a.months) for a in acts] == [
        ("manajemen-perubahan", "Tim Kerja", (1,)),
        ("manajemen-perubahan", "Monitoring dan Evaluasi", (3, 6)),
        ("penataan-tatalaksana", "E-Office", (7,)),
    ]


@pytest.mark.parametrize(
    ("block", "cells"),
    [("REALISASI (%)", ["100", "50", "0", "-"]), ("TARGET CAPAIAN (%)", ["25%", "50%", "75%", "100%"])],
)
def test_quarters_under_a_percent_beside_a_waktu_column_are_progress_not_the_schedule(
    tmp_path: Path, rubric: Rubric, block: str, cells: list[str]
) -> None:
    """ "WAKTU | REALISASI (%) over TW I … TW IV": the percents were read as quarter ticks and WAKTU
    ignored ("Januari 2025" became months 1–6, or 1–12), nothing said."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025"])
    ws.append(["No", "KEGIATAN", "LANGKAH AKSI", "WAKTU", block, None, None, None])
    ws.append([None] * 4 + ["TW I", "TW II", "TW III", "TW IV"])
    ws.append(["1", "Tim Kerja", "Menyusun SK Tim", "Januari 2025", *cells])
    ws.append(["2", "Monitoring", "Rapat monev", "Maret, Juni 2025", *cells])
    ws.merge_cells("E2:H2")
    wb.save(tmp_path / "ra.xlsx")
    res = import_plan(tmp_path / "ra.xlsx", rubric)
    assert [(a.sub_kegiatan, a.months) for a in res.unit.activities] == [
        ("Menyusun SK Tim", (1,)),
        ("Rapat monev", (3, 6)),
    ]
    assert block.split()[0] in (res.unit.activities[0].notes or "")  # the percents kept as notes


def test_a_timing_cell_merged_down_over_several_rows_is_each_rows_schedule(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "Januari – Desember 2025" merged down over a component's a. and b. rows: only the first row got
    months, the others none and no timing, nothing said."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025"])
    ws.append(["No", "KEGIATAN", "LANGKAH AKSI", "WAKTU"])
    ws.append(["1", "Tim Kerja", "Menyusun SK Tim", "Januari – Desember 2025"])
    ws.append(["", "", "Rapat pemilihan anggota tim", None])
    ws.append(["2", "Monitoring", "Rapat monev", "Maret 2025"])
    ws.merge_cells("D3:D4")
    wb.save(tmp_path / "ra.xlsx")
    acts = import_plan(tmp_path / "ra.xlsx", rubric).unit.activities
    assert [(a.sub_kegiatan, a.months) for a in acts] == [
        ("Menyusun SK Tim", tuple(range(1, 13))),
        ("Rapat pemilihan anggota tim", tuple(range(1, 13))),
        ("Rapat monev", (3,)),
    ]
