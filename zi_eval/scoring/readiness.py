"""Judge readiness for WBK/WBBM: every threshold as a criterion with value, margin and whether it is met.

:func:`verdict` is the one readiness rule, for one unit or many (arrays); :func:`judge` reads one
unit's row of it and attaches notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from zi_eval.models.rubric import Predicate, Rubric
from zi_eval.models.unit import Unit
from zi_eval.scoring.batch import PRIOR_RANK, Aggregates, RubricMatrix
from zi_eval.scoring.results import Criterion, Readiness

if TYPE_CHECKING:
    from zi_eval.scoring.engine import Scores

#: A criterion is met when its value falls short of the threshold by no more than rounding.
EPS = 1e-9


@dataclass(frozen=True)
class Verdict:
    """Every criterion of one predicate for N units: values, margins, met, eligibility, binding criterion."""

    ids: tuple[str, ...]
    fixable: tuple[bool, ...]  # the unit's own work can move it (not a survey, not a prior predicate)
    values: np.ndarray  # N × criteria
    thresholds: np.ndarray  # criteria
    margin: np.ndarray  # N × criteria
    relative: np.ndarray  # margin as a share of the threshold
    met: np.ndarray  # N × criteria

    @property
    def eligible(self) -> np.ndarray:
        """Per unit: every criterion met."""
        return np.asarray(self.met.all(axis=1))

    @property
    def binding(self) -> np.ndarray:
        """Per unit: the criterion with the lowest relative margin (ties: the first id in order).

        A yes/no criterion met (the prior predicate) has a margin of 0 and would always bind: it binds
        only when it is not met ("Predikat sebelumnya: WBK … selisih +0.00" named the binding criterion of
        an eligible WBBM unit, hiding its tightest real one).
        """
        relative = self.relative.copy()
        for j, cid in enumerate(self.ids):
            if cid in YES_NO:
                relative[:, j] = np.where(self.met[:, j], np.inf, relative[:, j])
        by_id = sorted(range(len(self.ids)), key=lambda i: self.ids[i])
        worst = np.argmin(relative[:, by_id], axis=1)
        return np.array([self.ids[i] for i in by_id], dtype=object)[worst]


#: Criteria met or not, with no margin to speak of.
YES_NO = frozenset({"prior-predicate"})


def criteria_arrays(
    pred: Predicate, agg: Aggregates, m: RubricMatrix, prior_rank: np.ndarray
) -> tuple[list[str], list[bool], np.ndarray, np.ndarray]:
    """Every criterion of ``pred`` for N units: ids, fixable, values (N × criteria) and thresholds."""
    n = len(agg.total)
    ids: list[str] = []
    fixable: list[bool] = []
    columns: list[np.ndarray] = []
    thresholds: list[float] = []
    for c in pred.criteria:
        if c.kind == "each_zi_area_percent":
            for area, _, _ in m.zi_areas:
                ids.append(f"area:{area}")
                fixable.append(True)
                columns.append(agg.zi_area_percent[area])
                thresholds.append(c.min)
            continue
        ref = c.ref or ""
        value = {
            "total": agg.total,
            "component": agg.components.get(ref),
            "area": agg.hasil_areas.get(ref),
            "indicator": agg.indicators.get(ref),
        }[c.kind]
        ids.append(c.id)
        fixable.append(c.kind == "total" or (c.kind == "component" and ref == "pengungkit"))
        columns.append(value if value is not None else np.zeros(n))
        thresholds.append(c.min)
    if pred.prior_predicate:
        ids.append("prior-predicate")
        fixable.append(False)
        columns.append(np.where(prior_rank >= PRIOR_RANK.get(pred.prior_predicate, 1), 1.0, 0.0))
        thresholds.append(1.0)
    return ids, fixable, np.stack(columns, axis=1), np.array(thresholds)


def verdict(pred: Predicate, agg: Aggregates, m: RubricMatrix, prior_rank: np.ndarray) -> Verdict:
    """Judge ``pred`` for N units at once (``agg`` and ``prior_rank`` have one row per unit)."""
    ids, fixable, values, thr = criteria_arrays(pred, agg, m, prior_rank)
    margin = values - thr
    relative = np.where(thr != 0, margin / np.where(thr != 0, thr, 1.0), margin)
    return Verdict(tuple(ids), tuple(fixable), values, thr, margin, relative, margin >= -EPS)


@dataclass(frozen=True)
class AspectShort:
    """One ZI area's aspect (Pemenuhan or Reform) below a predicate's area threshold while the area as
    a whole meets it, for N units (:func:`aspect_shortfalls`)."""

    predicate: str
    area: str
    aspect: str
    threshold: float
    percent: np.ndarray  # N: the aspect's score as a percentage of its own weight
    area_percent: np.ndarray  # N: the whole area's, the criterion the verdict judges
    short: np.ndarray  # N: the area meets the threshold, this aspect does not


def aspect_shortfalls(pred: Predicate, agg: Aggregates, m: RubricMatrix) -> list[AspectShort]:
    """Each ZI area's Pemenuhan and Reform judged apart against the predicate's per-area threshold.

    The regulation's "nilai per area pengungkit minimal 60% (75%)" is read by the verdict on the
    whole area (Pemenuhan + Reform over the area's weight: lke-90-2021.md §5.3, the main reading).
    Some evaluators' applications (BPS's) apply it to each aspect apart, which is stricter; the
    reference recommends the combined reading as the criterion and the separate one as a warning.
    This is that warning's one rule: an aspect below the threshold where its area meets it (where
    the area does not, the verdict says so already).
    """
    limits = [c.min for c in pred.criteria if c.kind == "each_zi_area_percent"]
    if not limits:
        return []
    threshold = limits[0]
    weights = [w for _, w, _ in m.indicators]
    out: list[AspectShort] = []
    for area, _, aa_idx in m.zi_areas:
        whole = agg.zi_area_percent[area]
        for k in aa_idx:
            _, aspect, _, ind_idx = m.area_aspects[k]
            most = sum(weights[i] for i in ind_idx)
            if most <= 0:
                continue
            pct = 100.0 * agg.area_aspect[area, aspect] / most
            short = (whole >= threshold - EPS) & (pct < threshold - EPS)
            out.append(AspectShort(pred.id, area, aspect, threshold, pct, whole, short))
    return out


def aspect_short_counts(rubric: Rubric, agg: Aggregates, m: RubricMatrix) -> np.ndarray:
    """Per unit, how many (predicate, area, aspect) :func:`aspect_shortfalls` finds short."""
    n = len(agg.total)
    count = np.zeros(n, dtype=np.int64)
    for pred in rubric.predicates:
        for a in aspect_shortfalls(pred, agg, m):
            count += a.short
    return count


def judge(pred: Predicate, s: Scores, rubric: Rubric, unit: Unit) -> Readiness:
    """One unit's readiness for ``pred``: its row of :func:`verdict`, each criterion with its note."""
    from zi_eval.scoring.engine import matrix

    v = verdict(pred, s.arrays, matrix(rubric), np.array([PRIOR_RANK.get(unit.unit.prior_predicate, 0)]))
    kinds = {c.id: c for c in pred.criteria}
    crits = []
    for j, cid in enumerate(v.ids):
        met = bool(v.met[0, j])
        c = kinds.get(cid)
        note: str = ""
        args: tuple[tuple[str, str], ...] = ()
        if cid == "prior-predicate":
            note, args = ("", ()) if met else ("prior_missing", (("prior", pred.prior_predicate or ""),))
        elif c is not None and c.kind == "area":
            missing = [i.code for i in s.items if i.area == c.ref and i.outcome == "unanswered"]
            if missing:
                note, args = "items_missing", (("codes", ", ".join(missing)),)
        elif c is not None and c.kind == "indicator":
            item = rubric.items.get(c.ref or "")
            field = item.item.hasil_field if item is not None else None
            if field and getattr(unit.hasil, field) is None:
                note, args = "hasil_missing", (("field", field),)
        crits.append(
            Criterion(
                cid,
                float(v.values[0, j]),
                float(v.thresholds[j]),
                float(v.margin[0, j]),
                met,
                v.fixable[j],
                note,
                args,
                float(v.relative[0, j]),
            )
        )
    return Readiness(pred.id, bool(v.eligible[0]), str(v.binding[0]), tuple(crits))
