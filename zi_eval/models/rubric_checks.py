"""Semantic checks on a rubric that a JSON Schema cannot express (sums, uniqueness, references)."""

from __future__ import annotations

from collections.abc import Iterator

from zi_eval.errors import Problem
from zi_eval.io.yamlsrc import LineMap
from zi_eval.models.rubric import Criterion, Indicator, Item, Rubric
from zi_eval.models.validation import problem

TOL = 1e-6
#: Component weights fixed by PermenPAN-RB 90/2021 (Lampiran II, Tabel 3 and 4).
COMPONENT_WEIGHTS = {"pengungkit": 60.0, "hasil": 40.0}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOL


def check_rubric(r: Rubric, lines: LineMap) -> list[Problem]:
    """Return every semantic problem of rubric ``r`` (empty when it is consistent)."""
    out: list[Problem] = []
    out += _check_weights(r, lines)
    out += _check_items(r, lines)
    out += _check_predicates(r, lines)
    out += _check_aliases(r, lines)
    return out


def _check_weights(r: Rubric, lines: LineMap) -> list[Problem]:
    out = []
    area_sum: dict[str, float] = {}
    total = 0.0
    for ci, comp in enumerate(r.components):
        cpath = ("components", ci)
        asp_sum = sum(a.weight for a in comp.aspects)
        if not _close(asp_sum, comp.weight):
            out.append(
                problem(
                    lines, cpath + ("weight",), f"the sum of its aspects' weights ({asp_sum:g})", comp.weight
                )
            )
        if comp.id in COMPONENT_WEIGHTS and not _close(comp.weight, COMPONENT_WEIGHTS[comp.id]):
            out.append(problem(lines, cpath + ("weight",), f"{COMPONENT_WEIGHTS[comp.id]:g}", comp.weight))
        total += comp.weight
        for ai, asp in enumerate(comp.aspects):
            apath = cpath + ("aspects", ai)
            s = sum(a.weight for a in asp.areas)
            if not _close(s, asp.weight):
                out.append(
                    problem(lines, apath + ("weight",), f"the sum of its areas' weights ({s:g})", asp.weight)
                )
            for ri, area in enumerate(asp.areas):
                rpath = apath + ("areas", ri)
                area_sum[area.id] = area_sum.get(area.id, 0.0) + area.weight
                s = sum(i.weight for i in area.indicators)
                if not _close(s, area.weight):
                    out.append(
                        problem(
                            lines,
                            rpath + ("weight",),
                            f"the sum of its indicators' weights ({s:g})",
                            area.weight,
                        )
                    )
                if r.area(area.id) is None:
                    out.append(problem(lines, rpath + ("id",), "an area listed under 'areas'", area.id))
    if not _close(total, 100.0):
        out.append(problem(lines, ("components",), "components whose weights add up to 100", f"{total:g}"))
    for ai, info in enumerate(r.areas):
        if info.id in area_sum and not _close(area_sum[info.id], info.weight):
            out.append(
                problem(
                    lines,
                    ("areas", ai, "weight"),
                    f"the sum of its parts in each aspect ({area_sum[info.id]:g})",
                    info.weight,
                )
            )
        elif info.id not in area_sum:
            out.append(problem(lines, ("areas", ai, "id"), "an area used by some aspect", info.id))
    seen: set[str] = set()
    for ai, info in enumerate(r.areas):
        if info.id in seen:
            out.append(problem(lines, ("areas", ai, "id"), "a unique area id", info.id))
        seen.add(info.id)
    return out


def _item_paths(r: Rubric) -> Iterator[tuple[tuple[str | int, ...], Indicator, Item | None, int | None]]:
    for ci, comp in enumerate(r.components):
        for ai, asp in enumerate(comp.aspects):
            for ri, area in enumerate(asp.areas):
                for ii, ind in enumerate(area.indicators):
                    base = ("components", ci, "aspects", ai, "areas", ri, "indicators", ii)
                    yield base, ind, None, None
                    for ti, item in enumerate(ind.items):
                        yield base + ("items", ti), ind, item, ti


def _check_items(r: Rubric, lines: LineMap) -> list[Problem]:
    out = []
    codes: set[str] = set()
    ind_codes: set[str] = set()
    for path, ind, item, _ in _item_paths(r):
        if item is None:
            if ind.code in ind_codes:
                out.append(problem(lines, path + ("code",), "a unique indicator code", ind.code))
            ind_codes.add(ind.code)
            continue
        if item.code in codes:
            out.append(problem(lines, path + ("code",), "a unique item code", item.code))
        codes.add(item.code)
        at = r.answer_types.get(item.answer_type)
        if at is None:
            out.append(
                problem(
                    lines, path + ("answer_type",), "one of " + ", ".join(r.answer_types), item.answer_type
                )
            )
            continue
        if at.kind == "options":
            if not item.options:
                out.append(problem(lines, path + ("options",), f"the options of {item.answer_type}", None))
                continue
            for label, value in item.options.items():
                if not 0.0 <= value <= 1.0:
                    out.append(problem(lines, path + ("options", label), "a value between 0 and 1", value))
            if at.options is not None and set(item.options) != set(at.options):
                out.append(
                    problem(
                        lines,
                        path + ("options",),
                        "the options " + "/".join(at.options),
                        "/".join(item.options),
                    )
                )
        elif at.kind == "percent":
            out += _check_formula(item, path, lines)
        elif at.kind == "survey" and item.survey is None:
            out.append(problem(lines, path + ("survey",), "a survey conversion (min, max, rule)", None))
    return out


