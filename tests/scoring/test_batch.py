"""evaluate_many (stacked arrays, column-wise) gives exactly the row summary_row makes of one evaluation.

The modes and the readiness verdict are one rule each now (tests/scoring/test_modes.py and
test_verdict.py check them against DESIGN.md); this guards what still differs between the two
paths: stacking units, the table's columns, and the flag counts (flags/batch vs flags/derive).
"""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import zi_eval as zi
from tests.scoring.test_properties import units
from zi_eval.api import summary_row
from zi_eval.models.unit import Unit, UnitInfo

RUBRIC = zi.load_rubric()


@settings(max_examples=40)
@given(
    st.lists(units(), min_size=1, max_size=6),
    st.sampled_from(["claimed", "evidenced", "projected"]),
    st.lists(st.sampled_from([None, "WBK", "WBBM"]), min_size=6, max_size=6),
)
def test_evaluate_many_equals_the_single_unit_engine(batch: list[Unit], mode: str, priors: list) -> None:  # type: ignore[type-arg]
    batch = [
        u.model_copy(
            update={"unit": UnitInfo(id=f"u{i}", name=f"U{i}", year=2025, prior_predicate=priors[i])}
        )
        for i, u in enumerate(batch)
    ]
    many = zi.evaluate_many(batch, RUBRIC, mode=mode, flags=True)
    one = pd.DataFrame([summary_row(zi.evaluate(u, RUBRIC, mode=mode)) for u in batch])
    assert list(many.columns) == list(one.columns)
    for col in one.columns:
        assert many[col].tolist() == one[col].tolist(), col  # identical, not approximately equal
