"""How a plan's month columns are read: merged Gantt bars, subtotal columns inside the months, hidden
blocks of another year, and the month header spellings units write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from tests.ra.render.spec import MONTH_HEADERS
from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
GREEN, GREY, BLUE = (PatternFill("solid", fgColor=c) for c in ("00B050", "D9D9D9", "5B9BD5"))

#: (area, kegiatan, months) of the plan every fixture here writes.
PLAN = [
    ("Manajemen Perubahan", "Penerbitan SK Tim Kerja", (1,)),
    ("Manajemen Perubahan", "Rapat penyusunan rencana kerja", (1, 2)),
    ("Penataan Tatalaksana", "Reviu SOP layanan", (4, 5)),
    ("Penguatan Pengawasan", "Sosialisasi pengendalian gratifikasi", (5, 11)),
    ("Pelayanan Publik", "Pengadaan kursi roda", (8, 9, 10)),
    ("Pelayanan Publik", "Pelaksanaan SKM", (6, 12)),
]


def _runs(months: tuple[int, ...]) -> list[tuple[int, int]]:
    """Consecutive months as (first, last) runs: each run is one bar."""
    runs: list[tuple[int, int]] = []
    for m in months:
        if runs and runs[-1][1] == m - 1:
            runs[-1] = (runs[-1][0], m)
        else:
            runs.append((m, m))
    return runs


def _acts(path: Path) -> list[tuple[str | None, tuple[int, ...]]]:
    res = import_plan(path, load_rubric())
    return [(a.kegiatan, a.months) for a in res.unit.activities]


def _gantt(path: Path, covered_styled: bool, band: bool = False) -> Path:
    """The plan as an Excel Gantt: each run of months one merged range filled green, no text.

    ``covered_styled``: every cell the merge covers carries the fill too, as LibreOffice saves it
    (Excel styles only the first cell). ``band``: every second row shaded grey whole ("zebra").
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"])
    ws.append(["KANTOR UJI TAHUN 2025"])
    ws.append(["NO", "AREA", "KEGIATAN", "OUTPUT", "JADWAL PELAKSANAAN"])
    ws.append([None] * 4 + MONTHS)
    ws.merge_cells("E3:P3")
    for n, (area, keg, months) in enumerate(PLAN, start=1):
        ws.append([n, area, keg, "1 Dokumen"])
        r = ws.max_row
        if band and n % 2 == 0:
            for c in range(1, 17):
                ws.cell(r, c).fill = GREY
        for first, last in _runs(months):
            if last > first:
                ws.merge_cells(start_row=r, start_column=4 + first, end_row=r, end_column=4 + last)
            for m in range(first, (last if covered_styled else first) + 1):
                ws.cell(r, 4 + m).fill = BLUE if band else GREEN
    wb.save(path)
    return path


@pytest.mark.parametrize("covered_styled", [False, True], ids=["excel", "libreoffice"])
def test_a_filled_merged_bar_marks_every_month_it_covers(tmp_path: Path, covered_styled: bool) -> None:
    path = _gantt(tmp_path / "gantt.xlsx", covered_styled)
    assert _acts(path) == [(keg, ms) for _, keg, ms in PLAN]
    res = import_plan(path, load_rubric())
    said = {f.line: f.action for f in res.findings if f.code == "IMPORT_FILLED_MONTH"}
    assert "bulan 8, 9, 10 dihitung dari warna" in said[9]  # the merged bar, said in full


@pytest.mark.parametrize("covered_styled", [False, True], ids=["excel", "libreoffice"])
def test_a_merged_bar_on_a_banded_row_keeps_its_months_and_the_band_marks_none(
    tmp_path: Path, covered_styled: bool
) -> None:
    assert _acts(_gantt(tmp_path / "zebra.xlsx", covered_styled, band=True)) == [(k, ms) for _, k, ms in PLAN]


def test_a_merge_over_months_coloured_like_its_row_is_banding_not_a_bar(tmp_path: Path) -> None:
    """A banded row whose empty month cells were merged into one grey range (a tidy-up, not a bar)."""
    path = _gantt(tmp_path / "merged-band.xlsx", covered_styled=False, band=True)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.append([7, "Pelayanan Publik", "Publikasi maklumat pelayanan", "1 Banner", None, None, "v"])
    r = ws.max_row
    for c in range(1, 17):
        ws.cell(r, c).fill = GREY
    ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=16)  # Apr–Des, grey like the text
    wb.save(path)
    assert _acts(path)[-1] == ("Publikasi maklumat pelayanan", (3,))


