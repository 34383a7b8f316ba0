"""One plan in a document, read whole: what the rules for several plans in one document
(``ra/parts.py``), running headers and title blocks must never take from an ordinary plan.

Found by a probe of 75 single-plan documents after those rules landed: area headings printed again at
page tops became page text, a plan over two years lost its first year, section titles and rows naming
a report ("Monitoring Triwulan", "Laporan capaian kinerja TW I") cut the plan, an unscheduled activity
naming a plan year was page text, a kegiatan "… meliputi:" beside its PIC was a key and its value, a
unit named with area words became the first area, a note naming an area headed the next table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ra.test_readers_pdf import _platypus_pdf
from tests.ra.test_two_plans import HEADER, T25, Row, _acts, _codes, _docx, _marked, _workbook
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

AREAS = [
    ("I", "MANAJEMEN PERUBAHAN"),
    ("II", "PENATAAN TATALAKSANA"),
    ("III", "PENATAAN SISTEM MANAJEMEN SDM"),
]
ZI = ["manajemen-perubahan", "penataan-tatalaksana", "penataan-sdm"]


def _plan(k: int) -> list[Row]:
    return [("1", f"Kegiatan area {k} satu", (k,)), ("2", f"Kegiatan area {k} dua", (k + 1,))]


def test_an_area_heading_printed_again_at_the_next_pages_top_is_still_its_area(
    tmp_path: Path, rubric: Rubric
) -> None:
    head = ["NO", "KEGIATAN", "INDIKATOR", "WAKTU"]

    def rows(area: str, first: int, n: int) -> list[list[str]]:
        return [head] + [
            [str(k), f"{area.title()} kegiatan {k}", "Laporan", "Maret"] for k in range(first, first + n)
        ]

    pages = []
    for roman, area in AREAS:  # each area's table runs onto a second page, its heading printed again
        pages += [[f"AREA {roman} {area}", rows(area, 1, 2)], [f"AREA {roman} {area}", rows(area, 3, 1)]]
    pages[0].insert(0, T25)
    f = tmp_path / "rencana.pdf"
    _platypus_pdf(f, pages)
    got = import_plan(f, rubric)
    assert [a.area for a in got.unit.activities] == [z for z in ZI for _ in range(3)]


def test_a_plan_over_two_years_keeps_both(tmp_path: Path, rubric: Rubric) -> None:
    """Titled "TAHUN 2025-2026", its second year's section titled "… TAHUN 2026": one plan."""
    first = "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS BALAI CONTOH TAHUN 2025-2026"
    got = import_plan(_docx(tmp_path, first, _plan(1), T25.replace("2025", "2026"), _plan(2)), rubric)
    assert len(got.unit.activities) == 4
    assert "IMPORT_OTHER_PLAN" not in _codes(got)


@pytest.mark.parametrize(
    ("title", "report"),
    [
        # section titles with report words: they cut nothing
        ("IV. PENGUATAN AKUNTABILITAS (CAPAIAN KINERJA TRIWULAN I - IV)", False),
        ("Monitoring Triwulan", False),
        ("LAPORAN MONITORING DAN EVALUASI", False),
        ("Area II Penataan Tatalaksana - Monitoring dan Evaluasi Triwulan", False),
        # reports of one period after the plan, its table again: skipped
        ("HASIL MONITORING RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025", True),
        ("CAPAIAN KINERJA ZI BALAI CONTOH TRIWULAN III 2025", True),
        ("Monitoring Pelaksanaan Kegiatan ZI Triwulan III Tahun 2025", True),
        ("EVALUASI PELAKSANAAN PEMBANGUNAN ZI SEMESTER I TAHUN 2025", True),
        ("Evaluasi Triwulan II Tahun 2025", True),
    ],
)
def test_a_title_with_report_words_between_tables(
    tmp_path: Path, rubric: Rubric, title: str, report: bool
) -> None:
    got = import_plan(_docx(tmp_path, T25, _plan(1), title, _plan(1 if report else 2)), rubric)
    assert len(got.unit.activities) == (2 if report else 4)
    assert _codes(got).count("IMPORT_OTHER_PLAN") == int(report)


