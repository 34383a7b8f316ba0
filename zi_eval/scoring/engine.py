"""Score a unit: item values per mode, sums recomputed from items, readiness per predicate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from zi_eval.messages import msg
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit
from zi_eval.scoring import results as R
from zi_eval.scoring.batch import RubricMatrix, aggregate_arrays, build_matrix
from zi_eval.scoring.linking import Links, link_unit
from zi_eval.scoring.readiness import judge
from zi_eval.scoring.values import Valued, value_of, value_of_hasil

MODES = ("claimed", "evidenced", "projected")


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

    def item(self, code: str) -> R.ItemResult:
        return next(i for i in self.items if i.code == code)


def _detail(v: Valued, lang: str) -> str:
    if v.why in ("zero_denominator", "both_zero"):
        return msg("detail_" + v.why, lang)
    if v.why == "missing":
        return msg("detail_missing_counts", lang)
    if v.why == "unanswered" and v.answer is not None:
        return msg("detail_bad_option", lang)
    return ""


def score_items(
    unit: Unit, rubric: Rubric, links: Links, mode: str, lang: str = "id"
) -> tuple[R.ItemResult, ...]:
    """Value every rubric item of ``unit`` in ``mode`` (claimed, evidenced or projected)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}; got {mode!r}")
    out = []
    for code, flat in rubric.items.items():
        item = flat.item
        if item.hasil_field is not None:
            v = value_of_hasil(item, unit.hasil)
        else:
            v = value_of(item, unit.answers.get(code))
        evidence = tuple(links.evidence_by_item.get(code, ()))
        acts = tuple(sorted(links.by_item.get(code, ())))
        base: dict[str, Any] = {
            "code": code,
            "component": flat.component,
            "aspect": flat.aspect,
            "area": flat.area,
            "indicator": flat.indicator.code,
            "answer": v.answer,
            "max_points": flat.max_points,
            "evidence": evidence,
            "activities": acts,
        }
        if v.value is None:
            if mode == "projected" and acts and flat.component == "pengungkit":
                out.append(R.projected(base, lang))
            else:
                out.append(R.unanswered(base, lang, _detail(v, lang)))
        elif mode == "evidenced" and not evidence:
            out.append(R.no_evidence(base, v.value, lang))
        else:
            out.append(R.scored(base, v.value, lang, _detail(v, lang)))
    return tuple(out)


def matrix(rubric: Rubric) -> RubricMatrix:
    """The rubric's aggregation index (built once per rubric)."""
    m: RubricMatrix = rubric.derived("matrix", build_matrix)
    return m


def aggregate(items: tuple[R.ItemResult, ...], rubric: Rubric, mode: str) -> Scores:
    """Sum item results into indicators, areas, aspects, components and the total (never incrementally)."""
    m = matrix(rubric)
    by_code = {i.code: i.value for i in items}
    agg = aggregate_arrays(np.array([[by_code[c] for c in m.codes]]), m)
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
    lang: str = "id"

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
    lang: str = "id",
) -> Evaluation:
    """Evaluate ``unit`` against ``rubric``; ``as_of`` is (year, month) for what is due."""
    links = link_unit(unit, rubric)
    all_scores = {m: aggregate(score_items(unit, rubric, links, m, lang), rubric, m) for m in MODES}
    readiness = {p.id: judge(p, all_scores[mode], rubric, unit, lang) for p in rubric.predicates}
    return Evaluation(unit, rubric, mode, as_of, all_scores, readiness, links, lang)
