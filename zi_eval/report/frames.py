"""Evaluation results as pandas DataFrames: the input of every chart, table and export."""

from __future__ import annotations

import pandas as pd

from zi_eval.flags.derive import Flag
from zi_eval.messages import msg
from zi_eval.report.result_text import criterion_label, criterion_note, item_reason
from zi_eval.scoring.coverage import ALL_MONTHS, activity_evidence_months, due_months, planned_months
from zi_eval.scoring.engine import Evaluation

#: Calendar cell states, in the order charts colour them.
CAL_NONE, CAL_GAP, CAL_PLANNED, CAL_EVIDENCED, CAL_SPIP_EMPTY = 0, 1, 2, 3, 4
#: A scheduled month already due (``--as-of``) that no evidence covers; it outranks the others in an area row.
CAL_OVERDUE = 5


def items_frame(ev: Evaluation, lang: str = "id") -> pd.DataFrame:
    """One row per item: code, area, answer, value, points, max points, outcome, reason, evidence, activities."""
    rows = []
    for i in ev.items:
        flat = ev.rubric.items[i.code]
        rows.append(
            {
                "code": i.code,
                "component": i.component,
                "aspect": i.aspect,
                "area": i.area,
                "indicator": i.indicator,
                "question": flat.item.question,
                "answer": i.answer,
                "value": i.value,
                "points": i.points,
                "max_points": i.max_points,
                "outcome": i.outcome,
                "reason": item_reason(i, lang),
                "evidence": ", ".join(i.evidence),
                "activities": ", ".join(i.activities),
            }
        )
    return pd.DataFrame(rows)


def links_frame(ev: Evaluation) -> pd.DataFrame:
    """One row per activity link (or, for an unlinked activity, per suggested item), best first.

    Columns: activity, kegiatan, rank, item, question, how (pinned | code | question | lexical),
    score, words (the activity's words that matched), linked (False for a suggestion).
    """
    rows = []
    for act in ev.unit.activities:
        linked = ev.links.by_activity.get(act.id)
        for rank, ln in enumerate(linked or ev.links.suggestions.get(act.id, []), 1):
            rows.append(
                {
                    "activity": act.id,
                    "kegiatan": act.kegiatan or act.sub_kegiatan or "",
                    "rank": rank,
                    "item": ln.code,
                    "question": ev.rubric.items[ln.code].item.question,
                    "how": ln.how,
                    "score": ln.score,
                    "words": ", ".join(ln.words),
                    "linked": bool(linked),
                }
            )
        if not linked and not ev.links.suggestions.get(act.id):
            rows.append(
                {"activity": act.id, "kegiatan": act.kegiatan or act.sub_kegiatan or "", "linked": False}
            )
    cols = ["activity", "kegiatan", "rank", "item", "question", "how", "score", "words", "linked"]
    return pd.DataFrame(rows, columns=cols)


def areas_frame(ev: Evaluation) -> pd.DataFrame:
    """One row per ZI area with score, percent, halves and the WBK/WBBM minimums in points."""
    mins = _area_minimums(ev)
    rows = []
    for a in ev.scores.areas:
        rows.append(
            {
                "id": a.id,
                "name": a.name,
                "weight": a.weight,
                "score": a.score,
                "percent": a.percent,
                "pemenuhan": a.pemenuhan,
                "reform": a.reform,
                "wbk_min": a.weight * mins.get("WBK", 0.0) / 100,
                "wbbm_min": a.weight * mins.get("WBBM", 0.0) / 100,
            }
        )
    return pd.DataFrame(rows)


def _area_minimums(ev: Evaluation) -> dict[str, float]:
    out = {}
    for p in ev.rubric.predicates:
        for c in p.criteria:
            if c.kind == "each_zi_area_percent":
                out[p.id] = c.min
    return out


def criteria_frame(ev: Evaluation, lang: str = "id") -> pd.DataFrame:
    """One row per predicate criterion: value, threshold, margin, met, binding, fixable, note."""
    rows = []
    for pid, r in ev.readiness.items():
        for c in r.criteria:
            rows.append(
                {
                    "predicate": pid,
                    "id": c.id,
                    "label": criterion_label(ev.rubric, pid, c.id, lang),
                    "value": c.value,
                    "threshold": c.threshold,
                    "margin": c.margin,
                    "relative": c.relative,
                    "met": c.met,
                    "binding": c.id == r.binding,
                    "fixable": c.fixable,
                    "note": criterion_note(c, lang),
                }
            )
    return pd.DataFrame(rows)


