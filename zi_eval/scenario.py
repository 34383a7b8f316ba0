"""What-if scenarios: an immutable baseline unit plus changes, evaluated with a diff against the baseline.

Changes are small frozen records (add or remove an activity, change its months, attach evidence,
set an answer or counts, set survey values). Scenarios compose (``s.with_changes(...)`` or
``s1 + s2``) and read and write YAML: a list of changes, each with its ``op``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

import pandas as pd
import yaml
from pydantic import Field, TypeAdapter, ValidationError

from zi_eval.api import Evaluation, evaluate, load_rubric
from zi_eval.errors import InputError, Problem, UsageError, show
from zi_eval.io.yamlsrc import LineMap, load_yaml, parse_yaml
from zi_eval.messages import msg
from zi_eval.models.base import Strict
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Answer, Count, Evidence, Hasil, Ident, Months, Unit
from zi_eval.models.unit_checks import check_unit, missing_evidence_files, path_rule
from zi_eval.models.validation import field_name, problem, pydantic_must


class SetAnswer(Strict):
    """Give an option item an answer (optionally with evidence ids)."""

    op: Literal["set_answer"] = "set_answer"
    item: str
    answer: str
    evidence: tuple[Ident, ...] = ()

    def apply(self, unit: Unit) -> Unit:
        old = unit.answers.get(self.item)
        ev = self.evidence or (old.evidence if old else ())
        new = Answer(answer=self.answer, evidence=ev, note=old.note if old else None)
        return unit.model_copy(update={"answers": {**unit.answers, self.item: new}})


class SetCounts(Strict):
    """Set the counts of a percentage item (merged into the counts it has)."""

    op: Literal["set_counts"] = "set_counts"
    item: str
    # a count as a unit file takes it: a whole number, never '12' nor true
    counts: dict[str, Count]
    evidence: tuple[Ident, ...] = ()

    def apply(self, unit: Unit) -> Unit:
        old = unit.answers.get(self.item)
        counts = {**(old.counts if old else {}), **self.counts}
        ev = self.evidence or (old.evidence if old else ())
        new = Answer(counts=counts, evidence=ev, note=old.note if old else None)
        return unit.model_copy(update={"answers": {**unit.answers, self.item: new}})


class AttachEvidence(Strict):
    """Add an evidence record (it names what it supports); its id must be new to the unit (the same
    record attached again changes nothing)."""

    op: Literal["attach_evidence"] = "attach_evidence"
    evidence: Evidence

    def apply(self, unit: Unit) -> Unit:
        rest = tuple(e for e in unit.evidence if e.id != self.evidence.id)
        return unit.model_copy(update={"evidence": rest + (self.evidence,)})


class AddActivity(Strict):
    """Add an activity to the plan (replacing one with the same id)."""

    op: Literal["add_activity"] = "add_activity"
    activity: Activity

    def apply(self, unit: Unit) -> Unit:
        rest = tuple(a for a in unit.activities if a.id != self.activity.id)
        return unit.model_copy(update={"activities": rest + (self.activity,)})


class RemoveActivity(Strict):
    """Remove an activity from the plan (evidence stays, no longer supporting it)."""

    op: Literal["remove_activity"] = "remove_activity"
    activity: str

    def apply(self, unit: Unit) -> Unit:
        """Drop the activity, and drop it from what evidence records say they support."""
        acts = tuple(a for a in unit.activities if a.id != self.activity)
        evidence = tuple(
            e.model_copy(update={"supports": tuple(x for x in e.supports if x != self.activity)})
            if self.activity in e.supports
            else e
            for e in unit.evidence
        )
        return unit.model_copy(update={"activities": acts, "evidence": evidence})


class SetMonths(Strict):
    """Reschedule an activity."""

    op: Literal["set_months"] = "set_months"
    activity: str
    months: Months

    def apply(self, unit: Unit) -> Unit:
        acts = tuple(
            a.model_copy(update={"months": self.months}) if a.id == self.activity else a
            for a in unit.activities
        )
        return unit.model_copy(update={"activities": acts})


class SetSurvey(Strict):
    """Set survey indices (IPAK, IPKP, 0–4) and/or capaian kinerja (A–E)."""

    op: Literal["set_survey"] = "set_survey"
    # strict, as a unit file's JSON Schema is: '3.5' and true are not survey indices
    ipak: Annotated[float, Field(ge=0, le=4, strict=True)] | None = None
    ipkp: Annotated[float, Field(ge=0, le=4, strict=True)] | None = None
    capaian_kinerja: Literal["A", "B", "C", "D", "E"] | None = None

    def apply(self, unit: Unit) -> Unit:
        h = unit.hasil
        new = Hasil(
            ipak=self.ipak if self.ipak is not None else h.ipak,
            ipkp=self.ipkp if self.ipkp is not None else h.ipkp,
            capaian_kinerja=self.capaian_kinerja or h.capaian_kinerja,
            evidence=h.evidence,
        )
        return unit.model_copy(update={"hasil": new})


Change = Annotated[
    SetAnswer | SetCounts | AttachEvidence | AddActivity | RemoveActivity | SetMonths | SetSurvey,
    Field(discriminator="op"),
]
_CHANGES = TypeAdapter(list[Change])
_CHANGE: TypeAdapter[Any] = TypeAdapter(Change)


_TAGS = {
    "set_answer",
    "set_counts",
    "attach_evidence",
    "add_activity",
    "remove_activity",
    "set_months",
    "set_survey",
}


def changes_from_data(data: Any, lines: LineMap | None = None) -> tuple[Any, ...]:
    """Validate a list of change mappings (from YAML, optionally under ``changes:``) into change records."""
    changes, problems, _ = _read_changes(data, lines or LineMap("<scenario>"))
    if problems:
        raise InputError(problems)
    return tuple(changes)


def _read_changes(data: Any, lines: LineMap) -> tuple[list[Any], list[Problem], tuple[str, ...]]:
    """The change records (``None`` for one that is malformed), the problems, and where the list is.

    Each change is read on its own, so a malformed one does not hide what is wrong with the others.
    """
    prefix: tuple[str, ...] = ()
    if isinstance(data, dict) and set(data) == {"changes"}:
        data, prefix = data["changes"], ("changes",)
    if data is None:
        return [], [], prefix
    if not isinstance(data, list):
        try:
            _CHANGES.validate_python(data)
        except ValidationError as exc:
            return [], _problems(exc, (), lines, prefix), prefix
    changes: list[Any] = []
    problems: list[Problem] = []
    for i, raw in enumerate(data):
        try:
            changes.append(_CHANGE.validate_python(raw))
        except ValidationError as exc:
            changes.append(None)
            problems += _problems(exc, (i,), lines, prefix)
    return changes, problems, prefix


def _problems(
    exc: ValidationError, at: tuple[int, ...], lines: LineMap, prefix: tuple[str, ...]
) -> list[Problem]:
    out = []
    for err in exc.errors(include_url=False):
        loc = at + tuple(err["loc"])
        if len(loc) > 1 and loc[1] in _TAGS:
            loc = loc[:1] + loc[2:]
        if err["type"] == "missing":
            must, got = "present", None
        elif err["type"] == "extra_forbidden":  # name the unknown key, as a unit file's problems do
            must, got = "a known field (unknown field)", loc[-1] if loc else "?"
        elif err["type"] == "union_tag_invalid":
            must, got = "an op of " + ", ".join(sorted(_TAGS)), (err.get("input") or {}).get("op")
        else:
            must, got = pydantic_must(err), err.get("input")
        out.append(_at(lines, prefix, loc, must, got))
    return out


def _at(lines: LineMap, prefix: tuple[str, ...], loc: tuple[Any, ...], must: str, got: object) -> Problem:
    """A problem at ``loc`` of the list of changes, named ``changes[i]…`` whether or not the file
    puts the list under ``changes:``."""
    if not loc or not isinstance(loc[0], int):
        return problem(lines, prefix + loc, must, got)
    return Problem(lines.path, lines.line_of(prefix + loc), field_name(("changes", *loc)), must, show(got))


#: A reference a change makes to a record the unit has, or an earlier change made.
_ACTIVITY_ID = "an activity id of the unit or of an earlier change"
_EVIDENCE_ID = "an evidence id of the unit or of an earlier change"


def check_changes(
    changes: tuple[Any | None, ...],
    baseline: Unit,
    rubric: Rubric,
    base_dir: Path | None = None,
    source: tuple[LineMap, tuple[str, ...]] | None = None,
) -> list[Problem]:
    """Return every problem of ``changes`` applied in order to ``baseline``, each at its ``changes[i]``.

    The rules are the unit file's (item codes, options, counts, areas, evidence paths inside
    ``base_dir``: :func:`check_unit`, :func:`path_rule`), plus what only a change can get wrong: it
    names an activity or evidence record that is not there. ``source`` is the scenario file's lines
    and the path of its list of changes in it (``("changes",)``, or ``()`` for a bare list).
    """
    lines, prefix = source or (LineMap("<scenario>"), ())
    info = baseline.unit
    acts = {a.id for a in baseline.activities}
    evs = {e.id for e in baseline.evidence}
    records = {e.id: e for e in baseline.evidence}
    out: list[Problem] = []

    def bad(i: int, rest: tuple[str | int, ...], must: str, got: object) -> None:
        out.append(_at(lines, prefix, (i, *rest), must, got))

    def moved(i: int, found: list[Problem], old: str, new: str) -> None:
        # a unit's problem (``answers.P.1.i.b.answer``) said at the change that made it
        for pr in found:
            tail = (new + pr.field[len(old) :]).lstrip(".")
            line = lines.line_of(prefix + (i, tail.split(".")[0].split("[")[0]))
            out.append(Problem(lines.path, line, f"{field_name(('changes', i))}.{tail}", pr.must, pr.got))

    for i, ch in enumerate(changes):
        if ch is None:  # malformed: its problems are already said
            continue
        if isinstance(ch, SetAnswer | SetCounts):
            answer = Answer.model_construct(
                answer=getattr(ch, "answer", None), counts=getattr(ch, "counts", {}), evidence=(), note=None
            )
            one = Unit.model_construct(unit=info, activities=(), evidence=(), answers={ch.item: answer})
            found = check_unit(one, rubric, LineMap(lines.path))
            whole = [pr for pr in found if pr.field == f"answers.{ch.item}"]
            moved(i, whole, f"answers.{ch.item}", "item")
            moved(i, [pr for pr in found if pr not in whole], f"answers.{ch.item}.", "")
            for j, ref in enumerate(ch.evidence):
                if ref not in evs:
                    bad(i, ("evidence", j), _EVIDENCE_ID, ref)
        elif isinstance(ch, AttachEvidence):
            e = ch.evidence
            if e.id in evs and not _same_record(records.get(e.id), e):
                # another record of that id: attaching would replace it without a word (a probe's
                # scenario lost a photo an activity's month rested on)
                bad(i, ("evidence", "id"), "an evidence id the unit does not hold yet", e.id)
            records[e.id] = e
            for j, ref in enumerate(e.supports):
                if ref not in acts and ref not in rubric.items:
                    bad(i, ("evidence", "supports", j), "an activity id or item code", ref)
            must = path_rule(e.path, base_dir, must_exist=False) if e.path is not None else None
            if must is not None:
                bad(i, ("evidence", "path"), must, e.path)
            evs.add(e.id)
        elif isinstance(ch, AddActivity):
            one = Unit.model_construct(unit=info, activities=(ch.activity,), evidence=(), answers={})
            moved(i, check_unit(one, rubric, LineMap(lines.path)), "activities[0]", "activity")
            acts.add(ch.activity.id)
        elif isinstance(ch, RemoveActivity | SetMonths):
            if ch.activity not in acts:
                bad(i, ("activity",), _ACTIVITY_ID, ch.activity)
            elif isinstance(ch, RemoveActivity):
                acts.discard(ch.activity)
    return out


def _same_record(a: Evidence | None, b: Evidence) -> bool:
    """Whether two records are the same but for the order of what they support."""
    return a is not None and a.model_copy(update={"supports": tuple(sorted(a.supports))}) == b.model_copy(
        update={"supports": tuple(sorted(b.supports))}
    )


@dataclass(frozen=True)
class Scenario:
    """A baseline unit and the changes to try on it. Immutable: composing returns a new scenario."""

    baseline: Unit
    changes: tuple[Any, ...] = ()
    rubric: Rubric = field(default_factory=load_rubric)
    #: the compiled baseline, computed once and shared with every derived scenario
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: the plan's folder: evidence paths of attached records are relative to it and may not leave it
    base_dir: Path | None = field(default=None, compare=False)
    #: the scenario file's lines and the path of its list of changes, to say where a problem is
    source: tuple[LineMap, tuple[str, ...]] | None = field(default=None, compare=False, repr=False)

    def with_changes(self, *changes: Any) -> Scenario:
        """A new scenario with ``changes`` appended."""
        return Scenario(
            self.baseline, self.changes + tuple(changes), self.rubric, self._cache, self.base_dir, self.source
        )

    def check(self) -> None:
        """Raise :class:`InputError` with every problem of the changes (checked once per scenario)."""
        if "checked" not in self.__dict__:
            problems = check_changes(self.changes, self.baseline, self.rubric, self.base_dir, self.source)
            if problems:
                raise InputError(problems)
            self.__dict__["checked"] = True

    def _missing_marked(self, unit: Unit) -> Unit:
        """``unit`` knowing which attached files are not in the plan's folder: they support nothing."""
        if self.base_dir is not None and any(e.path for e in unit.evidence):
            unit._missing_files = missing_evidence_files(unit, self.base_dir)
        return unit

    def __add__(self, other: Scenario) -> Scenario:
        return self.with_changes(*other.changes)

    @cached_property
    def unit(self) -> Unit:
        """The baseline with every change applied, checked against the rubric."""
        self.check()
        unit = self.baseline
        i, changes = 0, self.changes
        while i < len(changes):
            if isinstance(changes[i], AttachEvidence):
                # a run of attachments in one pass (one at a time was quadratic: 20,000 took 93 s);
                # as one by one, a record with an id already there replaces it and moves to the end
                records = {e.id: e for e in unit.evidence}
                while i < len(changes) and isinstance(changes[i], AttachEvidence):
                    records.pop(changes[i].evidence.id, None)
                    records[changes[i].evidence.id] = changes[i].evidence
                    i += 1
                unit = unit.model_copy(update={"evidence": tuple(records.values())})
                continue
            unit = changes[i].apply(unit)
            i += 1
        path = self.source[0].path if self.source else "<scenario>"
        problems = check_unit(unit, self.rubric, LineMap(path), self.base_dir)
        if problems:
            raise InputError(problems)
        return self._missing_marked(unit)

    def rescore(self, mode: str = "evidenced") -> dict[str, Any]:
        """Re-score quickly: totals per mode, area percents and verdicts, touching only what changed.

        The baseline is compiled once (kept on this scenario and passed on by :meth:`with_changes`);
        answer, count and survey changes re-value just their item; changes to activities or
        evidence re-link the unit. Nothing is re-parsed or re-validated.
        """
        from zi_eval.scoring.batch import compile_unit
        from zi_eval.scoring.engine import MODES
        from zi_eval.scoring.linking import link_unit

        if mode not in MODES:
            raise UsageError(
                msg("arg_bad_choice", "en", field="mode", choices=", ".join(MODES), got=show(mode))
            )
        self.check()  # what evaluate() refuses is never scored quickly either
        base = self._baseline_compiled()
        relink = any(not isinstance(c, SetAnswer | SetCounts | SetSurvey) for c in self.changes)
        unit = self._applied()
        if relink:
            compiled = compile_unit(unit, self.rubric, link_unit(unit, self.rubric))
        else:
            compiled = _patch(base, unit, self.rubric, {_touched(c, self.rubric) for c in self.changes})
        return quick_scores(compiled, self.rubric, mode)

    def _baseline_compiled(self) -> Any:
        from zi_eval.scoring.batch import compile_unit
        from zi_eval.scoring.linking import link_unit

        if "baseline" not in self._cache:
            self._cache["baseline"] = compile_unit(
                self.baseline, self.rubric, link_unit(self.baseline, self.rubric)
            )
        return self._cache["baseline"]

    def _applied(self) -> Unit:
        unit = self.baseline
        for ch in self.changes:
            unit = ch.apply(unit)
        return self._missing_marked(unit)

    def evaluate(self, mode: str = "evidenced", as_of: str | None = None, lang: str = "id") -> ScenarioResult:
        """Evaluate the baseline and the changed unit and return both with their differences."""
        before = evaluate(self.baseline, self.rubric, mode, as_of, lang)
        after = evaluate(self.unit, self.rubric, mode, as_of, lang)
        return ScenarioResult(before, after)

    def to_yaml(self) -> str:
        """The changes as YAML (a list under ``changes``)."""
        data = {
            "changes": [
                c.model_dump(mode="json", exclude_defaults=False, exclude_none=True) for c in self.changes
            ]
        }
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)

    @classmethod
    def from_yaml(
        cls, baseline: Unit, source: str | Path, rubric: Rubric | None = None, base_dir: Path | None = None
    ) -> Scenario:
        """Read changes from a YAML file path or YAML text and check them against ``baseline``.

        ``base_dir`` is the plan's folder (evidence paths of attached records must stay inside it).
        """
        if isinstance(source, Path) or (
            isinstance(source, str) and "\n" not in source and source.endswith((".yaml", ".yml"))
        ):
            data, lines = load_yaml(source)
        else:
            data, lines = parse_yaml(str(source), "<scenario>")
        rubric = rubric or load_rubric()
        changes, problems, prefix = _read_changes(data, lines)
        problems += check_changes(tuple(changes), baseline, rubric, base_dir, (lines, prefix))
        if problems:
            raise InputError(problems)
        scenario = cls(baseline, tuple(changes), rubric, base_dir=base_dir, source=(lines, prefix))
        scenario.check()
        return scenario