def _write(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _plan_under(
    labels: list[str], count: str = "sum", title: str = "KANTOR UJI TAHUN 2025"
) -> list[list[Any]]:
    """The plan with its month block headed by ``labels``: a month label takes a ``v`` when planned, any
    other label (a subtotal, a note) the count of the marks since the last such column."""
    month_of = {name: n for n, name in enumerate(MONTHS, start=1)}
    rows: list[list[Any]] = [["RENCANA AKSI ZONA INTEGRITAS"], [title], ["NO", "AREA", "KEGIATAN", *labels]]
    for n, (area, keg, months) in enumerate(PLAN, start=1):
        cells: list[Any] = []
        since = 0
        for label in labels:
            m = month_of.get(label)
            if m is not None:
                cells.append("v" if m in months else None)
                since += m in months
            else:
                cells.append((since or None) if count == "sum" else None)
                since = 0
        rows.append([n, area, keg, *cells])
    return rows


@pytest.mark.parametrize(
    ("between", "after"),
    [
        (["Smt I"], ["Smt II"]),
        (["Semester I"], ["Semester II"]),
        (["Jumlah"], ["Jumlah"]),
        (["Total"], []),
        (["Ket."], []),
        ([], ["Jml"]),
    ],
)
def test_a_column_between_june_and_july_keeps_the_year_one_block(
    tmp_path: Path, between: list[str], after: list[str]
) -> None:
    labels = [*MONTHS[:6], *between, *MONTHS[6:], *after]
    res = import_plan(_write(tmp_path / "ra.xlsx", _plan_under(labels)), load_rubric())
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [(k, ms) for _, k, ms in PLAN]
    assert not [f for f in res.findings if f.code == "IMPORT_MONTHS_NOT_READ"]
    if between:  # the subtotal's cells are kept as notes (a Keterangan column is the note itself)
        notes = {a.kegiatan: a.notes for a in res.unit.activities}
        assert notes["Reviu SOP layanan"] == ("2" if between == ["Ket."] else f"{between[0]}: 2")


def test_quarter_subtotals_after_every_three_months_are_no_months(tmp_path: Path) -> None:
    labels = [
        x for q in range(4) for x in (*MONTHS[3 * q : 3 * q + 3], f"TW {'I' * (q + 1) if q < 3 else 'IV'}")
    ]
    res = import_plan(_write(tmp_path / "ra.xlsx", _plan_under(labels)), load_rubric())
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [(k, ms) for _, k, ms in PLAN]
    assert not [f for f in res.findings if f.code == "IMPORT_MONTHS_NOT_READ"]


@pytest.mark.parametrize(
    "second",
    [
        MONTHS,  # the next year's Jan–Des after this year's
        ["TW I", "TW II", "TW III", "TW IV"],  # realisation by quarter after the planned months
        [*MONTHS[:6], "Smt I", *MONTHS[6:], "Smt II"],  # a second year with its own subtotals
    ],
)
def test_a_real_second_block_of_months_is_still_left_out_and_said(tmp_path: Path, second: list[str]) -> None:
    labels = [*MONTHS[:6], "Smt I", *MONTHS[6:], "Smt II", *second]
    rows = _plan_under(labels, count="none")
    rows[3][3 + len(labels) - len(second)] = "v"  # a mark in the second block's first column
    res = import_plan(_write(tmp_path / "ra.xlsx", rows), load_rubric())
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [(k, ms) for _, k, ms in PLAN]
    (said,) = [f for f in res.findings if f.code == "IMPORT_MONTHS_NOT_READ"]
    assert said.column == 4 + len(labels) - len(second)


def _reused_template(path: Path, old_first: bool = True, hide: tuple[str, ...] = ("old",)) -> Path:
    """Last year's plan reused: a block of months headed "Jadwal 2024" with its old marks and this year's
    "Jadwal 2025"; ``hide`` says what the sheet hides: the ``old`` block, ``jan-mar`` of this year's."""
    old_marks = {keg: tuple(sorted((m + 5) % 12 + 1 for m in ms)) for _, keg, ms in PLAN}
    blocks = [("Jadwal 2024", True), ("Jadwal 2025", False)]
    if not old_first:
        blocks.reverse()
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["RENCANA AKSI ZONA INTEGRITAS"])
    ws.append(["KANTOR PERTANAHAN UJI"])
    ws.append(["TAHUN 2025"])
    ws.append(
        ["NO", "AREA", "KEGIATAN", "INDIKATOR", *(x for head, _ in blocks for x in (head, *[None] * 11))]
    )
    ws.append([None] * 4 + MONTHS * 2)
    for n, (area, keg, ms) in enumerate(PLAN, start=1):
        marks = [old_marks[keg] if old else ms for _, old in blocks]
        ws.append(
            [n, area, keg, "1 Dokumen", *("v" if m in b else None for b in marks for m in range(1, 13))]
        )
    for i, (_, old) in enumerate(blocks):
        first = 5 + 12 * i
        ws.merge_cells(start_row=4, start_column=first, end_row=4, end_column=first + 11)
        if "old" in hide and old or "jan-mar" in hide and not old:
            for c in range(first, first + (12 if old else 3)):
                ws.column_dimensions[get_column_letter(c)].hidden = True
    wb.save(path)
    return path


