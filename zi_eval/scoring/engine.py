"""Score a unit: item values per mode, sums recomputed from items, readiness per predicate."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit
from zi_eval.scoring import results as R
from zi_eval.scoring.batch import (
    MODES,
    Aggregates,
    CompiledUnit,
    RubricMatrix,
    aggregate_arrays,
    build_matrix,
    compile_unit,
    mode_rule,
    value_items,
)
from zi_eval.scoring.linking import Links, link_unit
from zi_eval.scoring.readiness import judge
from zi_eval.scoring.values import Valued


@dataclass(frozen=True)
class Scores:
    """Every aggregate of one mode, recomputed from its item results."""

    mode: str
    items: tuple[R.ItemResult, ...]
    indicators: dict[str, float]
    area_aspect: dict[tuple[str, str], float]
    areas: tuple[R.AreaResult, ...]
    hasil_areas: dict[str, float]
    components: dict[str, float]
    total: float
    #: the same aggregates as one-row arrays (what :func:`scoring.readiness.verdict` reads)
    arrays: Aggregates = field(repr=False, compare=False)

    def item(self, code: str) -> R.ItemResult:
        return next(i for i in self.items if i.code == code)


def _detail(v: Valued) -> str:
    """What qualifies an item's reason (a code of ``results.DETAILS``)."""
    if v.why in ("zero_denominator", "both_zero"):
        return v.why
    if v.why == "missing":
        return "missing_counts"
    if v.why == "unanswered" and v.answer is not None:
        return "bad_option"
    return ""


def score_items(unit: Unit, rubric: Rubric, links: Links, mode: str) -> tuple[R.ItemResult, ...]:
    """Value every rubric item of ``unit`` in ``mode`` (claimed, evidenced or projected)."""
    valued = value_items(unit, rubric)
    compiled = compile_unit(unit, rubric, links, valued)
    values = compiled.values(mode, matrix(rubric).pengungkit)
    return item_results(rubric, links, valued, compiled, mode, values)


def item_results(
    rubric: Rubric,
    links: Links,
    valued: list[Valued],
    compiled: CompiledUnit,
    mode: str,
    values: np.ndarray,
) -> tuple[R.ItemResult, ...]:
    """Each item's result in ``mode``: its value from the batch engine's ``values``, with its reason.

    The outcome names which part of :func:`mode_rule` gave the value; nothing here re-decides it.
    """
    keep, plan = mode_rule(
        mode, compiled.answered, compiled.evidenced, compiled.planned, matrix(rubric).pengungkit
    )
    kept = [True] * len(valued) if keep is None else keep.tolist()
    planned = [False] * len(valued) if plan is None else plan.tolist()
    answered, worth = compiled.answered.tolist(), values.tolist()
    out = []
    for i, (code, flat) in enumerate(rubric.items.items()):
        v = valued[i]
        base: dict[str, Any] = {
            "code": code,
            "component": flat.component,
            "aspect": flat.aspect,
            "area": flat.area,
            "indicator": flat.indicator.code,
            "answer": v.answer,
            "max_points": flat.max_points,
            "evidence": tuple(links.evidence_by_item.get(code, ())),
            "activities": tuple(sorted(links.by_item.get(code, ()))),
        }
        if answered[i] and kept[i]:
            out.append(R.scored(base, worth[i], _detail(v)))
        elif answered[i]:
            out.append(R.no_evidence(base, worth[i], v.value or 0.0))
        elif planned[i] and not kept[i]:
            out.append(R.projected(base, worth[i]))
        else:
            out.append(R.unanswered(base, worth[i], _detail(v)))
    return tuple(out)


def matrix(rubric: Rubric) -> RubricMatrix:
    """The rubric's aggregation index (built once per rubric)."""
    m: RubricMatrix = rubric.derived("matrix", build_matrix)
    return m


def aggregate(items: tuple[R.ItemResult, ...], values: np.ndarray, rubric: Rubric, mode: str) -> Scores:
    """Sum item ``values`` into indicators, areas, aspects, components and the total (never incrementally)."""
    m = matrix(rubric)
    agg = aggregate_arrays(values[np.newaxis, :], m)
    areas = tuple(
        R.AreaResult(
            info.id,
            info.name,
            info.weight,
            float(agg.zi_area_scores[info.id][0]),
            float(agg.zi_area_percent[info.id][0]),
            float(agg.area_aspect.get((info.id, "pemenuhan"), np.zeros(1))[0]),
            float(agg.area_aspect.get((info.id, "reform"), np.zeros(1))[0]),
        )
        for info in rubric.zi_areas
    )
    return Scores(
        mode,
        items,
        {k: float(v[0]) for k, v in agg.indicators.items()},
        {k: float(v[0]) for k, v in agg.area_aspect.items()},
        areas,
        {k: float(v[0]) for k, v in agg.hasil_areas.items()},
        {k: float(v[0]) for k, v in agg.components.items()},
        float(agg.total[0]),
        agg,
    )


@dataclass(frozen=True)
class Evaluation:
    """A complete evaluation of one unit in one mode, with the totals of all three modes."""

    unit: Unit
    rubric: Rubric
    mode: str
    as_of: tuple[int, int] | None
    scores_by_mode: dict[str, Scores]
    readiness: dict[str, R.Readiness]
    links: Links
    #: the unit as item columns (what batch scoring stacks): rules that also run on a batch read these
    compiled: CompiledUnit | None = None

    @property
    def scores(self) -> Scores:
        """The scores in this evaluation's mode."""
        return self.scores_by_mode[self.mode]

    @property
    def totals_by_mode(self) -> dict[str, float]:
        return {m: s.total for m, s in self.scores_by_mode.items()}

    @property
    def total(self) -> float:
        return self.scores.total

    @property
    def items(self) -> tuple[R.ItemResult, ...]:
        return self.scores.items


def evaluate_unit(
    unit: Unit,
    rubric: Rubric,
    mode: str = "evidenced",
    as_of: tuple[int, int] | None = None,
) -> Evaluation:
    """Evaluate ``unit`` against ``rubric``; ``as_of`` is (year, month) for what is due."""
    links = link_unit(unit, rubric)
    valued = value_items(unit, rubric)
    compiled = compile_unit(unit, rubric, links, valued)
    pengungkit = matrix(rubric).pengungkit
    all_scores = {}
    for m in MODES:
        values = compiled.values(m, pengungkit)
        all_scores[m] = aggregate(item_results(rubric, links, valued, compiled, m, values), values, rubric, m)
    readiness = {p.id: judge(p, all_scores[mode], rubric, unit) for p in rubric.predicates}
    return Evaluation(unit, rubric, mode, as_of, all_scores, readiness, links, compiled)
