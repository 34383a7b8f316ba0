"""Compare an imported plan with its spec, field by field, in messages that name the activity and field."""

from __future__ import annotations

import re
from typing import Any

from tests.ra.render.readback import squash
from zi_eval.models.unit import Activity

_LABEL = re.compile(r"^(?:[IVX]+|\d+|[A-Za-z])[.)]?\s+")


def _same_area_text(want: str, got: str) -> bool:
    return squash(got) == squash(want) or squash(_LABEL.sub("", got)) == squash(want)


def _actual(a: Activity) -> dict[str, Any]:
    return {
        "ra_area": a.ra_area,
        "area": a.area,
        "kegiatan": a.kegiatan,
        "sub_kegiatan": a.sub_kegiatan,
        "indicators": list(a.indicators),
        "months": list(a.months),
        "timing": a.timing,
        "output": a.output,
        "pic": a.pic,
        "budget": a.budget,
        "expected_evidence": list(a.expected_evidence),
        "realisation": a.realisation,
        "notes": a.notes,
        "lke": [link.code for link in a.lke if link.how == "code"],
    }


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return squash(value) or None
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return value


def activity_differences(want: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Field-by-field differences between an expected activity and the imported one."""
    out = []
    for name, value in want.items():
        if name == "ra_area":
            if value is not None and not _same_area_text(value, got[name] or ""):
                out.append(f"ra_area: expected {value!r}, got {got[name]!r}")
            continue
        if _norm(value) != _norm(got[name]):
            out.append(f"{name}: expected {value!r}, got {got[name]!r}")
    return out


def _key(kegiatan: Any, sub: Any, indicators: list[str]) -> tuple[str, ...]:
    return (squash(kegiatan), squash(sub), squash(indicators[0]) if indicators else "")


def align(want: list[dict[str, Any]], acts: tuple[Activity, ...]) -> list[int | None]:
    """For each expected activity, the index of the imported one that is it (None when missing).

    Matched by kegiatan, sub-kegiatan and indicator, then by fewer of them, so one stray row (a
    numbering row read as an activity) is reported as itself instead of shifting every later one.
    """
    keys = [_key(a.kegiatan, a.sub_kegiatan, list(a.indicators)) for a in acts]
    used: set[int] = set()
    out: list[int | None] = []
    for w in want:
        k = _key(w["kegiatan"], w.get("sub_kegiatan"), w.get("indicators", []))
        found = None
        for width in (3, 2, 1):
            if width < 3 and not all(k[:width]):
                continue  # a partial match counts only on words that are there
            hits = [i for i, g in enumerate(keys) if i not in used and g[:width] == k[:width]]
            if hits:
                found = hits[0]
                break
        if found is not None:
            used.add(found)
        out.append(found)
    return out


def plan_differences(expected: dict[str, Any], acts: tuple[Activity, ...]) -> list[str]:
    """Every difference between the expected import and the activities imported, one line each."""
    out = []
    want = expected["activities"]
    if len(acts) != len(want):
        out.append(f"number of activities: expected {len(want)}, got {len(acts)}")
    matched = align(want, acts)
    for i, (w, j) in enumerate(zip(want, matched, strict=True), start=1):
        label = f"activity {i} ({w['kegiatan'][:40]!r} / {(w.get('sub_kegiatan') or '')[:30]!r})"
        if j is None:
            out.append(f"{label}: not imported")
            continue
        out += [f"{label}: {d}" for d in activity_differences(w, _actual(acts[j]))]
    stray = sorted(set(range(len(acts))) - {j for j in matched if j is not None})
    out += [f"imported but not in the plan: {acts[j].kegiatan!r} / {acts[j].sub_kegiatan!r}" for j in stray]
    order = [j for j in matched if j is not None]
    if order != sorted(order):
        out.append("activities are not in document order")
    areas = {squash(a.ra_area) or a.area for a in acts}
    if len(areas) != expected["n_areas"]:
        out.append(
            f"number of areas: expected {expected['n_areas']}, got {len(areas)}: {sorted(map(str, areas))}"
        )
    return out
