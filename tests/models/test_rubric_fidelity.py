"""Walk the reference CSV and check every scored item against the rubric YAML."""

from __future__ import annotations

import csv

import pytest

from tests.conftest import DATA
from zi_eval.models.rubric import Rubric

ALL = list(csv.DictReader((DATA / "lke-items.csv").read_text(encoding="utf-8").splitlines()))
ROWS = [r for r in ALL if r["scored"] == "Y"]
INPUTS = [r for r in ALL if r["answer_type"] == "JUMLAH"]


@pytest.mark.parametrize("row", ROWS, ids=[r["item_code"] for r in ROWS])
def test_item_matches_reference(rubric: Rubric, row: dict[str, str]) -> None:
    flat = rubric.items[row["item_code"]]
    assert flat.indicator.code == row["indicator_code"]
    assert flat.indicator.weight == pytest.approx(float(row["indicator_weight"]))
    assert len(flat.indicator.items) == int(row["n_scored_items"])
    assert flat.max_points == pytest.approx(float(row["effective_item_weight"]), abs=1e-6)
    assert flat.item.answer_type == row["answer_type"]
    assert flat.item.question == row["question"].strip()
    assert flat.component == row["component"].lower()
    if row["component"] == "PENGUNGKIT":
        assert flat.aspect == row["aspect"].lower()
    if "=" in row["option_values"]:
        expected = {k: float(v) for k, v in (p.split("=") for p in row["option_values"].split("|"))}
        assert flat.item.options == expected
    elif row["answer_type"] == "PERSEN":
        assert flat.item.formula is not None and flat.item.inputs


def test_every_count_input_of_the_reference_is_in_the_rubric(rubric: Rubric) -> None:
    sources = {i.source_code for f in rubric.items.values() for i in f.item.inputs}
    assert sources == {r["item_code"] for r in INPUTS}
    assert len(INPUTS) == 22
