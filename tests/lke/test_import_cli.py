"""``zi-eval import`` of an LKE workbook: the unit YAML, a summary a person can check, the report maps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.lke.shapes import Shape, full_unit, google_sheets, render, write_xlsx
from zi_eval.cli import main
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.loading import load_unit
from zi_eval.models.rubric import Rubric


def _google_copy(tmp_path: Path, rubric: Rubric) -> tuple[Path, dict[str, int]]:
    unit = full_unit(rubric)
    shape = google_sheets(delete=frozenset({"P.1.i.b", "R.2.i.a"}))
    rows, where = render(unit, rubric, shape)
    path = tmp_path / "lke-salinan.xlsx"
    write_xlsx(path, {shape.sheet: rows})
    return path, where


def test_import_of_a_google_sheets_copy_writes_the_unit_and_says_what_it_read(
    tmp_path: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    path, where = _google_copy(tmp_path, rubric)
    out, rep = tmp_path / "unit.yaml", tmp_path / "import.json"
    assert main(["import", str(path), "-o", str(out), "--report", str(rep)]) == 0
    err = capsys.readouterr().err
    unit = load_unit(out, rubric)
    expected = full_unit(rubric)
    # every answer the copy holds is in the unit file; the two deleted rows are not invented
    for code, ans in expected.answers.items():
        if code in ("P.1.i.b", "R.2.i.a"):
            assert code not in unit.answers or unit.answers[code].answer is None
        elif ans.answer is not None:
            assert unit.answers[code].answer == ans.answer, code
    assert (unit.unit.year, unit.unit.name) == (2024, "Pengadilan Agama Uji")  # from the title rows
    # the summary names the column the answers were read from (J in a copy shifted one column left)
    assert "answer=J" in err and "P.1.i.b" in err
    report = json.loads(rep.read_text(encoding="utf-8"))
    assert report["columns"]["answer"] == "J"
    rows = {r["code"]: r["row"] for r in report["rows"] if r["kind"] == "item"}
    assert rows["P.1.i.a"] == where["P.1.i.a"] and rows["R.1.i.a"] == where["R.1.i.a"]
    assert "P.1.i.b" in report["missing"]


def test_import_strict_refuses_a_copy_with_missing_rows(
    tmp_path: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = _google_copy(tmp_path, rubric)
    out = tmp_path / "unit.yaml"
    assert main(["import", str(path), "-o", str(out), "--strict"]) == 3
    err = capsys.readouterr().err
    assert "IMPORT_WORKBOOK_ITEM_MISSING" in err and "P.1.i.b" in err
    assert not out.exists()


def test_a_list_that_is_not_a_plan_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_xlsx(tmp_path / "belanja.xlsx", {"Belanja": [["No", "Uraian", "Pagu"], [1, "ATK", 1000]]})
    assert main(["import", str(tmp_path / "belanja.xlsx"), "-o", str(tmp_path / "u.yaml")]) == 3
    assert "belanja.xlsx" in capsys.readouterr().err
    assert not (tmp_path / "u.yaml").exists()


@pytest.mark.parametrize("year", [2000, 2025, 2100])
def test_every_year_the_unit_file_accepts_is_read_from_the_title(
    tmp_path: Path, rubric: Rubric, year: int
) -> None:
    shape = Shape(title=("LEMBAR KERJA EVALUASI ZONA INTEGRITAS", f"Unit: Kantor Uji — Tahun {year}"))
    rows, _ = render(full_unit(rubric), rubric, shape)
    write_xlsx(tmp_path / "lke.xlsx", {shape.sheet: rows})
    assert read_lke_workbook(tmp_path / "lke.xlsx", rubric).unit.unit.year == year
