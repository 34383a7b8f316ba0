"""One document holding more than one plan: last year's plan before this year's, a plan shown "as
comparison", a monitoring report under the plan. Read as one table, their activities were merged
into one unit (twice the activities, the months of two years, the first title's year), with exit 0.
The plan is the part of the year asked, else the latest year's; reports are never the plan; every
other part is skipped and said (IMPORT_OTHER_PLAN). Titles that start nothing: a running page
header, one title per area table naming the same year, a plan "dan realisasi".
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from zi_eval.models.rubric import Rubric
from zi_eval.ra import ImportResult, import_plan

HEADER = ["No", "Kegiatan", "Output", "PIC"] + [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Mei",
    "Jun",
    "Jul",
    "Agu",
    "Sep",
    "Okt",
    "Nov",
    "Des",
]
Row = tuple[str, str, tuple[int, ...]]  # number, kegiatan, months (a number "I": an area heading)


def _table(doc: object, rows: list[Row]) -> None:
    t = doc.add_table(rows=1, cols=len(HEADER))  # type: ignore[attr-defined]
    for i, h in enumerate(HEADER):
        t.rows[0].cells[i].text = h
    for no, keg, months in rows:
        c = t.add_row().cells
        c[0].text, c[1].text = no, keg
        if no.isdigit():
            c[2].text, c[3].text = "Laporan", "Tim ZI"
            for m in months:
                c[3 + m].text = "v"


def _docx(tmp_path: Path, *blocks: str | list[Row]) -> Path:
    """A Word document of title paragraphs (str) and plan tables (lists of rows), in order."""
    import docx

    d = docx.Document()
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        else:
            _table(d, b)
    path = tmp_path / "rencana-aksi.docx"
    d.save(str(path))
    return path


def _acts(got: ImportResult) -> list[tuple[str, tuple[int, ...]]]:
    return [(a.kegiatan, tuple(a.months)) for a in got.unit.activities]


def _accounted(got: ImportResult) -> None:
    """Every source row has one line record (nothing is lost, nothing counted twice)."""
    assert sorted(r.line for r in got.lines) == sorted(r.line for r in got.document.rows)


PLAN_2024: list[Row] = [
    ("I", "MANAJEMEN PERUBAHAN", ()),
    ("1", "Pembentukan tim kerja 2024", (2,)),
    ("2", "Penyusunan SOP lama", (6,)),
]
PLAN_2025: list[Row] = [
    ("I", "MANAJEMEN PERUBAHAN", ()),
    ("1", "Pembentukan tim kerja ZI", (1,)),
    ("2", "Penyusunan rencana kerja", (1, 2)),
    ("II", "PENATAAN TATALAKSANA", ()),
    ("1", "Penyusunan SOP pelayanan", (3, 4)),
]


def _codes(got: ImportResult) -> list[str]:
    return [f.code for f in got.findings]


def test_last_years_plan_before_this_years_is_skipped_and_said(tmp_path: Path, rubric: Rubric) -> None:
    path = _docx(
        tmp_path,
        "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS BALAI CONTOH TAHUN 2024",
        PLAN_2024,
        "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS BALAI CONTOH TAHUN 2025",
        PLAN_2025,
    )
    got = import_plan(path, rubric)
    assert _acts(got) == [
        ("Pembentukan tim kerja ZI", (1,)),
        ("Penyusunan rencana kerja", (1, 2)),
        ("Penyusunan SOP pelayanan", (3, 4)),
    ]
    assert got.unit.unit.year == 2025
    assert [a.area for a in got.unit.activities] == ["manajemen-perubahan"] * 2 + ["penataan-tatalaksana"]
    other = [f for f in got.findings if f.code == "IMPORT_OTHER_PLAN"]
    assert len(other) == 1 and "2024" in other[0].value and "--year 2024" in other[0].action
    assert got.counts()["skipped"] == 5  # its title, header and three rows
    _accounted(got)
    # the year asked reads the other plan
    old = import_plan(path, rubric, year=2024)
    assert _acts(old) == [("Pembentukan tim kerja 2024", (2,)), ("Penyusunan SOP lama", (6,))]
    assert old.unit.unit.year == 2024
    assert "IMPORT_OTHER_PLAN" in _codes(old)


def test_an_older_plan_shown_as_comparison_after_the_plan_is_skipped(tmp_path: Path, rubric: Rubric) -> None:
    path = _docx(
        tmp_path,
        "RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2026",
        [("I", "MANAJEMEN PERUBAHAN", ()), ("1", "Pembentukan tim baru", (3,))],
        "",
        "Sebagai pembanding, Rencana Aksi Tahun 2025:",
        PLAN_2025,
    )
    got = import_plan(path, rubric)
    assert _acts(got) == [("Pembentukan tim baru", (3,))]
    assert got.unit.unit.year == 2026
    assert _codes(got).count("IMPORT_OTHER_PLAN") == 1
    _accounted(got)


def test_a_monitoring_report_under_the_plan_is_no_plan(tmp_path: Path, rubric: Rubric) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025")
    _table(d, PLAN_2025)
    d.add_paragraph("LAPORAN MONITORING PELAKSANAAN RENCANA AKSI TRIWULAN I TAHUN 2025")
    t = d.add_table(rows=1, cols=5)
    for i, h in enumerate(["No", "Kegiatan", "Realisasi", "Waktu Pelaksanaan", "Keterangan"]):
        t.rows[0].cells[i].text = h
    for k, (keg, when) in enumerate(
        [("Pembentukan tim kerja ZI", "Januari 2025"), ("Penyusunan SOP pelayanan", "Maret 2025")], 1
    ):
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text, c[4].text = str(k), keg, "100%", when, "Selesai"
    path = tmp_path / "rencana-aksi.docx"
    d.save(str(path))
    got = import_plan(path, rubric)
    assert [a for a, _ in _acts(got)] == [a for _, a, m in PLAN_2025 if m]
    assert _codes(got).count("IMPORT_OTHER_PLAN") == 1
    _accounted(got)


@pytest.mark.parametrize(
    "between",
    [
        # one table per area, each titled with the plan's year
        ["RENCANA AKSI AREA PENATAAN TATALAKSANA TAHUN 2025"],
        # a running header: the first title again on the next page
        ["RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025"],
        # a page number and a title naming no year
        ["- 2 -", "Rencana Aksi (lanjutan)"],
    ],
)
def test_titles_of_the_same_plan_start_no_other_plan(
    tmp_path: Path, rubric: Rubric, between: list[str]
) -> None:
    first, second = PLAN_2025[:3], PLAN_2025[3:]
    path = _docx(tmp_path, "RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025", first, *between, second)
    got = import_plan(path, rubric)
    assert [a for a, _ in _acts(got)] == [a for _, a, m in PLAN_2025 if m]
    assert "IMPORT_OTHER_PLAN" not in _codes(got)
    _accounted(got)


def test_a_plan_with_its_realisation_is_one_plan(tmp_path: Path, rubric: Rubric) -> None:
    """ "RENCANA AKSI DAN REALISASI …" names the plan first: an area table titled after it is the same plan."""
    first, second = PLAN_2025[:3], PLAN_2025[3:]
    path = _docx(
        tmp_path,
        "RENCANA AKSI DAN REALISASI ZONA INTEGRITAS TAHUN 2025",
        first,
        "RENCANA AKSI AREA II",
        second,
    )
    got = import_plan(path, rubric)
    assert len(got.unit.activities) == 3
    assert "IMPORT_OTHER_PLAN" not in _codes(got)


def test_two_plans_stacked_in_one_sheet(tmp_path: Path, rubric: Rubric) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for title, rows in (
        ("RENCANA AKSI ZI BALAI CONTOH TAHUN 2024", PLAN_2024),
        ("RENCANA AKSI ZI BALAI CONTOH TAHUN 2025", PLAN_2025),
    ):
        ws.append([title])
        ws.append(HEADER)
        for no, keg, months in rows:
            ws.append(
                [no, keg]
                + (
                    ["Laporan", "Tim ZI"] + ["v" if m in months else None for m in range(1, 13)]
                    if no.isdigit()
                    else []
                )
            )
        ws.append([])
    wb.save(tmp_path / "rencana-aksi.xlsx")
    got = import_plan(tmp_path / "rencana-aksi.xlsx", rubric)
    assert [a for a, _ in _acts(got)] == [a for _, a, m in PLAN_2025 if m]
    assert got.unit.unit.year == 2025
    assert _codes(got).count("IMPORT_OTHER_PLAN") == 1
    _accounted(got)


def _workbook(tmp_path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(tmp_path / "rencana-aksi.xlsx")
    return tmp_path / "rencana-aksi.xlsx"


def _marked(no: str, keg: str, *months: int) -> list[object]:
    return [no, keg, "Dok", "Tim"] + ["v" if m in months else None for m in range(1, 13)]


def test_a_monitoring_sheet_beside_the_plan_is_skipped(tmp_path: Path, rubric: Rubric) -> None:
    path = _workbook(
        tmp_path,
        {
            "Rencana Aksi": [
                ["RENCANA AKSI ZI BALAI CONTOH TAHUN 2025"],
                HEADER,
                ["I", "MANAJEMEN PERUBAHAN"],
                _marked("1", "Pembentukan tim", 1),
                _marked("2", "Penyusunan SOP", 2),
            ],
            "Monev TW I": [
                ["LAPORAN MONITORING RENCANA AKSI TW I 2025"],
                HEADER + ["Realisasi"],
                ["I", "MANAJEMEN PERUBAHAN"],
                _marked("1", "Pembentukan tim", 1) + ["100%"],
            ],
        },
    )
    got = import_plan(path, rubric)
    assert _acts(got) == [("Pembentukan tim", (1,)), ("Penyusunan SOP", (2,))]
    assert [f.sheet for f in got.findings if f.code == "IMPORT_SHEET_SKIPPED"] == ["Monev TW I"]


def _unit_sheet(unit: str, *rows: list[object]) -> list[list[object]]:
    return [["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"], [unit], ["TAHUN 2025"], HEADER, *rows]


UNIT_SHEETS = {
    "Kpu Kabupaten Luwu": _unit_sheet(
        "KPU KABUPATEN LUWU", ["I", "MANAJEMEN PERUBAHAN"], _marked("1", "Pembentukan tim", 1)
    ),
    "Kpu Kota Palopo": _unit_sheet(
        "KPU KOTA PALOPO",
        ["I", "MANAJEMEN PERUBAHAN"],
        _marked("1", "Rapat koordinasi", 2),
        _marked("2", "Apel", 3),
    ),
}


@pytest.mark.parametrize(
    ("unit_name", "read", "said"),
    [
        (None, [("Pembentukan tim", (1,))], "Kpu Kota Palopo"),
        ("KPU Kota Palopo", [("Rapat koordinasi", (2,)), ("Apel", (3,))], "Kpu Kabupaten Luwu"),
    ],
)
def test_a_sheet_per_unit_reads_one_units_plan_and_says_the_others(
    tmp_path: Path, rubric: Rubric, unit_name: str | None, read: list[tuple[str, tuple[int, ...]]], said: str
) -> None:
    """A regional office's workbook, one sheet per unit: both were read as the first unit's plan (a probe)."""
    got = import_plan(_workbook(tmp_path, UNIT_SHEETS), rubric, unit_name=unit_name)
    assert _acts(got) == read
    assert [(f.code, f.sheet) for f in got.findings] == [("IMPORT_OTHER_UNIT", said)]
    _accounted(got)


@pytest.mark.parametrize("names", [("RA", "RA (2)"), ("RA (2)", "RA"), ("Rencana Aksi", "Final")])
def test_a_copy_of_the_plan_sheet_is_read_once_and_said(
    tmp_path: Path, rubric: Rubric, names: tuple[str, str]
) -> None:
    """Excel's Move or Copy left "RA" and "RA (2)": each activity was read twice, with both sets of months.
    The copy Excel named is read (edited last), else the later sheet."""
    rows = [
        ["I", "MANAJEMEN PERUBAHAN"],
        _marked("1", "Pembentukan tim", 1),
        _marked("2", "Penyusunan SOP", 2),
    ]
    edited = [*rows[:2], _marked("2", "Penyusunan SOP", 3)]
    first, second = names
    title = "RENCANA AKSI ZI BALAI CONTOH TAHUN 2025"
    copy = second if second.endswith("(2)") or first == "Rencana Aksi" else first
    sheets = {n: [[title], HEADER, *(edited if n == copy else rows)] for n in names}
    got = import_plan(_workbook(tmp_path, sheets), rubric)
    assert _acts(got) == [("Pembentukan tim", (1,)), ("Penyusunan SOP", (3,))]
    other = [f for f in got.findings if f.code == "IMPORT_OTHER_PLAN"]
    assert [f.sheet for f in other] == [n for n in names if n != copy]
    assert f"'{copy}'" in other[0].action and "1 kegiatan" in other[0].action
    _accounted(got)


def test_a_copy_differing_only_in_its_timing_text_is_counted_as_differing(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Found by feeding a workbook by hand: with times in words ("Januari - Februari"), whose months are read
    after the sheets are chosen, the warning said 0 activities had other months."""
    head = ["NO", "KEGIATAN", "OUTPUT", "WAKTU"]
    title = ["RENCANA AKSI ZI BALAI CONTOH TAHUN 2025"]
    sheets = {
        "RA": [title, head, ["I", "MANAJEMEN PERUBAHAN"], ["1", "Pembentukan tim", "SK", "Januari"]],
        "RA (2)": [
            title,
            head,
            ["I", "MANAJEMEN PERUBAHAN"],
            ["1", "Pembentukan tim", "SK", "Januari - Maret"],
        ],
    }
    got = import_plan(_workbook(tmp_path, sheets), rubric)
    assert _acts(got) == [("Pembentukan tim", (1, 2, 3))]
    (other,) = [f for f in got.findings if f.code == "IMPORT_OTHER_PLAN"]
    assert "1 kegiatan dengan bulan berbeda" in other.action


