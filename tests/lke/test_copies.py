"""The committed copies of the LKE (xlsx, xls, ods, csv; see tests/lke/make_fixtures.py) read alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
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


def _values(rows: list[list[object]]) -> list[list[object]]:
    """Rows without trailing empty cells, numbers as floats to 12 places (xlsx keeps ~16 digits)."""
    out = []
    for row in rows:
        cells = [
            round(float(v), 12) if isinstance(v, int | float) and not isinstance(v, bool) else v for v in row
        ]
        while cells and cells[-1] in (None, ""):
            cells.pop()
        out.append(cells)
    return out


def test_committed_xlsx_copies_are_what_the_script_writes(rubric: Rubric) -> None:
    from tests.lke.make_fixtures import GOOGLE, OFFICIAL
    from tests.lke.shapes import render

    for name, shape, pick in (("official-filled.xlsx", OFFICIAL, 1), ("google-copy.xlsx", GOOGLE, 2)):
        expected, _ = render(full_unit(rubric, pick=pick), rubric, shape)
        ws = openpyxl.load_workbook(LKE / name)[shape.sheet]
        got = [list(r) for r in ws.iter_rows(values_only=True)]
        assert _values(got) == _values(expected), f"{name} is stale: run python -m tests.lke.make_fixtures"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_a_fresh_copy_that_reads_alike(tmp_path: Path, rubric: Rubric) -> None:
    from tests.lke.make_fixtures import GOOGLE, _convert
    from tests.lke.shapes import render, write_xlsx

    rows, _ = render(full_unit(rubric, pick=2), rubric, GOOGLE)
    write_xlsx(tmp_path / "copy.xlsx", {GOOGLE.sheet: rows})
    _convert(tmp_path / "copy.xlsx", "xls", tmp_path / "copy.xls")
    a = read_lke_workbook(tmp_path / "copy.xlsx", rubric)
    b = read_lke_workbook(tmp_path / "copy.xls", rubric)
    assert a.unit == b.unit and a.columns == b.columns
    assert [f["code"] for f in a.findings()] == [f["code"] for f in b.findings()]


def test_answers_carrying_characters_nobody_sees_read_as_written(rubric: Rubric, tmp_path: Path) -> None:
    """Answers copied from the web end with a zero-width space ("A\u200b"), or hold a soft hyphen or a
    byte-order mark: each was a bad answer (a probe: 103 of them, pengungkit 26.0 -> 5.3)."""
    wb = openpyxl.load_workbook(LKE / "official-filled.xlsx")
    ws = wb.active
    assert ws is not None
    marks = ["\u200b", "\ufeff", "\u00ad", "\u2060"]
    changed = 0
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value in {"A", "B", "C", "D", "E", "Ya", "Tidak"}:
                cell.value = cell.value + marks[changed % len(marks)]
                changed += 1
    assert changed > 50
    path = tmp_path / "lke-tak-terlihat.xlsx"
    wb.save(path)
    got = read_lke_workbook(path, rubric)
    assert [f["code"] for f in got.findings()] == []
    assert got.unit.answers == read_lke_workbook(LKE / "official-filled.xlsx", rubric).unit.answers
