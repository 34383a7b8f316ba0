"""A row is matched in its context: the indicator block and letter it sits under, the years its count
rows name; and a row whose item another row took is said, never read over it nor dropped unsaid.

A probe (d06) cut every question to 45 characters: the row lettered ``d.`` under P.2.ii ("Telah
dilakukan monitoring dan dan evaluasi t") took P.5.iii.c, the short question its words fit best, and
P.5.iii.c's own row was only "unmatched" (exit 0, 60.115 instead of 60.490). Another (d02) listed
R.3.iii.a's count rows "… tahun 2025" above "… tahun 2024": read by order, this year's count became
last year's and the item scored 0 instead of 0.4, in silence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lke.shapes import Shape, full_unit, render, write_xlsx
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Answer
from zi_eval.scoring.engine import evaluate_unit

TEXT = 6  # the question column of the official layout (G), 0-based
ANSWER = 10  # the answer column (K), 0-based


def _cut(rubric: Rubric, n: int) -> dict[str, str]:
    """Every pengungkit question cut to its first ``n`` characters, as a unit narrowing a column does."""
    return {c: f.item.question[:n] for c, f in rubric.items.items() if f.item.hasil_field is None}


@pytest.mark.parametrize("n", [30, 40, 45, 50])
def test_a_lettered_row_with_its_question_cut_short_keeps_its_block(
    tmp_path: Path, rubric: Rubric, n: int
) -> None:
    unit = full_unit(rubric, pick=1)
    rows, where = render(unit, rubric, Shape(reword=_cut(rubric, n)))
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers == unit.answers  # P.2.ii.d's answer is not P.5.iii.c's
    assert wb.missing == [] and not [f for f in wb.findings() if f["code"].startswith("IMPORT_WORKBOOK")]
    code = {r["row"]: r["code"] for r in wb.rows}
    assert code[where["P.2.ii.d"]] == "P.2.ii.d" and code[where["P.5.iii.c"]] == "P.5.iii.c"


def test_two_rows_alike_but_for_their_letters_are_read_by_their_letters(
    tmp_path: Path, rubric: Rubric
) -> None:
    """R.2.ii.a and R.2.ii.b differ only in their last words: cut to 60 characters and listed b then a,
    only their letters tell them apart (the text score favoured the shorter question for both)."""
    unit = full_unit(rubric, pick=1)
    unit = unit.model_copy(
        update={"answers": {**unit.answers, "R.2.ii.a": Answer(answer="A"), "R.2.ii.b": Answer(answer="C")}}
    )
    rows, where = render(unit, rubric, Shape(reword=_cut(rubric, 60)))
    a, b = where["R.2.ii.a"] - 1, where["R.2.ii.b"] - 1
    rows[a], rows[b] = rows[b], rows[a]  # the rows move with their letters
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers["R.2.ii.a"].answer == "A" and wb.unit.answers["R.2.ii.b"].answer == "C"
    assert wb.unit.answers == unit.answers and wb.missing == []


def test_an_item_taken_by_a_misplaced_row_is_said_at_its_own_row(tmp_path: Path, rubric: Rubric) -> None:
    """A letter is no code: a row lettered ``d.`` under P.2.ii holding the whole of P.5.iii.c's question is
    P.5.iii.c (a row pasted in the wrong place). P.5.iii.c's own row further down is then the item's second
    row: said with both rows, its answer not read over the first one's, P.2.ii.d said missing."""
    unit = full_unit(rubric, pick=1)
    unit = unit.model_copy(
        update={"answers": {**unit.answers, "P.2.ii.d": Answer(answer="C"), "P.5.iii.c": Answer(answer="A")}}
    )
    rows, where = render(unit, rubric, Shape(reword={"P.2.ii.d": rubric.items["P.5.iii.c"].item.question}))
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers["P.5.iii.c"].answer == "C"  # the row read first keeps it
    assert wb.missing == ["P.2.ii.d"]
    twice = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_ROW_TWICE"]
    assert [(f["line"], f["item"], f["ours"], f["theirs"]) for f in twice] == [
        (where["P.5.iii.c"], "P.5.iii.c", str(where["P.2.ii.d"]), "A")
    ]
    assert not [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_UNMATCHED"]
    assert wb.report()["counts"]["unmatched"] == 1


def test_a_row_repeating_an_item_is_said_with_the_row_read(tmp_path: Path, rubric: Rubric) -> None:
    """P.1.iv.b's row copied under itself with another answer: the first is read, the copy said."""
    unit = full_unit(rubric, pick=1)
    rows, where = render(unit, rubric, Shape())
    at = where["P.1.iv.b"]  # 1-based: the copy is inserted right under it
    copy = list(rows[at - 1])
    first = copy[ANSWER]
    copy[ANSWER] = "A" if first != "A" else "B"
    rows.insert(at, copy)
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers == unit.answers
    twice = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_ROW_TWICE"]
    assert [(f["line"], f["item"], f["ours"], f["theirs"]) for f in twice] == [
        (at + 1, "P.1.iv.b", str(at), copy[ANSWER])
    ]


def _years(tmp_path: Path, rubric: Rubric, texts: dict[str, str], swap: bool) -> dict[str, int]:
    """R.3.iii.a's counts read from the official layout with its count rows worded ``texts`` (input id ->
    text), this year's row above last year's when ``swap``."""
    unit = full_unit(rubric, pick=1)
    counts = {
        "jumlah_pelanggaran_tahun_lalu": 5,
        "jumlah_pelanggaran_tahun_ini": 3,
        "jumlah_pelanggaran_disanksi": 2,
    }
    unit = unit.model_copy(update={"answers": {**unit.answers, "R.3.iii.a": Answer(counts=counts)}})
    rows, where = render(unit, rubric, Shape())
    for inp, text in texts.items():
        rows[where[f"R.3.iii.a/{inp}"] - 1][TEXT] = text
    if swap:
        a, b = (
            where["R.3.iii.a/jumlah_pelanggaran_tahun_lalu"] - 1,
            where["R.3.iii.a/jumlah_pelanggaran_tahun_ini"] - 1,
        )
        rows[a], rows[b] = rows[b], rows[a]
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})  # the title says "Tahun 2025"
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    value = next(
        i.value for i in evaluate_unit(wb.unit, rubric, mode="claimed").items if i.code == "R.3.iii.a"
    )
    assert value == pytest.approx(0.4)  # (5 - 3) / 5
    assert not [f for f in wb.findings() if f["code"].startswith("IMPORT_WORKBOOK")]
    return dict(wb.unit.answers["R.3.iii.a"].counts)


