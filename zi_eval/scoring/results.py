"""Result records of an evaluation, built only through constructors that require a reason.

Reasons and notes are codes with their arguments, never words: ``zi_eval.report.result_text``
says them in Indonesian or English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

OUTCOMES = ("met", "partial", "not_met", "no_evidence", "unanswered")
#: Why an item scored as it did: an outcome, or ``projected`` (unanswered, counted as met by the plan).
REASONS = ("met", "partial", "not_met", "no_evidence", "unanswered", "projected")
#: What qualifies a reason: a rubric rule for a zero denominator, no violations in both years,
#: counts incomplete, an answer that is no option of the item.
DETAILS = ("", "zero_denominator", "both_zero", "missing_counts", "bad_option")


@dataclass(frozen=True)
class ItemResult:
    """The score of one item with its reason (a code of :data:`REASONS`, its detail, the claimed value)."""

    code: str
    component: str
    aspect: str
    area: str
    indicator: str
    answer: str | None
    value: float
    points: float
    max_points: float
    outcome: str
    reason: str
    evidence: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    detail: str = ""
    claimed: float | None = None  # the answer's value before evidenced mode zeroed it (``no_evidence``)

    def as_dict(self) -> dict[str, Any]:
        """The item as JSON data, without its reason (words: ``report.result_text.item_reason``)."""
        return {
            "code": self.code,
            "area": self.area,
            "aspect": self.aspect,
            "indicator": self.indicator,
            "answer": self.answer,
            "value": self.value,
            "points": self.points,
            "max_points": self.max_points,
            "outcome": self.outcome,
            "evidence": list(self.evidence),
            "activities": list(self.activities),
        }


def _make(base: dict[str, Any], value: float, outcome: str, reason: str, **kw: Any) -> ItemResult:
    return ItemResult(
        value=value, points=value * base["max_points"], outcome=outcome, reason=reason, **base, **kw
    )


def scored(base: dict[str, Any], value: float, detail: str = "") -> ItemResult:
    """An answered item with evidence (or not needing it): met, partial or not met by its value."""
    outcome = "met" if value >= 1.0 - 1e-12 else "partial" if value > 0 else "not_met"
    return _make(base, value, outcome, outcome, detail=detail)


def no_evidence(base: dict[str, Any], value: float, claimed: float) -> ItemResult:
    """An answered item that scores 0 because no evidence supports it (evidenced mode)."""
    return _make(base, value, "no_evidence", "no_evidence", claimed=claimed)


def unanswered(base: dict[str, Any], value: float, detail: str = "") -> ItemResult:
    """An item with no usable answer: 0, and visibly so."""
    return _make(base, value, "unanswered", "unanswered", detail=detail)


def projected(base: dict[str, Any], value: float) -> ItemResult:
    """An unanswered item the plan covers: counted as fully met in projected mode."""
    return _make(base, value, "met", "projected")


@dataclass(frozen=True)
class AreaResult:
    """One ZI area: total, percent of its weight, and its two halves."""

    id: str
    name: str
    weight: float
    score: float
    percent: float
    pemenuhan: float
    reform: float

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Criterion:
    """One threshold of a predicate, with its margin and why it may be unmet (a note code, its arguments).

    Notes: ``hasil_missing`` (field), ``items_missing`` (codes), ``prior_missing`` (prior).
    """

    id: str
    value: float
    threshold: float
    margin: float
    met: bool
    fixable: bool
    note: str = ""
    note_args: tuple[tuple[str, str], ...] = ()
    relative: float = 0.0  # margin as a share of the threshold (the binding criterion has the lowest)

    def as_dict(self) -> dict[str, Any]:
        """The criterion as JSON data, without its label and note (words: ``report.result_text``)."""
        return {
            "id": self.id,
            "value": self.value,
            "threshold": self.threshold,
            "margin": self.margin,
            "met": self.met,
            "fixable": self.fixable,
        }


@dataclass(frozen=True)
class Readiness:
    """Whether a unit can be proposed for one predicate, and what binds it."""

    predicate: str
    eligible: bool
    binding: str | None
    criteria: tuple[Criterion, ...] = field(default_factory=tuple)
