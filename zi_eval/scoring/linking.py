"""Link plan activities to LKE items (explicit ``lke:`` codes, or the rubric's keywords) and evidence to items."""

from __future__ import annotations

from dataclasses import dataclass, field

from zi_eval.io.words import norm
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


@dataclass(frozen=True)
class KeywordIndex:
    """The rubric's keywords by their first word, and the items each keyword belongs to."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]  # first word -> keywords as word tuples
    items_of: dict[str, tuple[str, ...]]
    keywords_of: dict[str, tuple[str, ...]]
    order: dict[str, int]


def build_keyword_index(rubric: Rubric) -> KeywordIndex:
    """Index every item keyword (built once per rubric)."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    items_of: dict[str, list[str]] = {}
    for code, flat in rubric.items.items():
        for kw in flat.item.keywords:
            words = tuple(kw.split())
            by_first.setdefault(words[0], set()).add(words)
            items_of.setdefault(kw, []).append(code)
    return KeywordIndex(
        {k: tuple(sorted(v)) for k, v in by_first.items()},
        {k: tuple(v) for k, v in items_of.items()},
        {c: f.item.keywords for c, f in rubric.items.items()},
        {c: i for i, c in enumerate(rubric.items)},
    )


def _phrases(text: str, index: KeywordIndex) -> set[str]:
    """The rubric keywords that occur as whole words in normalised ``text``."""
    words = text.split()
    found: set[str] = set()
    for i, w in enumerate(words):
        for kw in index.by_first.get(w, ()):
            if tuple(words[i : i + len(kw)]) == kw:
                found.add(" ".join(kw))
    return found


def infer_links(act: Activity, rubric: Rubric) -> list[Link]:
    """Match the rubric's keywords against an activity's texts; one link per item, with its reason.

    An item's reason names its first keyword (in rubric order) and the first text field holding it.
    """
    index: KeywordIndex = rubric.derived("keywords", build_keyword_index)
    cache: dict[tuple[tuple[str, str], ...], list[tuple[str, str]]] = rubric.derived(
        "link_cache", lambda _: {}
    )
    return _inferred(act, index, cache)


def _inferred(
    act: Activity, index: KeywordIndex, cache: dict[tuple[tuple[str, str], ...], list[tuple[str, str]]]
) -> list[Link]:
    texts = tuple(_texts(act))
    matches = cache.get(texts)
    if matches is None:
        matches = _match(texts, index)
        if len(cache) > 100_000:  # plans repeat across units; keep the cache bounded all the same
            cache.clear()
        cache[texts] = matches
    return [Link(act.id, code, "inferred", reason) for code, reason in matches]


def _match(texts: tuple[tuple[str, str], ...], index: KeywordIndex) -> list[tuple[str, str]]:
    found = [(label, _phrases(t, index)) for label, t in texts]
    hits = set().union(*(f for _, f in found)) if found else set()
    codes = sorted({c for kw in hits for c in index.items_of[kw]}, key=index.order.__getitem__)
    out = []
    for code in codes:
        for kw in index.keywords_of[code]:
            label = next((lb for lb, f in found if kw in f), None)
            if label is not None:
                out.append((code, f"kata kunci '{kw}' pada {label}"))
                break
    return out


def _explicit(activity: str, ln: LkeLink) -> Link:
    reason = ln.reason or ("ditautkan langsung (lke)" if ln.how == "explicit" else "")
    return Link(activity, ln.code, ln.how, reason)


def link_unit(unit: Unit, rubric: Rubric) -> Links:
    """Build every link of ``unit``: explicit codes win; otherwise keywords decide."""
    links = Links()
    items = rubric.items
    index: KeywordIndex = rubric.derived("keywords", build_keyword_index)
    cache = rubric.derived("link_cache", lambda _: {})
    for act in unit.activities:
        chosen = [_explicit(act.id, ln) for ln in act.lke] if act.lke else _inferred(act, index, cache)
        seen: set[str] = set()
        for link in chosen:
            if link.code in seen or link.code not in items:
                continue
            seen.add(link.code)
            links.by_activity.setdefault(act.id, []).append(link)
            links.by_item.setdefault(link.code, []).append(act.id)
    for ev in unit.evidence:
        for ref in ev.supports:
            if ref in items:
                links.evidence_by_item.setdefault(ref, []).append(ev.id)
            else:
                links.evidence_by_activity.setdefault(ref, []).append(ev.id)
                for link in links.by_activity.get(ref, []):
                    links.evidence_by_item.setdefault(link.code, []).append(ev.id)
    for code, ans in unit.answers.items():
        for ev_id in ans.evidence:
            links.evidence_by_item.setdefault(code, []).append(ev_id)
    if unit.hasil.evidence:
        hasil_codes = rubric.derived(
            "hasil_codes", lambda r: [c for c, f in r.items.items() if f.item.hasil_field]
        )
        for code in hasil_codes:
            links.evidence_by_item.setdefault(code, []).extend(unit.hasil.evidence)
    for key in links.evidence_by_item:
        links.evidence_by_item[key] = sorted(set(links.evidence_by_item[key]))
    for key in links.evidence_by_activity:
        links.evidence_by_activity[key] = sorted(set(links.evidence_by_activity[key]))
    return links
