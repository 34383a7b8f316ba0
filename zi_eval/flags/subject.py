"""The unit a flag rule looks at: its plan, rubric and links, and what several rules need from them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from zi_eval.io.words import contains_phrase, norm
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Evidence, Substep, Unit
from zi_eval.scoring.coverage import ALL_MONTHS, covered_months, due_months, planned_months  # noqa: F401 (re-exported)

if TYPE_CHECKING:
    from zi_eval.scoring.engine import Evaluation
    from zi_eval.scoring.linking import Links


@dataclass
class Subject:
    """One unit as the rules see it; ``ev`` and ``as_of`` are there only when a whole evaluation is.

    The batch path (:mod:`zi_eval.flags.batch`) builds a subject without them and runs only the
    ``plan`` and ``due`` rules, which must not read them; it gives ``answered`` instead, the unit's
    row of the batch's answered matrix (whether each rubric item has a value), valued already.
    """

    unit: Unit
    rubric: Rubric
    links: Links
    ev: Evaluation | None = None
    as_of: tuple[int, int] | None = None
    answered: Sequence[bool] | None = None

    @cached_property
    def unanswered(self) -> list[str]:
        """The rubric's items without a value, in its order: read from the answered row the caller
        valued (the batch's, or the evaluation's), valued here only when neither is given."""
        answered: Sequence[bool] | np.ndarray | None = self.answered
        if answered is None and self.ev is not None and self.ev.compiled is not None:
            answered = self.ev.compiled.answered
        if answered is None:
            from zi_eval.scoring.batch import value_items

            answered = [v.value is not None for v in value_items(self.unit, self.rubric)]
        row = np.asarray(answered, dtype=bool)
        if len(row) != len(self.rubric.items):
            raise ValueError(f"an answered row of {len(row)} items for a rubric of {len(self.rubric.items)}")
        codes = list(self.rubric.items)
        return [codes[i] for i in np.flatnonzero(~row).tolist()]

    @cached_property
    def by_area(self) -> dict[str, list[Activity]]:
        """The activities of each ZI area of the rubric (an area without any: an empty list)."""
        out: dict[str, list[Activity]] = {a.id: [] for a in self.rubric.zi_areas}
        for act in self.unit.activities:
            if act.area in out:
                out[act.area].append(act)
        return out

    @cached_property
    def evidence(self) -> dict[str, Evidence]:
        return {e.id: e for e in self.unit.evidence}

    @cached_property
    def missing_files(self) -> frozenset[str]:
        """Evidence ids whose file is gone (read once: the model's private attribute is slow to reach)."""
        return self.unit.missing_files

    @cached_property
    def year(self) -> int:
        return self.unit.unit.year

    @cached_property
    def _evidenced(self) -> dict[str, set[int]]:
        return {}

    @cached_property
    def _scheduled(self) -> dict[str, set[int]]:
        return {}

    def scheduled(self, act: Activity) -> set[int]:
        """The months ``act`` runs in, its sub-steps' included (worked out once; do not change the set)."""
        got = self._scheduled.get(act.id)
        if got is None:
            got = self._scheduled[act.id] = planned_months(act)
        return got

    def evidenced_months(self, act: Activity) -> set[int]:
        """The months the evidence linked to ``act`` covers (do not change the set returned)."""
        got = self._evidenced.get(act.id)
        if got is None:
            got = set()
            for eid in self.links.evidence_by_activity.get(act.id, []):
                if eid in self.evidence:
                    got |= covered_months(self.evidence[eid], self.year)
            self._evidenced[act.id] = got
        return got

    def spip_substeps(self) -> Iterator[tuple[Activity, Substep, tuple[int, ...]]]:
        """Every sub-step of a SPIP activity, with its months the activity's evidence does not cover."""
        for act in self.unit.activities:
            if not act.substeps or not is_spip(act, self.rubric.spip_keywords):
                continue
            got = self.evidenced_months(act)
            for s in act.substeps:
                yield act, s, tuple(sorted(set(s.months) - got))


def is_spip(act: Activity, keywords: tuple[str, ...]) -> bool:
    """Whether an activity's texts name SPIP (the rubric's SPIP keywords)."""
    texts = [act.kegiatan or "", act.sub_kegiatan or "", *act.indicators]
    return any(contains_phrase(norm(t), kw) for t in texts for kw in keywords)


def source_of(act: Activity) -> str | None:
    """Where an activity was read, rendered as every location is (:mod:`zi_eval.io.location`)."""
    return str(act.source.location()) if act.source is not None else None
