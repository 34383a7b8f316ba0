"""Workbook values out of range (issue 17 #17): an IPAK of 99, -1 or "inf", a count of -5, 1.5 or
"nan" is never scored and never vanishes silently: the reader says it (IMPORT_WORKBOOK_BAD_ANSWER, with
the sheet and cell) and the item stays unanswered, as a unit file refuses the same values."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import DATA
from zi_eval.cli import main
from zi_eval.lke.layout import COL, FIRST_ROW, SHEET, entities
from zi_eval.models.rubric import Rubric


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    f = tmp_path_factory.mktemp("lke") / "lke.xlsx"
    assert main(["template", str(DATA / "good" / "good_minimal_unit.yaml"), "-o", str(f)]) == 0
    return f


def _row(rubric: Rubric, key: str) -> int:
    return next(FIRST_ROW + i for i, e in enumerate(entities(rubric)) if f"{e.kind}:{e.key}" == key)


@pytest.mark.parametrize(
    ("key", "value", "item"),
    [
        ("item:H.I.a", 99, "H.I.a"),
        ("item:H.I.a", -1, "H.I.a"),
        ("item:H.I.a", "inf", "H.I.a"),
        ("item:H.I.a", "4,5", "H.I.a"),
        ("input:R.1.i.a/jumlah_agen_perubahan", -5, "R.1.i.a"),
        ("input:R.1.i.a/jumlah_agen_perubahan", 1.5, "R.1.i.a"),
        ("input:R.1.i.a/jumlah_agen_perubahan", "nan", "R.1.i.a"),
    ],
)
def test_a_value_out_of_range_is_said_and_not_scored(
    rubric: Rubric,
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    key: str,
    value: object,
    item: str,
) -> None:
    wb = openpyxl.load_workbook(template)
    row = _row(rubric, key)
    wb[SHEET].cell(row, COL["answer"]).value = value
    f = tmp_path / "diisi.xlsx"
    wb.save(f)
    capsys.readouterr()
    assert main(["--lang", "en", "evaluate", str(f), "--format", "json", "--mode", "claimed"]) == 0
    data = json.loads(capsys.readouterr().out)
    bad = [x for x in data["flags"] if x["code"] == "IMPORT_WORKBOOK_BAD_ANSWER"]
    assert [x["item"] for x in bad] == [item]
    assert bad[0]["source"].endswith(f"!K{row}")
    result = next(i for i in data["items"] if i["code"] == item)
    assert result["outcome"] == "unanswered" and result["points"] == 0.0
