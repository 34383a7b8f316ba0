"""Plans shaped as offices publish them (reviewer S4) that the importer once read wrongly with exit 0."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan

HEAD = ["No", "Area", "Kegiatan", "Sub Kegiatan", "Indikator"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
RUBRIC = load_rubric()


def _row(no: Any, area: str, keg: str, sub: str, marks: dict[int, Any]) -> list[Any]:
    return [no, area, keg, sub, "Laporan"] + [marks.get(m) for m in range(1, 13)]


def _book(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _plan(*middle: list[Any]) -> list[list[Any]]:
    return [
        ["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"],
        HEAD + MONTHS,
        _row(1, "Manajemen Perubahan", "Pembentukan Tim Kerja ZI", "Penerbitan SK Tim", {1: "v"}),
        _row(
            2, "Manajemen Perubahan", "Monitoring dan evaluasi ZI", "Rapat monev triwulanan", {3: "v", 6: "v"}
        ),
        *middle,
        _row(3, "Pelayanan Publik", "Survei kepuasan masyarakat", "Pelaksanaan SKM", {6: "v", 12: "v"}),
    ]


def _import(path: Path) -> tuple[list[tuple[str | None, tuple[int, ...]]], list[str]]:
    res = import_plan(path, RUBRIC)
    acts = [(a.kegiatan, a.months) for a in res.unit.activities]
    return acts, [f.code for f in res.findings]


@pytest.mark.parametrize(
    "label",
    [
        "Sub Total Manajemen Perubahan",
        "Subtotal",
        "SUB JUMLAH AREA I",
        "Jumlah Area Manajemen Perubahan",
        "Jumlah Area I",  # an area by its number: was an activity in an unknown area "Jumlah Area I"
        "TOTAL AREA 1",
    ],
)
def test_a_sub_total_row_is_a_total_not_an_activity(tmp_path: Path, label: str) -> None:
    # counts in the month cells ("1", "2") add up the area's activities: they schedule nothing
    sub = ["", "", label, "", ""] + [1, None, 1, None, None, 2, None, None, None, None, None, None]
    acts, _ = _import(_book(tmp_path / "plan.xlsx", _plan(sub)))
    assert [k for k, _ in acts] == [
        "Pembentukan Tim Kerja ZI",
        "Monitoring dan evaluasi ZI",
        "Survei kepuasan masyarakat",
    ]


def test_a_total_named_after_a_word_that_is_no_area_is_still_an_activity(tmp_path: Path) -> None:
    # "Total Quality Management" is training, not a sum: only a total of an area is a total row
    row = _row(4, "Pelayanan Publik", "Total Quality Management pelayanan", "Pelatihan TQM", {5: "v"})
    acts, _ = _import(_book(tmp_path / "plan.xlsx", _plan(row)))
    assert ("Total Quality Management pelayanan", (5,)) in acts


def test_a_row_that_carries_on_the_text_above_is_joined_and_said(tmp_path: Path) -> None:
    wrapped = ["", "", "(lanjutan) dan pelaporan kepada pimpinan", "", ""] + [None] * 12
    acts, codes = _import(_book(tmp_path / "plan.xlsx", _plan(wrapped)))
    assert acts[1] == ("Monitoring dan evaluasi ZI dan pelaporan kepada pimpinan", (3, 6))
    assert len(acts) == 3
    assert codes.count("IMPORT_ROW_JOINED") == 1


def test_a_lower_case_continuation_of_a_sub_kegiatan_is_joined(tmp_path: Path) -> None:
    wrapped = ["", "", "", "dan penyampaian hasil kepada pimpinan", ""] + [None] * 12
    res = import_plan(_book(tmp_path / "plan.xlsx", _plan(wrapped)), RUBRIC)
    assert [a.sub_kegiatan for a in res.unit.activities][1] == (
        "Rapat monev triwulanan dan penyampaian hasil kepada pimpinan"
    )


def test_a_capitalised_row_of_its_own_stays_an_activity(tmp_path: Path) -> None:
    # a new kegiatan without marks yet is an activity (no schedule), not the tail of the row above
    row = ["", "", "Penyusunan SOP layanan", "", ""] + [None] * 12
    acts, codes = _import(_book(tmp_path / "plan.xlsx", _plan(row)))
    assert ("Penyusunan SOP layanan", ()) in acts
    assert "IMPORT_ROW_JOINED" not in codes


def test_a_second_table_under_the_plan_is_not_read_as_activities(tmp_path: Path) -> None:
    recap = [
        [],
        ["REKAPITULASI REALISASI PER AREA"],
        ["No", "Area", "Jumlah Kegiatan", "Realisasi", *MONTHS],
        [1, "Manajemen Perubahan", 2, "50%", *(["√"] * 12)],
        [2, "Pelayanan Publik", 1, "50%", *(["√"] * 12)],
    ]
    acts, codes = _import(_book(tmp_path / "plan.xlsx", _plan() + recap))
    assert [k for k, _ in acts] == [
        "Pembentukan Tim Kerja ZI",
        "Monitoring dan evaluasi ZI",
        "Survei kepuasan masyarakat",
    ]
    assert "IMPORT_OTHER_TABLE" in codes


@pytest.mark.parametrize("title", [["JADWAL RAPAT TIM ZI"], []])
def test_another_tables_headers_without_months_under_the_plan_start_another_table(
    tmp_path: Path, title: list[str]
) -> None:
    """ "NO | BULAN | AGENDA RAPAT" under the plan: its header and rows were four more activities, with
    "BULAN", "Januari" … as their unknown areas."""
    meetings = [
        [],
        title,
        ["NO", "BULAN", "AGENDA RAPAT"],
        [1, "Januari", "Rapat pembentukan tim dan penyusunan RA"],
        [2, "April", "Rapat evaluasi triwulan I"],
    ]
    acts, codes = _import(_book(tmp_path / "plan.xlsx", _plan() + meetings))
    assert [k for k, _ in acts] == [
        "Pembentukan Tim Kerja ZI",
        "Monitoring dan evaluasi ZI",
        "Survei kepuasan masyarakat",
    ]
    assert "IMPORT_OTHER_TABLE" in codes


def test_part_of_the_plans_own_header_repeated_is_no_other_table(tmp_path: Path) -> None:
    again = [
        ["No", "Kegiatan", "Sub Kegiatan"],
        _row(4, "Pelayanan Publik", "Inovasi pelayanan", "Lomba", {9: "v"}),
    ]
    acts, codes = _import(_book(tmp_path / "plan.xlsx", _plan(*again)))
    assert ("Inovasi pelayanan", (9,)) in acts
    assert "IMPORT_OTHER_TABLE" not in codes


def test_the_plans_own_header_repeated_is_still_a_header(tmp_path: Path) -> None:
    # the plan's header again (next page of a printed sheet): the rows under it are read as before
    again = [HEAD + MONTHS, _row(4, "Pelayanan Publik", "Inovasi pelayanan", "Lomba inovasi", {9: "v"})]
    acts, codes = _import(_book(tmp_path / "plan.xlsx", _plan(*again)))
    assert ("Inovasi pelayanan", (9,)) in acts
    assert "IMPORT_OTHER_TABLE" not in codes


@pytest.mark.parametrize(
    ("cell", "scheduled"),
    [
        ("ya", True),
        ("Ya", True),
        ("2", True),
        ("3x", True),
        ("2 kali", True),
        ("25%", True),
        ("0", False),
        ("0%", False),
    ],
)
def test_a_month_cell_giving_a_volume_or_yes_schedules_the_month(
    tmp_path: Path, cell: str, scheduled: bool
) -> None:
    row = _row(4, "Pelayanan Publik", "Inovasi pelayanan", "Lomba inovasi", {4: cell})
    acts, _ = _import(_book(tmp_path / "plan.xlsx", _plan(row)))
    assert ("Inovasi pelayanan", (4,) if scheduled else ()) in acts


def test_a_markdown_alignment_row_is_a_separator(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025\n\n"
        "| No | Area | Kegiatan | Jan | Feb | Mar | Apr | Mei | Jun | Jul | Agu | Sep | Okt | Nov | Des |\n"
        "|:--:|:-----|:--------|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|--:|\n"
        "| 1 | Manajemen Perubahan | Penerbitan SK Tim | v | | | | | | | | | | | |\n",
        encoding="utf-8",
    )
    acts, codes = _import(path)
    assert acts == [("Penerbitan SK Tim", (1,))]
    assert "IMPORT_UNKNOWN_MARK" not in codes


def test_month_columns_with_no_mark_anywhere_are_said(tmp_path: Path) -> None:
    # a plan whose months are shown only by colour in a format whose colours are not read, or unmarked
    rows = [r if i < 2 else r[:5] + [None] * 12 for i, r in enumerate(_plan())]
    acts, codes = _import(_book(tmp_path / "plan.xlsx", rows))
    assert all(not m for _, m in acts)
    assert "IMPORT_MONTHS_UNMARKED" in codes


@pytest.mark.parametrize("header", ["Periode", "Periode Pelaksanaan", "Time Schedule"])
def test_a_timing_column_under_other_words_is_read(tmp_path: Path, header: str) -> None:
    path = tmp_path / "plan.tsv"
    path.write_text(
        "RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025\n"
        f"No\tArea\tKegiatan\t{header}\n"
        "1\tManajemen Perubahan\tPenerbitan SK Tim\tJanuari 2025\n"
        "2\tPelayanan Publik\tSurvei kepuasan masyarakat\tMaret s.d. Mei 2025\n",
        encoding="utf-8",
    )
    acts, codes = _import(path)
    assert acts == [("Penerbitan SK Tim", (1,)), ("Survei kepuasan masyarakat", (3, 4, 5))]
    assert "IMPORT_NO_SCHEDULE" not in codes


@pytest.mark.parametrize(
    ("heading", "area"), [("AREA SDM", "penataan-sdm"), ("AKUNTABILITAS", "penguatan-akuntabilitas")]
)
def test_short_area_headings_name_their_area(tmp_path: Path, heading: str, area: str) -> None:
    path = tmp_path / "plan.tsv"
    path.write_text(
        "RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025\n"
        "No\tArea\tKegiatan\tWaktu\n"
        f"1\t{heading}\tKegiatan pertama area ini\tJanuari 2025\n",
        encoding="utf-8",
    )
    res = import_plan(path, RUBRIC)
    assert [a.area for a in res.unit.activities] == [area]


def test_a_question_mark_from_an_ansi_csv_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025\n"
        "No,Area,Kegiatan," + ",".join(MONTHS) + "\n"
        "1,Manajemen Perubahan,Penerbitan SK Tim,?,,,,,,,,,,,\n",
        encoding="cp1252",
    )
    res = import_plan(path, RUBRIC)
    (said,) = [f for f in res.findings if f.code == "IMPORT_UNKNOWN_MARK"]
    assert "CSV UTF-8" in said.action and "CSV UTF-8" in said.action_en


def test_uraian_kegiatan_beside_langkah_is_the_kegiatan(tmp_path: Path) -> None:
    rows = [
        ["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"],
        ["No", "Area", "Uraian Kegiatan", "Langkah/Tahapan", "Indikator Kinerja", *MONTHS],
        [1, "Manajemen Perubahan", "Pembentukan Tim Kerja ZI", "Penerbitan SK Tim", "SK", "●"] + [None] * 11,
    ]
    res = import_plan(_book(tmp_path / "plan.xlsx", rows), RUBRIC)
    (act,) = res.unit.activities
    assert (act.kegiatan, act.sub_kegiatan, act.months) == (
        "Pembentukan Tim Kerja ZI",
        "Penerbitan SK Tim",
        (1,),
    )


def test_a_last_bulan_column_holding_month_names_is_the_schedule(tmp_path: Path) -> None:
    # "Bulan" is the last column and holds the months as words: a timing column, not twelve month columns
    path = tmp_path / "plan.tsv"
    path.write_text(
        "RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025\n"
        "No\tArea\tKegiatan\tBulan\n"
        "1\tManajemen Perubahan\tRapat monev triwulanan\tMaret, Juni, September, Desember\n"
        "2\tPelayanan Publik\tSurvei kepuasan masyarakat\tJuni\n",
        encoding="utf-8",
    )
    acts, codes = _import(path)
    assert acts == [("Rapat monev triwulanan", (3, 6, 9, 12)), ("Survei kepuasan masyarakat", (6,))]
    assert "IMPORT_UNKNOWN_MARK" not in codes


def test_a_lower_case_sub_kegiatan_of_its_own_is_not_joined(tmp_path: Path) -> None:
    # a sub-kegiatan written in lower case, not yet scheduled, is an activity, not the tail of the one above
    own = ["", "", "", "rapat koordinasi tim", ""] + [None] * 12
    acts, codes = _import(_book(tmp_path / "plan.xlsx", _plan(own)))
    assert len(acts) == 4 and "IMPORT_ROW_JOINED" not in codes


@pytest.mark.parametrize("year", ["TAHUN 2025", "T.A 2025", "TA. 2025", "TH. 2025", "TAHUN ANGGARAN 2025"])
def test_the_unit_name_stops_where_the_year_starts(tmp_path: Path, year: str) -> None:
    path = tmp_path / "plan.tsv"
    path.write_text(
        f"RENCANA AKSI ZONA INTEGRITAS\nLAPAS KELAS IIA CONTOH {year}\n"
        "No\tArea\tKegiatan\tWaktu\n1\tManajemen Perubahan\tPenetapan Tim Kerja ZI\tJanuari 2025\n",
        encoding="utf-8",
    )
    res = import_plan(path, RUBRIC)
    assert (res.unit.unit.name, res.unit.unit.year) == ("Lapas Kelas IIA Contoh", 2025)


@pytest.mark.parametrize(
    ("written", "named"), [("LAPAS KELAS III", "Lapas Kelas III"), ("RUTAN KELAS II B", "Rutan Kelas II B")]
)
def test_a_class_in_roman_numerals_stays_in_capitals(tmp_path: Path, written: str, named: str) -> None:
    # "LAPAS KELAS III CONTOH" was named "Lapas Kelas Iii Contoh" (found feeding a web export saved as .xls)
    path = tmp_path / "plan.tsv"
    path.write_text(
        f"RENCANA AKSI ZONA INTEGRITAS\n{written} CONTOH TAHUN 2025\n"
        "No\tArea\tKegiatan\tWaktu\n1\tManajemen Perubahan\tPenetapan Tim Kerja ZI\tJanuari 2025\n",
        encoding="utf-8",
    )
    assert import_plan(path, RUBRIC).unit.unit.name == f"{named} Contoh"


@pytest.mark.parametrize(
    "example",
    [
        [0, "(contoh)", "Contoh: Rapat koordinasi", "Contoh: Rapat bulanan tim"],
        ["", "", "(diisi dengan nama kegiatan)", "(diisi dengan rincian kegiatan)"],
    ],
)
def test_a_templates_example_row_is_no_activity(tmp_path: Path, example: list[Any]) -> None:
    """Left in from the template, the example row was an activity with its months (said only as an
    unknown area)."""
    row = [*example, "Notulen", "√", "√", "√", *[None] * 9]
    plan = _plan()
    acts, codes = _import(_book(tmp_path / "plan.xlsx", [plan[0], plan[1], row, *plan[2:]]))
    assert [k for k, _ in acts] == [
        "Pembentukan Tim Kerja ZI",
        "Monitoring dan evaluasi ZI",
        "Survei kepuasan masyarakat",
    ]
    assert "IMPORT_ROW_NOT_PLACED" in codes


def test_an_activity_about_examples_is_an_activity(tmp_path: Path) -> None:
    row = _row(4, "Manajemen Perubahan", "Contoh penerapan budaya kerja oleh pimpinan", "Apel pagi", {2: "v"})
    acts, _ = _import(_book(tmp_path / "plan.xlsx", _plan(row)))
    assert ("Contoh penerapan budaya kerja oleh pimpinan", (2,)) in acts


@pytest.mark.parametrize(
    ("note", "cancelled"),
    [
        ("Dibatalkan", True),
        ("Batal", True),
        ("Tidak dilaksanakan", True),
        ("Ditunda ke tahun 2026", True),
        ("Ditunda ke bulan Juli", False),  # moved, not called off
        ("Sudah dilaksanakan", False),
    ],
)
def test_an_activity_its_keterangan_says_is_cancelled_is_no_activity(
    tmp_path: Path, note: str, cancelled: bool
) -> None:
    """ "Dibatalkan" in the Keterangan (the row struck through) kept the activity and its months as planned;
    the word went to its notes only."""
    rows = [
        ["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"],
        [*HEAD, *MONTHS, "Keterangan"],
        [*_row(1, "Manajemen Perubahan", "Pembentukan Tim Kerja ZI", "Penerbitan SK Tim", {1: "v"}), ""],
        [*_row(2, "Penataan SDM", "Pemberian penghargaan pegawai teladan", "Seleksi", {8: "v"}), note],
    ]
    res = import_plan(_book(tmp_path / "plan.xlsx", rows), RUBRIC)
    kept = [a.kegiatan for a in res.unit.activities]
    said = [f for f in res.findings if f.code == "IMPORT_ACTIVITY_CANCELLED"]
    if cancelled:
        assert kept == ["Pembentukan Tim Kerja ZI"]
        assert [(f.line, f.value) for f in said] == [(4, note)]
        assert any(x.line == 4 and x.kind == "skipped" for x in res.lines)
    else:
        assert kept == ["Pembentukan Tim Kerja ZI", "Pemberian penghargaan pegawai teladan"] and not said
