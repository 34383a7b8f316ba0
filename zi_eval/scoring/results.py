"""Result records of an evaluation, built only through constructors that require a reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zi_eval.messages import msg

OUTCOMES = ("met", "partial", "not_met", "no_evidence", "unanswered")


@dataclass(frozen=True)
class ItemResult:
    """The score of one item with its one-sentence reason."""

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

    def as_dict(self) -> dict[str, Any]:
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
            "reason": self.reason,
            "evidence": list(self.evidence),
            "activities": list(self.activities),
        }


def _make(base: dict[str, Any], value: float, outcome: str, reason: str) -> ItemResult:
    return ItemResult(value=value, points=value * base["max_points"], outcome=outcome, reason=reason, **base)


def scored(base: dict[str, Any], value: float, lang: str, detail: str) -> ItemResult:
    """An answered item with evidence (or not needing it): met, partial or not met by its value."""
    outcome = "met" if value >= 1.0 - 1e-12 else "partial" if value > 0 else "not_met"
    return _make(base, value, outcome, msg(f"reason_{outcome}", lang, answer=base["answer"], detail=detail))


def no_evidence(base: dict[str, Any], value: float, claimed: float, lang: str) -> ItemResult:
    """An answered item that scores 0 because no evidence supports it (evidenced mode)."""
    return _make(
        base, value, "no_evidence", msg("reason_no_evidence", lang, answer=base["answer"], claimed=claimed)
    )


def unanswered(base: dict[str, Any], value: float, lang: str, detail: str = "") -> ItemResult:
    """An item with no usable answer: 0, and visibly so."""
    return _make(base, value, "unanswered", msg("reason_unanswered", lang, detail=detail))


def projected(base: dict[str, Any], value: float, lang: str) -> ItemResult:
    """An unanswered item the plan covers: counted as fully met in projected mode."""
    acts = ", ".join(base["activities"][:3]) + ("…" if len(base["activities"]) > 3 else "")
    return _make(base, value, "met", msg("reason_projected", lang, activities=acts))


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
    """One threshold of a predicate, with its margin."""

    id: str
    label: str
    value: float
    threshold: float
    margin: float
    met: bool
    fixable: bool
    note: str = ""
    relative: float = 0.0  # margin as a share of the threshold (the binding criterion has the lowest)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "value": self.value,
            "threshold": self.threshold,
            "margin": self.margin,
            "met": self.met,
            "fixable": self.fixable,
            "note": self.note,
        }


@dataclass(frozen=True)
class Readiness:
    """Whether a unit can be proposed for one predicate, and what binds it."""

    predicate: str
    eligible: bool
    binding: str | None
    criteria: tuple[Criterion, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return {
            "eligible": self.eligible,
            "binding": self.binding,
            "criteria": [c.as_dict() for c in self.criteria],
        }
