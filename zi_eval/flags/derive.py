"""Derive flags from an evaluation: gaps in the calendar, missing evidence, SPIP holes, mapping gaps."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from zi_eval.flags.catalogue import SEVERITIES, finding_args, render, severity
from zi_eval.io.words import contains_phrase, norm
from zi_eval.matching.expected import missing_parts
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Evidence, Substep, Unit
from zi_eval.scoring.engine import Evaluation
from zi_eval.scoring.linking import Links, matcher
from zi_eval.scoring.values import ratio_parts

ALL_MONTHS = tuple(range(1, 13))


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


class _Maker:
    """Builds flags in one language, naming areas and activities the way a person reads them."""

    def __init__(
        self,
        lang: str,
        areas: dict[str, str],
        activities: dict[str, str],
        text: bool = True,
        items: dict[str, str] | None = None,
    ) -> None:
        self.lang, self.areas, self.activities, self.text = lang, areas, activities, text
        self.items = items or {}  # item or indicator code -> its question or name, shortened

    def __call__(self, code: str, severity_: str | None = None, **kw: Any) -> Flag:
        """Build flag ``code``; ``severity_`` overrides the catalogue's severity (a 0-value answer)."""
        fields = {
            k: kw.pop(k)
            for k in ("area", "activity", "substep", "months", "item", "source", "suggestions")
            if k in kw
        }
        sev = severity_ or severity(code)
        if not self.text:  # counting only (batch flag profiles): no message to render
            return Flag(code, sev, "", **fields)
        text_kw = dict(kw)
        area, act = fields.get("area"), fields.get("activity")
        text_kw.setdefault("area", self.areas.get(area, area) if area else "")
        text_kw.setdefault("activity", f"{act} ({self.activities.get(act, '')})" if act else "")
        text_kw.setdefault("item", fields.get("item"))
        text_kw.setdefault("question", self.items.get(fields.get("item") or "", ""))
        text_kw.setdefault("substep", fields.get("substep"))
        text_kw["months"] = _months_text(fields.get("months", ()))
        return Flag(code, sev, render(code, self.lang, **text_kw), **fields)


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


def covered_months(ev: Evidence, year: int) -> set[int]:
    """Months an evidence record covers: its months, else its date's month, else the whole year."""
    if ev.months:
        return set(ev.months)
    if ev.date is not None:
        return (
            {ev.date.month} if ev.date.year == year else (set(ALL_MONTHS) if ev.date.year > year else set())
        )
    return set(ALL_MONTHS)


def _source(act: Activity) -> str | None:
    s = act.source
    if s is None:
        return None
    if s.sheet:
        return f"{s.file}:{s.sheet}!{s.cells or s.line}"
    return f"{s.file}:{s.line}" if s.line else s.file


def _scheduled(act: Activity) -> set[int]:
    months = set(act.months)
    for s in act.substeps:
        months |= set(s.months)
    return months


def derive_flags(
    ev: Evaluation, import_findings: list[dict[str, Any]] | None = None, lang: str = "id"
) -> list[Flag]:
    """Derive every flag of an evaluation, sorted by severity and code (deterministic)."""
    unit, rubric = ev.unit, ev.rubric
    flags: list[Flag] = []
    area_name = {a.id: a.name for a in rubric.areas}
    mk = _Maker(
        lang,
        area_name,
        {a.id: _short(a.sub_kegiatan or a.kegiatan or a.ra_area) for a in unit.activities},
        items=rubric.derived("item_names", _item_names),
    )
    evidence = {e.id: e for e in unit.evidence}
    due = due_months(ev.as_of, unit.unit.year)
    flags += plan_flags(unit, rubric, ev.links, mk)
    for act, missing in activities_missing_evidence(unit, ev.links, evidence):
        if set(missing) & due:
            flags.append(_activity_without_evidence(act, tuple(m for m in missing if m in due), mk))
    for act, s, missing in spip_substeps_missing_evidence(unit, rubric, ev.links, evidence):
        if not s.months or set(missing) & due:
            flags.append(_spip_substep_empty(act, s, tuple(m for m in missing if m in due), mk))
    claimed = {i.code: i.value for i in ev.scores_by_mode["claimed"].items}
    for r in ev.scores.items:
        answered = r.outcome != "unanswered" and r.answer is not None
        if answered and not r.evidence:
            # an answer worth nothing (Tidak, C, 0 %) without evidence loses nothing: info, not error
            worth = claimed.get(r.code) or 0.0
            flags.append(mk("ITEM_WITHOUT_EVIDENCE", None if worth > 0 else "info", area=r.area, item=r.code))
    if ev.as_of is not None and ev.as_of[0] != unit.unit.year:
        flags.append(mk("AS_OF_OTHER_YEAR", as_of=f"{ev.as_of[0]}-{ev.as_of[1]:02d}", year=unit.unit.year))
    for f in import_findings or []:
        flags.append(mk(f["code"], source=f.get("source"), months=(), **finding_args(f)))
    return sorted(flags, key=Flag.sort_key)


