"""Several answer columns, none saying it is the unit's own: last year's beside this year's, hidden, or
an empty column under the same merged "Jawaban".

The leftmost was scored: last year's answers ("Jawaban 2024 | Jawaban 2025") gave another total and
another verdict with exit 0 (a warning sat behind a hundred others), and an empty first column under
a merged header scored nothing. The column of the latest year named is scored, else the only visible
one holding answers; IMPORT_WORKBOOK_ANSWER_COLUMNS says which.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import xlsxwriter

from tests.lke.shapes import Shape, full_unit, render
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric

ANSWER = Shape().offset + 6 + Shape().columns.index("answer")  # 0-based column of "Jawaban"


def _other(rubric: Rubric, code: str, value: Any) -> Any:
    """Another option of item ``code`` than ``value`` (last year's answer), else ``value``."""
    options = list(rubric.items[code].item.options or {})
    return next((o for o in options if o != value), value)


def _copy(
    path: Path,
    rubric: Rubric,
    old_head: str,
    new_head: str,
    old_left: bool = True,
    hide_old: bool = False,
    group: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """The official layout with a second answer column holding other answers; item -> this year's answer.
    ``group``: the old and new columns' group headers, written in the row above the header."""
    rows, where = render(full_unit(rubric), rubric, Shape())
    by_row = {
        r - 1: c for c, r in where.items() if c in rubric.items and rubric.items[c].item.hasil_field is None
    }
    head = next(r for r, row in enumerate(rows) if len(row) > ANSWER and row[ANSWER] == "Jawaban")
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("LKE ZI")
    now: dict[str, Any] = {}
    for r, row in enumerate(rows):
        cur = row[ANSWER] if len(row) > ANSWER else None
        old = cur
        if r == head:
            old, cur = old_head, new_head
        elif r in by_row and cur is not None and rubric.items[by_row[r]].item.options:
            old = _other(rubric, by_row[r], cur)
            now[by_row[r]] = cur
        pair = [old, cur] if old_left else [cur, old]
        out = [*row[:ANSWER], *pair, *row[ANSWER + 1 :]] if len(row) > ANSWER else row
        for c, value in enumerate(out):
            if value is not None:
                ws.write(r, c, value)
    if group is not None:
        old_group, new_group = group if old_left else group[::-1]
        ws.write(head - 1, ANSWER, old_group)
        ws.write(head - 1, ANSWER + 1, new_group)
    if hide_old:
        col = ANSWER if old_left else ANSWER + 1
        ws.set_column(col, col, None, None, {"hidden": True})
    wb.close()
    return now


@pytest.mark.parametrize("old_left", [True, False], ids=["old-left", "old-right"])
def test_the_column_of_the_latest_year_is_scored(tmp_path: Path, rubric: Rubric, old_left: bool) -> None:
    now = _copy(tmp_path / "lke.xlsx", rubric, "Jawaban 2024", "Jawaban 2025", old_left)
    assert len(now) > 50  # every option item answered in both columns, differently
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert {c: wb.unit.answers[c].answer for c in now} == now
    said = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_ANSWER_COLUMNS"]
    assert len(said) == 1 and "2025" in said[0]["ours"]


@pytest.mark.parametrize("old_left", [True, False], ids=["old-left", "old-right"])
def test_the_year_of_a_group_header_above_the_answer_columns_is_read(
    tmp_path: Path, rubric: Rubric, old_left: bool
) -> None:
    """A probe's workbook (q6 W27) put "TAHUN 2024" and "TAHUN 2025" above two "Jawaban" columns: the
    2024 column was scored (another total, and the unit's year 2024), said only as "several answer
    columns; K is scored"."""
    now = _copy(
        tmp_path / "lke.xlsx", rubric, "Jawaban", "Jawaban", old_left, group=("TAHUN 2024", "TAHUN 2025")
    )
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert {c: wb.unit.answers[c].answer for c in now} == now


@pytest.mark.parametrize("group", [("HASIL EVALUASI TPI 2024", "PENILAIAN MANDIRI"), ("Nilai 2024", "")])
def test_a_year_over_one_answer_column_alone_does_not_choose_it(
    tmp_path: Path, rubric: Rubric, group: tuple[str, str]
) -> None:
    """A review found last year's TPI column (the only one with a year above it) scored over the unit's own,
    0 of 102 answers right: one year alone names no year's answers."""
    now = _copy(tmp_path / "lke.xlsx", rubric, "Jawaban", "Jawaban", old_left=False, group=group)
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert {c: wb.unit.answers[c].answer for c in now} == now


def test_a_hidden_answer_column_is_not_scored_over_the_visible_one(tmp_path: Path, rubric: Rubric) -> None:
    now = _copy(tmp_path / "lke.xlsx", rubric, "Jawaban", "Jawaban", old_left=True, hide_old=True)
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert {c: wb.unit.answers[c].answer for c in now} == now
    assert any(f["code"] == "IMPORT_WORKBOOK_ANSWER_COLUMNS" for f in wb.findings())


@pytest.mark.parametrize("old_left", [True, False], ids=["earlier-left", "earlier-right"])
@pytest.mark.parametrize(
    ("old_head", "new_head"),
    [
        ("Jawaban Semester I", "Jawaban Semester II"),
        ("Jawaban TW I", "Jawaban TW II"),
        ("Jawaban Smt 1", "Jawaban Smt 2"),
    ],
)
def test_the_column_of_the_latest_period_of_the_year_is_scored(
    tmp_path: Path, rubric: Rubric, old_left: bool, old_head: str, new_head: str
) -> None:
    """A probe's workbook (q8 L02) answered 'Jawaban Semester I | Jawaban Semester II': the first
    semester's answers were scored (the percentage items then unanswered), said only as which column."""
    now = _copy(tmp_path / "lke.xlsx", rubric, old_head, new_head, old_left)
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert {c: wb.unit.answers[c].answer for c in now} == now
    said = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_ANSWER_COLUMNS"]
    assert len(said) == 1 and new_head in said[0]["ours"]


def test_a_period_in_progress_leaves_the_full_one_scored(tmp_path: Path, rubric: Rubric) -> None:
    """A third review's workbook: 'Jawaban Semester II' with five answers typed (a semester in progress)
    beside a full 'Jawaban Semester I' was scored, the total 1.21 where 88.58."""
    import openpyxl

    now = _copy(tmp_path / "lke.xlsx", rubric, "Jawaban Semester II", "Jawaban Semester I", old_left=True)
    book = openpyxl.load_workbook(tmp_path / "lke.xlsx")
    ws = book.active
    filled = [c for c in ws.iter_rows(min_col=ANSWER + 1, max_col=ANSWER + 1) if c[0].value is not None]
    for cell in filled[6:]:  # the Semester II column keeps its header and five answers
        cell[0].value = None
    book.save(tmp_path / "lke.xlsx")
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert {c: wb.unit.answers[c].answer for c in now} == now