def flags_frame(flags: list[Flag]) -> pd.DataFrame:
    """One row per flag."""
    cols = ["code", "severity", "area", "activity", "substep", "months", "item", "message", "source"]
    return pd.DataFrame(
        [{**f.as_dict(), "months": ", ".join(map(str, f.months))} for f in flags], columns=cols
    )


def totals_frame(ev: Evaluation, lang: str = "id") -> pd.DataFrame:
    """The total of each mode, with the WBK and WBBM total thresholds."""
    thr = {p.id: next((c.min for c in p.criteria if c.kind == "total"), 0.0) for p in ev.rubric.predicates}
    return pd.DataFrame(
        [
            {
                "mode": m,
                "label": msg("mode_" + m, lang),
                "total": t,
                "wbk": thr.get("WBK", 75.0),
                "wbbm": thr.get("WBBM", 85.0),
            }
            for m, t in ev.totals_by_mode.items()
        ]
    )


def coverage_frame(ev: Evaluation) -> pd.DataFrame:
    """Per ZI area: activities and answered items, and how many of each have evidence."""
    rows = []
    for info in ev.rubric.zi_areas:
        acts = [a for a in ev.unit.activities if a.area == info.id]
        with_ev = sum(1 for a in acts if ev.links.evidence_by_activity.get(a.id))
        items = [i for i in ev.items if i.area == info.id and i.answer is not None]
        items_ev = sum(1 for i in items if i.evidence)
        rows.append(
            {
                "id": info.id,
                "name": info.name,
                "activities": len(acts),
                "activities_with_evidence": with_ev,
                "answered_items": len(items),
                "items_with_evidence": items_ev,
                "activity_share": with_ev / len(acts) if acts else 0.0,
                "item_share": items_ev / len(items) if items else 0.0,
            }
        )
    return pd.DataFrame(rows)


def calendar_frame(ev: Evaluation, flags: list[Flag], by: str = "area") -> pd.DataFrame:
    """Plan calendar: rows are areas (``by="area"``) or activities and their sub-steps, columns months 1–12.

    Cell states: 0 nothing, 1 gap (``MONTH_WITHOUT_ACTIVITY``), 2 planned, 3 planned with evidence,
    4 empty SPIP sub-step (whole row), 5 planned, due by ``ev.as_of`` and without evidence (overdue).
    """
    due = due_months(ev.as_of, ev.unit.unit.year)

    def state(m: int, have: set[int]) -> int:
        return CAL_EVIDENCED if m in have else CAL_OVERDUE if m in due else CAL_PLANNED

    gaps = {(f.area, m) for f in flags if f.code == "MONTH_WITHOUT_ACTIVITY" for m in f.months}
    spip_empty: dict[tuple[str | None, str | None], set[int]] = {}
    for f in flags:
        if f.code == "SPIP_SUBSTEP_EMPTY":
            spip_empty.setdefault((f.activity, f.substep), set()).update(f.months)
    rows: dict[str, list[int]] = {}
    covered = activity_evidence_months(ev.unit, ev.links)
    if by == "area":
        for info in ev.rubric.zi_areas:
            states = [CAL_NONE] * 12
            for a in (x for x in ev.unit.activities if x.area == info.id):
                have = covered[a.id]
                for m in planned_months(a):
                    states[m - 1] = max(states[m - 1], state(m, have))
            for m in ALL_MONTHS:
                if (info.id, m) in gaps:
                    states[m - 1] = CAL_GAP
            rows[info.name] = states
    else:
        for a in ev.unit.activities:
            have = covered[a.id]
            label = f"{a.id} {(a.sub_kegiatan or a.kegiatan or '')[:40]}"
            rows[label] = [state(m, have) if m in a.months else CAL_NONE for m in ALL_MONTHS]
            for s in a.substeps:
                sub = f"   {s.label}. {s.text[:40]}"
                flagged = spip_empty.get((a.id, s.label))
                if flagged is not None and not s.months:
                    rows[sub] = [CAL_SPIP_EMPTY] * 12
                    continue
                rows[sub] = [
                    CAL_SPIP_EMPTY
                    if flagged and m in flagged
                    else state(m, have)
                    if m in s.months
                    else CAL_NONE
                    for m in ALL_MONTHS
                ]
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(ALL_MONTHS))
