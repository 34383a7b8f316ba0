"""Derive the flags of one evaluation by running every declared rule on it, and render them in its language."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from zi_eval.flags.catalogue import DECLARED, RULES, finding_args, render
from zi_eval.flags.declare import SEVERITIES, Declaration, Hit
from zi_eval.flags.subject import ALL_MONTHS, Subject, covered_months, due_months
from zi_eval.models.rubric import Rubric

if TYPE_CHECKING:
    from zi_eval.scoring.engine import Evaluation

__all__ = ["ALL_MONTHS", "Flag", "covered_months", "derive_flags", "due_months", "run_rules"]


@dataclass(frozen=True)
class Flag:
    """One finding, tied to an area, activity, sub-step, months, item and source line where they apply."""

    code: str
    severity: str
    message: str
    area: str | None = None
    activity: str | None = None
    substep: str | None = None
    months: tuple[int, ...] = ()
    item: str | None = None
    source: str | None = None
    #: ACTIVITY_NOT_MAPPED: the items the matcher found nearest, best first
    suggestions: tuple[str, ...] = ()
    #: why the flag matters and what to do, in the message's language (from its declaration)
    motivation: str = ""
    remediation: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "area": self.area,
            "activity": self.activity,
            "substep": self.substep,
            "months": list(self.months),
            "item": self.item,
            "message": self.message,
            "source": self.source,
            "suggestions": list(self.suggestions),
            "motivation": self.motivation,
            "remediation": self.remediation,
        }

    def sort_key(self) -> tuple[Any, ...]:
        """Severity first, then the earliest month a flag is about (dated flags before undated ones)."""
        return (
            SEVERITIES.index(self.severity),
            min(self.months) if self.months else 13,
            self.code,
            self.area or "",
            self.activity or "",
            self.substep or "",
            self.item or "",
            self.months,
            self.message,  # two flags alike but for their file (EVIDENCE_*): the order stays fixed
        )


def run_rules(subject: Subject, stages: Iterable[str]) -> Iterator[tuple[Declaration, Hit]]:
    """Every hit of the declared rules of ``stages`` on ``subject``, rule by rule."""
    wanted = set(stages)
    for decl in RULES:
        if decl.stage in wanted:
            for hit in decl.hits(subject):
                yield decl, hit


def derive_flags(
    ev: Evaluation, import_findings: list[dict[str, Any]] | None = None, lang: str = "id"
) -> list[Flag]:
    """Derive every flag of an evaluation, sorted by severity and code (deterministic)."""
    unit, rubric = ev.unit, ev.rubric
    subject = Subject(unit, rubric, ev.links, ev=ev, as_of=ev.as_of)
    names = _Names(
        lang, rubric, {a.id: _short(a.sub_kegiatan or a.kegiatan or a.ra_area) for a in unit.activities}
    )
    due = due_months(ev.as_of, unit.unit.year)
    flags = []
    for decl, hit in run_rules(subject, ("plan", "due", "mode", "run")):
        if decl.stage == "due":
            months = tuple(m for m in hit.months if m in due)
            if not (months or hit.always):
                continue
            hit = replace(hit, months=months)
        flags.append(names.flag(decl, hit))
    for f in import_findings or []:
        args = finding_args(f)
        hit = Hit(source=f.get("source"), item=args.pop("item"), args=args)
        flags.append(names.flag(DECLARED[f["code"]], hit))
    return sorted(flags, key=Flag.sort_key)


class _Names:
    """Renders hits as flags in one language, naming areas, activities and items the way a person reads them."""

    def __init__(self, lang: str, rubric: Rubric, activities: dict[str, str]) -> None:
        self.lang, self.activities = lang, activities
        self.areas = {a.id: a.name for a in rubric.areas}
        self.items: dict[str, str] = rubric.derived("item_names", _item_names)

    def flag(self, decl: Declaration, hit: Hit) -> Flag:
        """The flag of ``hit`` with its message, motivation and remediation in this language."""
        kw = {k: v() if callable(v) else v for k, v in hit.args.items()}  # an argument worded when shown
        area, act = hit.area, hit.activity
        kw.setdefault("area", self.areas.get(area, area) if area else "")
        kw.setdefault("activity", f"{act} ({self.activities.get(act, '')})" if act else "")
        kw.setdefault("item", hit.item)
        kw.setdefault("question", self.items.get(hit.item or "", ""))
        kw.setdefault("substep", hit.substep)
        kw["months"] = _months_text(hit.months)
        return Flag(
            decl.code,
            hit.severity or decl.severity,
            render(decl.code, self.lang, **kw),
            area=hit.area,
            activity=hit.activity,
            substep=hit.substep,
            months=hit.months,
            item=hit.item,
            source=hit.source,
            suggestions=hit.suggestions,
            motivation=decl.motivation.get(self.lang),
            remediation=decl.remediation.get(self.lang),
        )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _months_text(months: tuple[int, ...]) -> str:
    """Render months compactly: 3–12, or 4, 6, 9."""
    ms = sorted(months)
    runs: list[str] = []
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and ms[j + 1] == ms[j] + 1:
            j += 1
        runs.append(f"{ms[i]}–{ms[j]}" if j - i >= 2 else ", ".join(str(m) for m in ms[i : j + 1]))
        i = j + 1
    return ", ".join(runs)


def _item_names(rubric: Rubric) -> dict[str, str]:
    """Each item's question and each indicator's name, shortened for a flag's message."""
    out = {code: _short(f.item.question, 90) for code, f in rubric.items.items()}
    for f in rubric.items.values():
        out.setdefault(f.indicator.code, _short(f.indicator.name, 90))
    return out