@pytest.mark.parametrize(
    "row",
    [
        ["", "Laporan monitoring triwulan I"],  # a group heading without marks in the kegiatan column
        ["", "Laporan capaian kinerja TW I"],
        ["", "Penyusunan Rencana Aksi ZI Tahun 2026"],  # an unscheduled activity naming a plan year
        ["", "Evaluasi Rencana Aksi 2025"],
    ],
)
def test_a_row_of_report_or_plan_words_inside_the_table_is_a_row_of_the_plan(
    tmp_path: Path, rubric: Rubric, row: list[object]
) -> None:
    rows = [
        [T25],
        HEADER,
        ["I", "MANAJEMEN PERUBAHAN"],
        _marked("1", "Pembentukan tim", 1),
        row,
        _marked("2", "Sosialisasi", 4),
        _marked("3", "Monev", 6),
    ]
    got = import_plan(_workbook(tmp_path, {"RA": rows}), rubric)
    kegiatan = [a.kegiatan for a in got.unit.activities]
    assert kegiatan[0] == "Pembentukan tim" and "Sosialisasi" in kegiatan[-2:] and kegiatan[-1] == "Monev"
    assert "IMPORT_OTHER_PLAN" not in _codes(got)
    assert got.counts().get("skipped", 0) == 0


def test_a_kegiatan_ending_in_meliputi_beside_its_pic_is_no_key_and_value(
    tmp_path: Path, rubric: Rubric
) -> None:
    rows = [
        [T25],
        HEADER,
        ["I", "MANAJEMEN PERUBAHAN"],
        ["1", "Penyusunan dokumen ZI meliputi:", None, "Tim ZI"],
        ["", "a. Rapat penyusunan", "Notulen", "Tim ZI", "v"],
        ["", "b. Penetapan dokumen", "SK", "Tim ZI", None, "v"],
    ]
    got = import_plan(_workbook(tmp_path, {"RA": rows}), rubric)
    (act,) = got.unit.activities
    assert act.kegiatan.startswith("Penyusunan dokumen ZI") and len(act.substeps) == 2


@pytest.mark.parametrize(
    "unit",
    ["BAGIAN ORGANISASI DAN TATALAKSANA SETDA KABUPATEN CONTOH", "MAL PELAYANAN PUBLIK KOTA CONTOH"],
)
def test_a_unit_named_with_area_words_is_the_unit_not_the_first_area(
    tmp_path: Path, rubric: Rubric, unit: str
) -> None:
    got = import_plan(_docx(tmp_path, "RENCANA AKSI ZONA INTEGRITAS TAHUN 2025", unit, _plan(1)), rubric)
    assert got.unit.unit.name.upper() == unit
    assert all(a.area is None for a in got.unit.activities)


def test_a_note_naming_an_area_heads_no_table_and_a_heading_after_notes_does(
    tmp_path: Path, rubric: Rubric
) -> None:
    got = import_plan(
        _docx(
            tmp_path,
            T25,
            "Area I Manajemen Perubahan",
            _plan(1),
            "Catatan: seluruh kegiatan dipantau oleh Satuan Pengawasan Internal.",
            _plan(2),
            "Catatan: jadwal dapat berubah.",
            "Area III Penataan Sistem Manajemen SDM",
            _plan(3),
        ),
        rubric,
    )
    assert [a.area for a in got.unit.activities] == ZI[:1] * 4 + ZI[2:] * 2


def test_markdown_heading_marks_are_no_part_of_the_unit_name(tmp_path: Path, rubric: Rubric) -> None:
    md = "# RENCANA AKSI ZONA INTEGRITAS\n\n## Balai Besar Contoh Makassar Tahun 2025\n\n| No | Kegiatan | Output | Bulan |\n|---|---|---|---|\n| 1 | Pembentukan tim | SK | Januari |\n"
    (tmp_path / "rencana.md").write_text(md, encoding="utf-8")
    got = import_plan(tmp_path / "rencana.md", rubric)
    assert got.unit.unit.name == "Balai Besar Contoh Makassar"
    assert _acts(got) == [("Pembentukan tim", (1,))]