@pytest.mark.parametrize(
    ("names", "read"),
    [
        (("Draft", "Final"), "Final"),
        (("RA Final", "RA Konsep"), "RA Final"),
        (("RA", "RA Revisi"), "RA Revisi"),
    ],
)
def test_a_draft_and_its_final_sheet_are_one_plan_read_once(
    tmp_path: Path, rubric: Rubric, names: tuple[str, str], read: str
) -> None:
    """A probe's workbook held 'Draft' (ten activities, all in January) and 'Final' (the same plan grown to
    fourteen, with their months): fewer than four in five texts shared, so both were read, 24
    activities, exit 0. Sheets named as a draft and its final sharing half the smaller one's activities
    are versions of one plan: the final is read, the draft said."""
    title = ["RENCANA AKSI ZI BALAI CONTOH TAHUN 2025"]
    texts = ["Pembentukan tim", "Penyusunan SOP", "Sosialisasi ZI", "Survei IKM", "Reviu SAKIP", "Monev"]
    draft = [["I", "MANAJEMEN PERUBAHAN"], *(_marked(str(i), t, 1) for i, t in enumerate(texts[:4], 1))]
    final = [["I", "MANAJEMEN PERUBAHAN"], *(_marked(str(i), t, i + 1) for i, t in enumerate(texts, 1))]
    sheets = {n: [title, HEADER, *(final if n == read else draft)] for n in names}
    got = import_plan(_workbook(tmp_path, sheets), rubric)
    assert _acts(got) == [(t, (i + 1,)) for i, t in enumerate(texts, 1)]
    (other,) = [f for f in got.findings if f.code == "IMPORT_OTHER_PLAN"]
    assert other.sheet == next(n for n in names if n != read)
    _accounted(got)


