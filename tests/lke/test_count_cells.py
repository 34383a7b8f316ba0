"""A count cell holding what is no count: a NIP typed where the number of complaints goes.

A number above the largest count a unit file holds passed the reader and broke the unit's validation
(exit 4, "kesalahan internal"); it is a cell's bad answer like any other (IMPORT_WORKBOOK_BAD_ANSWER),
and the item is unanswered.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from zi_eval.cli import main
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import COUNT_MAX
from zi_eval.scoring.engine import evaluate_unit

OFFICIAL = Path(__file__).resolve().parents[1] / "data" / "lke" / "official-filled.xlsx"
#: the row of "Jumlah pengaduan masyarakat yang harus ditindaklanjuti" (R.5.ii's first count) in it
COUNT_ROW = 172


@pytest.mark.parametrize("typed", [198501012010011001, "198501012010011001", COUNT_MAX + 1, "2.000.000.000"])
def test_a_count_above_the_largest_is_a_bad_answer_not_a_crash(
    tmp_path: Path, rubric: Rubric, typed: object, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.load_workbook(OFFICIAL)
    book.active.cell(COUNT_ROW, 11).value = typed
    path = tmp_path / "lke-unit.xlsx"
    book.save(path)
    wb = read_lke_workbook(path, rubric)
    assert not wb.unit.answers.get("R.5.ii") or not wb.unit.answers["R.5.ii"].counts.get(
        "jumlah_pengaduan_harus_ditindaklanjuti"
    )
    bad = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_BAD_ANSWER"]
    assert [f["item"] for f in bad] == ["R.5.ii"]
    assert main(["evaluate", str(path), "--mode", "claimed"]) == 0


def test_the_largest_count_is_still_read(tmp_path: Path, rubric: Rubric) -> None:
    book = openpyxl.load_workbook(OFFICIAL)
    book.active.cell(COUNT_ROW, 11).value = COUNT_MAX
    path = tmp_path / "lke-unit.xlsx"
    book.save(path)
    counts = read_lke_workbook(path, rubric).unit.answers["R.5.ii"].counts
    assert counts["jumlah_pengaduan_harus_ditindaklanjuti"] == COUNT_MAX


def _edit(tmp_path: Path, cells: dict[int, object], delete: int | None = None) -> Path:
    """official-filled.xlsx with ``cells`` (row -> the answer column's value) set, and a row deleted."""
    book = openpyxl.load_workbook(OFFICIAL)
    for row, value in cells.items():
        book.active.cell(row, 11).value = value
    if delete is not None:
        book.active.delete_rows(delete)
    path = tmp_path / "lke-unit.xlsx"
    book.save(path)
    return path


PERCENT_ROW = COUNT_ROW - 1  # "Persentase penanganan pengaduan masyarakat": R.5.ii's % cell (5 of 3 here)


def _value(wb: object, rubric: Rubric, code: str) -> float | None:
    ev = evaluate_unit(wb.unit, rubric, mode="claimed")  # type: ignore[attr-defined]
    return next(i.value for i in ev.items if i.code == code)


def test_a_percent_with_a_count_left_blank_is_the_answer_and_said(tmp_path: Path, rubric: Rubric) -> None:
    """A count left blank: the item had no answer and nothing was said; the % the unit gives is it."""
    wb = read_lke_workbook(_edit(tmp_path, {COUNT_ROW: None, PERCENT_ROW: 0.6}), rubric)
    said = [f for f in wb.findings() if f.get("item") == "R.5.ii"]
    assert [f["code"] for f in said] == ["IMPORT_WORKBOOK_PERCENT_AS_COUNTS"]
    assert _value(wb, rubric, "R.5.ii") == pytest.approx(0.6)


def test_a_percent_that_disagrees_with_the_counts_is_said_and_the_counts_decide(
    tmp_path: Path, rubric: Rubric
) -> None:
    """100% typed over the formula while the counts say 5 of 10: the counts are scored, the % said."""
    wb = read_lke_workbook(_edit(tmp_path, {COUNT_ROW: 10, PERCENT_ROW: 1}), rubric)
    (said,) = [f for f in wb.findings() if f.get("item") == "R.5.ii"]
    assert (said["code"], said["theirs"], said["ours"]) == (
        "IMPORT_WORKBOOK_MISMATCH",
        "100.00%",
        "50.00% (5/10)",
    )
    assert _value(wb, rubric, "R.5.ii") == pytest.approx(0.5)


def test_a_percent_that_agrees_with_the_counts_is_not_said(tmp_path: Path, rubric: Rubric) -> None:
    wb = read_lke_workbook(_edit(tmp_path, {COUNT_ROW: 10, PERCENT_ROW: 0.5}), rubric)
    assert not [f for f in wb.findings() if f.get("item") == "R.5.ii"]


def test_a_deleted_count_row_is_said(tmp_path: Path, rubric: Rubric) -> None:
    """A count row deleted and no %: the item lacks a count, and the row it lacks is named."""
    wb = read_lke_workbook(_edit(tmp_path, {PERCENT_ROW: None}, delete=COUNT_ROW), rubric)
    said = [f for f in wb.findings() if f.get("item") == "R.5.ii"]
    assert [f["code"] for f in said] == ["IMPORT_WORKBOOK_ITEM_MISSING"]
    assert "ditindaklanjuti" in said[0]["value"]


EVIDENCE_COL = 14  # N, the evidence column of official-filled.xlsx (1-based)


def test_links_on_count_rows_and_an_indicator_row_support_their_items(tmp_path: Path, rubric: Rubric) -> None:
    """A link on a count row supports its item, a folder link on an indicator row the indicator's items,
    as ``evidence scan`` reads such a copy; the import dropped both without a word (0 evidenced)."""
    book = openpyxl.load_workbook(OFFICIAL)
    ws = book.active
    rows = {ws.cell(r, 7).value: r for r in range(1, ws.max_row + 1)}
    count_link = "https://drive.google.com/file/d/pengaduan/view"
    folder = "https://drive.google.com/drive/folders/monev"
    ws.cell(COUNT_ROW, EVIDENCE_COL).value = count_link
    ws.cell(rows["Pemantauan dan Evaluasi Pembangunan WBK/WBBM"], EVIDENCE_COL).value = folder
    path = tmp_path / "lke-unit.xlsx"
    book.save(path)
    unit = read_lke_workbook(path, rubric).unit
    ev = {e.id: e for e in unit.evidence}
    urls = {c: {ev[i].url for i in a.evidence} for c, a in unit.answers.items()}
    assert count_link in urls["R.5.ii"]
    assert all(folder in urls[c] for c in ("P.1.iii.a", "P.1.iii.b", "P.1.iii.c"))
    assert not any(
        folder in u or count_link in u
        for c, u in urls.items()
        if c not in {"R.5.ii", "P.1.iii.a", "P.1.iii.b", "P.1.iii.c"}
    )


def _rows_of(rubric: Rubric, code: str) -> tuple[int, list[int]]:
    """The 1-based row of item ``code`` in official-filled.xlsx and the rows of its counts."""
    rows = read_lke_workbook(OFFICIAL, rubric).rows
    item = next(r["row"] for r in rows if r["kind"] == "item" and r["code"] == code)
    return item, [
        r["row"] for r in rows if r["kind"] in ("input", "sum") and r["code"].startswith(f"{code}/")
    ]


@pytest.mark.parametrize(("shown", "value"), [(7 / 6, 1.0), (0.8, 0.8)])
def test_a_share_above_all_in_a_sheet_of_fractions_is_all(
    tmp_path: Path, rubric: Rubric, shown: float, value: float
) -> None:
    """7 changes by 6 agents, the counts gone: the % cell holds 1.1667 (116.67 % on screen) among % cells
    holding fractions; it was read as 1.17 %."""
    item, counts = _rows_of(rubric, "R.1.i.a")
    wb = read_lke_workbook(_edit(tmp_path, {item: shown, **{r: None for r in counts}}), rubric)
    assert _value(wb, rubric, "R.1.i.a") == pytest.approx(value)


def test_a_count_that_is_not_whole_is_said_to_be_no_whole_number(tmp_path: Path, rubric: Rubric) -> None:
    """'8.6' in a count was refused as 'not one of 0–1000000000', which it is: the rule is a whole number."""
    book = openpyxl.load_workbook(OFFICIAL)
    book.active.cell(COUNT_ROW, 11).value = 8.6
    path = tmp_path / "lke-unit.xlsx"
    book.save(path)
    (bad,) = [
        f for f in read_lke_workbook(path, rubric).findings() if f["code"] == "IMPORT_WORKBOOK_BAD_ANSWER"
    ]
    assert bad["theirs"] == "8.6" and bad["ours"] == f"0, 1, 2 … {COUNT_MAX}"
