"""Count many units' flags by severity without evaluating each unit again.

:func:`~zi_eval.flags.derive.derive_flags` needs a full evaluation per unit (~15 ms). A comparison
table only needs how many flags of each severity a unit has, and those depend on three things:
the plan (fixed once the unit is loaded), the as-of month (which months are due) and the mode
(which items count as answered). A :class:`FlagProfile` keeps the first as counts and the second
as counts by the month from which a flag appears, both built once per unit by running the same
declared rules ``derive_flags`` runs (:func:`~zi_eval.flags.derive.run_rules`, stages ``plan`` and
``due``); the third (the one ``mode`` rule, ITEM_WITHOUT_EVIDENCE) comes from the stacked item
matrices. :func:`flag_counts` then
counts for a whole batch with array operations. ``tests/flags/test_batch_flags.py`` checks the
counts equal ``derive_flags`` on generated units, in every mode and for several as-of months.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from zi_eval.flags.catalogue import SEVERITIES, severity
from zi_eval.flags.derive import run_rules
from zi_eval.flags.subject import Subject
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit
from zi_eval.scoring.linking import Links

_SEV = {s: i for i, s in enumerate(SEVERITIES)}
#: Months a due-dependent flag can start at: 0 = whatever the date, 1..12 = once that month is due.
MONTH_SLOTS = 13


@dataclass(frozen=True)
class FlagProfile:
    """What one unit's flag counts depend on, apart from the mode."""

    fixed: np.ndarray  # (severities,) flags of the plan alone
    from_month: np.ndarray  # (severities, 13) flags that appear once month m is due (0: always)


def flag_profile(
    unit: Unit, rubric: Rubric, links: Links, answered: Sequence[bool] | None = None
) -> FlagProfile:
    """Build the profile of ``unit`` (its links already made; ``answered``: its items with a value, when
    the batch has valued them already)."""
    fixed = np.zeros(len(SEVERITIES), dtype=np.int64)
    from_month = np.zeros((len(SEVERITIES), MONTH_SLOTS), dtype=np.int64)
    for decl, hit in run_rules(Subject(unit, rubric, links, answered=answered), ("plan", "due")):
        sev = _SEV[hit.severity or decl.severity]
        if decl.stage == "plan":
            fixed[sev] += 1
        elif hit.always:
            from_month[sev, 0] += 1
        elif hit.months:
            from_month[sev, min(hit.months)] += 1  # flagged once its first month concerned is due
    return FlagProfile(fixed, from_month)


def due_through(as_of: tuple[int, int] | None, years: np.ndarray) -> np.ndarray:
    """The last due month of each unit's plan year (0: none due), as :func:`due_months` decides."""
    if as_of is None:
        return np.zeros(len(years), dtype=np.int64)
    y, m = as_of
    return np.where(years < y, 12, np.where(years > y, 0, m)).astype(np.int64)


def flag_counts(
    fixed: np.ndarray,
    from_month: np.ndarray,
    last_due: np.ndarray,
    item_flags: np.ndarray,
    worthless: np.ndarray | None = None,
    other_year: np.ndarray | None = None,
    aspect_short: np.ndarray | None = None,
) -> np.ndarray:
    """Flags per unit and severity: the plan's, the due ones and ``item_flags`` (units × items, bool).

    ``worthless`` (units × items) marks answers worth 0 as given: their ITEM_WITHOUT_EVIDENCE is
    info, not error (as :func:`zi_eval.flags.derive.derive_flags` says); ``other_year`` (units)
    marks units whose plan year is not the as-of year (one AS_OF_OTHER_YEAR warning each);
    ``aspect_short`` (units) counts each unit's AREA_ASPECT_BELOW_THRESHOLD warnings in the mode
    (:func:`zi_eval.scoring.readiness.aspect_short_counts`).
    """
    n = len(fixed)
    due = np.cumsum(from_month, axis=2)[
        np.arange(n)[:, None], np.arange(len(SEVERITIES))[None, :], last_due[:, None]
    ]
    counts = fixed + due
    if worthless is None:
        worthless = np.zeros_like(item_flags)
    counts[:, _SEV[severity("ITEM_WITHOUT_EVIDENCE")]] += (item_flags & ~worthless).sum(axis=1)
    counts[:, _SEV["info"]] += (item_flags & worthless).sum(axis=1)
    if other_year is not None:
        counts[:, _SEV[severity("AS_OF_OTHER_YEAR")]] += other_year
    if aspect_short is not None:
        counts[:, _SEV[severity("AREA_ASPECT_BELOW_THRESHOLD")]] += aspect_short
    return counts