def test_a_decree_of_the_year_before_names_no_plan_year(tmp_path: Path, rubric: Rubric) -> None:
    """ "NOMOR : W23-0123 TAHUN 2024" over "RENCANA AKSI … TAHUN 2025": the plan is of 2025."""
    got = import_plan(
        _docx(
            tmp_path,
            "LAMPIRAN II",
            "KEPUTUSAN KEPALA RUTAN KELAS IIB PINRANG",
            "NOMOR : W23.PAS.RUT-0123 TAHUN 2024",
            "TENTANG",
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK RUTAN KELAS IIB PINRANG TAHUN 2025",
            _plan(1),
        ),
        rubric,
    )
    assert got.unit.unit.year == 2025


def test_a_new_table_under_its_own_title_starts_its_first_area_again(tmp_path: Path, rubric: Rubric) -> None:
    """ "TAHAP II (JULI - DESEMBER)" over a table whose first row is "I | MANAJEMEN PERUBAHAN" again: that
    row was taken for the header repeated by a page break, and the stage became the area."""
    area: list[Row] = [("I", "MANAJEMEN PERUBAHAN", ())]
    got = import_plan(
        _docx(
            tmp_path,
            T25,
            "TAHAP I (JANUARI - JUNI)",
            area + _plan(1),
            "TAHAP II (JULI - DESEMBER)",
            area + _plan(7),
        ),
        rubric,
    )
    assert [a.area for a in got.unit.activities] == ["manajemen-perubahan"] * 4


def test_an_area_heading_over_a_target_line_names_the_first_area(tmp_path: Path, rubric: Rubric) -> None:
    got = import_plan(
        _docx(tmp_path, T25, "AREA I MANAJEMEN PERUBAHAN", "Target: Terwujudnya WBK", _plan(1)), rubric
    )
    assert [a.area for a in got.unit.activities] == ["manajemen-perubahan"] * 2


@pytest.mark.parametrize(
    "unit",
    [
        "Kantor Pertanahan Kab. Contoh",
        "Puskesmas Kec. Contoh Prov. Sulawesi Selatan",
        "Kantor Imigrasi Kelas I Jl. Contoh",
    ],
)
def test_a_unit_line_with_abbreviations_is_no_sentence(tmp_path: Path, rubric: Rubric, unit: str) -> None:
    """ "Kab. Contoh" read as the end of a sentence and the start of the next ("b. C"): the title line was
    a preamble sentence, the unit was named after the file ("rencana-aksi") and the year assumed."""
    got = import_plan(_docx(tmp_path, "RENCANA AKSI ZONA INTEGRITAS", f"{unit} Tahun 2025", _plan(1)), rubric)
    assert got.unit.unit.name == unit
    assert got.unit.unit.year == 2025


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        # the body left after the plan's name started with "MENUJU": a document word, no unit
        ("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK BALAI CONTOH TAHUN 2025", "Balai Contoh"),
        (
            "RENCANA AKSI ZONA INTEGRITAS MENUJU WBBM DI LINGKUNGAN PENGADILAN NEGERI CONTOH TAHUN 2025",
            "Pengadilan Negeri Contoh",
        ),
        # more than 14 words: a sentence, by length alone
        (
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM PADA KANTOR IMIGRASI KELAS I CONTOH TAHUN 2025",
            "Kantor Imigrasi Kelas I Contoh",
        ),
        (
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI (WBK) DAN WILAYAH BIROKRASI"
            " BERSIH DAN MELAYANI (WBBM) KANTOR PELAYANAN PAJAK PRATAMA CONTOH TAHUN 2025",
            "Kantor Pelayanan Pajak Pratama Contoh",
        ),
    ],
)
def test_the_unit_after_the_plans_full_name_and_its_predicate(
    tmp_path: Path, rubric: Rubric, title: str, unit: str
) -> None:
    """The unit was named after the file (IMPORT_NAME_FROM_FILE) for the commonest title there is."""
    got = import_plan(_docx(tmp_path, title, _plan(1)), rubric)
    assert (got.unit.unit.name, got.unit.unit.year) == (unit, 2025)
    assert "IMPORT_NAME_FROM_FILE" not in _codes(got)