def test_count_rows_naming_their_years_are_read_by_year_in_either_order(
    tmp_path: Path, rubric: Rubric
) -> None:
    texts = {
        "jumlah_pelanggaran_tahun_lalu": "Jumlah pelanggaran disiplin tahun 2024",
        "jumlah_pelanggaran_tahun_ini": "Jumlah pelanggaran disiplin tahun 2025",
        "jumlah_pelanggaran_disanksi": "Jumlah pelanggaran yang diberi sanksi",
    }
    for swap in (False, True):
        (tmp_path / str(swap)).mkdir()
        counts = _years(tmp_path / str(swap), rubric, texts, swap)
        assert counts["jumlah_pelanggaran_tahun_lalu"] == 5 and counts["jumlah_pelanggaran_tahun_ini"] == 3


def test_a_count_row_naming_the_sheets_year_is_this_years(tmp_path: Path, rubric: Rubric) -> None:
    """Only this year's row names a year, and it comes first: the sheet's year (its title's) says it is
    this year's; last year's row is the other."""
    texts = {
        "jumlah_pelanggaran_tahun_lalu": "Jumlah pelanggaran disiplin tahun lalu",
        "jumlah_pelanggaran_tahun_ini": "Jumlah pelanggaran disiplin 2025",
    }
    counts = _years(tmp_path, rubric, texts, swap=True)
    assert counts["jumlah_pelanggaran_tahun_lalu"] == 5 and counts["jumlah_pelanggaran_tahun_ini"] == 3