def plan_flags(unit: Unit, rubric: Rubric, links: Links, mk: _Maker) -> list[Flag]:
    """The flags that depend on the plan alone (not on the mode, nor on the as-of month)."""
    by_area: dict[str, list[Activity]] = {a.id: [] for a in rubric.zi_areas}
    for act in unit.activities:
        if act.area in by_area:
            by_area[act.area].append(act)
    out = _calendar_flags(unit, by_area, mk)
    codes_of: dict[str, tuple[str, ...]] = rubric.derived("codes_by_area", _codes_by_area)
    for area, acts in by_area.items():
        has = any(links.evidence_by_activity.get(a.id) for a in acts)
        has = has or any(links.evidence_by_item.get(code) for code in codes_of.get(area, ()))
        if not has:
            out.append(mk("AREA_WITHOUT_EVIDENCE", area=area))
    plan_text = " ".join(norm(a.text) for a in unit.activities)
    for el in rubric.spip_elements:
        if not any(contains_phrase(plan_text, kw) for kw in el.keywords):
            out.append(mk("SPIP_ELEMENT_MISSING", area="penguatan-pengawasan", item=el.item, element=el.name))
    out += _mapping_flags(unit, rubric, links, mk) + _evidence_file_flags(unit, rubric, links, mk)
    return out + _count_flags(unit, rubric, mk)


def _evidence_file_flags(unit: Unit, rubric: Rubric, links: Links, mk: _Maker) -> list[Flag]:
    """Evidence files that are gone or support nothing, and evidence the plan promised that no record matches."""
    out = []
    cited = {x for a in unit.answers.values() for x in a.evidence} | set(unit.hasil.evidence)
    for ev in unit.evidence:
        if ev.id in unit.missing_files:
            out.append(
                mk("EVIDENCE_PATH_MISSING", source=ev.path, evidence=ev.id, title=ev.title, path=ev.path)
            )
        elif not ev.supports and ev.id not in cited:
            # a scanned file no folder or name placed (or a record typed without supports)
            out.append(mk("EVIDENCE_UNPLACED", source=ev.path or ev.url, value=ev.path or ev.url or ev.title))
    if not any(a.expected_evidence for a in unit.activities):
        return out
    records = {e.id: (e.title, e.kind) for e in unit.evidence if e.id not in unit.missing_files}
    analyzer = matcher(rubric).analyzer
    for act in unit.activities:
        if not act.expected_evidence:
            continue
        ids = set(links.evidence_by_activity.get(act.id, ()))
        for ln in links.by_activity.get(act.id, ()):
            ids.update(links.evidence_by_item.get(ln.code, ()))
        missing = missing_parts(
            act.expected_evidence, (records[i] for i in sorted(ids) if i in records), analyzer
        )
        if missing:
            out.append(
                mk(
                    "EVIDENCE_EXPECTED_MISSING",
                    area=act.area,
                    activity=act.id,
                    source=_source(act),
                    missing="; ".join(missing),
                )
            )
    return out


def _item_names(rubric: Rubric) -> dict[str, str]:
    """Each item's question and each indicator's name, shortened for a flag's message."""
    out = {code: _short(f.item.question, 90) for code, f in rubric.items.items()}
    for f in rubric.items.values():
        out.setdefault(f.indicator.code, _short(f.indicator.name, 90))
    return out


def _count_flags(unit: Unit, rubric: Rubric, mk: _Maker) -> list[Flag]:
    """Percentage answers whose numerator is above their denominator (12 of 10 targets met)."""
    out = []
    for code, ans in unit.answers.items():
        flat = rubric.items.get(code)
        f = flat.item.formula if flat else None
        if f is None or f.kind != "ratio" or not ans.counts:
            continue
        num, den = ratio_parts(f, ans.counts)
        if den > 0 and num > den:
            out.append(
                mk(
                    "COUNT_ABOVE_TOTAL",
                    area=flat.area if flat else None,
                    item=code,
                    numerator=num,
                    denominator=den,
                )
            )
    return out


def _codes_by_area(rubric: Rubric) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for code, f in rubric.items.items():
        out.setdefault(f.area, []).append(code)
    return {a: tuple(c) for a, c in out.items()}


