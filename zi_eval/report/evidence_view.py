"""Evidence coverage per ZI area and month, and the evidence gaps, as DataFrames for the report.

The rules are the engine's: an activity is planned in the months of its schedule and of its
sub-steps; a record covers its months, else its date's month, else the whole year
(:func:`zi_eval.scoring.coverage.covered_months`); an item is answered when it has an answer that
was scored; with ``--as-of`` only the months up to it are due.
"""

from __future__ import annotations

import pandas as pd

from zi_eval.flags.derive import Flag
from zi_eval.flags.rules_evidence import activity_without_evidence, item_without_evidence
from zi_eval.flags.subject import Subject
from zi_eval.scoring import coverage
from zi_eval.scoring.coverage import ALL_MONTHS, due_months, planned_months
from zi_eval.scoring.engine import Evaluation
from zi_eval.scoring.linking import evidence_claims

MONTH_COLUMNS = ["area", "name", "month", "planned", "evidenced", "due"]


def activity_evidence_months(ev: Evaluation) -> dict[str, set[int]]:
    """Each activity's months covered by the evidence linked to it."""
    return coverage.activity_evidence_months(ev.unit, ev.links)


def evidence_months_frame(ev: Evaluation) -> pd.DataFrame:
    """One row per ZI area × month 1–12: activities planned, those with evidence for the month, due.

    ``due`` is ``True`` for months up to ``--as-of``, ``False`` after it, and ``None`` without it
    (then nothing is judged overdue). Areas come in the rubric's order.
    """
    covered = activity_evidence_months(ev)
    due = due_months(ev.as_of, ev.unit.unit.year) if ev.as_of else None
    rows = []
    for info in ev.rubric.zi_areas:
        acts = [(a, planned_months(a)) for a in ev.unit.activities if a.area == info.id]
        for m in ALL_MONTHS:
            planned = [a for a, months in acts if m in months]
            rows.append(
                {
                    "area": info.id,
                    "name": info.name,
                    "month": m,
                    "planned": len(planned),
                    "evidenced": sum(1 for a in planned if m in covered[a.id]),
                    "due": None if due is None else m in due,
                }
            )
    return pd.DataFrame(rows, columns=MONTH_COLUMNS)


def items_without_evidence(ev: Evaluation) -> pd.DataFrame:
    """Answered items that cite no evidence: code, area, question, answer, points (the flag's own rule)."""
    results = {r.code: r for r in ev.items}
    rows = [
        {
            "code": r.code,
            "area": r.area,
            "question": ev.rubric.items[r.code].item.question,
            "answer": r.answer,
            "points": r.points,
            "max_points": r.max_points,
        }
        for hit in item_without_evidence.hits(Subject(ev.unit, ev.rubric, ev.links, ev=ev))
        for r in (results[hit.item or ""],)
    ]
    return pd.DataFrame(rows, columns=["code", "area", "question", "answer", "points", "max_points"])


def activities_without_evidence(ev: Evaluation) -> pd.DataFrame:
    """Activities with scheduled months no evidence covers: with ``--as-of`` only the months due.

    Columns: activity, area, kegiatan, months (tuple), overdue (``True`` when judged against
    ``--as-of``; without it the months are planned, not yet judged).
    """
    acts = {a.id: a for a in ev.unit.activities}
    due = due_months(ev.as_of, ev.unit.unit.year) if ev.as_of else None
    rows = []
    # the flag's own rule: its hits carry every month not covered, due or not
    for hit in activity_without_evidence.hits(Subject(ev.unit, ev.rubric, ev.links)):
        act = acts[hit.activity or ""]
        months = tuple(m for m in hit.months if due is None or m in due)
        if months:
            rows.append(
                {
                    "activity": act.id,
                    "area": act.area,
                    "kegiatan": act.sub_kegiatan or act.kegiatan or act.ra_area,
                    "months": months,
                    "overdue": due is not None,
                }
            )
    return pd.DataFrame(rows, columns=["activity", "area", "kegiatan", "months", "overdue"])


def claimed_evidence(ev: Evaluation) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The records each item and each activity cites (by id), counting those whose file is gone.

    The engine lets a record whose file is missing support nothing; the report still shows it,
    struck through, beside what it claimed to support, so the reader sees what to restore.
    """
    if not ev.unit.missing_files:
        return ev.links.evidence_by_item, ev.links.evidence_by_activity
    # the engine's own linking rule, with every record counted (before missing files are taken out)
    by_item, by_act = evidence_claims(ev.unit, ev.rubric, ev.links.codes_of)
    return {k: sorted(set(v)) for k, v in by_item.items()}, {k: sorted(v) for k, v in by_act.items()}


def evidence_flags(flags: list[Flag]) -> list[Flag]:
    """The flags and findings about evidence records and files (codes ``EVIDENCE_*``), in list order."""
    return [f for f in flags if f.code.startswith("EVIDENCE_")]
