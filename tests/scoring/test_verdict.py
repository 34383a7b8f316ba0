"""The readiness rule (``scoring.readiness.verdict``), stated independently and checked on generated units.

One function judges one unit or many; these tests check what it says against DESIGN.md §1 thresholds
read straight from the rubric and the unit's own scores.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import zi_eval as zi
from tests.scoring.test_properties import RUBRIC, units
from zi_eval.models.unit import Unit, UnitInfo
from zi_eval.scoring.engine import evaluate_unit, matrix
from zi_eval.scoring.readiness import verdict


def _value(kind: str, ref: str | None, scores) -> float:  # type: ignore[no-untyped-def]
    return {
        "total": lambda: scores.total,
        "component": lambda: scores.components.get(ref, 0.0),
        "area": lambda: scores.hasil_areas.get(ref, 0.0),
        "indicator": lambda: scores.indicators.get(ref, 0.0),
    }[kind]()


@given(
    units(), st.sampled_from([None, "WBK", "WBBM"]), st.sampled_from(["claimed", "evidenced", "projected"])
)
def test_each_criterion_is_its_threshold_read_from_the_scores(
    unit: Unit, prior: str | None, mode: str
) -> None:
    unit = unit.model_copy(update={"unit": UnitInfo(id="u", name="U", year=2025, prior_predicate=prior)})
    ev = evaluate_unit(unit, RUBRIC, mode=mode)
    s = ev.scores
    for pred in RUBRIC.predicates:
        want: dict[str, tuple[float, float]] = {}
        for c in pred.criteria:
            if c.kind == "each_zi_area_percent":
                want |= {f"area:{a.id}": (a.percent, c.min) for a in s.areas}
            else:
                want[c.id] = (_value(c.kind, c.ref, s), c.min)
        if pred.prior_predicate:
            holds = {None: 0, "WBK": 1, "WBBM": 2}[prior] >= {"WBK": 1, "WBBM": 2}[pred.prior_predicate]
            want["prior-predicate"] = (1.0 if holds else 0.0, 1.0)
        r = ev.readiness[pred.id]
        assert {c.id: (c.value, c.threshold) for c in r.criteria} == want
        for c in r.criteria:
            assert c.met == (c.value >= c.threshold - 1e-9)
            assert c.margin == c.value - c.threshold
        assert r.eligible == all(c.met for c in r.criteria)
        shares = {c.id: (c.value - c.threshold) / c.threshold for c in r.criteria}
        assert r.binding == min(shares, key=lambda k: (shares[k], k))


@settings(max_examples=25)
@given(st.lists(units(), min_size=2, max_size=5))
def test_many_units_at_once_are_judged_as_each_alone(batch: list[Unit]) -> None:
    batch = [
        u.model_copy(update={"unit": UnitInfo(id=f"u{i}", name="U", year=2025)}) for i, u in enumerate(batch)
    ]
    stacked = zi.load_batch(batch, RUBRIC, flags=False).stacked
    m = matrix(RUBRIC)
    from zi_eval.scoring.batch import aggregate_arrays

    agg = aggregate_arrays(stacked.values("evidenced", m.pengungkit), m)
    for pred in RUBRIC.predicates:
        many = verdict(pred, agg, m, stacked.prior_rank)
        for row, unit in enumerate(batch):
            one = evaluate_unit(unit, RUBRIC).readiness[pred.id]
            assert bool(many.eligible[row]) == one.eligible
            assert many.binding[row] == one.binding
            assert np.array_equal(many.margin[row], np.array([c.margin for c in one.criteria]))