def _calendar_flags(unit: Unit, by_area: dict[str, list[Activity]], mk: _Maker) -> list[Flag]:
    out = []
    for area, acts in by_area.items():
        if not acts:
            out.append(mk("AREA_WITHOUT_ACTIVITY", area=area))
            continue
        busy = set().union(*(_scheduled(a) for a in acts))
        gaps = tuple(m for m in ALL_MONTHS if m not in busy)
        if gaps:
            out.append(mk("MONTH_WITHOUT_ACTIVITY", area=area, months=gaps))
    busy_all = set().union(set(), *(_scheduled(a) for a in unit.activities))
    empty = tuple(m for m in ALL_MONTHS if m not in busy_all)
    if empty:
        out.append(mk("PLAN_MONTH_EMPTY", months=empty))
    for act in unit.activities:
        if not _scheduled(act):
            out.append(mk("ACTIVITY_WITHOUT_SCHEDULE", area=act.area, activity=act.id, source=_source(act)))
        if act.kegiatan and not act.sub_kegiatan:
            out.append(
                mk(
                    "ACTIVITY_WITHOUT_SUBACTIVITY",
                    area=act.area,
                    activity=act.id,
                    source=_source(act),
                    text=act.kegiatan,
                )
            )
    non_zi: dict[str, list[Activity]] = {}
    for act in unit.activities:
        if act.area is None:
            non_zi.setdefault(act.ra_area, []).append(act)
    for ra_area, acts in non_zi.items():
        out.append(mk("AREA_NOT_IN_RUBRIC", source=_source(acts[0]), ra_area=ra_area, n=len(acts)))
    return out


def _evidenced_months(act: Activity, links: Links, evidence: dict[str, Evidence], year: int) -> set[int]:
    got: set[int] = set()
    for eid in links.evidence_by_activity.get(act.id, []):
        if eid in evidence:
            got |= covered_months(evidence[eid], year)
    return got


def activities_missing_evidence(
    unit: Unit, links: Links, evidence: dict[str, Evidence]
) -> Iterator[tuple[Activity, tuple[int, ...]]]:
    """Each activity with months its evidence does not cover (due or not yet), those months sorted."""
    for act in unit.activities:
        if act.months:
            missing = tuple(sorted(set(act.months) - _evidenced_months(act, links, evidence, unit.unit.year)))
            if missing:
                yield act, missing


def _activity_without_evidence(act: Activity, missing: tuple[int, ...], mk: _Maker) -> Flag:
    return mk(
        "ACTIVITY_WITHOUT_EVIDENCE", area=act.area, activity=act.id, months=missing, source=_source(act)
    )


def _is_spip(act: Activity, keywords: tuple[str, ...]) -> bool:
    texts = [act.kegiatan or "", act.sub_kegiatan or "", *act.indicators]
    return any(contains_phrase(norm(t), kw) for t in texts for kw in keywords)


def spip_substeps_missing_evidence(
    unit: Unit, rubric: Rubric, links: Links, evidence: dict[str, Evidence]
) -> Iterator[tuple[Activity, Substep, tuple[int, ...]]]:
    """Every sub-step of a SPIP activity, with its months the activity's evidence does not cover."""
    for act in unit.activities:
        if not act.substeps or not _is_spip(act, rubric.spip_keywords):
            continue
        got = _evidenced_months(act, links, evidence, unit.unit.year)
        for s in act.substeps:
            yield act, s, tuple(sorted(set(s.months) - got))


def _spip_substep_empty(act: Activity, s: Substep, missing: tuple[int, ...], mk: _Maker) -> Flag:
    src = f"{s.source.file}:{s.source.line}" if s.source and s.source.line else _source(act)
    if not s.months:
        why = "belum punya jadwal bulan" if mk.lang != "en" else "has no months"
    else:
        why = "jatuh tempo tanpa data dukung" if mk.lang != "en" else "is due without evidence"
    return mk(
        "SPIP_SUBSTEP_EMPTY",
        area=act.area,
        activity=act.id,
        substep=s.label,
        months=missing,
        source=src,
        text=s.text,
        why=why,
    )


def _mapping_flags(unit: Unit, rubric: Rubric, links: Links, mk: _Maker) -> list[Flag]:
    out = []
    for act in unit.activities:
        if not links.by_activity.get(act.id):
            near = links.suggestions.get(act.id, [])
            out.append(
                mk(
                    "ACTIVITY_NOT_MAPPED",
                    area=act.area,
                    activity=act.id,
                    source=_source(act),
                    suggestions=tuple(s.code for s in near),
                    suggested=", ".join(f"{s.code} ({s.score:.2f})" for s in near) or "—",
                )
            )
    for comp in rubric.components:
        if comp.id != "pengungkit":
            continue
        for asp in comp.aspects:
            for area in asp.areas:
                for ind in area.indicators:
                    missing = [it.code for it in ind.items if not links.by_item.get(it.code)]
                    if missing:
                        out.append(
                            mk("ITEM_NOT_PLANNED", area=area.id, item=ind.code, codes=", ".join(missing))
                        )
    return out