def _touched(change: Any, rubric: Rubric) -> tuple[str, ...]:
    if isinstance(change, SetSurvey):
        return tuple(c for c, f in rubric.items.items() if f.item.hasil_field)
    return (change.item,)


def _patch(base: Any, unit: Unit, rubric: Rubric, touched: set[tuple[str, ...]]) -> Any:
    """A compiled unit equal to ``base`` except for the re-valued items (valued as compiling values them)."""
    import dataclasses

    from zi_eval.scoring.batch import item_columns
    from zi_eval.scoring.values import value_item

    codes = {c for group in touched for c in group}
    claimed, answered, shown = base.claimed.copy(), base.answered.copy(), base.shown.copy()
    evid = base.evidenced.copy()
    index = rubric.item_index()
    # an answer's evidence counts as linking counts it (unless its file is missing); an id the unit
    # lacks counts nothing (rescore does not validate; the full evaluation rejects it)
    usable = {e.id for e in unit.evidence} - unit.missing_files
    for code in codes:
        i = index[code]
        (claimed[i],), (answered[i],), (shown[i],) = item_columns(
            [value_item(rubric.items[code].item, code, unit)]
        )
        own = unit.answers.get(code)
        if own is not None and any(e in usable for e in own.evidence):
            evid[i] = True
    return dataclasses.replace(base, claimed=claimed, answered=answered, shown=shown, evidenced=evid)


