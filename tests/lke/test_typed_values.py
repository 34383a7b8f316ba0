"""Nilai typed on the item rows of an LKE copy is compared with the value each answer gives by the rubric.

A copy in the wild had the constant 1 typed in Nilai on every item, C answers included: its own sums
were wrong and nothing said so. The score stays the answers'; the disagreeing cells are said as the
cached values of a formula are (IMPORT_WORKBOOK_MISMATCH).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.lke.shapes import Shape, full_unit, render, write_xlsx
from zi_eval.cli import main
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric

#: The Nilai column of the official layout (L), 0-based
NILAI = Shape().offset + 6 + Shape().columns.index("value")


def _option_items(rubric: Rubric) -> list[str]:
    return [c for c, f in rubric.items.items() if f.item.options is not None and f.item.hasil_field is None]


def _with_nilai(path: Path, rubric: Rubric, nilai: dict[str, object]) -> dict[str, int]:
    """An official-layout copy answering every item, with ``nilai`` typed in the Nilai cell of those items."""
    rows, where = render(full_unit(rubric), rubric, Shape())
    for code, value in nilai.items():
        rows[where[code] - 1][NILAI] = value
    write_xlsx(path, {"LKE ZI": rows})
    return where


def test_nilai_typed_as_one_on_every_item_is_said_where_the_answer_gives_less(
    tmp_path: Path, rubric: Rubric
) -> None:
    f = tmp_path / "lke.xlsx"
    codes = _option_items(rubric)
    where = _with_nilai(f, rubric, {c: 1 for c in codes})
    wb = read_lke_workbook(f, rubric)
    unit = full_unit(rubric)
    below_one = {c for c in codes if rubric.items[c].item.options[unit.answers[c].answer] < 1}  # type: ignore[index, index]
    assert below_one and len(below_one) < len(codes)  # some answers are A/Ya: those agree with 1
    said = {f["item"]: f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_MISMATCH"}
    assert set(said) == below_one
    c_answer = next(c for c in sorted(below_one) if unit.answers[c].answer == "C")
    one = said[c_answer]
    assert one["source"] == f"lke.xlsx:LKE ZI!L{where[c_answer]}" and one["line"] == where[c_answer]
    ours = rubric.items[c_answer].item.options["C"]  # type: ignore[index]
    assert (one["theirs"], one["ours"], one["what"]) == ("1.0000", f"{ours:.4f}", f"{c_answer} (C)")
    # the answers are read as written: the typed Nilai changes no answer
    assert {c: a.answer for c, a in wb.unit.answers.items() if a.answer} == {
        c: a.answer for c, a in unit.answers.items() if a.answer
    }


def test_nilai_that_agrees_with_the_answers_or_is_not_a_number_says_nothing(
    tmp_path: Path, rubric: Rubric
) -> None:
    f = tmp_path / "lke.xlsx"
    unit = full_unit(rubric)
    codes = _option_items(rubric)
    agree: dict[str, object] = {c: rubric.items[c].item.options[unit.answers[c].answer] for c in codes}  # type: ignore[index, index]
    agree[codes[0]] = "-"  # a dash typed in Nilai is no value
    _with_nilai(f, rubric, agree)
    wb = read_lke_workbook(f, rubric)
    assert not [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_MISMATCH"]


def test_evaluate_scores_the_answers_and_flags_the_typed_nilai(
    tmp_path: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, typed = tmp_path / "plain.xlsx", tmp_path / "typed.xlsx"
    _with_nilai(plain, rubric, {})
    _with_nilai(typed, rubric, {c: 1 for c in _option_items(rubric)})
    totals = {}
    for f in (plain, typed):
        assert main(["evaluate", str(f), "--mode", "claimed", "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        totals[f.name] = data["total"]
        flags = [x for x in data["flags"] if x["code"] == "IMPORT_WORKBOOK_MISMATCH"]
        assert bool(flags) == (f is typed)
    assert totals["typed.xlsx"] == totals["plain.xlsx"]


def test_an_answer_read_otherwise_than_written_is_said_once_not_again_as_a_mismatch(
    tmp_path: Path, rubric: Rubric
) -> None:
    """'B.' is read as B and said (IMPORT_WORKBOOK_NORMALISED); the workbook's formula, reading 'B.' as
    written, gives 0: that disagreement follows from the one already said."""
    f = tmp_path / "lke.xlsx"
    unit = full_unit(rubric)
    code = next(c for c in _option_items(rubric) if unit.answers[c].answer == "B")
    rows, where = render(unit, rubric, Shape())
    answer = Shape().offset + 6 + Shape().columns.index("answer")
    rows[where[code] - 1][answer] = "B."
    rows[where[code] - 1][NILAI] = 0
    write_xlsx(f, {"LKE ZI": rows})
    findings = read_lke_workbook(f, rubric).findings()
    assert [x["item"] for x in findings if x["code"] == "IMPORT_WORKBOOK_NORMALISED"] == [code]
    assert not [x for x in findings if x["code"] == "IMPORT_WORKBOOK_MISMATCH"]
