"""A "Bulan" / "Jadwal" column without a month row: times in words (a timing column) or a group of marks.

A header "Bulan" spanning twelve unlabelled columns of marks is twelve month columns; a column "Bulan"
holding "Maret", "Januari - Desember", "TW II" beside "Output" and "PJ" is one timing column, and the
columns after it keep their roles. Each shape is written as .csv, .xlsx (openpyxl) and .docx
(python-docx) and imported end to end.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from zi_eval.models.loading import load_rubric
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan
from zi_eval.ra.layout import find_header
from zi_eval.ra.vocabulary import builtin_vocabulary

TITLE = ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", "KANTOR PELAYANAN UJI", "TAHUN 2025"]
ALL = tuple(range(1, 13))
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]

#: (kegiatan, time as the plan writes it, the months it names, output, person in charge)
TIMED = [
    ("Penyusunan SK Tim Kerja Pembangunan ZI", "Januari", (1,), "1 SK", "Sekretariat"),
    (
        "Monitoring dan evaluasi rencana kerja",
        "Maret, Juni, September, Desember",
        (3, 6, 9, 12),
        "4 Laporan",
        "Tim ZI",
    ),
    ("Survei kepuasan masyarakat", "Januari - Desember", ALL, "Laporan SKM", "Subbag Umum"),
    ("Reviu SOP layanan", "TW II", (4, 5, 6), "SOP hasil reviu", "Seksi Pelayanan"),
    ("Sosialisasi pengendalian gratifikasi", "Juni, Desember", (6, 12), "Notulen, daftar hadir", "UPG"),
    ("Publikasi maklumat pelayanan", "Setiap bulan", ALL, "Unggahan media sosial", "Humas"),
    ("Penilaian pegawai teladan", "Semester II", (7, 8, 9, 10, 11, 12), "SK Pegawai Teladan", "Kepegawaian"),
    ("Rapat evaluasi akhir tahun", "Desember 2025", (12,), "Notulen rapat", "Kepala Kantor"),
]


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric()


def _write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["" if c is None else c for c in r] for r in rows])
    return path


def _write_xlsx(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def _write_docx(path: Path, rows: list[list[Any]], title: int) -> Path:
    """The first ``title`` rows as paragraphs, the rest as one Word table."""
    import docx

    doc = docx.Document()
    for r in rows[:title]:
        doc.add_paragraph(str(r[0]))
    grid = rows[title:]
    width = max(len(r) for r in grid)
    table = doc.add_table(rows=len(grid), cols=width)
    for i, r in enumerate(grid):
        for j, v in enumerate(r):
            table.cell(i, j).text = "" if v is None else str(v)
    doc.save(str(path))
    return path


def _write_pdf(path: Path, rows: list[list[Any]], title: int) -> Path:
    """The first ``title`` rows as paragraphs, the rest as one ruled table (a Word plan printed to PDF)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["Title"]
    story: list[object] = [Paragraph(str(r[0]), style) for r in rows[:title]]
    grid = [["" if c is None else str(c) for c in r] for r in rows[title:]]
    story.append(Table(grid, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(story)
    return path


def _write(path: Path, rows: list[list[Any]], title: int = len(TITLE)) -> Path:
    if path.suffix == ".csv":
        return _write_csv(path, rows)
    if path.suffix == ".xlsx":
        return _write_xlsx(path, rows)
    if path.suffix == ".pdf":
        return _write_pdf(path, rows, title)
    return _write_docx(path, rows, title)


def _codes(res: Any) -> list[str]:
    return [f.code for f in res.findings]


FORMATS = ("csv", "xlsx", "docx")


# --- a timing column holding month names, with other columns after it -------------------------------


def _no_kegiatan_bulan_output_pj() -> list[list[Any]]:
    rows: list[list[Any]] = [[t] for t in TITLE]
    rows.append(["No", "Kegiatan", "Bulan", "Output", "PJ"])
    rows += [[n, keg, when, out, pj] for n, (keg, when, _, out, pj) in enumerate(TIMED, start=1)]
    return rows


@pytest.mark.parametrize("kind", [*FORMATS, "pdf"])
def test_a_bulan_column_of_month_names_is_the_timing_and_output_and_pj_keep_their_roles(
    tmp_path: Path, kind: str, rubric: Rubric
) -> None:
    res = import_plan(_write(tmp_path / f"ra.{kind}", _no_kegiatan_bulan_output_pj()), rubric)
    got = [(a.kegiatan, a.months, a.timing, a.output, a.pic) for a in res.unit.activities]
    assert got == [(keg, ms, when, out, pj) for keg, when, ms, out, pj in TIMED]
    assert res.unit.unit.year == 2025
    for code in ("IMPORT_MONTH_HEADER_GUESSED", "IMPORT_UNKNOWN_MARK", "IMPORT_MONTH_GROUP_UNSURE"):
        assert code not in _codes(res)
    (columns,) = res.columns
    assert columns["schedule"] == "Bulan" and "months" not in columns


def _uraian_jadwal_indikator_keterangan(schedule: str) -> list[list[Any]]:
    rows: list[list[Any]] = [[t] for t in TITLE]
    rows.append(["Uraian", schedule, "Indikator", "Keterangan"])
    rows += [[keg, when, f"Tersedia {out}", f"oleh {pj}"] for keg, when, _, out, pj in TIMED]
    return rows


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("schedule", ["Jadwal Pelaksanaan", "Bulan Pelaksanaan", "Jadwal", "Bulan"])
def test_uraian_jadwal_indikator_keterangan_reads_the_months_from_the_words(
    tmp_path: Path, kind: str, schedule: str, rubric: Rubric
) -> None:
    res = import_plan(_write(tmp_path / f"ra.{kind}", _uraian_jadwal_indikator_keterangan(schedule)), rubric)
    got = [(a.kegiatan, a.months, a.indicators, a.notes) for a in res.unit.activities]
    assert got == [(keg, ms, (f"Tersedia {out}",), f"oleh {pj}") for keg, _, ms, out, pj in TIMED]
    assert "IMPORT_UNKNOWN_MARK" not in _codes(res) and "IMPORT_MONTH_GROUP_UNSURE" not in _codes(res)


def _wide_plan_with_area_headings() -> tuple[list[list[Any]], tuple[str, ...]]:
    """Area headings merged across the row, a column-number row under the header, and seven columns."""
    head = [
        "No",
        "Area Perubahan",
        "Kegiatan",
        "Bulan Pelaksanaan",
        "Output",
        "Penanggung Jawab",
        "Keterangan",
    ]
    rows: list[list[Any]] = [[t] for t in TITLE]
    rows += [head, [f"({n})" for n in range(1, len(head) + 1)]]
    merges: list[str] = []
    areas = ["MANAJEMEN PERUBAHAN", "PENATAAN TATALAKSANA"]
    half = len(TIMED) // 2
    for a, part in enumerate((TIMED[:half], TIMED[half:])):
        rows.append([f"{'I' * (a + 1)}. {areas[a]}"])
        merges.append(f"A{len(rows)}:G{len(rows)}")
        for n, (keg, when, _, out, pj) in enumerate(part, start=1):
            rows.append([n, areas[a].title(), keg, when, out, pj, "sesuai DIPA 2025" if n == 1 else None])
    return rows, tuple(merges)


def test_a_bulan_pelaksanaan_column_under_merged_area_headings_in_xlsx(
    tmp_path: Path, rubric: Rubric
) -> None:
    rows, merges = _wide_plan_with_area_headings()
    res = import_plan(_write_xlsx(tmp_path / "ra.xlsx", rows, merges), rubric)
    got = [(a.kegiatan, a.months, a.output, a.pic) for a in res.unit.activities]
    assert got == [(keg, ms, out, pj) for keg, _, ms, out, pj in TIMED]
    half = len(TIMED) // 2
    assert [a.area for a in res.unit.activities] == ["manajemen-perubahan"] * half + [
        "penataan-tatalaksana"
    ] * half
    assert [a.notes for a in res.unit.activities].count("sesuai DIPA 2025") == 2
    assert "IMPORT_MONTH_GROUP_UNSURE" not in _codes(res)


@pytest.mark.parametrize("kind", FORMATS)
def test_a_bulan_column_with_dashes_beside_a_target_of_numbers_is_still_the_timing(
    tmp_path: Path, kind: str, rubric: Rubric
) -> None:
    """ "-" for a time not set, and a Target column of numbers ("1", "100%") right of it: no marks."""
    rows: list[list[Any]] = [[t] for t in TITLE]
    rows.append(["No", "Kegiatan", "Bulan", "% Realisasi", "Output", "PJ", "Ket"])
    want = []
    for n, (keg, when, ms, out, pj) in enumerate(TIMED, start=1):
        when, ms = ("-", ()) if n == 3 else (when, ms)
        rows.append([n, keg, when, "100%" if n % 2 else "50", out, pj, "-"])
        want.append((keg, ms, out, pj, "100%" if n % 2 else "50"))
    res = import_plan(_write(tmp_path / f"ra.{kind}", rows), rubric)
    assert [(a.kegiatan, a.months, a.output, a.pic, a.realisation) for a in res.unit.activities] == want
    assert "IMPORT_MONTH_GROUP_UNSURE" not in _codes(res) and "IMPORT_UNKNOWN_MARK" not in _codes(res)


# --- the true month group: "Bulan" over twelve unlabelled columns of marks ---------------------------

#: (kegiatan, months marked, output, person in charge)
MARKED = [
    ("Penyusunan SK Tim Kerja Pembangunan ZI", (1,), "1 SK", "Sekretariat"),
    ("Monitoring dan evaluasi rencana kerja", (3, 6, 9, 12), "4 Laporan", "Tim ZI"),
    ("Reviu SOP layanan", (4, 5, 6), "SOP hasil reviu", "Seksi Pelayanan"),
    ("Sosialisasi pengendalian gratifikasi", (6, 12), "Notulen", "UPG"),
    ("Publikasi maklumat pelayanan", ALL, "Unggahan media sosial", "Humas"),
]


def _bulan_over_marks(mark: str, header: str = "BULAN") -> list[list[Any]]:
    rows: list[list[Any]] = [[t] for t in TITLE]
    rows.append(["NO", "KEGIATAN", header, *[None] * 11, "OUTPUT", "PJ"])
    for n, (keg, ms, out, pj) in enumerate(MARKED, start=1):
        rows.append([n, keg, *[mark if m in ms else None for m in ALL], out, pj])
    return rows


@pytest.mark.parametrize("mark", ["x", "√", "v", "1"])
def test_a_merged_bulan_over_twelve_unlabelled_columns_of_marks_is_twelve_months(
    tmp_path: Path, mark: str, rubric: Rubric
) -> None:
    header_row = len(TITLE) + 1
    path = _write_xlsx(tmp_path / "ra.xlsx", _bulan_over_marks(mark), (f"C{header_row}:N{header_row}",))
    res = import_plan(path, rubric)
    assert [(a.kegiatan, a.months, a.output, a.pic, a.timing) for a in res.unit.activities] == [
        (keg, ms, out, pj, None) for keg, ms, out, pj in MARKED
    ]
    assert "IMPORT_MONTH_GROUP_UNSURE" not in _codes(res) and "IMPORT_UNKNOWN_MARK" not in _codes(res)


def test_a_word_table_with_bulan_spanning_twelve_columns_of_marks_is_twelve_months(
    tmp_path: Path, rubric: Rubric
) -> None:
    import docx

    rows = _bulan_over_marks("√")
    path = _write_docx(tmp_path / "ra.docx", rows, len(TITLE))
    doc = docx.Document(str(path))
    table = doc.tables[0]
    table.cell(0, 2).merge(table.cell(0, 13)).text = "BULAN"
    doc.save(str(path))
    res = import_plan(path, rubric)
    assert [(a.kegiatan, a.months, a.output, a.pic) for a in res.unit.activities] == MARKED
    assert "IMPORT_MONTH_GROUP_UNSURE" not in _codes(res)


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("header", ["BULAN", "JADWAL PELAKSANAAN", "PELAKSANAAN (BULAN)"])
def test_bulan_with_twelve_columns_of_marks_and_no_merge_is_twelve_months(
    tmp_path: Path, kind: str, header: str, rubric: Rubric
) -> None:
    res = import_plan(_write(tmp_path / f"ra.{kind}", _bulan_over_marks("v", header)), rubric)
    assert [(a.kegiatan, a.months, a.output, a.pic) for a in res.unit.activities] == MARKED
    assert "IMPORT_MONTH_GROUP_UNSURE" not in _codes(res)


def test_a_grid_of_marks_with_one_word_in_a_month_cell_stays_twelve_months(
    tmp_path: Path, rubric: Rubric
) -> None:
    rows = _bulan_over_marks("x")
    rows[len(TITLE) + 2][5] = "rapat"  # a word in April of one row: an unknown mark, said there
    res = import_plan(_write_csv(tmp_path / "ra.csv", rows), rubric)
    assert [a.months for a in res.unit.activities] == [ms for _, ms, _, _ in MARKED]
    assert "IMPORT_UNKNOWN_MARK" in _codes(res) and "IMPORT_MONTH_GROUP_UNSURE" not in _codes(res)


# --- when the rows disagree: today's twelve columns, and a finding ----------------------------------


def test_a_bulan_column_holding_both_marks_and_month_names_is_said(tmp_path: Path, rubric: Rubric) -> None:
    rows = _no_kegiatan_bulan_output_pj()
    rows[len(TITLE) + 2][2] = "v"  # one row marks where the others name months
    res = import_plan(_write_csv(tmp_path / "ra.csv", rows), rubric)
    (said,) = [f for f in res.findings if f.code == "IMPORT_MONTH_GROUP_UNSURE"]
    assert (said.value, said.column, said.line) == ("Bulan", 3, len(TITLE) + 1)
    assert "'Januari'" in said.action and "kolom 3–14" in said.action and "columns 3–14" in said.action_en
    # the twelve columns the header asks for are kept, so the months are not guessed from the words
    assert res.unit.activities[1].months == (1,) and res.unit.activities[0].months == ()


def test_month_numbers_in_a_bulan_column_beside_words_are_said_not_guessed(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "3" or "6" in a Bulan column may be a month or a mark: the twelve columns stay, and it is said."""
    rows: list[list[Any]] = [[t] for t in TITLE]
    rows.append(["No", "Kegiatan", "Bulan", "Output", "PJ"])
    rows += [
        [1, "Reviu SOP", "3", "SOP", "Seksi Pelayanan"],
        [2, "Survei kepuasan", "6", "Laporan SKM", "Humas"],
    ]
    res = import_plan(_write_csv(tmp_path / "ra.csv", rows), rubric)
    (said,) = [f for f in res.findings if f.code == "IMPORT_MONTH_GROUP_UNSURE"]
    assert said.column == 3 and "'SOP'" in said.action


def test_month_names_written_in_the_cells_of_a_month_group_are_said(tmp_path: Path, rubric: Rubric) -> None:
    rows = _bulan_over_marks("x")
    for r in rows[len(TITLE) + 1 :]:
        r[2:14] = [MONTHS_SHORT[i] if c else None for i, c in enumerate(r[2:14])]
    res = import_plan(_write_csv(tmp_path / "ra.csv", rows), rubric)
    assert "IMPORT_MONTH_GROUP_UNSURE" in _codes(res)
    assert all(a.timing is None and a.output for a in res.unit.activities)


# --- the layout itself --------------------------------------------------------------------------------


def test_without_rows_under_it_a_bulan_header_is_read_as_before() -> None:
    """find_header given only the header (no rows to read) keeps the twelve columns and says nothing."""
    header = ["No", "Kegiatan", "Bulan", "Output", "PJ"]
    lay = find_header([header], [{}], builtin_vocabulary())
    assert lay is not None and sorted(lay.months) == list(range(2, 14)) and lay.unsure_group is None
    data = [["1", "Rapat tim", "Maret", "Notulen", "Tim ZI"]]
    lay = find_header([header, *data], [{}, {}], builtin_vocabulary())
    assert lay is not None and not lay.months and lay.roles["schedule"] == 2
    assert (lay.roles["output"], lay.roles["pic"]) == (3, 4) and lay.unsure_group is None


def test_a_heading_spread_over_the_row_is_not_read_as_a_month_cell() -> None:
    header = ["No", "Kegiatan", "Bulan", "Output", "PJ"]
    heading = ["II. PENATAAN TATALAKSANA"] * 5
    data = [["1", "Reviu SOP", "Juni", "SOP", "Seksi Pelayanan"]]
    merged: list[dict[int, int]] = [{}, {c: 0 for c in range(1, 5)}, {}]
    lay = find_header([header, heading, *data], merged, builtin_vocabulary())
    assert lay is not None and not lay.months and lay.unsure_group is None


#: Shape A (a Word plan, often printed to PDF): areas and numbered components as their own rows,
#: lettered indicators with their action, evidence, a BULAN column of times and a % REALISASI of numbers
SHAPE_A = [
    ["No", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "BULAN", "% REALISASI"],
    ["I", "MANAJEMEN PERUBAHAN", "", "", "", "", ""],
    ["1.", "Tim Kerja", "", "", "", "", ""],
    ["", "", "a. Unit kerja telah membentuk tim", "Menyusun SK Tim", "- SK Tim", "Januari 2021", "100"],
    [
        "",
        "",
        "b. Anggota tim dipilih secara terbuka",
        "Seleksi anggota",
        "- Undangan\n- Daftar hadir",
        "Januari s/d Desember 2021",
        "50",
    ],
    ["2.", "Rencana Pembangunan ZI", "", "", "", "", ""],
    [
        "",
        "",
        "a. Terdapat rencana kerja",
        "Menyusun RK",
        "- Dokumen RK",
        "- Maret 2021\n- Juni 2021\n- September 2021",
        "100",
    ],
    ["", "", "b. Monitoring dilakukan berkala", "Monev", "- Laporan Monev", "Juni, Desember 2021", ""],
]


@pytest.mark.parametrize("kind", ["docx", "pdf", "csv"])
def test_a_bulan_column_next_to_a_percent_column_in_a_word_plan_is_the_timing(
    tmp_path: Path, kind: str, rubric: Rubric
) -> None:
    """Only numbers right of BULAN, and twelve columns from it would reach past the table: a timing column."""
    rows: list[list[Any]] = [["RENCANA KERJA AKSI ZONA INTEGRITAS"], ["BALAI RISET UJI TAHUN 2021"], *SHAPE_A]
    res = import_plan(_write(tmp_path / f"ra.{kind}", rows, 2), rubric)
    got = [(a.indicators, a.months, a.expected_evidence, a.realisation) for a in res.unit.activities]
    assert got == [
        (("Unit kerja telah membentuk tim",), (1,), ("SK Tim",), "100"),
        (("Anggota tim dipilih secara terbuka",), ALL, ("Undangan", "Daftar hadir"), "50"),
        (("Terdapat rencana kerja",), (3, 6, 9), ("Dokumen RK",), "100"),
        (("Monitoring dilakukan berkala",), (6, 12), ("Laporan Monev",), None),
    ]
    assert res.unit.unit.year == 2021 and not [f for f in res.findings if f.code.startswith("IMPORT_MONTH")]


def test_gantt_bars_merged_over_their_months_with_a_label_keep_the_twelve_columns(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A bar merged over its months holding "Januari - Maret" is no timing cell, though it reads as one."""
    rows: list[list[Any]] = [[t] for t in TITLE]
    rows.append(["NO", "KEGIATAN", "BULAN", *[None] * 11, "OUTPUT", "PJ"])
    bars = {1: (1, 3, "Januari - Maret"), 2: (4, 6, "April - Juni"), 4: (1, 12, "Januari - Desember")}
    merges = [f"C{len(rows)}:N{len(rows)}"]
    for n, (keg, ms, out, pj) in enumerate(MARKED[:4], start=1):
        cells: list[Any] = [None] * 12
        if n in bars:
            first, last, label = bars[n]
            cells[first - 1] = label
            merges.append(
                f"{chr(ord('C') + first - 1)}{len(rows) + 1}:{chr(ord('C') + last - 1)}{len(rows) + 1}"
            )
        else:
            cells = ["x" if m in ms else None for m in ALL]
        rows.append([n, keg, *cells, out, pj])
    res = import_plan(_write_xlsx(tmp_path / "ra.xlsx", rows, tuple(merges)), rubric)
    acts = res.unit.activities
    assert [(a.output, a.pic) for a in acts] == [(out, pj) for _, _, out, pj in MARKED[:4]]
    assert acts[2].months == MARKED[2][1] and all(a.timing is None for a in acts)
    (said,) = [f for f in res.findings if f.code == "IMPORT_MONTH_GROUP_UNSURE"]
    assert said.column == 3 and "'Januari - Maret'" in said.action