@pytest.mark.parametrize(
    "names",
    [
        ("Area I", "Area II"),
        ("Manajemen Perubahan", "Penataan Tatalaksana"),  # "perubahan" is a final's word, and Area I's name
        ("Semester Awal", "Semester Akhir"),
        ("RA Zona Integritas", "Inovasi Baru"),
    ],
)
def test_sheets_sharing_half_their_activities_under_other_names_are_both_read(
    tmp_path: Path, rubric: Rubric, names: tuple[str, str]
) -> None:
    """Without the same name but for a draft's or a final's word, sheets sharing some activities are two
    parts of a plan (a review found 'Manajemen Perubahan' | 'Penataan Tatalaksana' read as a final and its
    draft, the second sheet dropped)."""
    title = ["RENCANA AKSI ZI BALAI CONTOH TAHUN 2025"]
    one = [["I", "MANAJEMEN PERUBAHAN"], _marked("1", "Pembentukan tim", 1), _marked("2", "Monev", 2)]
    two = [["II", "PENATAAN TATALAKSANA"], _marked("1", "Penyusunan SOP", 3), _marked("2", "Monev", 4)]
    first, second = names
    sheets = {first: [title, HEADER, *one], second: [title, HEADER, *two]}
    got = import_plan(_workbook(tmp_path, sheets), rubric)
    assert len(got.unit.activities) == 4


def test_sheets_of_one_plan_split_by_area_are_all_read(tmp_path: Path, rubric: Rubric) -> None:
    title = ["RENCANA AKSI ZI BALAI CONTOH TAHUN 2025"]
    sheets = {
        "Area I": [title, HEADER, ["I", "MANAJEMEN PERUBAHAN"], _marked("1", "Pembentukan tim", 1)],
        "Area II": [title, HEADER, ["II", "PENATAAN TATALAKSANA"], _marked("1", "Penyusunan SOP", 2)],
    }
    got = import_plan(_workbook(tmp_path, sheets), rubric)
    assert _acts(got) == [("Pembentukan tim", (1,)), ("Penyusunan SOP", (2,))]
    assert not got.findings


