"""The cheapest path to a predicate: the smallest-effort set of evidence-backed answer upgrades.

Every pengungkit item contributes ``value × indicator weight / items in indicator`` points, so
total, pengungkit and every area are linear in the items' values. Choosing which items to
upgrade is therefore a 0/1 covering problem with one constraint per fixable criterion (total,
pengungkit, each area minimum) and an optional effort budget; it is solved exactly as a mixed
integer programme (HiGHS through ``scipy.optimize.milp``). Per item there are at most two
actions: lift the answer to full value with evidence (cost: the item's effort from the rubric),
or, in ``evidenced`` mode, attach evidence to an answer that lacks it (cost: ``EVIDENCE_COST``).

Optimality: the programme is exact for this action model; among plans of equal effort the one
gaining more points is preferred. It is *not* optimal against actions outside the model: partial
upgrades (B instead of A) cost the same effort as full ones here, so they never help; survey
indices, capaian kinerja and the prior predicate cannot be changed by a plan and are reported
as such. The tests check the programme against exhaustive search on small generated units.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy.optimize import Bounds, LinearConstraint, milp

from zi_eval.api import Evaluation, check_choice, evaluate, load_rubric
from zi_eval.models.rubric import EFFORT_COST, Rubric
from zi_eval.models.unit import Evidence, Unit
from zi_eval.scenario import AttachEvidence, Scenario, SetAnswer, SetCounts
from zi_eval.scoring.readiness import EPS

EVIDENCE_COST = 1


@dataclass(frozen=True)
class Action:
    """One step of a plan: which item, what to do, what it gains and costs."""

    item: str
    area: str
    kind: str  # upgrade | evidence
    answer_before: str | None
    answer_after: str | None
    points: float
    effort: str
    cost: int


@dataclass(frozen=True)
class Candidate:
    item: str
    area: str
    kind: str
    gain: float
    cost: int
    effort: str


@dataclass
class ActionPlan:
    """The result of :func:`best_next_actions`."""

    target: str
    feasible: bool
    actions: list[Action]
    cost: int
    unfixable: list[str]
    before: Evaluation
    after: Evaluation | None
    scenario: Scenario | None
    #: why no plan was found: "" (one was), ``effort`` (none within the effort limit) or ``none``
    why: str = ""
    criteria_targets: dict[str, float] = field(default_factory=dict)

    @property
    def eligible(self) -> bool:
        return bool(self.after is not None and self.after.readiness[self.target].eligible)

    @property
    def points(self) -> float:
        return sum(a.points for a in self.actions)

    def table(self) -> pd.DataFrame:
        """The actions as a DataFrame (one row per action)."""
        cols = ["item", "area", "kind", "answer_before", "answer_after", "points", "effort", "cost"]
        return pd.DataFrame([a.__dict__ for a in self.actions], columns=cols)


def candidates(ev: Evaluation, rubric: Rubric, only: set[str] | None = None) -> list[Candidate]:
    """Every action the model allows on ``ev``'s unit (optionally restricted to ``only`` items)."""
    claimed = _claimed_values(ev) if ev.mode == "evidenced" else {}
    out = []
    for r in ev.core.scores.items:
        flat = rubric.items[r.code]
        if flat.component != "pengungkit" or (only is not None and r.code not in only):
            continue
        cost = EFFORT_COST[flat.item.effort]
        restorable = claimed.get(r.code, 0.0) if r.outcome == "no_evidence" else 0.0
        if restorable > EPS:
            out.append(Candidate(r.code, r.area, "evidence", restorable * r.max_points, EVIDENCE_COST, "low"))
        if (
            r.value < 1.0 - EPS and restorable < 1.0 - EPS
        ):  # a full answer that only lacks evidence needs no upgrade
            out.append(
                Candidate(r.code, r.area, "upgrade", (1.0 - r.value) * r.max_points, cost, flat.item.effort)
            )
    return out


def _claimed_values(ev: Evaluation) -> dict[str, float]:
    """Each item's value as claimed (what attaching evidence would restore), already scored by the engine."""
    return {i.code: i.value for i in ev.core.scores_by_mode["claimed"].items}


def requirements(ev: Evaluation, target: str) -> tuple[dict[str, tuple[str | None, float]], list[str]]:
    """Points still needed per fixable criterion (key → (area or None, deficit)), and unfixable unmet ids."""
    need: dict[str, tuple[str | None, float]] = {}
    unfixable = []
    for c in ev.readiness[target].criteria:
        deficit = -c.margin
        if c.id.startswith("area:"):
            area = c.id.split(":", 1)[1]
            weight = next(a.weight for a in ev.core.scores.areas if a.id == area)
            need[c.id] = (area, deficit * weight / 100.0)
        elif c.fixable:
            need[c.id] = (None, deficit)
        elif not c.met:
            unfixable.append(c.id)
    return need, unfixable


