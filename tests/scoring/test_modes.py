"""The three scoring modes, as DESIGN.md §4 states them, hold for every item of generated units.

The modes are written once (``scoring.batch.mode_rule``); the single-unit results read their values
from it. These tests state the modes independently, item by item, and check both readings.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.scoring.test_properties import RUBRIC, units
from zi_eval.models.unit import Unit
from zi_eval.scoring.batch import compile_unit, mode_rule, mode_values
from zi_eval.scoring.engine import MODES, evaluate_unit
from zi_eval.scoring.linking import link_unit
from zi_eval.scoring.values import value_item


def _expected(
    mode: str, value: float | None, evidenced: bool, planned: bool, pengungkit: bool
) -> tuple[float, str]:
    """An item's value and outcome in ``mode``, from DESIGN.md §4 (outcome of a scored answer: by value)."""
    if value is None:
        if mode == "projected" and planned and pengungkit:
            return 1.0, "met"
        return 0.0, "unanswered"
    if mode == "evidenced" and not evidenced:
        return 0.0, "no_evidence"
    # a ratio of counts (7 of 7) may sum to 0.9999999999999999: that is met, as the engine says
    return value, "met" if value >= 1.0 - 1e-12 else "partial" if value > 0 else "not_met"


@given(units())
def test_every_item_scores_as_its_mode_says(unit: Unit) -> None:
    links = link_unit(unit, RUBRIC)
    ev = evaluate_unit(unit, RUBRIC)
    for mode in MODES:
        for r in ev.scores_by_mode[mode].items:
            flat = RUBRIC.items[r.code]
            v = value_item(flat.item, r.code, unit)
            want = _expected(
                mode,
                v.value,
                bool(links.evidence_by_item.get(r.code)),
                bool(links.by_item.get(r.code)),
                flat.component == "pengungkit",
            )
            assert (r.value, r.outcome) == want, (mode, r.code)
            assert r.points == r.value * r.max_points


@given(units(), st.sampled_from(MODES))
def test_the_batch_values_of_one_unit_are_its_item_values(unit: Unit, mode: str) -> None:
    compiled = compile_unit(unit, RUBRIC, link_unit(unit, RUBRIC))
    peng = np.array([f.component == "pengungkit" for f in RUBRIC.items.values()])
    values = compiled.values(mode, peng).tolist()
    items = evaluate_unit(unit, RUBRIC, mode=mode).items
    assert values == [i.value for i in items]


def test_an_unknown_mode_is_refused_not_read_as_projected() -> None:
    yes = np.array([True])
    with pytest.raises(ValueError, match="mode must be one of"):
        mode_rule("proyeksi", yes, yes, yes, yes)
    with pytest.raises(ValueError, match="mode must be one of"):
        mode_values("proyeksi", np.array([0.5]), yes, yes, yes, yes)
