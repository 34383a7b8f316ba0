"""Link plan activities to LKE items (pinned or coded in the plan, else ranked by the matcher) and evidence to items.

The order of trust: a link the unit file pins (``lke:``) or the plan's code column gives is kept as it
is and nothing is inferred for that activity; otherwise :class:`~zi_eval.matching.matcher.Matcher`
ranks every item, a code written in the activity's text beats a restated LKE question, which beats a
lexical score. Codes the unit file rejects (``lke_reject:``) are never proposed. An activity whose best
lexical score is under :data:`LINK_THRESHOLD` links to nothing, and its best candidates are kept as
suggestions for the ACTIVITY_NOT_MAPPED flag.

Ranking is cached by the activity's text (units of one ministry copy each other's plans), and
:func:`link_units` ranks the uncached activities of a whole batch in one sparse product.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from zi_eval.matching.matcher import Candidate, Fields, Matcher
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, LkeLink, Unit

#: Under this lexical score an activity links to nothing (chosen on the labelled tuning set:
#: benchmarks/linking.py prints the rates at this threshold).
LINK_THRESHOLD = 0.2
#: A second (third) lexical link is kept when it scores at least this share of the best one.
SECOND_LINK_RATIO = 0.9
#: Lexical links per activity at most.
MAX_LEXICAL_LINKS = 2
#: Suggestions listed for an activity that links to nothing.
N_SUGGESTIONS = 3
#: Ranked texts kept in the per-rubric cache (plans repeat across units; the cache stays bounded).
CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class Link:
    """Why an activity is linked to an item: how it was found, its score and the words that matched.

    ``how`` is ``pinned`` (the unit file), ``code`` (the plan's code column, or a code in the text),
    ``question`` (the text restates the item's question) or ``lexical`` (term weights).
    """

    activity: str
    code: str
    how: str
    reason: str
    score: float = 1.0
    words: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """The link as JSON: item, how, score, matched words and the reason in words."""
        return {
            "item": self.code,
            "how": self.how,
            "score": self.score,
            "words": list(self.words),
            "reason": self.reason,
        }


@dataclass
class Links:
    """All links of one unit: activity ↔ item, evidence ↔ item/activity, and suggestions for the unlinked."""

    by_activity: dict[str, list[Link]] = field(default_factory=dict)
    by_item: dict[str, list[str]] = field(default_factory=dict)  # item code -> activity ids
    evidence_by_item: dict[str, list[str]] = field(default_factory=dict)  # item code -> evidence ids
    evidence_by_activity: dict[str, list[str]] = field(default_factory=dict)
    #: activity id -> its best candidates when it links to nothing (best first)
    suggestions: dict[str, list[Link]] = field(default_factory=dict)


def query_fields(act: Activity) -> Fields:
    """The activity's texts the matcher reads, each named for its weight in the query."""
    out: list[tuple[str, str]] = []
    if act.kegiatan:
        out.append(("kegiatan", act.kegiatan))
    if act.sub_kegiatan:
        out.append(("sub_kegiatan", act.sub_kegiatan))
    out += [("indikator", t) for t in act.indicators]
    out += [("sub-langkah", s.text) for s in act.substeps]
    if act.output:
        out.append(("output", act.output))
    out += [("bukti", t) for t in act.expected_evidence]
    return tuple(out)


def matcher(rubric: Rubric) -> Matcher:
    """The rubric's matcher (built once per rubric)."""
    m: Matcher = rubric.derived("matcher", Matcher)
    return m


Key = tuple[Fields, str | None]
#: An activity's ranking: its own texts, then each sub-step's text alone.
Ranking = tuple[list[Candidate], tuple[list[Candidate], ...]]


def _cache(rubric: Rubric) -> dict[Key, list[Candidate]]:
    cache: dict[Key, list[Candidate]] = rubric.derived("link_cache", lambda _: {})
    return cache


def _keys(act: Activity) -> list[Key]:
    """The matcher queries of an activity: all its texts, then each sub-step on its own."""
    return [(query_fields(act), act.area)] + [((("sub-langkah", s.text),), act.area) for s in act.substeps]


def rank_activities(acts: Sequence[Activity], rubric: Rubric, use_cache: bool = True) -> list[Ranking]:
    """Rank the rubric's items for each activity and its sub-steps (best first), in one pass for all texts.

    With ``use_cache`` a text ranked before (in this process, for this rubric) is not ranked again.
    """
    per_act = [_keys(a) for a in acts]
    keys = [k for ks in per_act for k in ks]
    if use_cache:
        cache = _cache(rubric)
        todo = list(dict.fromkeys(k for k in keys if k not in cache))
        if todo:
            if len(cache) + len(todo) > CACHE_LIMIT:
                cache.clear()
            for k, ranked in zip(todo, matcher(rubric).rank(todo), strict=True):
                cache[k] = ranked
        found = [cache[k] for k in keys]
    else:
        found = matcher(rubric).rank(keys)
    out: list[Ranking] = []
    at = 0
    for ks in per_act:
        out.append((found[at], tuple(found[at + 1 : at + len(ks)])))
        at += len(ks)
    return out


def _reason(c: Candidate, where: str = "") -> str:
    """The reason in words (Indonesian, as written into unit files and the report's reason column)."""
    if c.how == "code":
        text = "kode butir tertulis pada kegiatan"
    elif c.how == "question":
        text = f"mengulang pertanyaan LKE (skor {c.score:.2f}: {', '.join(c.words)})"
    else:
        text = f"kata yang cocok: {', '.join(c.words)} (skor {c.score:.2f})"
    return f"{where}: {text}" if where else text


def _as_link(act_id: str, c: Candidate, where: str = "") -> Link:
    return Link(act_id, c.code, c.how, _reason(c, where), c.score, c.words)


def _pick(cands: list[Candidate], most: int) -> list[Candidate]:
    """Code and question matches all; else the best lexical ones at or above the threshold."""
    chosen = [c for c in cands if c.how in ("code", "question")]
    lexical = [c for c in cands if c.how == "lexical"]
    if not chosen and lexical and lexical[0].score >= LINK_THRESHOLD:
        best = lexical[0].score
        chosen = [c for c in lexical if c.score >= max(LINK_THRESHOLD, SECOND_LINK_RATIO * best)][:most]
    return chosen


def choose(act: Activity, ranking: Ranking) -> tuple[list[Link], list[Link]]:
    """The links an activity gets from its ranking, and the suggestions when it gets none.

    The activity's own texts give its first links; each sub-step adds its best item ("b. Melakukan
    penilaian risiko" serves another SPIP element than the activity's title).
    """
    rejected = set(act.lke_reject)
    own, steps = ranking
    cands = [c for c in own if c.code not in rejected]
    links = [_as_link(act.id, c) for c in _pick(cands, MAX_LEXICAL_LINKS)]
    for step, ranked in zip(act.substeps, steps, strict=True):
        picked = _pick([c for c in ranked if c.code not in rejected], 1)
        links += [_as_link(act.id, c, f"sub-langkah {step.label}") for c in picked]
    if links:
        return links, []
    return [], [_as_link(act.id, c) for c in cands[:N_SUGGESTIONS]]


def _stored(activity: str, ln: LkeLink) -> Link:
    how = "code" if ln.how == "code" else "pinned"
    reason = ln.reason or (
        "ditautkan langsung (lke)" if how == "pinned" else "kolom kode LKE pada rencana aksi"
    )
    return Link(activity, ln.code, how, reason)


def link_unit(unit: Unit, rubric: Rubric, ranked: Sequence[Ranking] | None = None) -> Links:
    """Build every link of ``unit``: stored links win; otherwise the matcher's ranking decides.

    ``ranked`` is the ranking of the activities that have no stored links, in plan order (as
    :func:`link_units` computes it for a batch); without it they are ranked here.
    """
    links = Links()
    items = rubric.items
    free = [a for a in unit.activities if not a.lke]
    ranking = iter(ranked if ranked is not None else rank_activities(free, rubric))
    for act in unit.activities:
        suggested: list[Link] = []
        if act.lke:
            chosen = [_stored(act.id, ln) for ln in act.lke]
        else:
            chosen, suggested = choose(act, next(ranking))
        if suggested:
            links.suggestions[act.id] = suggested
        seen: set[str] = set()
        for link in chosen:
            if link.code in seen or link.code not in items:
                continue
            seen.add(link.code)
            links.by_activity.setdefault(act.id, []).append(link)
            links.by_item.setdefault(link.code, []).append(act.id)
    _link_evidence(unit, rubric, links)
    return links


def link_units(units: Sequence[Unit], rubric: Rubric, use_cache: bool = True) -> list[Links]:
    """Link a batch of units: every activity without stored links is ranked in one pass."""
    free = [[a for a in u.activities if not a.lke] for u in units]
    flat = rank_activities([a for acts in free for a in acts], rubric, use_cache)
    out: list[Links] = []
    at = 0
    for unit, acts in zip(units, free, strict=True):
        out.append(link_unit(unit, rubric, flat[at : at + len(acts)]))
        at += len(acts)
    return out


def _link_evidence(unit: Unit, rubric: Rubric, links: Links) -> None:
    """Evidence to items: named directly, through an activity's links, on an answer, or on the results."""
    items = rubric.items
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
