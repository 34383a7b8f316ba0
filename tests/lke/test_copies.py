"""The committed copies of the LKE (xlsx, xls, ods, csv; see tests/lke/make_fixtures.py) read alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.lke.make_fixtures import DELETED
from tests.lke.shapes import full_unit
from zi_eval.cli import main
from zi_eval.lke.reader import looks_like_lke, read_lke_workbook
from zi_eval.models.rubric import Rubric
from zi_eval.scoring.engine import evaluate_unit
from zi_eval.sources import load_input

LKE = DATA / "lke"


@pytest.mark.parametrize("name", ["official-filled.xlsx", "official-filled.xls"])
def test_official_copies_read_every_answer(name: str, rubric: Rubric) -> None:
    unit = full_unit(rubric, pick=1)
    wb = read_lke_workbook(LKE / name, rubric)
    assert wb.findings() == []
    assert {c: a.model_copy(update={"evidence": ()}) for c, a in wb.unit.answers.items()} == unit.answers
    assert (
        wb.unit.answers["P.1.i.a"].evidence
        and wb.unit.evidence[0].url == "https://drive.example.go.id/zi/sk-tim.pdf"
    )
    assert wb.unit.hasil == unit.hasil
    assert (
        evaluate_unit(wb.unit, rubric, mode="claimed").total
        == evaluate_unit(unit, rubric, mode="claimed").total
    )


@pytest.mark.parametrize("name", ["google-copy.xlsx", "google-copy.ods", "google-copy.csv"])
def test_google_copies_read_alike(name: str, rubric: Rubric) -> None:
    unit = full_unit(rubric, pick=2)
    wb = read_lke_workbook(LKE / name, rubric)
    assert sorted(wb.missing) == sorted(DELETED)
    assert wb.columns["answer"] == "J" and wb.header_row == 4
    expected = {c: a for c, a in unit.answers.items() if c not in DELETED and c != "R.6.i.b"}
    assert {c: a for c, a in wb.unit.answers.items() if c != "R.6.i.b"} == expected
    assert wb.unit.hasil == unit.hasil and wb.unit.unit.year == 2024
    codes = {f["code"] for f in wb.findings()}
    assert codes == {
        "IMPORT_WORKBOOK_ITEM_MISSING",
        "IMPORT_WORKBOOK_NORMALISED",
        "IMPORT_WORKBOOK_PERCENT_AS_COUNTS",
    }


def test_every_copy_is_routed_to_the_lke_reader(rubric: Rubric) -> None:
    totals = set()
    for path in sorted(LKE.glob("google-copy.*")):
        assert looks_like_lke(path), path.name
        loaded = load_input(path, rubric)
        assert loaded.kind == "workbook"
        totals.add(round(evaluate_unit(loaded.unit, rubric, mode="claimed").total, 9))
    assert len(totals) == 1


def test_evaluate_an_ods_copy_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(LKE / "google-copy.ods"), "--mode", "claimed", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    missing = {f["item"] for f in data["flags"] if f["code"] == "IMPORT_WORKBOOK_ITEM_MISSING"}
    assert missing == set(DELETED)
    assert data["unit"]["year"] == 2024


def test_an_rtf_renamed_xls_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "lke.xls"
    bad.write_bytes(b"{\\rtf1 not a workbook}")
    assert main(["evaluate", str(bad)]) == 3
