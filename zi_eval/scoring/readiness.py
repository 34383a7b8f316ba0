"""Judge readiness for WBK/WBBM: every threshold as a criterion with value, margin and whether it is met.

:func:`verdict` is the one readiness rule, for one unit or many (arrays); :func:`judge` reads one
unit's row of it and attaches notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from zi_eval.messages import MESSAGES, msg
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
    eligible: np.ndarray  # N: every criterion met
    binding: np.ndarray  # N: the criterion with the lowest relative margin (ties: the first id)


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
    met = margin >= -EPS
    by_id = sorted(range(len(ids)), key=lambda i: ids[i])
    worst = np.argmin(relative[:, by_id], axis=1)
    binding = np.array([ids[i] for i in by_id], dtype=object)[worst]
    return Verdict(tuple(ids), tuple(fixable), values, thr, margin, relative, met, met.all(axis=1), binding)


def criterion_labels(rubric: Rubric, lang: str = "id") -> dict[str, str]:
    """Every criterion id of the rubric's predicates with its label ("area:pelayanan-publik" → "Area …").

    An indicator criterion without a catalogue label of its own (a custom rubric's ``ipak-2``) is named
    by its indicator or item in the rubric.
    """
    out: dict[str, str] = {"total": msg("crit_total", lang)}
    for pred in rubric.predicates:
        for c in pred.criteria:
            if c.kind == "component":
                key = f"comp_{c.ref}"
                out[c.id] = msg("crit_component", lang, ref=msg(key, lang) if key in MESSAGES else c.ref)
            elif c.kind == "each_zi_area_percent":
                out.update({f"area:{a.id}": msg("crit_area", lang, name=a.name) for a in rubric.zi_areas})
            elif c.kind == "area":
                info = rubric.area(c.ref or "")
                out[c.id] = msg("crit_hasil_area", lang, name=info.name if info else c.ref)
            elif c.kind == "indicator":
                key = "crit_" + c.id.replace("-", "_")
                if key in MESSAGES:
                    out[c.id] = msg(key, lang, ref=c.ref)
                else:
                    flat = rubric.items.get(c.ref or "")
                    out[c.id] = flat.indicator.name if flat else c.id
        if pred.prior_predicate:
            out["prior-predicate"] = msg("crit_prior", lang, prior=pred.prior_predicate)
    return out


def judge(pred: Predicate, s: Scores, rubric: Rubric, unit: Unit, lang: str = "id") -> Readiness:
    """One unit's readiness for ``pred``: its row of :func:`verdict`, each criterion with its label and note."""
    from zi_eval.scoring.engine import matrix

    v = verdict(pred, s.arrays, matrix(rubric), np.array([PRIOR_RANK.get(unit.unit.prior_predicate, 0)]))
    labels: dict[str, str] = rubric.derived(f"criterion_labels:{lang}", lambda r: criterion_labels(r, lang))
    kinds = {c.id: c for c in pred.criteria}
    crits = []
    for j, cid in enumerate(v.ids):
        met = bool(v.met[0, j])
        c = kinds.get(cid)
        note = ""
        if cid == "prior-predicate":
            note = "" if met else msg("note_prior_missing", lang, prior=pred.prior_predicate)
        elif c is not None and c.kind == "area":
            note = _missing_note(s, rubric, c.ref, lang)
        elif c is not None and c.kind == "indicator":
            item = rubric.items.get(c.ref or "")
            if (
                item is not None
                and item.item.hasil_field
                and getattr(unit.hasil, item.item.hasil_field) is None
            ):
                note = msg("note_hasil_missing", lang, field=item.item.hasil_field)
        label = (
            msg("crit_prior", lang, prior=pred.prior_predicate) if cid == "prior-predicate" else labels[cid]
        )  # the prior label names this predicate's own prior
        crits.append(
            Criterion(
                cid,
                label,
                float(v.values[0, j]),
                float(v.thresholds[j]),
                float(v.margin[0, j]),
                met,
                v.fixable[j],
                note,
                float(v.relative[0, j]),
            )
        )
    return Readiness(pred.id, bool(v.eligible[0]), str(v.binding[0]), tuple(crits))


def _missing_note(s: Scores, rubric: Rubric, area: str | None, lang: str) -> str:
    missing = [i.code for i in s.items if i.area == area and i.outcome == "unanswered"]
    return msg("note_items_missing", lang, codes=", ".join(missing)) if missing else ""