def test_a_long_preamble_sentence_is_still_no_title(tmp_path: Path, rubric: Rubric) -> None:
    preamble = (
        "Dalam rangka pembangunan zona integritas menuju wilayah bebas dari korupsi pada kantor ini disusun"
        " rencana aksi tahun 2024 sebagai berikut"
    )
    got = import_plan(
        _docx(tmp_path, preamble, "RENCANA AKSI ZI", "BALAI CONTOH TAHUN 2025", _plan(1)), rubric
    )
    assert (got.unit.unit.name, got.unit.unit.year) == ("Balai Contoh", 2025)


@pytest.mark.parametrize(
    ("decree", "unit"),
    [
        ("KEPUTUSAN KEPALA RUTAN KELAS IIB PINRANG", "Rutan Kelas IIB Pinrang"),
        ("KEPUTUSAN KEPALA KANTOR PERTANAHAN KABUPATEN GOWA", "Kantor Pertanahan Kabupaten Gowa"),
        ("KEPUTUSAN KETUA PENGADILAN NEGERI MAKASSAR", "Pengadilan Negeri Makassar"),
        ("KEPUTUSAN PLT. KEPALA BADAN PUSAT STATISTIK KOTA MAKASSAR", "BPS Kota Makassar"),
        ("KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN LUWU", "KPU Kabupaten Luwu"),
    ],
)
def test_the_unit_of_a_decree_is_who_decrees_not_its_head(
    tmp_path: Path, rubric: Rubric, decree: str, unit: str
) -> None:
    """The head's title was read as part of the unit and the whole made an acronym: "KRKIP" for the Rutan,
    "KKP Kabupaten Gowa" for the land office. Only units known by an acronym are written short."""
    got = import_plan(
        _docx(
            tmp_path,
            decree,
            "NOMOR : 12 TAHUN 2025",
            "TENTANG",
            "RENCANA AKSI ZONA INTEGRITAS TAHUN 2025",
            _plan(1),
        ),
        rubric,
    )
    assert got.unit.unit.name == unit


