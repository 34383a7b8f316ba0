"""Properties of scoring over generated units: bounds, monotonicity, mode order, order independence."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zi_eval.flags import derive_flags
from zi_eval.models.loading import load_rubric
from zi_eval.models.unit import Activity, Answer, Evidence, Hasil, LkeLink, Unit, UnitInfo
from zi_eval.report.json_report import evaluation_to_dict, to_json
from zi_eval.scoring.engine import MODES, evaluate_unit

RUBRIC = load_rubric()
PENGUNGKIT = [c for c, f in RUBRIC.items.items() if f.component == "pengungkit"]
ZI = [a.id for a in RUBRIC.zi_areas]


@st.composite
def answers(draw: st.DrawFn, code: str, ev_ids: list[str]) -> Answer:
    item = RUBRIC.items[code].item
    evidence = tuple(draw(st.lists(st.sampled_from(ev_ids), unique=True, max_size=2))) if ev_ids else ()
    if item.options is not None:
        return Answer(answer=draw(st.sampled_from(sorted(item.options))), evidence=evidence)
    counts = {i.id: draw(st.integers(0, 12)) for i in item.inputs if draw(st.integers(0, 9)) > 0}
    return Answer(counts=counts, evidence=evidence)


@st.composite
def units(draw: st.DrawFn) -> Unit:
    ev_ids = [f"e{i}" for i in range(draw(st.integers(0, 4)))]
    codes = draw(st.lists(st.sampled_from(PENGUNGKIT), unique=True, max_size=25))
    acts = []
    for i in range(draw(st.integers(0, 6))):
        links = draw(st.lists(st.sampled_from(PENGUNGKIT), unique=True, max_size=3))
        acts.append(
            Activity(
                id=f"a{i}",
                ra_area="x",
                area=draw(st.sampled_from(ZI)),
                kegiatan="k",
                sub_kegiatan="s",
                months=tuple(draw(st.lists(st.integers(1, 12), max_size=4))),
                lke=tuple(LkeLink(code=c) for c in links),
            )
        )
    targets = PENGUNGKIT[:10] + [a.id for a in acts]
    evidence = tuple(
        Evidence(
            id=e, title=e, supports=tuple(draw(st.lists(st.sampled_from(targets), max_size=3, unique=True)))
        )
        for e in ev_ids
    )
    hasil = Hasil(
        ipak=draw(st.none() | st.floats(0, 4)),
        ipkp=draw(st.none() | st.floats(0, 4)),
        capaian_kinerja=draw(st.none() | st.sampled_from("ABCDE")),
        evidence=tuple(draw(st.lists(st.sampled_from(ev_ids), unique=True, max_size=1))) if ev_ids else (),
    )
    return Unit(
        unit=UnitInfo(id="u", name="U", year=2025),
        activities=tuple(acts),
        evidence=evidence,
        answers={c: draw(answers(c, ev_ids)) for c in codes},
        hasil=hasil,
    )


def _totals(unit: Unit) -> dict[str, float]:
    return evaluate_unit(unit, RUBRIC).totals_by_mode


@given(units())
def test_points_within_bounds_and_modes_ordered(unit: Unit) -> None:
    ev = evaluate_unit(unit, RUBRIC)
    for i in ev.items:
        assert 0.0 <= i.points <= i.max_points + 1e-12
        assert 0.0 <= i.value <= 1.0
    t = ev.totals_by_mode
    assert t["evidenced"] <= t["claimed"] + 1e-9 <= t["projected"] + 2e-9
    assert 0.0 <= t["projected"] <= 100.0 + 1e-9


@given(units(), st.sampled_from(PENGUNGKIT))
def test_adding_evidence_never_lowers_any_mode(unit: Unit, code: str) -> None:
    before = _totals(unit)
    extra = Evidence(id="extra", title="bukti baru", supports=(code,))
    after = _totals(unit.model_copy(update={"evidence": unit.evidence + (extra,)}))
    assert all(after[m] >= before[m] - 1e-9 for m in MODES)


@given(units(), st.sampled_from([c for c in PENGUNGKIT if RUBRIC.items[c].item.options]))
def test_raising_an_answer_never_lowers_the_score(unit: Unit, code: str) -> None:
    opts = RUBRIC.items[code].item.options or {}
    ranked = sorted(opts, key=lambda k: opts[k])
    current = unit.answers.get(code)
    ev = current.evidence if current else ()
    low = _totals(
        unit.model_copy(update={"answers": {**unit.answers, code: Answer(answer=ranked[0], evidence=ev)}})
    )
    high = _totals(
        unit.model_copy(update={"answers": {**unit.answers, code: Answer(answer=ranked[-1], evidence=ev)}})
    )
    assert all(high[m] >= low[m] - 1e-9 for m in MODES)


@given(units(), st.randoms(use_true_random=False))
def test_shuffling_changes_nothing(unit: Unit, rnd) -> None:  # type: ignore[no-untyped-def]
    def render(u: Unit) -> str:
        ev = evaluate_unit(u, RUBRIC)
        return to_json(evaluation_to_dict(ev, derive_flags(ev)))

    acts, evs, ans = list(unit.activities), list(unit.evidence), list(unit.answers.items())
    rnd.shuffle(acts)
    rnd.shuffle(evs)
    rnd.shuffle(ans)
    shuffled = unit.model_copy(
        update={"activities": tuple(acts), "evidence": tuple(evs), "answers": dict(ans)}
    )
    a = render(unit)
    assert render(shuffled) == a
    assert render(unit) == a  # byte-identical across runs