def test_the_sheet_reader_says_which_columns_are_hidden(tmp_path: Path) -> None:
    from zi_eval.ra.rows import read_document

    doc = read_document(_reused_template(tmp_path / "ra.xlsx"))
    assert doc.rows[4].hidden_cols == frozenset(range(4, 16))  # E–P, 0-based
    doc = read_document(_reused_template(tmp_path / "shown.xlsx", hide=()))
    assert doc.rows[4].hidden_cols == frozenset()


def _header(path: Path) -> tuple[list[list[str]], list[dict[int, int]], frozenset[int]]:
    from zi_eval.ra.rows import read_document

    rows = read_document(path).rows[3:6]
    return [r.cells for r in rows], [r.merged_from for r in rows], rows[0].hidden_cols


@pytest.mark.parametrize("old_first", [True, False])
def test_a_hidden_block_of_months_is_not_the_schedule_when_a_block_is_shown(
    tmp_path: Path, old_first: bool
) -> None:
    from zi_eval.ra.layout import find_header
    from zi_eval.ra.vocabulary import builtin_vocabulary

    cells, merged, hidden = _header(_reused_template(tmp_path / "ra.xlsx", old_first))
    old, new = (range(4, 16), range(16, 28)) if old_first else (range(16, 28), range(4, 16))
    for year in (None, 2025, 2024):  # hidden wins even over a year that names the hidden block
        lay = find_header(cells, merged, builtin_vocabulary(), hidden=hidden, year=year)
        assert lay is not None and sorted(lay.months) == list(new)
        assert lay.skipped == ((old[0], old[-1], "hidden"),)
        assert lay.months_left_out() == list(old)
    lay = find_header(cells, merged, builtin_vocabulary())  # the sheet's hiding unknown: as before
    assert lay is not None and sorted(lay.months) == list(range(4, 16))


def test_the_block_headed_by_the_plan_year_is_the_schedule(tmp_path: Path) -> None:
    from zi_eval.ra.layout import find_header
    from zi_eval.ra.vocabulary import builtin_vocabulary

    cells, merged, _ = _header(_reused_template(tmp_path / "ra.xlsx", hide=()))
    vocab = builtin_vocabulary()
    for year, read, left in ((2025, range(16, 28), range(4, 16)), (2024, range(4, 16), range(16, 28))):
        lay = find_header(cells, merged, vocab, year=year)
        assert lay is not None and sorted(lay.months) == list(read)
        assert lay.skipped == ((left[0], left[-1], "year"),) and lay.months_left_out() == list(left)
    lay = find_header(cells, merged, vocab, year=2026)  # no block names it: the first, the other said
    assert lay is not None and min(lay.months) == 4 and lay.skipped == ((16, 27, "year"),)
    # the year written in each month header ("Jan 2024") names the block as well
    plain = [
        [c for c in cells[0][:4]],
        [*cells[1][:4], *(f"{m} 2024" for m in MONTHS), *(f"{m} 2025" for m in MONTHS)],
    ]
    lay = find_header(plain, [{}, {}], vocab, year=2025)
    assert lay is not None and sorted(lay.months) == list(range(16, 28))


