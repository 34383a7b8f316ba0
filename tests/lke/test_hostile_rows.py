"""An LKE sheet with thousands of extra rows, or rows of pages of text, reads as the official one does.

The probe of issue 17 (#4) found 2,000 rows taking a minute and 300 long rows five minutes. The
matcher now compares a row's start only and sums word weights in one step; these tests pin that
what it reads does not change: extra rows steal no item, and a question followed by pages of
explanation still finds its item.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

import openpyxl
import pytest

from tests.bounded_cli import cli_bounded
from tests.conftest import DATA
from zi_eval.lke.reader import LkeWorkbook, read_lke_workbook
from zi_eval.models.rubric import Rubric

OFFICIAL = DATA / "lke" / "official-filled.xlsx"
#: words of the rubric's own questions: junk made of them shares words with every rubric row
WORDS = [
    w
    for r in csv.DictReader((DATA / "lke-items.csv").read_text(encoding="utf-8").splitlines())
    for w in r["question"].split()
    if w.isalpha()
]


def _answers(book: LkeWorkbook) -> dict[str, object]:
    return {code: a.model_dump() for code, a in book.unit.answers.items()}


@pytest.fixture(scope="module")
def official(rubric: Rubric) -> LkeWorkbook:
    return read_lke_workbook(OFFICIAL, rubric)


def _with_rows(path: Path, n: int, words: int, seed: int = 17) -> Path:
    """The official workbook with ``n`` rows of ``words`` rubric words each, answered, after its last row."""
    rnd = random.Random(seed)
    wb = openpyxl.load_workbook(OFFICIAL)
    ws = wb["LKE ZI"]
    start = ws.max_row + 1
    for i in range(n):
        ws.cell(start + i, 6, "abcdefgh"[i % 8] + ".")
        ws.cell(start + i, 7, " ".join(rnd.choice(WORDS) for _ in range(words)))
        ws.cell(start + i, 10, "Ya/Tidak")
        ws.cell(start + i, 11, "Ya")
    wb.save(path)
    return path


@pytest.mark.parametrize(("rows", "words"), [(2_000, 12), (300, 800)], ids=["2000 rows", "300 long rows"])
def test_extra_rows_of_rubric_words_steal_no_item(
    rows: int, words: int, tmp_path: Path, rubric: Rubric, official: LkeWorkbook
) -> None:
    book = read_lke_workbook(_with_rows(tmp_path / "lke.xlsx", rows, words), rubric)
    assert book.items_matched == official.items_matched == 113
    assert book.matched == official.matched
    assert _answers(book) == _answers(official)


def test_a_question_followed_by_pages_of_explanation_finds_its_item(
    tmp_path: Path, rubric: Rubric, official: LkeWorkbook
) -> None:
    wb = openpyxl.load_workbook(OFFICIAL)
    ws = wb["LKE ZI"]
    row = official.matched["item:P.1.ii.b"]
    question = str(ws.cell(row, 7).value)
    rnd = random.Random(3)
    ws.cell(row, 7, question + " Penjelasan: " + " ".join(rnd.choice(WORDS) for _ in range(1_500)))
    path = tmp_path / "panjang.xlsx"
    wb.save(path)
    book = read_lke_workbook(path, rubric)
    assert book.matched["item:P.1.ii.b"] == row
    assert _answers(book) == _answers(official)


def test_a_sheet_of_19000_long_rows_is_read_within_4_gib(tmp_path: Path) -> None:
    path = _with_rows(tmp_path / "besar.xlsx", 19_000, 60)
    proc = cli_bounded("--lang", "en", "evaluate", str(path), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert '"total"' in proc.stdout