@pytest.mark.parametrize("keg", ["Rencana kerja", "Kegiatan", "Rencana Aksi"])
def test_a_numbered_row_whose_cells_are_header_words_is_an_activity(
    tmp_path: Path, rubric: Rubric, keg: str
) -> None:
    """ "2 | Rencana kerja | Dok | Tim | v" holds a kegiatan word and a PIC word whole, and its mark "v"
    reads as May in Roman numerals: it was taken for a second header and its activity lost."""
    path = _workbook(
        tmp_path,
        {
            "RA": [
                ["RENCANA AKSI ZI TAHUN 2025"],
                HEADER,
                ["I", "MANAJEMEN PERUBAHAN"],
                _marked("1", "Pembentukan tim", 1),
                _marked("2", keg, 2),
                _marked("3", "Sosialisasi", 3),
            ]
        },
    )
    got = import_plan(path, rubric)
    assert _acts(got) == [("Pembentukan tim", (1,)), (keg, (2,)), ("Sosialisasi", (3,))]


T24 = "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS BALAI CONTOH TAHUN 2024"
T25 = "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS BALAI CONTOH TAHUN 2025"
READ_2025 = [a for _, a, m in PLAN_2025 if m]


@pytest.mark.parametrize(
    "between",
    [
        ["", T25],  # a blank paragraph before the title
        [T25, ""],  # and after it, right above the table
        ["KEMENTERIAN CONTOH", T25, ""],  # a letterhead line over it
        ["TAHUN ANGGARAN 2025", "RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH"],  # the year above the title
        ["RENCANA AKSI TAHUN 2025"],  # a short form of the first title
    ],
)
def test_another_years_plan_is_found_whatever_stands_around_its_title(
    tmp_path: Path, rubric: Rubric, between: list[str]
) -> None:
    got = import_plan(_docx(tmp_path, T24, PLAN_2024, *between, PLAN_2025), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025 and got.unit.unit.year == 2025
    assert _codes(got).count("IMPORT_OTHER_PLAN") == 1
    _accounted(got)


@pytest.mark.parametrize(
    "between",
    [
        # section titles holding a report word, and no report
        ["AREA V. PENGUATAN AKUNTABILITAS KINERJA - Peningkatan Capaian Kinerja"],
        ["Monitoring dan Evaluasi Pembangunan Zona Integritas"],
        ["Area VI: Peningkatan Kualitas Pelayanan Publik (Realisasi Janji Layanan)"],
        # another year named in passing, or in a sentence
        ["Rencana Aksi Tindak Lanjut Hasil Evaluasi ZI Tahun 2024"],
        ["(mengacu Perjanjian Kinerja Tahun 2024)"],
        [
            "Berdasarkan hasil evaluasi rencana aksi tahun 2024, pada tahun 2025 Balai Contoh melanjutkan kegiatan:"
        ],
        ["Rencana aksi yang berlanjut sampai tahun 2026:"],
        ["Sebagai tindak lanjut laporan monitoring triwulan IV tahun 2024, kegiatan Area II:"],
        # the plan's own words for carrying it out, no report
        ["PELAKSANAAN RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"],
        ["JADWAL PELAKSANAAN RENCANA AKSI ZI TAHUN 2025"],
        ["Pemantauan dan Evaluasi"],
    ],
)
def test_a_section_title_naming_a_report_word_or_another_year_starts_no_plan(
    tmp_path: Path, rubric: Rubric, between: list[str]
) -> None:
    first, second = PLAN_2025[:3], PLAN_2025[3:]
    got = import_plan(_docx(tmp_path, T25, first, *between, second), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025 and got.unit.unit.year == 2025
    assert "IMPORT_OTHER_PLAN" not in _codes(got)


@pytest.mark.parametrize(
    "title",
    [
        "LAPORAN MONITORING TRIWULAN I TAHUN 2025",
        "RENCANA AKSI ZI DAN CAPAIAN TRIWULAN I TAHUN 2025",
        "PROGRES PELAKSANAAN RENCANA AKSI ZI TRIWULAN I TAHUN 2025",
        # "s.d." (until) ended a sentence ("d. J"): the title was a sentence, and no part started
        "Realisasi Kegiatan ZI s.d. Juni 2025",
        "Laporan Capaian Rencana Aksi ZI s.d. Triwulan II Tahun 2025",
        # other words for a report: read as more activities of the plan before (a probe)
        "HASIL PEMANTAUAN RENCANA AKSI ZI TRIWULAN II 2025",
        "PENCAPAIAN RENCANA AKSI ZONA INTEGRITAS TRIWULAN II 2025",
        "STATUS PELAKSANAAN RENCANA AKSI ZI SAMPAI DENGAN JUNI 2025",
        "PELAKSANAAN RENCANA AKSI ZONA INTEGRITAS SAMPAI DENGAN BULAN JUNI 2025",
        "KEMAJUAN RENCANA AKSI ZI TW III 2025",
    ],
)
def test_a_report_on_the_plan_under_it_is_skipped(tmp_path: Path, rubric: Rubric, title: str) -> None:
    got = import_plan(_docx(tmp_path, T25, PLAN_2025, "", title, "", PLAN_2025[:3]), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025
    assert _codes(got).count("IMPORT_OTHER_PLAN") == 1


def test_the_plan_going_on_under_its_unit_written_short_is_one_plan(tmp_path: Path, rubric: Rubric) -> None:
    """ "… KEPOLISIAN RESOR GOWA TAHUN 2025", then after a page break "… POLRES GOWA TAHUN 2025 (LANJUTAN)":
    one plan (a rule telling two units' plans apart split it and lost its rows; it is gone)."""
    first = "RENCANA AKSI ZONA INTEGRITAS KEPOLISIAN RESOR GOWA TAHUN 2025"
    again = "RENCANA AKSI ZONA INTEGRITAS POLRES GOWA TAHUN 2025 (LANJUTAN)"
    got = import_plan(_docx(tmp_path, first, PLAN_2025[:3], again, PLAN_2025[3:]), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025
    assert "IMPORT_OTHER_PLAN" not in _codes(got)


@pytest.mark.parametrize(
    "follow_up",
    [
        "RENCANA AKSI TINDAK LANJUT LHE ZI BALAI CONTOH TAHUN 2024",
        "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI ZI 2024",
    ],
)
def test_this_years_follow_up_of_last_years_evaluation_is_the_plan(
    tmp_path: Path, rubric: Rubric, follow_up: str
) -> None:
    """Its year names the evaluation followed up, not another plan."""
    got = import_plan(_docx(tmp_path, T25, PLAN_2025[:3], follow_up, PLAN_2025[3:]), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025 and got.unit.unit.year == 2025


def test_a_running_header_with_last_years_year_starts_no_plan(tmp_path: Path, rubric: Rubric) -> None:
    """A page header left from last year's file, printed over the title and again on the next page."""
    running = "Rencana Aksi ZI 2024 Balai Contoh"
    got = import_plan(_docx(tmp_path, running, T25, PLAN_2025[:3], running, PLAN_2025[3:]), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025
    assert "IMPORT_OTHER_PLAN" not in _codes(got)


def test_a_title_block_of_keys_and_values(tmp_path: Path, rubric: Rubric) -> None:
    """ "Unit Kerja | : Balai Contoh", "Tahun | : 2024": the year and the unit, and no activities."""
    rows: list[list[object]] = []
    for year, plan in ((2024, PLAN_2024), (2025, PLAN_2025)):
        rows += [
            ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"],
            ["Unit Kerja", ": Balai Contoh"],
            ["Tahun", f": {year}"],
        ]
        rows += [HEADER] + [_marked(no, k, *m) if no.isdigit() else [no, k] for no, k, m in plan]
    got = import_plan(_workbook(tmp_path, {"RA": rows}), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025
    assert (got.unit.unit.year, got.unit.unit.name) == (2025, "Balai Contoh")


@pytest.mark.parametrize("label", ["a.", "1.1", "-", "(2)", "ii.", ""])
def test_a_step_row_of_header_words_marked_in_several_months_is_no_header(
    tmp_path: Path, rubric: Rubric, label: str
) -> None:
    """ "a. | Rencana Kerja | Dokumen | Tim Kerja | x x x x": "x" reads as October in Roman numerals, the
    cells as header words; the row was taken for a second header, lost, and the next row's months with it."""
    step = [label, "Rencana Kerja", "Dokumen", "Tim Kerja"] + [
        "x" if m in (3, 6, 9, 12) else None for m in range(1, 13)
    ]
    rows = [
        ["RENCANA AKSI ZI TAHUN 2025"],
        HEADER,
        ["I", "MANAJEMEN PERUBAHAN"],
        _marked("1", "Pembentukan tim", 1),
        step,
        _marked("2", "Sosialisasi", 4),
    ]
    got = import_plan(_workbook(tmp_path, {"RA": rows}), rubric)
    assert _acts(got) == [("Pembentukan tim", (1,)), ("Rencana Kerja", (3, 6, 9, 12)), ("Sosialisasi", (4,))]


@pytest.mark.parametrize(
    ("name", "title", "skipped"),
    [
        ("TW I", [], True),  # a quarter's sheet with no title
        ("Area V Capaian Kinerja", ["RENCANA AKSI AREA V PENGUATAN AKUNTABILITAS KINERJA"], False),
        ("Monev", ["RENCANA AKSI MONITORING DAN EVALUASI ZI 2025"], False),  # its title names the plan
    ],
)
def test_a_sheet_is_a_report_by_its_title_else_by_its_name(
    tmp_path: Path, rubric: Rubric, name: str, title: list[object], skipped: bool
) -> None:
    plan = [
        ["RENCANA AKSI ZI BALAI CONTOH TAHUN 2025"],
        HEADER,
        ["I", "MANAJEMEN PERUBAHAN"],
        _marked("1", "Pembentukan tim", 1),
    ]
    other = ([title] if title else []) + [
        HEADER,
        ["V", "PENGUATAN AKUNTABILITAS KINERJA"],
        _marked("1", "Penyusunan laporan kinerja", 3),
    ]
    got = import_plan(_workbook(tmp_path, {"RA": plan, name: other}), rubric)
    assert len(got.unit.activities) == (1 if skipped else 2)
    assert ("IMPORT_SHEET_SKIPPED" in _codes(got)) is skipped


@pytest.mark.parametrize(
    "title",
    [
        "MATRIKS MONITORING RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025",
        "MATRIKS MONITORING PELAKSANAAN ZI",
        "FORM EVALUASI RENCANA AKSI ZI TRIWULAN II",
    ],
)
def test_a_matrix_or_form_reporting_on_the_plan_is_skipped(
    tmp_path: Path, rubric: Rubric, title: str
) -> None:
    got = import_plan(_docx(tmp_path, T25, PLAN_2025, title, PLAN_2025), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025
    assert _codes(got).count("IMPORT_OTHER_PLAN") == 1


@pytest.mark.parametrize(
    "revised",
    [
        "REVISI RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS BALAI CONTOH TAHUN 2025",
        "RENCANA AKSI PERUBAHAN ZONA INTEGRITAS BALAI CONTOH TAHUN 2025",
    ],
)
def test_a_revised_plan_replaces_the_plan_before_it(tmp_path: Path, rubric: Rubric, revised: str) -> None:
    new = [
        ("I", "MANAJEMEN PERUBAHAN", ()),
        ("1", "Pembentukan tim kerja ZI (revisi)", (2,)),
        ("2", "Sosialisasi ZI", (3,)),
    ]
    got = import_plan(_docx(tmp_path, T25, PLAN_2025, revised, new), rubric)
    assert _acts(got) == [("Pembentukan tim kerja ZI (revisi)", (2,)), ("Sosialisasi ZI", (3,))]
    (said,) = [f for f in got.findings if f.code == "IMPORT_OTHER_PLAN"]
    assert "revisi" in said.action


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the year on a line of its own
        (
            ["RENCANA AKSI ZONA INTEGRITAS", "2024", "BALAI CONTOH"],
            ["RENCANA AKSI ZONA INTEGRITAS", "2025", "BALAI CONTOH"],
        ),
        # English titles, the year after the unit
        (["INTEGRITY ZONE ACTION PLAN BALAI CONTOH 2024"], ["INTEGRITY ZONE ACTION PLAN BALAI CONTOH 2025"]),
    ],
)
def test_titles_with_a_bare_year_or_in_english(
    tmp_path: Path, rubric: Rubric, first: list[str], second: list[str]
) -> None:
    got = import_plan(_docx(tmp_path, *first, PLAN_2024, *second, PLAN_2025), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025 and got.unit.unit.year == 2025


def test_a_title_over_each_area_table_naming_area_unit_and_year(tmp_path: Path, rubric: Rubric) -> None:
    """ "RENCANA AKSI AREA II PENATAAN TATALAKSANA BALAI CONTOH TAHUN 2025" over each area's table was page
    text: every activity stayed in the first area, and the first title (taken for an area heading) gave
    no year and no unit."""
    blocks: list[str | list[Row]] = []
    for roman, area in (
        ("I", "MANAJEMEN PERUBAHAN"),
        ("II", "PENATAAN TATALAKSANA"),
        ("III", "PENATAAN SISTEM MANAJEMEN SDM"),
    ):
        blocks += [
            f"RENCANA AKSI AREA {roman} {area} BALAI CONTOH TAHUN 2025",
            [("1", f"Kegiatan area {roman}", (2,))],
        ]
    got = import_plan(_docx(tmp_path, *blocks), rubric)
    assert [a.area for a in got.unit.activities] == [
        "manajemen-perubahan",
        "penataan-tatalaksana",
        "penataan-sdm",
    ]
    assert (got.unit.unit.year, got.unit.unit.name) == (2025, "Balai Contoh")


def test_a_text_box_title_of_two_paragraphs_keeps_them_apart(tmp_path: Path, rubric: Rubric) -> None:
    """The paragraphs of a text box were joined with nothing between ("BALAI CONTOHTAHUN 2024")."""
    from tests.ra.documents import docx_with_body, tc

    def box(*lines: str) -> str:
        paras = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in lines)
        return (
            '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
            f"<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
        )

    def table(rows: list[list[str]]) -> str:
        return (
            "<w:tbl>" + "".join("<w:tr>" + "".join(tc(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
        )

    head = [str(h) for h in HEADER]
    body = (
        box("RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH", "TAHUN 2024")
        + table([head, ["1", "Kegiatan lama", "Dok", "Tim", "v"] + [""] * 11])
        + box("RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH", "TAHUN 2025")
        + table([head, ["1", "Kegiatan baru", "Dok", "Tim", "", "v"] + [""] * 10])
    )
    path = tmp_path / "rencana.docx"
    path.write_bytes(docx_with_body(body))
    got = import_plan(path, rubric)
    assert _acts(got) == [("Kegiatan baru", (2,))]
    assert (got.unit.unit.year, got.unit.unit.name) == (2025, "Balai Contoh")


def test_a_second_plan_typed_into_a_table_without_its_header(tmp_path: Path, rubric: Rubric) -> None:
    """The 2025 plan under its title in a table with no header row of its own (a copy of last year's
    table, header row deleted): both plans were merged under the 2024 title. It is read under the first
    table's header, and the header is accounted for once."""
    import docx

    d = docx.Document()
    d.add_paragraph(T24)
    _table(d, PLAN_2024)
    d.add_paragraph(T25)
    t = d.add_table(rows=0, cols=len(HEADER))
    for no, keg, months in PLAN_2025:
        c = t.add_row().cells
        c[0].text, c[1].text = no, keg
        for m in months:
            c[3 + m].text = "v"
    path = tmp_path / "rencana-aksi.docx"
    d.save(str(path))
    got = import_plan(path, rubric)
    assert [a for a, _ in _acts(got)] == READ_2025 and got.unit.unit.year == 2025
    assert [a.area for a in got.unit.activities] == ["manajemen-perubahan"] * 2 + ["penataan-tatalaksana"]
    _accounted(got)


def test_an_area_title_of_two_lines_names_the_area(tmp_path: Path, rubric: Rubric) -> None:
    """ "RENCANA AKSI AREA II PENATAAN TATALAKSANA" over "BALAI CONTOH TAHUN 2025" over each area's table:
    the line right above the header named an unknown area, and every activity lost its area."""
    blocks: list[str | list[Row]] = []
    for roman, area in (("I", "MANAJEMEN PERUBAHAN"), ("II", "PENATAAN TATALAKSANA")):
        blocks += [
            f"RENCANA AKSI AREA {roman} {area}",
            "BALAI CONTOH TAHUN 2025",
            [("1", f"Kegiatan area {roman}", (2,))],
        ]
    got = import_plan(_docx(tmp_path, *blocks), rubric)
    assert [a.area for a in got.unit.activities] == ["manajemen-perubahan", "penataan-tatalaksana"]
    assert got.unit.unit.year == 2025


def test_the_plan_going_on_after_a_report_is_read_with_it(tmp_path: Path, rubric: Rubric) -> None:
    """A comparison between two halves of the plan, the second titled with no year: both halves are read."""
    cont = [("II", "PENATAAN TATALAKSANA", ()), ("1", "Penyusunan SOP pelayanan", (3, 4))]
    got = import_plan(
        _docx(
            tmp_path,
            T25,
            PLAN_2025[:3],
            "Sebagai pembanding, Rencana Aksi Tahun 2024:",
            PLAN_2024,
            "RENCANA AKSI (lanjutan)",
            cont,
        ),
        rubric,
    )
    assert [a for a, _ in _acts(got)] == READ_2025
    assert _codes(got).count("IMPORT_OTHER_PLAN") == 1
    _accounted(got)


@pytest.mark.parametrize(
    "title",
    [
        ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", "BALAI CONTOH TAHUN 2025"],
        ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK BALAI CONTOH TAHUN 2025"],
    ],
)
def test_this_years_full_title_under_last_years_short_one_starts_its_plan(
    tmp_path: Path, rubric: Rubric, title: list[str]
) -> None:
    """ "Rencana Aksi ZI Tahun 2024" first, then this year's plan under its full title: the first title was
    no short form of the second the other way round, and both plans were merged as 2024's."""
    got = import_plan(_docx(tmp_path, "Rencana Aksi ZI Tahun 2024", PLAN_2024, *title, PLAN_2025), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025
    assert got.unit.unit.year == 2025 and got.unit.unit.name == "Balai Contoh"
    assert _codes(got).count("IMPORT_OTHER_PLAN") == 1


def test_a_follow_up_plan_under_a_short_title_is_no_other_years_plan(tmp_path: Path, rubric: Rubric) -> None:
    """What the full title adds to the short one must be the unit's name or words of the plan's name."""
    got = import_plan(
        _docx(
            tmp_path,
            "RENCANA AKSI ZI TAHUN 2025",
            PLAN_2025[:3],
            "RENCANA AKSI TINDAK LANJUT LHE ZI TAHUN 2024",
            PLAN_2025[3:],
        ),
        rubric,
    )
    assert [a for a, _ in _acts(got)] == READ_2025 and got.unit.unit.year == 2025
    assert "IMPORT_OTHER_PLAN" not in _codes(got)


UNIT_B: list[Row] = [
    ("I", "MANAJEMEN PERUBAHAN", ()),
    ("1", "Kegiatan unit kedua", (5,)),
    ("2", "Kegiatan lain", (6,)),
]
IMIGRASI = "RENCANA AKSI ZONA INTEGRITAS KANTOR IMIGRASI KELAS {} TAHUN {}"


@pytest.mark.parametrize(
    "blocks",
    [
        [IMIGRASI.format("I MAKASSAR", 2025), PLAN_2025, IMIGRASI.format("II PAREPARE", 2025), UNIT_B],
        [
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS",
            "LEMBAGA PEMASYARAKATAN KELAS I MAKASSAR TAHUN 2025",
            PLAN_2025,
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS",
            "RUMAH TAHANAN NEGARA KELAS IIB SIDRAP TAHUN 2025",
            UNIT_B,
        ],
        # the second unit's plan going on under its name written short: said once
        [
            IMIGRASI.format("I MAKASSAR", 2025),
            PLAN_2025,
            IMIGRASI.format("II PAREPARE", 2025),
            UNIT_B,
            "RENCANA AKSI ZI KANIM KELAS II PAREPARE TAHUN 2025",
            UNIT_B,
        ],
        # units sharing their place, or named in two words: merged with nothing said before
        [
            "RENCANA AKSI ZI POLRES GOWA TAHUN 2025",
            PLAN_2025,
            "RENCANA AKSI ZI POLRES TAKALAR TAHUN 2025",
            UNIT_B,
        ],
        [
            "RENCANA AKSI ZI KPP PRATAMA MAKASSAR UTARA TAHUN 2025",
            PLAN_2025,
            "RENCANA AKSI ZI KPP PRATAMA MAKASSAR SELATAN TAHUN 2025",
            UNIT_B,
        ],
        [
            "RENCANA AKSI ZI PENGADILAN NEGERI MAKASSAR TAHUN 2025",
            PLAN_2025,
            "RENCANA AKSI ZI PENGADILAN AGAMA MAKASSAR TAHUN 2025",
            UNIT_B,
        ],
        # two land offices of two places, each title on three lines: their kind's word in both names
        [
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS",
            "KANTOR PERTANAHAN KABUPATEN SIDOARJO",
            "TAHUN 2025",
            PLAN_2025,
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS",
            "KANTOR PERTANAHAN KOTA SURABAYA II",
            "TAHUN 2025",
            UNIT_B,
        ],
        [
            "RENCANA AKSI ZI LEMBAGA PEMASYARAKATAN KELAS I MAKASSAR TAHUN 2025",
            PLAN_2025,
            "RENCANA AKSI ZI RUTAN KELAS I MAKASSAR TAHUN 2025",
            UNIT_B,
        ],
        [
            "RENCANA AKSI ZI KPU KABUPATEN LUWU TAHUN 2025",
            PLAN_2025,
            "RENCANA AKSI ZI KPU KABUPATEN LUWU UTARA TAHUN 2025",
            UNIT_B,
        ],
    ],
)
def test_a_title_naming_another_unit_is_said_and_its_rows_read(
    tmp_path: Path, rubric: Rubric, blocks: list[str | list[Row]]
) -> None:
    """Two units' plans in one document (a regional office's compilation) were merged with nothing said.
    Cutting them apart cut one unit's plan far more often (a probe: 24 of 53 plans naming their unit
    otherwise further down), so the title naming another unit is said and its rows are read."""
    got = import_plan(_docx(tmp_path, *blocks), rubric)
    assert [a for a, _ in _acts(got)][: len(READ_2025)] == READ_2025
    assert len(got.unit.activities) > len(READ_2025)
    other = [f for f in got.findings if f.code == "IMPORT_OTHER_UNIT"]
    assert len(other) == 1
    second = " ".join(b for b in blocks[2:] if isinstance(b, str)).lower()
    assert other[0].value.lower().split()[-1] in second  # the second unit is the one named
    assert "IMPORT_OTHER_PLAN" not in _codes(got)
    _accounted(got)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            ["RENCANA AKSI ZONA INTEGRITAS KEPOLISIAN RESOR GOWA TAHUN 2025"],
            ["RENCANA AKSI ZI POLRES GOWA TAHUN 2025"],
        ),
        (
            ["RENCANA AKSI ZONA INTEGRITAS BALAI BESAR POM DI MAKASSAR TAHUN 2025"],
            ["RENCANA AKSI ZI BBPOM TAHUN 2025"],
        ),
        (
            [
                "KEMENTERIAN HUKUM DAN HAM RI",
                "KANTOR WILAYAH SULAWESI SELATAN",
                "LAPAS KELAS I MAKASSAR",
                T25,
            ],
            ["RENCANA AKSI ZI LAPAS KELAS I MAKASSAR TAHUN 2025"],
        ),
        # found by a probe of 53 single-unit plans: the place written otherwise or short, an area's title
        # naming the unit without its place, the regional office over the unit's own line
        (
            ["RENCANA AKSI ZI KANTOR IMIGRASI KELAS II TPI PAREPARE TAHUN 2025"],
            ["RENCANA AKSI ZI KANTOR IMIGRASI PARE-PARE TAHUN 2025"],
        ),
        (
            ["RENCANA AKSI ZI PENGADILAN NEGERI SIDENRENG RAPPANG TAHUN 2025"],
            ["RENCANA AKSI ZI PENGADILAN NEGERI SIDRAP TAHUN 2025"],
        ),
        (
            ["RENCANA AKSI ZI KEPOLISIAN RESOR PANGKAJENE DAN KEPULAUAN TAHUN 2025"],
            ["RENCANA AKSI ZI POLRES KABUPATEN PANGKEP TAHUN 2025"],
        ),
        (
            ["RENCANA AKSI ZONA INTEGRITAS DIREKTORAT JENDERAL PAJAK TAHUN 2025"],
            ["RENCANA AKSI ZI KANTOR PUSAT DJP TAHUN 2025"],
        ),
        (
            ["RENCANA AKSI ZI KANTOR IMIGRASI KELAS I TPI MAKASSAR TAHUN 2025"],
            ["RENCANA AKSI PENATAAN TATALAKSANA KANTOR IMIGRASI"],
        ),
        # a kind written long or short, the place with and without its regency, a part of the unit, more
        # words after the unit's name
        (
            ["RENCANA AKSI ZI RUTAN KELAS IIB PINRANG TAHUN 2025"],
            ["RENCANA AKSI ZI RUMAH TAHANAN NEGARA KELAS IIB PINRANG TAHUN 2025"],
        ),
        (["RENCANA AKSI ZI KEPOLISIAN RESOR GOWA TAHUN 2025"], ["RENCANA AKSI ZI POLRES GOWA TAHUN 2025"]),
        (["RENCANA AKSI ZI KPU KABUPATEN LUWU TAHUN 2025"], ["RENCANA AKSI ZI KPU LUWU TAHUN 2025"]),
        (["RENCANA AKSI ZI BALAI CONTOH TAHUN 2025"], ["RENCANA AKSI ZI BAGIAN UMUM TAHUN 2025"]),
        (
            ["RENCANA AKSI ZI KPP PRATAMA MAKASSAR UTARA TAHUN 2025"],
            ["RENCANA AKSI ZI KPP PRATAMA MAKASSAR UTARA KANWIL DJP SULAWESI SELATAN TAHUN 2025"],
        ),
        (
            ["RENCANA AKSI ZI LAPAS KELAS IIA MAROS TAHUN 2025"],
            [
                "RENCANA AKSI ZI TAHUN 2025",
                "KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM SULAWESI SELATAN",
                "LAPAS KELAS IIA MAROS",
            ],
        ),
    ],
)
def test_the_unit_named_otherwise_is_the_same_plan(
    tmp_path: Path, rubric: Rubric, first: list[str], then: list[str]
) -> None:
    """A short name, an acronym, the place written otherwise, or the unit's own line under its ministry's
    or regional office's name: one plan, nothing said."""
    got = import_plan(_docx(tmp_path, *first, PLAN_2025[:3], *then, PLAN_2025[3:]), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025
    assert not {"IMPORT_OTHER_PLAN", "IMPORT_OTHER_UNIT"} & set(_codes(got))


@pytest.mark.parametrize(
    "title",
    [
        # one line of more than 14 words: its unit was looked for in its lower-cased words, a sentence
        "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM PADA KANTOR IMIGRASI KELAS I TPI MAKASSAR TAHUN 2025",
        "Rencana Aksi Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi pada Kantor Imigrasi Kelas I TPI"
        " Makassar Tahun 2025",
    ],
)
def test_this_years_long_title_under_last_years_short_one_starts_its_plan(
    tmp_path: Path, rubric: Rubric, title: str
) -> None:
    got = import_plan(_docx(tmp_path, "RA ZI 2024", PLAN_2024, title, PLAN_2025), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025
    assert (got.unit.unit.year, got.unit.unit.name) == (2025, "Kantor Imigrasi Kelas I TPI Makassar")


def test_a_note_over_a_report_title_is_no_part_of_the_title(tmp_path: Path, rubric: Rubric) -> None:
    """ "Catatan: rencana aksi ini dipantau …" right over "REALISASI RENCANA AKSI S.D. TRIWULAN III …" was
    taken as the report's title (found by feeding a Puskesmas plan no fixture held)."""
    note = "Catatan: rencana aksi ini dipantau setiap bulan oleh Tim Kerja Pembangunan ZI."
    report = "REALISASI RENCANA AKSI S.D. TRIWULAN III TAHUN 2025"
    got = import_plan(_docx(tmp_path, T25, PLAN_2025, note, report, PLAN_2025[:3]), rubric)
    assert [a for a, _ in _acts(got)] == READ_2025
    (other,) = [f for f in got.findings if f.code == "IMPORT_OTHER_PLAN"]
    assert other.value == report


def test_a_pdf_of_one_unit_per_page_says_the_second_unit(tmp_path: Path, rubric: Rubric) -> None:
    """Each page titled "RENCANA AKSI …" / unit / "TAHUN 2025": the lines printed on both pages were
    read as running headers, and the second unit's plan was merged with nothing said."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["Normal"]
    story: list[object] = []
    for n, (unit, rows) in enumerate(
        [("KANTOR PERTANAHAN KABUPATEN SIDOARJO", PLAN_2025), ("KANTOR PERTANAHAN KOTA SURABAYA II", UNIT_B)]
    ):
        story += [
            Paragraph(t, style) for t in ("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", unit, "TAHUN 2025")
        ]
        cells = [HEADER] + [
            [no, keg, "Laporan", "Tim ZI", *("v" if m in months else "" for m in range(1, 13))]
            for no, keg, months in rows
            if no.isdigit()
        ]
        story.append(Table(cells, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])))
        if n == 0:
            story.append(PageBreak())
    path = tmp_path / "dua-unit.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(story)
    got = import_plan(path, rubric)
    other = [f for f in got.findings if f.code == "IMPORT_OTHER_UNIT"]
    assert [f.value for f in other] == ["Kantor Pertanahan Kota Surabaya II"]