def quick_scores(compiled: Any, rubric: Rubric, mode: str) -> dict[str, Any]:
    """Totals of the three modes, area percents and eligibility of one compiled unit (no flags, no reasons)."""
    import numpy as np

    from zi_eval.scoring.batch import aggregate_arrays
    from zi_eval.scoring.engine import MODES, matrix
    from zi_eval.scoring.readiness import verdict

    m = matrix(rubric)
    totals = {}
    agg = None
    for md in MODES:
        a = aggregate_arrays(compiled.values(md, m.pengungkit)[np.newaxis, :], m)
        totals[md] = float(a.total[0])
        if md == mode:
            agg = a
    assert agg is not None
    prior = np.array([compiled.prior_rank])
    eligible = {pred.id: bool(verdict(pred, agg, m, prior).eligible[0]) for pred in rubric.predicates}
    return {
        "totals": totals,
        "total": totals[mode],
        "areas": {k: float(v[0]) for k, v in agg.zi_area_percent.items()},
        "eligible": eligible,
    }


@dataclass(frozen=True)
class ScenarioResult:
    """Baseline and scenario evaluations, and what changed between them."""

    before: Evaluation
    after: Evaluation

    @property
    def evaluation(self) -> Evaluation:
        return self.after

    @property
    def total_delta(self) -> float:
        return self.after.total - self.before.total

    @cached_property
    def items(self) -> pd.DataFrame:
        """Items whose value or outcome changed, with point deltas."""
        b = self.before.items.set_index("code")
        a = self.after.items.set_index("code")
        df = pd.DataFrame(
            {
                "area": a["area"],
                "answer_before": b["answer"],
                "answer_after": a["answer"],
                "outcome_before": b["outcome"],
                "outcome_after": a["outcome"],
                "points_before": b["points"],
                "points_after": a["points"],
            }
        )
        df["delta"] = df["points_after"] - df["points_before"]
        changed = (df["delta"].abs() > 1e-12) | (df["outcome_before"] != df["outcome_after"])
        return df[changed].reset_index()

    @cached_property
    def areas(self) -> pd.DataFrame:
        """Areas whose score changed."""
        b = self.before.areas.set_index("id")
        a = self.after.areas.set_index("id")
        df = pd.DataFrame(
            {
                "name": a["name"],
                "score_before": b["score"],
                "score_after": a["score"],
                "percent_before": b["percent"],
                "percent_after": a["percent"],
            }
        )
        df["delta"] = df["score_after"] - df["score_before"]
        return df[df["delta"].abs() > 1e-12].reset_index()

    @cached_property
    def criteria(self) -> pd.DataFrame:
        """Criteria whose value or status changed."""
        key = ["predicate", "id"]
        b = self.before.criteria.set_index(key)
        a = self.after.criteria.set_index(key)
        df = pd.DataFrame(
            {
                "label": a["label"],
                "value_before": b["value"],
                "value_after": a["value"],
                "threshold": a["threshold"],
                "met_before": b["met"],
                "met_after": a["met"],
            }
        )
        df["delta"] = df["value_after"] - df["value_before"]
        changed = (df["delta"].abs() > 1e-12) | (df["met_before"] != df["met_after"])
        return df[changed].reset_index()

    @cached_property
    def verdict(self) -> dict[str, tuple[bool, bool]]:
        """Eligibility per predicate, before and after."""
        return {p: (self.before.readiness[p].eligible, r.eligible) for p, r in self.after.readiness.items()}

    def summary(self) -> dict[str, Any]:
        return {
            "total_before": self.before.total,
            "total_after": self.after.total,
            "delta": self.total_delta,
            "verdict": {p: {"before": b, "after": a} for p, (b, a) in self.verdict.items()},
            "items_changed": len(self.items),
            "areas_changed": len(self.areas),
        }
