"""A unit file with several problems reports all of them, the model's and the rubric checks' together."""

from __future__ import annotations

from pathlib import Path

import pytest

from zi_eval.api import load_unit
from zi_eval.errors import InputError
from zi_eval.models.rubric import Rubric

MIXED = """\
unit: {id: u, name: U, year: 2025}
activities:
  - {id: a1, ra_area: Manajemen Perubahan, area: nowhere, months: [1, 13]}
answers:
  P.1.i.b: {answer: D}
  P.1.i.a: {answer: Ya, evidence: [nope]}
  R.1.i.a: {counts: {jumlah_agen_perubahan: -1}}
"""


def test_model_and_rubric_problems_come_together(rubric: Rubric, tmp_path: Path) -> None:
    path = tmp_path / "unit.yaml"
    path.write_text(MIXED, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_unit(path, rubric)
    got = {(p.line, p.field) for p in exc.value.problems}
    assert got == {
        (3, "activities[0].months[1]"),  # the model: a month 13
        (7, "answers.R.1.i.a.counts.jumlah_agen_perubahan"),  # the model: a negative count
        (3, "activities[0].area"),  # the rubric: no such area
        (5, "answers.P.1.i.b.answer"),  # the rubric: no option D
        (6, "answers.P.1.i.a.evidence[0]"),  # the file: no such evidence record
    }


def test_a_file_the_model_cannot_repair_still_reports_the_model_problems(
    rubric: Rubric, tmp_path: Path
) -> None:
    path = tmp_path / "unit.yaml"
    path.write_text("unit: {name: U, year: 2025}\nanswers:\n  P.1.i.b: {answer: D}\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_unit(path, rubric)
    assert [p.field for p in exc.value.problems] == ["unit.id"]


@pytest.mark.parametrize("written", ["true", "on", "yes", "tiga", "'3,65 (baik)'", "'1.234,5'"])
def test_a_survey_index_is_a_number_not_a_yaml_boolean_or_text(
    rubric: Rubric, tmp_path: Path, written: str
) -> None:
    """``ipak: true`` (or on, yes) was read as an index of 1.0 and scored 4.375 points; a text that is
    more than a number is no index either."""
    path = tmp_path / "unit.yaml"
    path.write_text(f"unit: {{id: u, name: U, year: 2025}}\nhasil:\n  ipak: {written}\n  ipkp: 3\n", "utf-8")
    with pytest.raises(InputError) as exc:
        load_unit(path, rubric)
    assert [(p.line, p.field, p.must) for p in exc.value.problems] == [(3, "hasil.ipak", "a number")]


def test_a_survey_index_written_as_a_whole_number_is_read(rubric: Rubric, tmp_path: Path) -> None:
    path = tmp_path / "unit.yaml"
    path.write_text("unit: {id: u, name: U, year: 2025}\nhasil: {ipak: 3, ipkp: 3.25}\n", "utf-8")
    hasil = load_unit(path, rubric).hasil
    assert (hasil.ipak, hasil.ipkp) == (3.0, 3.25) and isinstance(hasil.ipak, float)


@pytest.mark.parametrize(("written", "index"), [("'3,65'", 3.65), ("'3.5'", 3.5), ("' 4 '", 4.0)])
def test_a_survey_index_written_as_text_with_a_decimal_comma_is_read(
    rubric: Rubric, tmp_path: Path, written: str, index: float
) -> None:
    """A spreadsheet in an Indonesian locale copies 3,65: the unit file was refused (exit 3)."""
    path = tmp_path / "unit.yaml"
    path.write_text(f"unit: {{id: u, name: U, year: 2025}}\nhasil:\n  ipak: {written}\n", "utf-8")
    assert load_unit(path, rubric).hasil.ipak == index


@pytest.mark.parametrize("written", ["b", "' B '"])
def test_a_grade_in_lower_case_is_read(rubric: Rubric, tmp_path: Path, written: str) -> None:
    path = tmp_path / "unit.yaml"
    path.write_text(f"unit: {{id: u, name: U, year: 2025}}\nhasil: {{capaian_kinerja: {written}}}\n", "utf-8")
    assert load_unit(path, rubric).hasil.capaian_kinerja == "B"
