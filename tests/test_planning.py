"""The cheapest path to WBK: exact against exhaustive search, and honest about what it cannot fix."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

import zi_eval as zi
from tests.builders import make_unit
from tests.conftest import ROOT
from zi_eval.models.unit import Answer, Hasil
from zi_eval.planning import best_next_actions, candidates, requirements

RUBRIC = zi.load_rubric()
PENGUNGKIT = [c for c, f in RUBRIC.items.items() if f.component == "pengungkit"]
OPTION_ITEMS = [c for c in PENGUNGKIT if RUBRIC.items[c].item.options]


def test_pn_example_needs_two_actions_in_one_area() -> None:
    plan = best_next_actions(zi.load_unit(ROOT / "plans" / "pn-contoh-2025.yaml"), rubric=RUBRIC)
    assert plan.feasible and plan.eligible
    assert {a.area for a in plan.actions} == {"penguatan-akuntabilitas"}
    assert plan.cost == sum(a.cost for a in plan.actions)
    assert plan.after is not None and plan.after.readiness["WBK"].eligible
    assert plan.unfixable == []
    assert list(plan.table().columns) == [
        "item",
        "area",
        "kind",
        "answer_before",
        "answer_after",
        "points",
        "effort",
        "cost",
    ]


def test_unfixable_criteria_are_named() -> None:
    plan = best_next_actions(zi.load_unit(ROOT / "plans" / "kpu-luwu-2025.yaml"), rubric=RUBRIC)
    assert {"ipak", "ipkp", "capaian-kinerja", "bersih-dan-akuntabel"} <= set(plan.unfixable)
    assert "total" in plan.unfixable  # the total also needs hasil points
    assert plan.feasible and not plan.eligible
    assert plan.after is not None
    met = {c.id for c in plan.after.readiness["WBK"].criteria if c.met}
    assert {"pengungkit"} | {f"area:{a.id}" for a in RUBRIC.zi_areas} <= met


def test_max_effort_can_make_it_infeasible() -> None:
    plan = best_next_actions(
        zi.load_unit(ROOT / "plans" / "pn-contoh-2025.yaml"), rubric=RUBRIC, max_effort=1
    )
    assert not plan.feasible and plan.actions == [] and plan.after is None


def test_evidence_only_action_in_evidenced_mode() -> None:
    unit = make_unit(RUBRIC)
    answers = dict(unit.answers)
    for code in [c for c in PENGUNGKIT if RUBRIC.items[c].area == "penguatan-pengawasan"]:
        answers[code] = answers[code].model_copy(update={"evidence": ()})
    plan = best_next_actions(unit.model_copy(update={"answers": answers}), rubric=RUBRIC)
    assert plan.eligible
    assert all(a.kind == "evidence" and a.cost == 1 for a in plan.actions)


def _brute_force(unit, only: set[str]) -> int | None:  # type: ignore[no-untyped-def]
    """Cheapest feasible combination of the model's actions, by trying all of them."""
    ev = zi.evaluate(unit, RUBRIC)
    need, _ = requirements(ev, "WBK")
    cands = candidates(ev, RUBRIC, only)
    by_item: dict[str, list] = {}  # type: ignore[type-arg]
    for c in cands:
        by_item.setdefault(c.item, []).append(c)
    best = None
    for combo in itertools.product(*[[None, *opts] for opts in by_item.values()]):
        chosen = [c for c in combo if c is not None]
        ok = all(
            sum(c.gain for c in chosen if area is None or c.area == area) >= d - 1e-9
            for area, d in need.values()
        )
        if ok:
            cost = sum(c.cost for c in chosen)
            best = cost if best is None else min(best, cost)
    return best


@st.composite
def small_units(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    """Units with a few low items in one area (the search space) and, outside it, enough items at zero
    to pull that area just under its WBK minimum, so most cases need a real choice."""
    unit = make_unit(RUBRIC, hasil=Hasil(ipak=4.0, ipkp=4.0, capaian_kinerja="A", evidence=("e-all",)))
    area = draw(st.sampled_from([a.id for a in RUBRIC.zi_areas]))
    weight = next(a.weight for a in RUBRIC.zi_areas if a.id == area)
    in_area = [c for c in OPTION_ITEMS if RUBRIC.items[c].area == area]
    low = draw(st.lists(st.sampled_from(in_area), unique=True, min_size=1, max_size=min(7, len(in_area))))
    answers = dict(unit.answers)
    score = weight
    for code in low:
        opts = RUBRIC.items[code].item.options or {}
        label = draw(st.sampled_from(sorted(opts, key=lambda k: opts[k])[:-1]))
        with_ev = draw(st.booleans())
        answers[code] = Answer(answer=label, evidence=("e-all",) if with_ev else ())
        score -= (1 - (opts[label] if with_ev else 0.0)) * RUBRIC.items[code].max_points
    rest = draw(st.permutations([c for c in PENGUNGKIT if RUBRIC.items[c].area == area and c not in low]))
    stop = weight * 0.6 - draw(st.floats(0.0, 1.5))
    for code in rest:
        if score < stop:
            break
        item = RUBRIC.items[code].item
        answers[code] = (
            Answer(
                answer=min(item.options, key=lambda k: item.options[k]),  # type: ignore[index]
                evidence=("e-all",),
            )
            if item.options
            else Answer(evidence=("e-all",))
        )
        score -= RUBRIC.items[code].max_points
    return unit.model_copy(update={"answers": answers}), set(low)


@settings(max_examples=60)
@given(small_units())
def test_cheapest_path_is_optimal_against_brute_force(case) -> None:  # type: ignore[no-untyped-def]
    unit, low = case
    plan = best_next_actions(unit, rubric=RUBRIC, only=low)
    brute = _brute_force(unit, low)
    if brute is None:
        assert not plan.feasible
    else:
        assert plan.feasible and plan.cost == brute
        assert plan.eligible  # the engine confirms the plan
