"""Plans a reviewer wrote the way offices do, which the importer once misread with exit 0."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from zi_eval.cli import main
from zi_eval.io.words import clean
from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan

HEAD = ["NO", "AREA", "KEGIATAN", "OUTPUT"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]


def _row(no: Any, area: str, keg: str, marks: dict[int, Any], output: str = "1 Dok") -> list[Any]:
    return [no, area, keg, output] + [marks.get(m) for m in range(1, 13)]


def _book(path: Path, sheets: dict[str, list[list[Any]]], hidden: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def _plan(keg: str = "Penerbitan SK Tim", months: tuple[int, ...] = (1,)) -> list[list[Any]]:
    return [
        ["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"],
        HEAD + MONTHS,
        _row(1, "Manajemen Perubahan", keg, dict.fromkeys(months, "v")),
        _row(2, "Pelayanan Publik", "Survei kepuasan masyarakat", {6: "v"}),
    ]


def _acts(path: Path) -> list[tuple[str | None, str | None, tuple[int, ...]]]:
    res = import_plan(path, load_rubric())
    return [(a.area, a.kegiatan, a.months) for a in res.unit.activities]


def test_a_comparison_in_a_target_is_text_not_an_html_tag() -> None:
    assert clean("IKM <3,5 menjadi >3,6") == "IKM <3,5 menjadi >3,6"
    assert clean("target <50% dan >10% pegawai") == "target <50% dan >10% pegawai"
    assert (
        clean("<i>Reviu</i> SOP<br/>layanan") == "Reviu SOPlayanan"
        or clean("<i>Reviu</i> SOP") == "Reviu SOP"
    )
    assert clean("\x1b[2J\x1b[31mAREA\x1b[0m") == "AREA"  # a terminal escape cannot clear the screen


def test_total_rows_with_amounts_and_checkbox_grids(tmp_path: Path) -> None:
    rows = [
        ["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"],
        [*HEAD, "ANGGARAN", *MONTHS],
        [1, "Manajemen Perubahan", "Penerbitan SK Tim", "SK", "Rp 5.000.000", *([True] + [False] * 11)],
        [2, "Pelayanan Publik", "Survei kepuasan", "Laporan", "Rp 10.000.000", *([0] * 5 + [1] + [0] * 6)],
        [3, "Pelayanan Publik", "Publikasi standar layanan", "Banner", "-", *(["☑", "✔\ufe0f"] + ["-"] * 10)],
        ["JUMLAH", None, None, None, "Rp 15.000.000", 1, 1, 0, 0, 0, 1],
        [None, "Total Anggaran", None, None, "Rp. 15.000.000,00"],
    ]
    path = _book(tmp_path / "ra.xlsx", {"RA": rows})
    res = import_plan(path, load_rubric())
    got = [(a.kegiatan, a.months, a.budget) for a in res.unit.activities]
    assert got == [
        ("Penerbitan SK Tim", (1,), "Rp 5.000.000"),
        ("Survei kepuasan", (6,), "Rp 10.000.000"),
        ("Publikasi standar layanan", (1, 2), "-"),
    ]
    # a 0/FALSE/- grid says "not this month": no finding per cell
    assert not [f for f in res.findings if f.code == "IMPORT_UNKNOWN_MARK"]
    assert [r.kind for r in res.lines].count("total") == 2


def test_month_headers_excel_stored_as_dates(tmp_path: Path) -> None:
    head = HEAD + [dt.datetime(2025, m, 1) for m in range(1, 13)]
    rows = [["RENCANA AKSI KANTOR UJI TAHUN 2025"], head, _row(1, "Manajemen Perubahan", "SK Tim", {3: "v"})]
    assert _acts(_book(tmp_path / "ra.xlsx", {"RA": rows})) == [("manajemen-perubahan", "SK Tim", (3,))]


def test_hidden_instruction_and_other_year_sheets_are_not_the_plan(tmp_path: Path) -> None:
    example = [
        HEAD + MONTHS,
        _row(1, "Manajemen Perubahan", "Contoh kegiatan", {m: "v" for m in range(1, 13)}),
    ]
    old = _plan("Kegiatan tahun lalu")
    path = _book(
        tmp_path / "ra.xlsx",
        {"Petunjuk": example, "RA 2024": old, "RA 2025": _plan(), "Lama": _plan("Draf lama")},
        hidden=("Lama",),
    )
    res = import_plan(path, load_rubric())
    assert [a.kegiatan for a in res.unit.activities] == ["Penerbitan SK Tim", "Survei kepuasan masyarakat"]
    skipped = {f.sheet for f in res.findings if f.code == "IMPORT_SHEET_SKIPPED"}
    assert skipped == {"Petunjuk", "RA 2024", "Lama"}
    assert "skipped" in res.counts()  # every line of the skipped sheets is still accounted for


def test_a_summary_table_before_the_plan_is_not_activities(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025")
    summary = d.add_table(rows=3, cols=4)
    for r, cells in enumerate(
        [["NO", "AREA PERUBAHAN", "JUMLAH KEGIATAN", "KETERANGAN"], ["1", "Manajemen Perubahan", "5", ""]]
        + [["2", "Pelayanan Publik", "3", ""]]
    ):
        for c, text in enumerate(cells):
            summary.cell(r, c).text = text
    plan = d.add_table(rows=3, cols=16)
    for r, cells in enumerate(
        [HEAD + MONTHS, [str(x or "") for x in _row(1, "Manajemen Perubahan", "SK Tim", {1: "v"})]]
        + [[str(x or "") for x in _row(2, "Pelayanan Publik", "Survei", {6: "v"})]]
    ):
        for c, text in enumerate(cells):
            plan.cell(r, c).text = text
    d.save(str(tmp_path / "ra.docx"))
    assert _acts(tmp_path / "ra.docx") == [
        ("manajemen-perubahan", "SK Tim", (1,)),
        ("pelayanan-publik", "Survei", (6,)),
    ]


def test_shape_a_with_lettered_area_rows(tmp_path: Path) -> None:
    head = ["No", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "TARGET DAN WAKTU"]
    rows = [
        ["RENCANA KERJA AKSI ZONA INTEGRITAS BALAI UJI TAHUN 2025"],
        head,
        ["A", "MANAJEMEN PERUBAHAN"],
        ["1.", "Tim Kerja"],
        [None, None, "a. Unit kerja telah membentuk tim", "Menyusun SK Tim", "- SK Tim", "Januari 2025"],
        ["B", "PENATAAN TATALAKSANA"],
        ["1.", "SOP"],
        [None, None, "a. SOP telah diterapkan", "Reviu SOP", "- SOP", "Juni, Desember 2025"],
    ]
    res = import_plan(_book(tmp_path / "ra.xlsx", {"RA": rows}), load_rubric())
    got = [(a.area, a.kegiatan, a.sub_kegiatan, a.indicators, a.months) for a in res.unit.activities]
    assert got == [
        ("manajemen-perubahan", "Tim Kerja", "Menyusun SK Tim", ("Unit kerja telah membentuk tim",), (1,)),
        ("penataan-tatalaksana", "SOP", "Reviu SOP", ("SOP telah diterapkan",), (6, 12)),
    ]


@pytest.mark.parametrize("text", ["[/x]", "[bold]tebal[/bold]", "[/]"])
def test_markup_like_text_in_a_plan_is_printed_as_written(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        ["RENCANA AKSI KANTOR UJI TAHUN 2025"],
        HEAD + MONTHS,
        _row(1, f"Area {text}", f"SK {text}", {1: "v"}),
    ]
    path = _book(tmp_path / "ra.xlsx", {"RA": rows})
    assert main(["evaluate", str(path)]) == 0
    assert text in capsys.readouterr().out


def test_a_misspelt_month_header_between_two_months_is_read_and_said(tmp_path: Path) -> None:
    months = [*MONTHS[:8], "Septemper", *MONTHS[9:]]
    rows = [
        ["RENCANA AKSI KANTOR UJI TAHUN 2025"],
        HEAD + months,
        _row(1, "Manajemen Perubahan", "Monev", {9: "v"}),
    ]
    res = import_plan(_book(tmp_path / "ra.xlsx", {"RA": rows}), load_rubric())
    assert [a.months for a in res.unit.activities] == [(9,)]
    guessed = [f for f in res.findings if f.code == "IMPORT_MONTH_HEADER_GUESSED"]
    assert [(f.column, f.value) for f in guessed] == [(13, "Septemper")]


@pytest.mark.parametrize(
    ("months", "guessed"),
    [
        # a probe's plans (q7 x45b, x45c): the first or last month misspelt lost every mark under it
        (["Janurai", *MONTHS[1:]], [(5, "Janurai")]),
        ([*MONTHS[:11], "Desmber"], [(16, "Desmber")]),
        # a short name's letters swapped at the run's end (a second review: lost in old and new)
        (["Jna", *MONTHS[1:]], [(5, "Jna")]),
        ([*MONTHS[:11], "Dse"], [(16, "Dse")]),
        # several misspelt in a row (q7 x45): only the months read stayed
        (
            ["Januri", "Pebuari", "Marer", "Apri", "Mei", "Juini", "Jul", "Agustsu", "Sepember", *MONTHS[9:]],
            [
                (5, "Januri"),
                (6, "Pebuari"),
                (7, "Marer"),
                (8, "Apri"),
                (10, "Juini"),
                (12, "Agustsu"),
            ],
        ),
    ],
)
def test_misspelt_month_headers_at_the_ends_or_in_a_row_are_read_and_said(
    tmp_path: Path, months: list[str], guessed: list[tuple[int, str]]
) -> None:
    rows = [
        ["RENCANA AKSI KANTOR UJI TAHUN 2025"],
        HEAD + months,
        _row(1, "Manajemen Perubahan", "Monev", {1: "v", 12: "v"}),
        _row(2, "Manajemen Perubahan", "Rapat", dict.fromkeys(range(1, 13), "v")),
    ]
    res = import_plan(_book(tmp_path / "ra.xlsx", {"RA": rows}), load_rubric())
    assert [a.months for a in res.unit.activities] == [(1, 12), tuple(range(1, 13))]
    said = [(f.column, f.value) for f in res.findings if f.code == "IMPORT_MONTH_HEADER_GUESSED"]
    assert said == guessed


@pytest.mark.parametrize(
    "months",
    [
        [*MONTHS[:11], "Keterangan"],
        [*MONTHS[:11], "Desa"],
        # a review's: 'Target' before April read as March, 'Jumlah' after June as July
        ["Target", *MONTHS[3:]],
        [*MONTHS[:6], "Jumlah"],
        [*MONTHS[:6], "Juml"],
    ],
)
def test_a_column_beside_the_months_named_otherwise_is_no_misspelt_month(
    tmp_path: Path, months: list[str]
) -> None:
    rows = [
        ["RENCANA AKSI KANTOR UJI TAHUN 2025"],
        [*HEAD, *months],
        _row(1, "Manajemen Perubahan", "Monev", {k: "v" for k in range(1, len(months) + 1)}),
    ]
    res = import_plan(_book(tmp_path / "ra.xlsx", {"RA": rows}), load_rubric())
    assert not [f for f in res.findings if f.code == "IMPORT_MONTH_HEADER_GUESSED"]


def test_activities_from_hidden_rows_are_kept_and_said(tmp_path: Path) -> None:
    path = _book(tmp_path / "ra.xlsx", {"RA": _plan()})
    wb = openpyxl.load_workbook(path)
    wb["RA"].row_dimensions[3].hidden = True  # the first activity, hidden by the person who edited it
    wb.save(path)
    res = import_plan(path, load_rubric())
    assert len(res.unit.activities) == 2
    said = [f for f in res.findings if f.code == "IMPORT_HIDDEN_ROWS"]
    assert [(f.sheet, f.value) for f in said] == [("RA", "3")] and "ra001" in said[0].action


def test_activities_from_rows_of_height_zero_are_kept_and_said_as_hidden_ones(tmp_path: Path) -> None:
    """A row dragged shut (height 0) is as hidden to a reader as one with the hidden flag."""
    path = _book(tmp_path / "ra.xlsx", {"RA": _plan()})
    wb = openpyxl.load_workbook(path)
    wb["RA"].row_dimensions[3].height = 0
    wb.save(path)
    res = import_plan(path, load_rubric())
    assert len(res.unit.activities) == 2
    said = [f for f in res.findings if f.code == "IMPORT_HIDDEN_ROWS"]
    assert [(f.sheet, f.value) for f in said] == [("RA", "3")] and "ra001" in said[0].action


def test_a_workbook_with_a_chart_sheet_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A chart sheet holds no cells: it once crashed the reading of fill colours (exit 4)."""
    from openpyxl.chart import BarChart, Reference

    path = _book(tmp_path / "ra.xlsx", {"RA'2025 (final)": _plan()})
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=1, min_row=2, max_row=4))
    wb.create_chartsheet("Grafik").add_chart(chart)
    wb.save(path)
    assert main(["import", str(path), "-o", str(tmp_path / "unit.yaml")]) == 0
    assert "Grafik" not in capsys.readouterr().err
    assert len(import_plan(path, load_rubric()).unit.activities) == 2