def solve(
    cands: list[Candidate], need: dict[str, tuple[str | None, float]], max_effort: int | None
) -> list[int] | None:
    """Exact 0/1 programme: minimum cost subset meeting every requirement; ``None`` if infeasible."""
    if all(d <= EPS for _, d in need.values()):
        return []
    n = len(cands)
    if n == 0:
        return None
    total_gain = sum(c.gain for c in cands) or 1.0
    cost = np.array([c.cost - 1e-3 * c.gain / total_gain for c in cands])
    rows, lb, ub = [], [], []
    for area, deficit in need.values():
        if deficit <= EPS:
            continue
        rows.append([c.gain if area is None or c.area == area else 0.0 for c in cands])
        lb.append(deficit - 1e-9)
        ub.append(np.inf)
    items = sorted({c.item for c in cands})
    for it in items:
        idx = [i for i, c in enumerate(cands) if c.item == it]
        if len(idx) > 1:
            rows.append([1.0 if i in idx else 0.0 for i in range(n)])
            lb.append(0.0)
            ub.append(1.0)
    if max_effort is not None:
        rows.append([float(c.cost) for c in cands])
        lb.append(0.0)
        ub.append(float(max_effort))
    res = milp(
        cost,
        constraints=LinearConstraint(np.array(rows), lb, ub),
        integrality=np.ones(n),
        bounds=Bounds(0, 1),
    )
    if res.status != 0 or res.x is None:
        return None
    return [i for i, x in enumerate(res.x) if x > 0.5]


def _changes_for(ev: Evaluation, rubric: Rubric, chosen: list[Candidate]) -> list[Any]:
    changes: list[Any] = []
    taken = {e.id for e in ev.unit.evidence}
    for c in chosen:
        # the planned record's id, new to the unit (a unit may keep an earlier plan's "rencana-…" record)
        ev_id = base = f"rencana-{c.item}"
        n = 1
        while ev_id in taken:
            n += 1
            ev_id = f"{base}-{n}"
        taken.add(ev_id)
        changes.append(
            AttachEvidence(
                evidence=Evidence(
                    id=ev_id,
                    title=f"Data dukung (rencana) untuk {c.item}",
                    kind="rencana",
                    supports=(c.item,),
                )
            )
        )
        if c.kind == "evidence":
            continue
        item = rubric.items[c.item].item
        if item.options is not None:
            best = max(item.options, key=lambda k: item.options[k])  # type: ignore[index]
            changes.append(SetAnswer(item=c.item, answer=best, evidence=(ev_id,)))
        else:
            changes.append(
                SetCounts(item=c.item, counts=_full_counts(ev.unit, c.item, rubric), evidence=(ev_id,))
            )
    return changes


def _full_counts(unit: Unit, code: str, rubric: Rubric) -> dict[str, int]:
    f = rubric.items[code].item.formula
    assert f is not None
    old = dict(unit.answers[code].counts) if code in unit.answers else {}
    if f.kind == "reduction":
        # last year's count is a fact of last year: only this year's changes (none this year scores full,
        # also after none last year); it proposed "0 → 3" last year's count to "1"
        return {f.previous or "": old.get(f.previous or "", 0), f.current or "": 0}
    den = {k: old.get(k, 0) for k in f.denominator}
    if sum(den.values()) == 0:
        den[f.denominator[0]] = 1
    counts = dict(den)
    counts[f.numerator[0]] = sum(den.values())
    for k in f.numerator[1:]:
        counts[k] = 0
    return counts


def best_next_actions(
    unit: Unit,
    target: str = "WBK",
    max_effort: int | None = None,
    mode: str = "evidenced",
    rubric: Rubric | None = None,
    only: set[str] | None = None,
) -> ActionPlan:
    """Find the smallest-effort set of evidence-backed answer upgrades that makes ``unit`` eligible for ``target``.

    ``only`` restricts the search to some items (used by the tests' exhaustive check).
    """
    rubric = rubric or load_rubric()
    check_choice("target", target, [p.id for p in rubric.predicates])
    before = evaluate(unit, rubric, mode)
    need, unfixable = requirements(before, target)
    cands = candidates(before, rubric, only)
    picked = solve(cands, need, max_effort)
    if picked is None and unfixable and "total" in need:
        # the total also needs hasil points no plan can change: meet what a plan can, and say so
        need = {k: v for k, v in need.items() if k != "total"}
        unfixable = ["total", *unfixable]
        picked = solve(cands, need, max_effort)
    if picked is None:
        why = "effort" if max_effort is not None else "none"
        return ActionPlan(
            target, False, [], 0, unfixable, before, None, None, why, {k: d for k, (_, d) in need.items()}
        )
    chosen = [cands[i] for i in picked]
    scenario = Scenario(unit, tuple(_changes_for(before, rubric, chosen)), rubric)
    after = scenario.evaluate(mode).after
    answers_before = {i.code: i.answer for i in before.core.scores.items}
    answers_after = {i.code: i.answer for i in after.core.scores.items}
    actions = sorted(
        (
            Action(
                c.item,
                c.area,
                c.kind,
                answers_before[c.item],
                answers_after[c.item],
                c.gain,
                c.effort,
                c.cost,
            )
            for c in chosen
        ),
        key=lambda a: (-a.points / a.cost, a.item),
    )
    return ActionPlan(
        target,
        True,
        actions,
        sum(c.cost for c in chosen),
        unfixable,
        before,
        after,
        scenario,
        "",
        {k: d for k, (_, d) in need.items()},
    )
