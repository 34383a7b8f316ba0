"""Link plan activities to LKE items (explicit ``lke:`` codes, or the rubric's keywords) and evidence to items."""

from __future__ import annotations

from dataclasses import dataclass, field

from zi_eval.io.words import contains_phrase, norm
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, LkeLink, Unit


@dataclass(frozen=True)
class Link:
    """Why an activity is linked to an item."""

    activity: str
    code: str
    how: str  # explicit | inferred
    reason: str


@dataclass
class Links:
    """All links of one unit: activity ↔ item, and evidence ↔ item/activity."""

    by_activity: dict[str, list[Link]] = field(default_factory=dict)
    by_item: dict[str, list[str]] = field(default_factory=dict)  # item code -> activity ids
    evidence_by_item: dict[str, list[str]] = field(default_factory=dict)  # item code -> evidence ids
    evidence_by_activity: dict[str, list[str]] = field(default_factory=dict)


def _texts(act: Activity) -> list[tuple[str, str]]:
    """The activity's text fields with a label for reasons, normalised."""
    out = []
    if act.kegiatan:
        out.append(("kegiatan", act.kegiatan))
    if act.sub_kegiatan:
        out.append(("sub_kegiatan", act.sub_kegiatan))
    out += [("indikator", t) for t in act.indicators]
    out += [(f"sub-langkah {s.label}", s.text) for s in act.substeps]
    return [(label, norm(text)) for label, text in out]


def infer_links(act: Activity, rubric: Rubric) -> list[LkeLink]:
    """Match the rubric's keywords against an activity's texts; one link per item, with its reason."""
    texts = _texts(act)
    links = []
    for code, flat in rubric.items.items():
        for kw in flat.item.keywords:
            hit = next((label for label, t in texts if contains_phrase(t, kw)), None)
            if hit is not None:
                links.append(LkeLink(code=code, how="inferred", reason=f"kata kunci '{kw}' pada {hit}"))
                break
    return links


def link_unit(unit: Unit, rubric: Rubric) -> Links:
    """Build every link of ``unit``: explicit codes win; otherwise keywords decide."""
    links = Links()
    for act in unit.activities:
        chosen = list(act.lke) if act.lke else infer_links(act, rubric)
        seen: set[str] = set()
        for ln in chosen:
            if ln.code in seen or ln.code not in rubric.items:
                continue
            seen.add(ln.code)
            reason = ln.reason or ("ditautkan langsung (lke)" if ln.how == "explicit" else "")
            links.by_activity.setdefault(act.id, []).append(Link(act.id, ln.code, ln.how, reason))
            links.by_item.setdefault(ln.code, []).append(act.id)
    for ev in unit.evidence:
        for ref in ev.supports:
            if ref in rubric.items:
                links.evidence_by_item.setdefault(ref, []).append(ev.id)
            else:
                links.evidence_by_activity.setdefault(ref, []).append(ev.id)
                for link in links.by_activity.get(ref, []):
                    links.evidence_by_item.setdefault(link.code, []).append(ev.id)
    for code, ans in unit.answers.items():
        for ev_id in ans.evidence:
            links.evidence_by_item.setdefault(code, []).append(ev_id)
    for code, flat in rubric.items.items():
        if flat.item.hasil_field is not None:
            for ev_id in unit.hasil.evidence:
                links.evidence_by_item.setdefault(code, []).append(ev_id)
    for key in links.evidence_by_item:
        links.evidence_by_item[key] = sorted(set(links.evidence_by_item[key]))
    for key in links.evidence_by_activity:
        links.evidence_by_activity[key] = sorted(set(links.evidence_by_activity[key]))
    return links