def test_realisation_beside_the_plan_is_no_schedule(tmp_path: Path) -> None:
    """Two month blocks (RENCANA then REALISASI), or T | R under each month: only the plan schedules."""
    blocks = [
        ["RENCANA AKSI DAN REALISASI KANTOR UJI TAHUN 2025"],
        [
            "NO",
            "AREA",
            "KEGIATAN",
            "RENCANA PELAKSANAAN",
            *[None] * 11,
            "REALISASI PELAKSANAAN",
            *[None] * 11,
        ],
        [None, None, None, *MONTHS, *MONTHS],
        [1, "Manajemen Perubahan", "SK Tim", *["v" if m == 3 else None for m in range(1, 13)]]
        + ["v" if m == 4 else None for m in range(1, 13)],
    ]
    res = import_plan(_book(tmp_path / "blocks.xlsx", {"RA": blocks}), load_rubric())
    (act,) = res.unit.activities
    assert act.months == (3,) and act.notes is not None and "Apr: v" in act.notes  # kept, not scheduled
    # and said: a second block may as well be a second year's months (a plan for 2025-2026)
    (said,) = [f for f in res.findings if f.code == "IMPORT_MONTHS_NOT_READ"]
    assert said.value.startswith("REALISASI PELAKSANAAN") and said.column == 16
    alternating = [
        ["RENCANA AKSI KANTOR UJI TAHUN 2025"],
        ["NO", "AREA", "KEGIATAN", *[x for m in MONTHS for x in (m, None)]],
        [None, None, None, *["T", "R"] * 12],
        [
            1,
            "Manajemen Perubahan",
            "SK Tim",
            *[x for m in range(1, 13) for x in ("v" if m == 3 else None, "v" if m == 4 else None)],
        ],
    ]
    path = _book(tmp_path / "tr.xlsx", {"RA": alternating})
    wb = openpyxl.load_workbook(path)
    for i in range(12):
        wb["RA"].merge_cells(start_row=2, start_column=4 + 2 * i, end_row=2, end_column=5 + 2 * i)
    wb.save(path)
    res = import_plan(path, load_rubric())
    (act,) = res.unit.activities
    assert act.months == (3,) and act.notes is not None and "Apr / R" in act.notes
    assert {f.code for f in res.findings} <= {"IMPORT_NAME_FROM_FILE"}