@pytest.mark.parametrize(
    ("lines", "unit"),
    [
        # "DI" of the plan's name ("… DI LINGKUNGAN …") took the front of "DINAS" and "DIREKTORAT"
        (
            [
                "RENCANA AKSI ZONA INTEGRITAS DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SLEMAN TAHUN 2025"
            ],
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sleman",
        ),
        (
            ["RENCANA AKSI DINAS SOSIAL PROVINSI SULAWESI SELATAN TAHUN 2025"],
            "Dinas Sosial Provinsi Sulawesi Selatan",
        ),
        (
            ["RENCANA AKSI ZONA INTEGRITAS DIREKTORAT JENDERAL PERHUBUNGAN DARAT TAHUN 2025"],
            "Direktorat Jenderal Perhubungan Darat",
        ),
        # the plan's name written with its short form, or the predicate as two
        (
            [
                "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS (ZI) MENUJU WBK KANTOR PERTANAHAN KOTA CONTOH TAHUN 2025"
            ],
            "Kantor Pertanahan Kota Contoh",
        ),
        (
            ["RENCANA AKSI ZONA INTEGRITAS MENUJU WBK DAN WBBM KANTOR BEA DAN CUKAI CONTOH TAHUN 2025"],
            "Kantor Bea dan Cukai Contoh",
        ),
        (["RENCANA AKSI ZI KPP PRATAMA BOGOR TAHUN 2025"], "KPP Pratama Bogor"),
        # the unit after the year, and a decree number written "No."
        (
            ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK TAHUN 2025 PADA KPP PRATAMA MEDAN BARAT"],
            "KPP Pratama Medan Barat",
        ),
        (
            [
                "LAMPIRAN KEPUTUSAN KEPALA KANTOR IMIGRASI KELAS I TPI MAKASSAR No. W23.IMI.IMI.1-UM.01.01-1234 TAHUN 2024"
                " TENTANG RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN 2025"
            ],
            "Kantor Imigrasi Kelas I TPI Makassar",
        ),
        # the unit's own line under its ministry's and regional office's (the ministry was the unit); a
        # regional office's own plan
        (
            [
                "KEMENTERIAN HUKUM DAN HAM REPUBLIK INDONESIA",
                "KANTOR WILAYAH SULAWESI SELATAN",
                "LEMBAGA PEMASYARAKATAN KELAS I MAKASSAR",
                "RENCANA AKSI ZONA INTEGRITAS TAHUN 2025",
            ],
            "Lembaga Pemasyarakatan Kelas I Makassar",
        ),
        (
            [
                "KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM SULAWESI SELATAN",
                "RENCANA AKSI ZONA INTEGRITAS TAHUN 2025",
            ],
            "Kantor Wilayah Kementerian Hukum dan HAM Sulawesi Selatan",
        ),
        # capitalised preambles of more than 14 words are sentences still: no unit, no year from them
        (
            [
                "DALAM RANGKA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK, KANTOR IMIGRASI KELAS I MAKASSAR MENYUSUN"
                " LANGKAH KERJA SEBAGAI BERIKUT",
                "RENCANA AKSI ZI",
                "BALAI CONTOH TAHUN 2025",
            ],
            "Balai Contoh",
        ),
        (
            [
                "SEBAGAI TINDAK LANJUT LAPORAN HASIL EVALUASI ZONA INTEGRITAS TAHUN 2024 MAKA DISUSUN RENCANA AKSI"
                " BERIKUT INI",
                "RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025",
            ],
            "Balai Contoh",
        ),
    ],
)
def test_title_lines_name_the_unit_and_the_year(
    tmp_path: Path, rubric: Rubric, lines: list[str], unit: str
) -> None:
    """Found by a probe of 94 documents after the title rules changed (exit 0 each time, the unit named
    after the file, a preamble's year or a preamble as the unit)."""
    got = import_plan(_docx(tmp_path, *lines, _plan(1)), rubric)
    assert (got.unit.unit.name, got.unit.unit.year) == (unit, 2025)


def test_a_capitalised_note_with_a_report_word_between_tables_cuts_nothing(
    tmp_path: Path, rubric: Rubric
) -> None:
    note = "HASIL EVALUASI SEMESTER I TAHUN 2025 MENJADI DASAR PERBAIKAN KEGIATAN PADA AREA BERIKUT SESUAI RENCANA YANG ADA"
    got = import_plan(_docx(tmp_path, T25, _plan(1), note, _plan(2)), rubric)
    assert len(got.unit.activities) == 4 and "IMPORT_OTHER_PLAN" not in _codes(got)


def test_a_long_file_name_makes_an_id_of_at_most_120_characters(tmp_path: Path, rubric: Rubric) -> None:
    """A plan naming no unit takes its file's name; a long one made an id over 120 characters (exit 4)."""
    path = _docx(tmp_path, "RENCANA AKSI ZI TAHUN 2025", _plan(1))
    long = path.with_name("rencana-aksi-" + "zona-integritas-wbk-" * 8 + "final.docx")
    path.rename(long)
    got = import_plan(long, rubric)
    assert len(got.unit.unit.id) <= 120 and got.unit.unit.id.startswith("rencana-aksi-zona-integritas")


