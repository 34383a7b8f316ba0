"""evaluate_many (stacked arrays, column-wise) gives exactly the row summary_row makes of one evaluation.

The modes and the readiness verdict are one rule each now (tests/scoring/test_modes.py and
test_verdict.py check them against DESIGN.md); this guards what still differs between the two
paths: stacking units, the table's columns, and the flag counts (flags/batch vs flags/derive).
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zi_eval as zi
import zi_eval.scoring.batch as batch_module
from tests.builders import make_unit
from tests.scoring.test_properties import units
from zi_eval.api import summary_row
from zi_eval.models.unit import Answer, Hasil, Unit, UnitInfo
from zi_eval.scoring.batch import compile_units, value_items
from zi_eval.scoring.linking import link_unit
from zi_eval.scoring.values import value_item

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


# --- the valuation memo (scoring.batch._rows) ------------------------------------------------------


@settings(max_examples=60)
@given(st.lists(units(), min_size=1, max_size=8))
def test_memoised_values_are_the_values_themselves(batch: list[Unit]) -> None:
    # readings are shared across units and examples: each must still give what value_item gives
    for u in batch:
        assert value_items(u, RUBRIC) == [value_item(f.item, c, u) for c, f in RUBRIC.items.items()]


def _counts(made: int) -> Answer:
    return Answer(counts={"jumlah_agen_perubahan": 10, "jumlah_perubahan_dibuat": made})


def test_a_unit_whose_counts_differ_gets_its_own_value() -> None:
    col = RUBRIC.item_index()["R.1.i.a"]
    a, b = (make_unit(RUBRIC, answers={"R.1.i.a": _counts(n)}) for n in (7, 4))
    assert (value_items(a, RUBRIC)[col].value, value_items(a, RUBRIC)[col].answer) == (0.7, "7/10")
    assert (value_items(b, RUBRIC)[col].value, value_items(b, RUBRIC)[col].answer) == (0.4, "4/10")
    assert compile_units([a, b, a], RUBRIC, [link_unit(u, RUBRIC) for u in (a, b, a)]).claimed[
        :, col
    ].tolist() == [0.7, 0.4, 0.7]


def test_a_negative_zero_index_shows_as_itself() -> None:
    # -0.0 == 0.0 (a dict key finds either), yet value_item shows "-0.00": the memo must not merge them
    col = RUBRIC.item_index()[next(c for c, f in RUBRIC.items.items() if f.item.hasil_field == "ipak")]
    for ipak, shown in ((0.0, "0.00"), (-0.0, "-0.00"), (0.0, "0.00")):
        assert value_items(make_unit(RUBRIC, hasil=Hasil(ipak=ipak)), RUBRIC)[col].answer == shown


def test_the_memo_of_an_item_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    col, _, memo, _ = batch_module._valuing(RUBRIC).by_code["R.1.i.a"]
    monkeypatch.setattr(batch_module, "VALUE_MEMO", len(memo) + 3)  # room for three more readings
    for n in range(10):
        answer = Answer(counts={"jumlah_agen_perubahan": 1000, "jumlah_perubahan_dibuat": n})
        got = value_items(make_unit(RUBRIC, answers={"R.1.i.a": answer}), RUBRIC)[col]
        assert got.answer == f"{n}/1000"  # a reading the full memo does not hold is still valued
        assert len(memo) <= batch_module.VALUE_MEMO