def test_a_partly_hidden_block_of_months_is_still_the_schedule(tmp_path: Path) -> None:
    """This year's block with its past months (Jan–Mar) hidden is still shown: the schedule, whole."""
    from zi_eval.ra.layout import find_header
    from zi_eval.ra.vocabulary import builtin_vocabulary

    cells, merged, hidden = _header(_reused_template(tmp_path / "ra.xlsx", hide=("old", "jan-mar")))
    assert hidden == frozenset(range(4, 19))
    lay = find_header(cells, merged, builtin_vocabulary(), hidden=hidden)
    assert (
        lay is not None and sorted(lay.months) == list(range(16, 28)) and lay.skipped == ((4, 15, "hidden"),)
    )
    cells, merged, hidden = _header(_reused_template(tmp_path / "shown.xlsx", hide=("jan-mar",)))
    lay = find_header(cells, merged, builtin_vocabulary(), hidden=hidden, year=2025)
    assert lay is not None and sorted(lay.months) == list(range(16, 28)) and lay.skipped == ((4, 15, "year"),)


def test_a_reused_template_imports_the_months_the_sheet_shows(tmp_path: Path) -> None:
    """End to end: parse_rows hands the header row's hidden columns to find_header."""
    res = import_plan(_reused_template(tmp_path / "ra.xlsx"), load_rubric())
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [(k, ms) for _, k, ms in PLAN]
    (said,) = [f for f in res.findings if f.code == "IMPORT_MONTHS_NOT_READ"]
    assert said.value == "Jadwal 2024" and said.column == 5
    assert "disembunyikan" in said.action and "hidden" in said.action_en  # not "only the first block is read"


LONG = list(MONTH_HEADERS["long"])


def _plan_rows(
    head: list[list[Any]], mark: str = "v", between: dict[int, str] | None = None
) -> list[list[Any]]:
    """The plan under ``head`` (header rows whose first three columns are NO, AREA, KEGIATAN): a ``mark``
    in each planned month; ``between`` puts an extra column (its cell text) after month N."""
    rows: list[list[Any]] = [["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"], *head]
    for n, (area, keg, months) in enumerate(PLAN, start=1):
        cells: list[Any] = []
        for m in range(1, 13):
            cells.append(mark if m in months else None)
            if between and m in between:
                cells.append(between[m])
        rows.append([n, area, keg, *cells])
    return rows