@pytest.mark.parametrize(
    "note",
    [
        # a report's words and the plan's, in Title Case or capitals, but a sentence: it cut the plan
        "Laporan Monitoring Dan Evaluasi Pelaksanaan Rencana Aksi Disampaikan Kepada Ketua Pengadilan Setiap"
        " Triwulan Oleh Koordinator Tim Pembangunan Zona Integritas",
        "MONITORING PELAKSANAAN RENCANA AKSI DILAKUKAN SETIAP TRIWULAN OLEH TIM PENILAI INTERNAL DAN HASILNYA"
        " DILAPORKAN KEPADA KEPALA KANTOR",
        "Laporan Kegiatan Disampaikan Kepada Ketua Setiap Triwulan",
    ],
)
def test_a_note_between_the_tables_worded_as_a_report_is_a_sentence(
    tmp_path: Path, rubric: Rubric, note: str
) -> None:
    """Found by a probe of 106 plans: half the plan was skipped as a report (IMPORT_OTHER_PLAN)."""
    got = import_plan(_docx(tmp_path, T25, _plan(1), note, _plan(2)), rubric)
    assert len(got.unit.activities) == 4 and "IMPORT_OTHER_PLAN" not in _codes(got)


@pytest.mark.parametrize(
    "preamble",
    [
        "Laporan Hasil Evaluasi Tim Penilai Nasional Tahun 2024 Atas Kantor Wilayah Kementerian Hukum Dan HAM"
        " Sulawesi Selatan Diterima Pada Bulan Desember",
        "Rencana Aksi Ini Merupakan Penjabaran Dari Road Map Reformasi Birokrasi Tahun 2020-2024",
    ],
)
def test_a_preambles_year_is_not_the_plans(tmp_path: Path, rubric: Rubric, preamble: str) -> None:
    got = import_plan(
        _docx(tmp_path, preamble, "RENCANA AKSI ZONA INTEGRITAS", "BALAI CONTOH TAHUN 2025", _plan(1)), rubric
    )
    assert (got.unit.unit.name, got.unit.unit.year) == ("Balai Contoh", 2025)


