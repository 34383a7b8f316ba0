"""Which months a plan's evidence covers, and which months are due: the one statement of both rules.

A record covers its months, else its date's month (a date in a later year covers the whole plan
year, an earlier one none), else the whole year. With an as-of month, the plan year's months up to
it are due. Flags, the calendar and the evidence report read these.
"""

from __future__ import annotations

from zi_eval.models.unit import Activity, Evidence, Unit
from zi_eval.scoring.linking import Links

ALL_MONTHS = tuple(range(1, 13))


def covered_months(ev: Evidence, year: int) -> set[int]:
    """Months an evidence record covers: its months, else its date's month, else the whole year."""
    if ev.months:
        return set(ev.months)
    if ev.date is not None:
        return (
            {ev.date.month} if ev.date.year == year else (set(ALL_MONTHS) if ev.date.year > year else set())
        )
    return set(ALL_MONTHS)


def due_months(as_of: tuple[int, int] | None, year: int) -> set[int]:
    """Months of the plan year that are due by ``as_of`` (year, month)."""
    if as_of is None:
        return set()
    y, m = as_of
    if y > year:
        return set(ALL_MONTHS)
    if y < year:
        return set()
    return set(range(1, m + 1))


def planned_months(act: Activity) -> set[int]:
    """Months an activity runs in: its own and its sub-steps'."""
    return set(act.months).union(*(s.months for s in act.substeps))


def activity_evidence_months(unit: Unit, links: Links) -> dict[str, set[int]]:
    """Each activity's months covered by the evidence linked to it."""
    records = {e.id: e for e in unit.evidence}
    year = unit.unit.year
    out: dict[str, set[int]] = {}
    for act in unit.activities:
        got: set[int] = set()
        for eid in links.evidence_by_activity.get(act.id, ()):
            if eid in records:
                got |= covered_months(records[eid], year)
        out[act.id] = got
    return out