def _check_formula(item: Item, path: tuple[str | int, ...], lines: LineMap) -> list[Problem]:
    f = item.formula
    if f is None:
        return [problem(lines, path + ("formula",), "a formula for a percentage item", None)]
    out = []
    known = {i.id for i in item.inputs}
    refs = list(f.numerator) + list(f.denominator) + [x for x in (f.previous, f.current) if x]
    for ref in refs:
        if ref not in known:
            out.append(problem(lines, path + ("formula",), "inputs declared under 'inputs'", ref))
    if f.kind == "ratio" and not (f.numerator and f.denominator):
        out.append(
            problem(lines, path + ("formula",), "a ratio with numerator and denominator", "an empty side")
        )
    if f.kind == "reduction" and not (f.previous and f.current):
        out.append(
            problem(lines, path + ("formula",), "a reduction with previous and current", "a missing count")
        )
    return out


def _max_of(r: Rubric, kind: str, ref: str | None) -> float | None:
    if kind == "total":
        return sum(c.weight for c in r.components)
    if kind == "component":
        return next((c.weight for c in r.components if c.id == ref), None)
    if kind == "area":
        info = r.area(ref or "")
        return info.weight if info else None
    if kind == "indicator":
        ind = r.indicator(ref or "")
        return ind.weight if ind is not None else None
    return 100.0  # each_zi_area_percent


def _check_predicates(r: Rubric, lines: LineMap) -> list[Problem]:
    out = []
    ids = [p.id for p in r.predicates]
    for pi, pred in enumerate(r.predicates):
        ppath = ("predicates", pi)
        if ids.count(pred.id) > 1:
            out.append(problem(lines, ppath + ("id",), "a unique predicate id", pred.id))
        if pred.prior_predicate is not None and pred.prior_predicate not in ids:
            out.append(
                problem(lines, ppath + ("prior_predicate",), "one of " + ", ".join(ids), pred.prior_predicate)
            )
        crit_ids = [c.id for c in pred.criteria]
        for ki, crit in enumerate(pred.criteria):
            kpath = ppath + ("criteria", ki)
            out += _check_criterion_words(crit, crit_ids, kpath, lines)
            top = _max_of(r, crit.kind, crit.ref)
            if top is None:
                out.append(problem(lines, kpath + ("ref",), f"an existing {crit.kind} id", crit.ref))
            elif crit.min > top + TOL:
                out.append(problem(lines, kpath + ("min",), f"≤ the maximum reachable ({top:g})", crit.min))
        prior = r.predicate(pred.prior_predicate or "")
        if prior is not None:
            lower = {c.id: c.min for c in prior.criteria}
            for ki, crit in enumerate(pred.criteria):
                if crit.id in lower and crit.min + TOL < lower[crit.id]:
                    out.append(
                        problem(
                            lines,
                            ppath + ("criteria", ki, "min"),
                            f"≥ the {prior.id} threshold ({lower[crit.id]:g})",
                            crit.min,
                        )
                    )
    return out


def _check_criterion_words(
    crit: Criterion, ids: list[str], path: tuple[str | int, ...], lines: LineMap
) -> list[Problem]:
    """A criterion's id names one criterion in reports; its labels, when given, name it in both languages."""
    out = []
    if ids.count(crit.id) > 1:
        out.append(problem(lines, path + ("id",), "a unique criterion id in its predicate", crit.id))
    if crit.id == "prior-predicate" or crit.id.startswith("area:"):
        # the engine names the prior-predicate criterion and each area's criterion itself
        out.append(problem(lines, path + ("id",), "an id other than prior-predicate or area:…", crit.id))
    if crit.kind == "each_zi_area_percent" and (crit.label or crit.label_en):
        # one criterion per ZI area, each labelled with its area's name
        out.append(
            problem(lines, path + ("label",), "absent for each_zi_area_percent", crit.label or crit.label_en)
        )
    elif crit.label_en and not crit.label:
        out.append(problem(lines, path + ("label",), "present when label_en is given", None))
    return out


def _check_aliases(r: Rubric, lines: LineMap) -> list[Problem]:
    out = []
    zi = {a.id for a in r.zi_areas}
    seen: dict[str, int] = {}
    for ri, ra in enumerate(r.ra_areas):
        if ra.area is not None and ra.area not in zi:
            out.append(problem(lines, ("ra_areas", ri, "area"), "a ZI area id or null", ra.area))
        for ai, alias in enumerate(ra.aliases):
            if alias in seen and seen[alias] != ri:
                out.append(problem(lines, ("ra_areas", ri, "aliases", ai), "an alias used once", alias))
            seen[alias] = ri
    for si, el in enumerate(r.spip_elements):
        if el.item is not None and el.item not in r.items:
            out.append(problem(lines, ("spip_elements", si, "item"), "an item code of this rubric", el.item))
    return out