def _imported(tmp_path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Any:
    path = _write(tmp_path / "ra.xlsx", rows)
    if merges:
        wb = openpyxl.load_workbook(path)
        ws = wb.active
        assert ws is not None
        for ref in merges:
            ws.merge_cells(ref)
        wb.save(path)
    return import_plan(path, load_rubric())


def _assert_plan(res: Any) -> None:
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [(k, ms) for _, k, ms in PLAN]
    assert not [f for f in res.findings if f.code in ("IMPORT_MONTHS_NOT_READ", "IMPORT_UNKNOWN_MARK")]


def test_regional_month_spellings_peb_agst_sept_nop(tmp_path: Path) -> None:
    months = ["Jan", "Peb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agst", "Sept", "Okt", "Nop", "Des"]
    head = [["NO", "AREA", "KEGIATAN", "JADWAL (BULAN) 2025", *[None] * 11], [None] * 3 + months]
    res = _imported(tmp_path, _plan_rows(head, mark="●"), merges=("D2:O2",))
    _assert_plan(res)
    assert not [f for f in res.findings if f.code == "IMPORT_MONTH_HEADER_GUESSED"]


def test_long_month_names_under_semester_groups_over_three_header_rows(tmp_path: Path) -> None:
    head = [
        ["NO", "AREA", "KEGIATAN", "JADWAL PELAKSANAAN TAHUN 2025", *[None] * 11],
        [None, None, None, "Semester I", *[None] * 5, "Semester II", *[None] * 5],
        [None] * 3 + LONG,
    ]
    res = _imported(tmp_path, _plan_rows(head, mark="√"), merges=("D2:O2", "D3:I3", "J3:O3"))
    _assert_plan(res)


def test_long_month_names_with_the_year_under_them_in_a_second_header_row(tmp_path: Path) -> None:
    head = [["NO", "AREA", "KEGIATAN", *LONG], [None] * 3 + ["2025"] * 12]
    _assert_plan(_imported(tmp_path, _plan_rows(head, mark="✓")))


def test_month_names_broken_over_two_lines_of_their_cell(tmp_path: Path) -> None:
    """Narrow Gantt columns: "Janu-⏎ari", "Sep⏎tember" typed with Alt+Enter."""
    broken = [f"{n[: len(n) // 2]}-\n{n[len(n) // 2 :]}" if len(n) > 5 else n for n in LONG]
    broken[8] = "Sep\ntember"
    head = [["NO", "AREA", "KEGIATAN", *broken]]
    _assert_plan(_imported(tmp_path, _plan_rows(head)))


def test_b1_to_b12_with_a_note_column_between_june_and_july(tmp_path: Path) -> None:
    head = [
        ["NO", "AREA", "KEGIATAN", *[f"B{m}" for m in range(1, 7)], "Ket.", *[f"B{m}" for m in range(7, 13)]]
    ]
    res = _imported(tmp_path, _plan_rows(head, mark="v", between={6: "sesuai jadwal"}))
    _assert_plan(res)
    assert {a.notes for a in res.unit.activities} == {"sesuai jadwal"}


def _by_period(size: int) -> list[tuple[str, tuple[int, ...]]]:
    """PLAN as a plan by quarter (``size`` 3) or semester (6) schedules it: every month of each period
    holding one of its months."""
    return [
        (keg, tuple(m for m in range(1, 13) if (m - 1) // size in {(x - 1) // size for x in months}))
        for _, keg, months in PLAN
    ]


def _period_rows(group: str, labels: list[str], size: int) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"],
        ["NO", "AREA", "KEGIATAN", group, *[None] * (len(labels) - 1)],
        [None] * 3 + labels,
    ]
    for n, (area, keg, months) in enumerate(PLAN, start=1):
        periods = {(m - 1) // size for m in months}
        rows.append([n, area, keg, *("√" if p in periods else None for p in range(len(labels)))])
    return rows


@pytest.mark.parametrize("merged", [True, False])  # a CSV keeps no merge: the group is the header at its left
@pytest.mark.parametrize(
    ("group", "labels", "size"),
    [
        ("TRIWULAN", ["1", "2", "3", "4"], 3),
        ("TRIWULAN", ["I", "II", "III", "IV"], 3),
        ("Target per Triwulan", ["I", "II", "III", "IV"], 3),
        ("TW", ["1", "2", "3", "4"], 3),
        ("SEMESTER", ["I", "II"], 6),
        ("Semester Tahun 2025", ["1", "2"], 6),
    ],
)
def test_numbers_under_a_quarter_or_semester_group_are_periods_not_months(
    tmp_path: Path, group: str, labels: list[str], size: int, merged: bool
) -> None:
    """Read as months, "TRIWULAN" over 1 2 3 4 scheduled a plan marked in every quarter in months 1–4,
    with nothing said."""
    end = get_column_letter(3 + len(labels))
    res = _imported(tmp_path, _period_rows(group, labels, size), merges=(f"D2:{end}2",) if merged else ())
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == _by_period(size)
    assert not [f for f in res.findings if f.code in ("IMPORT_MONTHS_NOT_READ", "IMPORT_UNKNOWN_MARK")]


def test_months_numbered_within_each_quarter_are_that_quarters_months(tmp_path: Path) -> None:
    """JADWAL / TRIWULAN I … IV / 1 2 3 under each: quarter II's "1" is April (only months 1–3 were read,
    and the other quarters' columns said to be no schedule)."""
    quarters = [x for q in ("I", "II", "III", "IV") for x in (f"TRIWULAN {q}", None, None)]
    head = [
        ["NO", "AREA", "KEGIATAN", "JADWAL PELAKSANAAN", *[None] * 11],
        [None] * 3 + quarters,
        [None] * 3 + ["1", "2", "3"] * 4,
    ]
    merges = ("D2:O2", "D3:F3", "G3:I3", "J3:L3", "M3:O3")
    _assert_plan(_imported(tmp_path, _plan_rows(head, mark="√"), merges=merges))
    # the months themselves under each quarter (4 5 6 under TRIWULAN II) are read as they are
    head[2] = [None] * 3 + [str(m) for m in range(1, 13)]
    _assert_plan(_imported(tmp_path, _plan_rows(head, mark="√"), merges=merges))


def _ticks_and_crosses(legend: list[str]) -> list[list[Any]]:
    """The plan ticked (√) in its months and crossed (X) in every other month, then a ``legend``."""
    rows = _plan_rows([["NO", "AREA", "KEGIATAN", *MONTHS]], mark="√")
    for row in rows[2:]:
        row[3:] = [c if c else "X" for c in row[3:]]
    return [*rows, [], *([line] for line in legend)]


@pytest.mark.parametrize(
    "legend", [["Keterangan:", "√ : bulan pelaksanaan kegiatan", "X : tidak ada kegiatan"], []]
)
def test_an_x_beside_ticks_marks_no_month(tmp_path: Path, legend: list[str]) -> None:
    """Read as a mark, every "X" gave each activity all twelve months (exit 0, nothing said)."""
    res = _imported(tmp_path, _ticks_and_crosses(legend))
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [(k, ms) for _, k, ms in PLAN]
    (said,) = [f for f in res.findings if f.code == "IMPORT_CROSS_NO_MARK"]
    assert (said.line, said.column) == (3, 4)  # the first row ticking beside an X, the first month column


def test_an_x_is_a_mark_where_the_legend_says_so_or_no_tick_stands_beside_it(tmp_path: Path) -> None:
    res = _imported(tmp_path, _ticks_and_crosses(["X : rencana pelaksanaan", "√ : realisasi"]))
    assert {a.months for a in res.unit.activities} == {tuple(range(1, 13))}
    assert not [f for f in res.findings if f.code == "IMPORT_CROSS_NO_MARK"]
    _assert_plan(_imported(tmp_path, _plan_rows([["NO", "AREA", "KEGIATAN", *MONTHS]], mark="X")))


@pytest.mark.parametrize(
    ("cell", "month"),
    [
        ("Jan-2\n5", 1),
        ("Jun-2 5", 6),
        ("Jul 20\n25", 7),
        ("Feb-\n25", 2),
        ("Janu-\nari", 1),
        ("Sep\ntember", 9),
    ],
)
def test_a_month_header_broken_inside_its_year_is_the_month(cell: str, month: int) -> None:
    """A probe's PDF printed 'Jan-25' … 'Des-25' in narrow columns; 'Jan-25', 'Jun-25' and 'Jul-25' wrapped
    inside their year ('Jan-2⏎5'), were no month columns, and every mark under them was dropped (8 of 15
    activities wrong, exit 0, nothing said)."""
    from zi_eval.ra.layout import header_months

    assert header_months(cell) == (month,)


@pytest.mark.parametrize("cell", ["Jan 1 2", "No 1 2", "Minggu 1 2"])
def test_words_and_small_numbers_are_no_broken_month_and_year(cell: str) -> None:
    from zi_eval.ra.layout import header_months

    assert header_months(cell) is None


def test_a_plan_whose_month_headers_wrap_inside_their_year_reads_every_month(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["RENCANA AKSI ZONA INTEGRITAS KANTOR CONTOH TAHUN 2025"])
    heads = [f"{m}-2\n5" if m in ("Jan", "Jun", "Jul") else f"{m}-25" for m in MONTHS]
    ws.append(["No", "Area", "Kegiatan", *heads])
    for i, (area, keg, months) in enumerate(PLAN, start=1):
        ws.append([i, area, keg, *("x" if m in months else None for m in range(1, 13))])
    wb.save(tmp_path / "ra.xlsx")
    got = import_plan(tmp_path / "ra.xlsx", load_rubric())
    assert [(a.kegiatan, tuple(a.months)) for a in got.unit.activities] == [(k, ms) for _, k, ms in PLAN]
