"""Judge readiness for WBK/WBBM: every threshold as a criterion with value, margin and whether it is met."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zi_eval.messages import MESSAGES, msg
from zi_eval.models.rubric import Predicate, Rubric
from zi_eval.models.unit import Unit
from zi_eval.scoring.batch import PRIOR_RANK
from zi_eval.scoring.results import Criterion, Readiness

if TYPE_CHECKING:
    from zi_eval.scoring.engine import Scores

EPS = 1e-9


def _criterion(
    cid: str, label: str, value: float, threshold: float, fixable: bool, note: str = ""
) -> Criterion:
    margin = value - threshold
    return Criterion(cid, label, value, threshold, margin, margin >= -EPS, fixable, note)


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
    """Build every criterion of ``pred`` from the scores ``s``; eligible only when all are met."""
    crits: list[Criterion] = []
    labels: dict[str, str] = rubric.derived(f"criterion_labels:{lang}", lambda r: criterion_labels(r, lang))
    for c in pred.criteria:
        if c.kind == "total":
            crits.append(_criterion(c.id, labels[c.id], s.total, c.min, True))
        elif c.kind == "component":
            crits.append(
                _criterion(
                    c.id,
                    labels[c.id],
                    s.components.get(c.ref or "", 0.0),
                    c.min,
                    c.ref == "pengungkit",
                )
            )
        elif c.kind == "each_zi_area_percent":
            for a in s.areas:
                crits.append(_criterion(f"area:{a.id}", labels[f"area:{a.id}"], a.percent, c.min, True))
        elif c.kind == "area":
            value = s.hasil_areas.get(c.ref or "", 0.0)
            crits.append(
                _criterion(
                    c.id,
                    labels[c.id],
                    value,
                    c.min,
                    False,
                    _missing_note(s, rubric, c.ref, lang),
                )
            )
        elif c.kind == "indicator":
            value = s.indicators.get(c.ref or "", 0.0)
            item = rubric.items.get(c.ref or "")
            note = ""
            if (
                item is not None
                and item.item.hasil_field
                and getattr(unit.hasil, item.item.hasil_field) is None
            ):
                note = msg("note_hasil_missing", lang, field=item.item.hasil_field)
            crits.append(_criterion(c.id, labels[c.id], value, c.min, False, note))
    if pred.prior_predicate:
        have = PRIOR_RANK.get(unit.unit.prior_predicate, 0) >= PRIOR_RANK.get(pred.prior_predicate, 1)
        note = "" if have else msg("note_prior_missing", lang, prior=pred.prior_predicate)
        crits.append(
            _criterion(
                "prior-predicate",
                msg("crit_prior", lang, prior=pred.prior_predicate),  # this predicate's own prior
                1.0 if have else 0.0,
                1.0,
                False,
                note,
            )
        )
    eligible = all(c.met for c in crits)
    worst = min(crits, key=lambda c: (c.relative, c.id)) if crits else None
    return Readiness(pred.id, eligible, worst.id if worst else None, tuple(crits))


def _missing_note(s: Scores, rubric: Rubric, area: str | None, lang: str) -> str:
    missing = [i.code for i in s.items if i.area == area and i.outcome == "unanswered"]
    return msg("note_items_missing", lang, codes=", ".join(missing)) if missing else ""
