"""A month grid painted whole is no schedule of every month: white cells and a grid's background colour
mark nothing, the other colours and the written marks do; when the background cannot be told, it is
said and no fill is counted. A grid whose only filled cells are the planned months reads as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from openpyxl.styles import PatternFill
from openpyxl.styles.colors import Color

from zi_eval.cli import main
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan
from zi_eval.ra.build import ImportResult

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]

#: (area, kegiatan, months): sparse, as plans are, with one activity all year
PLAN = [
    ("Manajemen Perubahan", "Penerbitan SK Tim Kerja", (1,)),
    ("Manajemen Perubahan", "Rapat penyusunan rencana kerja", (1, 2)),
    ("Penataan Tatalaksana", "Reviu SOP layanan", (4, 5, 6)),
    ("Penguatan Pengawasan", "Sosialisasi pengendalian gratifikasi", (3, 9)),
    ("Penguatan Akuntabilitas", "Monitoring kinerja bulanan", tuple(range(1, 13))),
    ("Pelayanan Publik", "Pelaksanaan SKM", (6, 12)),
]


def _fill(colour: Any) -> PatternFill:
    return PatternFill("solid", fgColor=colour)


GREEN = _fill("00B050")
NAVY = _fill("1F4E79")
PALE_GREY = _fill("F2F2F2")
WHITE = _fill("FFFFFF")  # openpyxl writes it as 00FFFFFF
THEME_WHITE = _fill(Color(theme=0, tint=0.0))  # Excel's "White, Background 1"
THEME_WHITE_TINTED = _fill(Color(theme=0, tint=0.3))  # lighter than white: still white


def _plan(
    path: Path,
    mark: PatternFill | None,
    rest: PatternFill | None,
    plan: list[tuple[str, str, tuple[int, ...]]] = PLAN,
    tick: str | None = None,
) -> Path:
    """The plan as a Gantt: a planned month filled with ``mark`` (and holding ``tick`` when given), every
    other month cell of an activity row filled with ``rest``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "RA"
    ws.append(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"])
    ws.append(["KANTOR UJI TAHUN 2025"])
    ws.append(["NO", "AREA", "KEGIATAN", "OUTPUT", *MONTHS])
    for n, (area, keg, months) in enumerate(plan, start=1):
        ws.append([n, area, keg, "1 Dokumen"])
        r = ws.max_row
        for m in range(1, 13):
            cell = ws.cell(r, 4 + m)
            if m in months:
                if tick:
                    cell.value = tick
                if mark is not None:
                    cell.fill = mark
            elif rest is not None:
                cell.fill = rest
    wb.save(path)
    return path


def _months(res: ImportResult) -> list[tuple[str | None, tuple[int, ...]]]:
    return [(a.kegiatan, a.months) for a in res.unit.activities]


def _codes(res: ImportResult) -> list[str]:
    return [f.code for f in res.findings]


WANT = [(keg, months) for _, keg, months in PLAN]


@pytest.mark.parametrize(
    "rest",
    [WHITE, THEME_WHITE, THEME_WHITE_TINTED, _fill("FFFFFFFF")],
    ids=["00FFFFFF", "theme0", "theme0-tint", "FFFFFFFF"],
)
def test_white_month_cells_mark_nothing(tmp_path: Path, rubric: Rubric, rest: PatternFill) -> None:
    res = import_plan(_plan(tmp_path / "ra.xlsx", GREEN, rest), rubric)
    assert _months(res) == WANT
    assert "IMPORT_FILL_BACKGROUND" not in _codes(res) and "IMPORT_FILL_UNSURE" not in _codes(res)


def test_a_pale_grid_is_the_background_of_the_coloured_marks(tmp_path: Path, rubric: Rubric) -> None:
    res = import_plan(_plan(tmp_path / "ra.xlsx", NAVY, PALE_GREY), rubric)
    assert _months(res) == WANT
    (said,) = [f for f in res.findings if f.code == "IMPORT_FILL_BACKGROUND"]
    assert (said.line, said.column, said.value) == (4, 5, "FFF2F2F2")
    assert "FF1F4E79" in said.action and "FF1F4E79" in said.action_en
    # the planned months are still said as counted from a fill (one per activity)
    assert _codes(res).count("IMPORT_FILLED_MONTH") == len(PLAN)


def test_a_grid_painted_under_its_ticks_is_read_by_the_ticks(tmp_path: Path, rubric: Rubric) -> None:
    """Every month cell pale grey, the planned ones with a tick too: the grey is under every tick, and an
    activity with no tick yet has no month."""
    plan = [*PLAN, ("Pelayanan Publik", "Survei kepuasan masyarakat", ())]
    res = import_plan(_plan(tmp_path / "ra.xlsx", PALE_GREY, PALE_GREY, plan=plan, tick="√"), rubric)
    assert _months(res) == [*WANT, ("Survei kepuasan masyarakat", ())]
    assert "IMPORT_FILL_BACKGROUND" in _codes(res) and "IMPORT_FILLED_MONTH" not in _codes(res)


def test_a_dense_plan_on_a_pale_grid_is_told_by_the_paler_colour(tmp_path: Path, rubric: Rubric) -> None:
    """Most months planned: the grey is the smaller share, yet far paler than the navy marks."""
    dense = [
        (a, k, tuple(m for m in range(1, 13) if m not in (i + 1, i + 2))) for i, (a, k, _) in enumerate(PLAN)
    ]
    res = import_plan(_plan(tmp_path / "ra.xlsx", NAVY, PALE_GREY, plan=dense), rubric)
    assert _months(res) == [(k, ms) for _, k, ms in dense]
    assert "IMPORT_FILL_BACKGROUND" in _codes(res)


def test_a_grid_of_one_colour_and_no_other_mark_is_said_and_not_counted(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Every month cell of every activity green, nothing else: an all-year plan or a painted blank grid."""
    res = import_plan(_plan(tmp_path / "ra.xlsx", GREEN, GREEN), rubric)
    assert all(a.months == () for a in res.unit.activities)
    (said,) = [f for f in res.findings if f.code == "IMPORT_FILL_UNSURE"]
    assert said.value == "FF00B050 100%" and said.line == 4
    assert "IMPORT_FILLED_MONTH" not in _codes(res)
    assert "IMPORT_MONTHS_UNMARKED" not in _codes(res)  # said once, by the finding that knows why


def test_two_colours_of_equal_share_are_said_and_not_counted(tmp_path: Path, rubric: Rubric) -> None:
    half = [(a, k, tuple(range(1, 7))) for a, k, _ in PLAN]
    res = import_plan(_plan(tmp_path / "ra.xlsx", GREEN, _fill("FFC000"), plan=half), rubric)
    assert all(a.months == () for a in res.unit.activities)
    (said,) = [f for f in res.findings if f.code == "IMPORT_FILL_UNSURE"]
    assert "FF00B050 50%" in said.value and "FFFFC000 50%" in said.value


def test_a_grid_whose_only_fills_are_the_planned_months_reads_as_before(
    tmp_path: Path, rubric: Rubric
) -> None:
    res = import_plan(_plan(tmp_path / "ra.xlsx", GREEN, None), rubric)
    assert _months(res) == WANT  # the all-year activity keeps its twelve months
    assert _codes(res).count("IMPORT_FILLED_MONTH") == len(PLAN)
    assert "IMPORT_FILL_BACKGROUND" not in _codes(res) and "IMPORT_FILL_UNSURE" not in _codes(res)


def test_a_short_plan_of_all_year_fills_is_no_painted_grid(tmp_path: Path, rubric: Rubric) -> None:
    year = [("Penataan Tatalaksana", "Monitoring bulanan", tuple(range(1, 13)))]
    res = import_plan(_plan(tmp_path / "ra.xlsx", GREEN, None, plan=year), rubric)
    assert _months(res) == [("Monitoring bulanan", tuple(range(1, 13)))]
    assert "IMPORT_FILL_UNSURE" not in _codes(res)


def test_the_cli_imports_a_painted_grid_with_its_planned_months(tmp_path: Path) -> None:
    src = _plan(tmp_path / "ra.xlsx", NAVY, PALE_GREY)
    out = tmp_path / "unit.yaml"
    assert main(["import", str(src), "-o", str(out), "--strict"]) == 0  # a sure reading: info only
    acts = yaml.safe_load(out.read_text(encoding="utf-8"))["activities"]
    assert [(a["kegiatan"], tuple(a.get("months") or ())) for a in acts] == WANT


def test_the_background_rule() -> None:
    from zi_eval.ra.fills import grid_fill

    g, b, grey = "FF00B050", "FF1F4E79", "FFF2F2F2"
    sparse = [[(b, False)] + [(grey, False)] * 11] * 4
    assert grid_fill(sparse).background == grey  # type: ignore[union-attr]
    # not painted whole: every fill is a mark, as always
    assert grid_fill([[(g, False)] * 2 + [(None, False)] * 10] * 5) is None
    # written marks on unfilled cells, the rest one colour: the colour is the background
    assert grid_fill([[(None, True)] * 3 + [(grey, False)] * 9] * 2).background == grey  # type: ignore[union-attr]
    # one colour, no other mark: one or two rows are a plan; three or more cannot be told
    assert grid_fill([[(g, False)] * 12] * 2) is None
    unsure = grid_fill([[(g, False)] * 12] * 3)
    assert unsure is not None and unsure.background is None and unsure.no_mark == {g}
    # a dense plan on two colours neither pale: cannot be told
    dense = grid_fill([[(b, False)] * 7 + [(g, False)] * 5] * 3)
    assert dense is not None and dense.background is None and dense.no_mark == {b, g}


def test_a_coloured_month_holding_only_a_space_is_marked_by_its_colour(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A space typed into each coloured cell of the bar: the colour went unread (a cell with text is no
    fill), so no month was scheduled and IMPORT_MONTHS_UNMARKED blamed the export."""
    res = import_plan(_plan(tmp_path / "ra.xlsx", GREEN, None, tick=" "), rubric)
    assert _months(res) == WANT
    assert "IMPORT_MONTHS_UNMARKED" not in _codes(res)


def test_pale_stripes_over_every_other_month_are_the_background_of_darker_marks(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Even months shaded pale grey down the table (zebra stripes), planned months filled dark blue: the
    stripes were read as marks, every activity scheduled in every even month (only IMPORT_FILLED_MONTH said)."""
    src = _plan(tmp_path / "ra.xlsx", NAVY, None)
    wb = openpyxl.load_workbook(src)
    ws = wb.active
    assert ws is not None
    for r in range(4, ws.max_row + 1):
        for m in range(2, 13, 2):
            cell = ws.cell(r, 4 + m)
            if cell.fill.fgColor.rgb in (None, "00000000"):
                cell.fill = PALE_GREY
    wb.save(src)
    res = import_plan(src, rubric)
    assert _months(res) == WANT
    (said,) = [f for f in res.findings if f.code == "IMPORT_FILL_BACKGROUND"]
    assert "in stripes" in said.action_en and "F2F2F2" in said.action_en


def test_marks_in_two_strong_colours_over_some_cells_are_all_marks(tmp_path: Path, rubric: Rubric) -> None:
    """Colours no paler than one another (green for one activity, navy for another): every fill is a mark."""
    src = _plan(tmp_path / "ra.xlsx", GREEN, None)
    wb = openpyxl.load_workbook(src)
    ws = wb.active
    assert ws is not None
    for c in range(5, 17):
        if ws.cell(5, c).fill.fill_type:
            ws.cell(5, c).fill = NAVY
    wb.save(src)
    res = import_plan(src, rubric)
    assert _months(res) == WANT and "IMPORT_FILL_BACKGROUND" not in _codes(res)