def test_month_cells_whose_formula_has_no_saved_result_are_said(tmp_path: Path) -> None:
    rows = _plan()
    rows[2][4 + 2] = '=IF(1>0,"v","")'  # March, written by a script that never opened Excel
    res = import_plan(_book(tmp_path / "ra.xlsx", {"RA": rows}), load_rubric())
    said = [f for f in res.findings if f.code == "IMPORT_CELL_UNREAD"]
    assert [(f.line, f.column) for f in said] == [(3, 7)]
    assert res.unit.activities[0].months == (1,)


def test_a_signature_block_beside_the_table_is_neither_notes_nor_an_activity(tmp_path: Path) -> None:
    rows = _plan()
    rows[1] = [*rows[1], None, "Belopa, 9 Januari 2025"]  # the block starts on the header row
    rows[2] = [*rows[2], None, "KEPALA KANTOR,"]
    rows.append(
        ["TOTAL", None, None, None, 1, None, None, None, None, 1, *[None] * 6, None, "NIP 197001011990031001"]
    )
    res = import_plan(_book(tmp_path / "ra.xlsx", {"RA": rows}), load_rubric())
    assert [(a.kegiatan, a.notes) for a in res.unit.activities] == [
        ("Penerbitan SK Tim", None),
        ("Survei kepuasan masyarakat", None),
    ]
    assert [r.kind for r in res.lines][-1] == "total"


def test_a_year_outside_what_a_unit_file_accepts_is_never_the_plan_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A title citing the 1945 constitution names no plan year; ``--year 1999`` is refused (both were exit 4)."""
    rows = [["RENCANA AKSI KANTOR UJI"], ["BERDASARKAN UNDANG-UNDANG DASAR TAHUN 1945"], *_plan()[1:]]
    path = _book(tmp_path / "ra.xlsx", {"RA": rows})
    assert 2000 <= import_plan(path, load_rubric()).unit.unit.year <= 2100
    assert main(["import", str(path), "--year", "1999", "-o", str(tmp_path / "u.yaml")]) == 3
    assert "--year: year: harus tahun dari 2000 sampai 2100; didapat 1999" in capsys.readouterr().err