@pytest.mark.parametrize(
    ("letterhead", "unit"),
    [
        (["BADAN PENGAWAS OBAT DAN MAKANAN", "BALAI BESAR POM DI MAKASSAR"], "Balai Besar POM di Makassar"),
        (
            [
                "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA",
                "DIREKTORAT JENDERAL PAJAK",
                "KANTOR WILAYAH DJP SULAWESI SELATAN, BARAT DAN TENGGARA",
                "KANTOR PELAYANAN PAJAK PRATAMA MAKASSAR UTARA",
            ],
            "Kantor Pelayanan Pajak Pratama Makassar Utara",
        ),
        (
            ["KEMENTERIAN PEKERJAAN UMUM DAN PERUMAHAN RAKYAT", "DIREKTORAT JENDERAL SUMBER DAYA AIR"],
            "Direktorat Jenderal Sumber Daya Air",
        ),
        (["RA ZI KPP PRATAMA BOGOR 2025"], "KPP Pratama Bogor"),
        # found by feeding a Puskesmas plan no fixture held: the Dinas over the UPT was the unit
        (
            [
                "PEMERINTAH KABUPATEN GOWA",
                "DINAS KESEHATAN",
                "UPT PUSKESMAS SOMBA OPU",
                "Jl. Poros Malino No. 12, Kab. Gowa",
            ],
            "UPT Puskesmas Somba OPU",
        ),
        # the place on a line of its own under the unit, and a unit's code before its name (a probe: the
        # place was lost, the code kept)
        (
            ["RUMAH SAKIT UMUM DAERAH SAWERIGADING", "KOTA PALOPO"],
            "Rumah Sakit Umum Daerah Sawerigading Kota Palopo",
        ),
        (["KANTOR PERTANAHAN", "KABUPATEN GOWA"], "Kantor Pertanahan Kabupaten Gowa"),
        (["SATKER : 400123 - KANTOR IMIGRASI KELAS II TPI PALOPO"], "Kantor Imigrasi Kelas II TPI Palopo"),
        (["KANTOR PERTANAHAN KABUPATEN GOWA", "KOTA SUNGGUMINASA"], "Kantor Pertanahan Kabupaten Gowa"),
        # offices by the short names units write (a probe: the name was taken from the file name)
        (["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS KANTAH KAB. PANGKEP TAHUN 2025"], "Kantah Kab. Pangkep"),
        (
            ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", "BBPOM DI MAKASSAR", "TAHUN 2025"],
            "BBPOM di Makassar",
        ),
        (["RA ZI KPPN MAROS TAHUN 2025"], "KPPN Maros"),
        (["RENCANA AKSI ZI KUA KECAMATAN TAMALATE TAHUN 2025"], "KUA Kecamatan Tamalate"),
        # words before the name that are no part of it (a probe: "Pada Pengadilan …", "ZI Rutan …")
        (["PADA PENGADILAN AGAMA SUNGGUMINASA KELAS IB"], "Pengadilan Agama Sungguminasa Kelas IB"),
        (["RENCANA AKSI PEMBANGUNAN ZI RUTAN KELAS IIB SINJAI TA. 2025"], "Rutan Kelas IIB Sinjai"),
        (
            ["RENCANA AKSI TIM ZI KANTOR PELAYANAN PAJAK PRATAMA PALOPO"],
            "Kantor Pelayanan Pajak Pratama Palopo",
        ),
        (
            ["RENCANA AKSI ZI UNIT KERJA: KANTOR IMIGRASI KELAS I MAKASSAR TAHUN 2025"],
            "Kantor Imigrasi Kelas I Makassar",
        ),
        (
            [
                "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS PADA SATUAN KERJA KANTOR PELAYANAN PAJAK PRATAMA PALOPO"
            ],
            "Kantor Pelayanan Pajak Pratama Palopo",
        ),
        (["UNIT KERJA KANTOR PELAYANAN PAJAK PRATAMA PALOPO"], "Kantor Pelayanan Pajak Pratama Palopo"),
        (["DI KANTOR PELAYANAN PAJAK PRATAMA PALOPO"], "Kantor Pelayanan Pajak Pratama Palopo"),
        (["DINAS KESEHATAN KABUPATEN GOWA"], "Dinas Kesehatan Kabupaten Gowa"),  # DI-NAS is a word of its own
        # the ministry written under the unit (a running header's second line): the unit above it
        (
            [
                "Rencana Kerja Aksi Pembangunan Zona Integritas Balai Riset Perikanan Perairan Umum Tahun 2025",
                "Kementerian Kelautan dan Perikanan Republik Indonesia",
            ],
            "Balai Riset Perikanan Perairan Umum",
        ),
    ],
)
def test_the_unit_of_a_letterhead_is_its_most_specific_line(
    tmp_path: Path, rubric: Rubric, letterhead: list[str], unit: str
) -> None:
    """The ministry or agency over the unit was read as the unit."""
    got = import_plan(
        _docx(tmp_path, *letterhead, "RENCANA AKSI ZONA INTEGRITAS TAHUN 2025", _plan(1)), rubric
    )
    assert got.unit.unit.name == unit


@pytest.mark.parametrize(
    "note",
    [
        "Kegiatan pada area berikut dilaksanakan bersama dengan Kantor Wilayah sesuai jadwal s.d. akhir tahun 2025.",
        "KEGIATAN PADA AREA INI DILAKSANAKAN BERSAMA INSPEKTORAT JENDERAL SESUAI PROGRAM KERJA PENGAWASAN TAHUNAN 2025",
    ],
)
def test_a_note_under_an_area_heading_keeps_its_area(tmp_path: Path, rubric: Rubric, note: str) -> None:
    got = import_plan(
        _docx(tmp_path, T25, "I. MANAJEMEN PERUBAHAN", _plan(1), "II. PENATAAN TATALAKSANA", note, _plan(2)),
        rubric,
    )
    assert [a.area for a in got.unit.activities] == ZI[:1] * 2 + ZI[1:2] * 2
    assert "IMPORT_AREA_UNKNOWN" not in _codes(got)
