"""A scenario's patched items are the items compiling the changed unit gives (one valuation for both)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.scoring.test_properties import RUBRIC, units
from zi_eval.models.unit import Unit
from zi_eval.scenario import Scenario, SetAnswer, SetCounts, SetSurvey, _patch, _touched
from zi_eval.scoring.batch import compile_unit
from zi_eval.scoring.linking import link_unit

OPTION_ITEMS = [c for c, f in RUBRIC.items.items() if f.item.options and not f.item.hasil_field]
COUNT_ITEMS = [c for c, f in RUBRIC.items.items() if f.item.formula]


@st.composite
def changes(draw: st.DrawFn, unit: Unit) -> list[object]:
    ev_ids = [e.id for e in unit.evidence]
    out: list[object] = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["answer", "counts", "survey"]))
        cited = tuple(draw(st.lists(st.sampled_from(ev_ids), max_size=1))) if ev_ids else ()
        if kind == "answer":
            code = draw(st.sampled_from(OPTION_ITEMS))
            opts = sorted(RUBRIC.items[code].item.options or {}) + ["tak dikenal"]
            out.append(SetAnswer(item=code, answer=draw(st.sampled_from(opts)), evidence=cited))
        elif kind == "counts":
            code = draw(st.sampled_from(COUNT_ITEMS))
            ids = [i.id for i in RUBRIC.items[code].item.inputs]
            counts = draw(st.dictionaries(st.sampled_from(ids), st.integers(0, 9), max_size=len(ids)))
            out.append(SetCounts(item=code, counts=counts, evidence=cited))
        else:
            out.append(
                SetSurvey(
                    ipak=draw(st.none() | st.floats(0, 4)),
                    capaian_kinerja=draw(st.none() | st.sampled_from("ABCDE")),
                )
            )
    return out


@settings(max_examples=60)
@given(st.data())
def test_a_patch_equals_compiling_the_changed_unit(data: st.DataObject) -> None:
    unit = data.draw(units())
    todo = data.draw(changes(unit))
    s = Scenario(unit, rubric=RUBRIC).with_changes(*todo)
    base = compile_unit(unit, RUBRIC, link_unit(unit, RUBRIC))
    changed = s._applied()
    patched = _patch(base, changed, RUBRIC, {_touched(c, RUBRIC) for c in todo})
    whole = compile_unit(changed, RUBRIC, link_unit(changed, RUBRIC))
    for col in ("claimed", "answered", "shown", "evidenced", "planned"):
        assert np.array_equal(getattr(patched, col), getattr(whole, col)), col
