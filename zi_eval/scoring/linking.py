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
from dataclasses import dataclass, field, replace

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
#: An item of the activity's own area scoring this share of a better item elsewhere is preferred.
OWN_AREA_RATIO = 0.5
#: Suggestions listed for an activity that links to nothing.
N_SUGGESTIONS = 3
#: Ranked texts kept in the per-rubric cache (plans repeat across units; the cache stays bounded).
CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class Link:
    """Why an activity is linked to an item: how it was found, its score and the words that matched.

    ``how`` is ``pinned`` (the unit file), ``code`` (the plan's code column, or a code in the text),
    ``question`` (the text restates the item's question) or ``lexical`` (term weights). ``substep``
    names the sub-step whose text made the link; ``note`` is the reason a unit file gave (the report
    words the rest: ``report/result_text.link_reason``). Links
    hold no activity id, so one link serves every activity whose text ranks the same (the cache);
    the matched words are worked out from the candidate only when shown.
    """

    code: str
    how: str
    score: float = 1.0
    candidate: Candidate | None = field(default=None, compare=False, repr=False)
    substep: str = ""  # the label of the sub-step whose text made the link ("" for the activity's own)
    note: str | None = None

    @property
    def words(self) -> tuple[str, ...]:
        """The activity's words that weigh most in this link (none for a stored link)."""
        return self.candidate.words if self.candidate is not None else ()


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
    for t in act.indicators:
        out.append(("indikator", t))
    for s in act.substeps:
        out.append(("sub-langkah", s.text))
    if act.output:
        out.append(("output", act.output))
    for t in act.expected_evidence:
        out.append(("bukti", t))
    return tuple(out)


def matcher(rubric: Rubric) -> Matcher:
    """The rubric's matcher (built once per rubric)."""
    m: Matcher = rubric.derived("matcher", Matcher)
    return m


Key = tuple[Fields, str | None]


class Ranked:
    """One text's candidates, best first, with the links and suggestions they give when nothing is rejected.

    Both are worked out once per distinct text and shared by every activity with that text.
    """

    __slots__ = ("cands", "own", "_links", "_suggestions")

    def __init__(self, cands: list[Candidate], own: frozenset[str] = frozenset()) -> None:
        self.cands = cands
        self.own = own  # the items of the activity's own ZI area (none when it has no known area)
        self._links: dict[int, list[Link]] = {}
        self._suggestions: list[Link] | None = None

    def links(self, most: int) -> list[Link]:
        """The links of :func:`pick` (at most ``most`` lexical ones)."""
        got = self._links.get(most)
        if got is None:
            got = self._links[most] = [_as_link(c) for c in pick(self.cands, most, self.own)]
        return got

    def suggestions(self) -> list[Link]:
        """The best :data:`N_SUGGESTIONS` candidates as links, for an activity that links to nothing."""
        if self._suggestions is None:
            self._suggestions = [_as_link(c) for c in self.cands[:N_SUGGESTIONS]]
        return self._suggestions


#: An activity's ranking: its own texts, then each sub-step's text alone.
Ranking = tuple[Ranked, tuple[Ranked, ...]]


def _area_items(rubric: Rubric, area: str | None) -> frozenset[str]:
    """The items of ZI area ``area`` (none for an activity without a known area)."""
    by_area: dict[str, frozenset[str]] = rubric.derived(
        "items_by_area",
        lambda r: {
            a: frozenset(c for c, f in r.items.items() if f.area == a)
            for a in {f.area for f in r.items.values()}
        },
    )
    return by_area.get(area or "", frozenset())


def _cache(rubric: Rubric) -> dict[Key, Ranked]:
    cache: dict[Key, Ranked] = rubric.derived("link_cache", lambda _: {})
    return cache


def _keys(act: Activity) -> list[Key]:
    """The matcher queries of an activity: all its texts, then each sub-step on its own."""
    return [(query_fields(act), act.area)] + [((("sub-langkah", s.text),), act.area) for s in act.substeps]


def rank_activities(acts: Sequence[Activity], rubric: Rubric, use_cache: bool = True) -> list[Ranking]:
    """Rank the rubric's items for each activity and its sub-steps (best first), in one pass for all texts.

    With ``use_cache`` a text ranked before (in this process, for this rubric) is not ranked again.
    """
    keys: list[Key] = []
    spans: list[int] = []
    for a in acts:
        if a.substeps:
            ks = _keys(a)
            keys += ks
            spans.append(len(ks))
        else:
            keys.append((query_fields(a), a.area))
            spans.append(1)
    found: list[Ranked]
    if use_cache:
        cache = _cache(rubric)
        todo = list(dict.fromkeys(k for k in keys if k not in cache))
        if todo:
            if len(cache) + len(todo) > CACHE_LIMIT:
                cache.clear()
            for k, cands in zip(todo, matcher(rubric).rank(todo), strict=True):
                cache[k] = Ranked(cands, _area_items(rubric, k[1]))
        found = [cache[k] for k in keys]
    else:
        fresh = {
            k: Ranked(c, _area_items(rubric, k[1]))
            for k, c in zip(keys, matcher(rubric).rank(keys), strict=True)
        }
        found = [fresh[k] for k in keys]
    if len(found) == len(acts):  # no sub-steps anywhere
        return [(f, ()) for f in found]
    out: list[Ranking] = []
    at = 0
    for n in spans:
        out.append((found[at], tuple(found[at + 1 : at + n])))
        at += n
    return out


def _as_link(c: Candidate, substep: str = "") -> Link:
    return Link(c.code, c.how, c.score, c, substep)


def pick(cands: list[Candidate], most: int, own: frozenset[str] = frozenset()) -> list[Candidate]:
    """Code and question matches all; else the best lexical ones at or above the threshold.

    ``own`` are the items of the activity's own area: when the best lexical item lies elsewhere but
    one of its own area comes close (:data:`OWN_AREA_RATIO`), the unit's placing of the activity
    decides ("Pembentukan tim pengelola pengaduan" under Pengawasan is the complaints item, not the
    ZI team's).
    """
    chosen = [c for c in cands if c.how in ("code", "question")]
    if chosen:
        return chosen
    lexical = [c for c in cands if c.how == "lexical"]
    if own and lexical and lexical[0].code not in own:
        floor = max(LINK_THRESHOLD, OWN_AREA_RATIO * lexical[0].score)
        lexical = [c for c in lexical if c.code in own and c.score >= floor] or lexical
    if lexical and lexical[0].score >= LINK_THRESHOLD:
        floor = max(LINK_THRESHOLD, SECOND_LINK_RATIO * lexical[0].score)
        return [c for c in lexical if c.score >= floor][:most]
    return []


def choose(act: Activity, ranking: Ranking) -> tuple[list[Link], list[Link]]:
    """The links an activity gets from its ranking, and the suggestions when it gets none.

    The activity's own texts give its first links; each sub-step adds its best item ("b. Melakukan
    penilaian risiko" serves another SPIP element than the activity's title). Rejected items are
    skipped everywhere, suggestions included.
    """
    own, steps = ranking
    if not act.lke_reject:
        links = own.links(MAX_LEXICAL_LINKS)
        if steps:
            links = list(links)
            for step, ranked in zip(act.substeps, steps, strict=True):
                links += [replace(ln, substep=step.label) for ln in ranked.links(1)]
        return (links, []) if links else ([], own.suggestions())
    rejected = set(act.lke_reject)
    cands = [c for c in own.cands if c.code not in rejected]
    links = [_as_link(c) for c in pick(cands, MAX_LEXICAL_LINKS)]
    for step, ranked in zip(act.substeps, steps, strict=True):
        picked = pick([c for c in ranked.cands if c.code not in rejected], 1)
        links += [_as_link(c, step.label) for c in picked]
    if links:
        return links, []
    return [], [_as_link(c) for c in cands[:N_SUGGESTIONS]]


def _stored(ln: LkeLink) -> Link:
    return Link(ln.code, "code" if ln.how == "code" else "pinned", note=ln.reason)


def link_unit(unit: Unit, rubric: Rubric, ranked: Sequence[Ranking] | None = None) -> Links:
    """Build every link of ``unit``: stored links win; otherwise the matcher's ranking decides.

    ``ranked`` is the ranking of the activities that have no stored links, in plan order (as
    :func:`link_units` computes it for a batch); without it they are ranked here.
    """
    links = Links()
    items = rubric.items
    by_activity, by_item, suggestions = links.by_activity, links.by_item, links.suggestions
    free = [a for a in unit.activities if not a.lke]
    ranking = iter(ranked if ranked is not None else rank_activities(free, rubric))
    for act in unit.activities:
        if act.lke:
            chosen = [_stored(ln) for ln in act.lke if ln.code in items]
        else:
            chosen, suggested = choose(act, next(ranking))
            if suggested:
                suggestions[act.id] = suggested
        if not chosen:
            continue
        if len(chosen) > 1:  # a sub-step may name an item the activity already has
            first = {ln.code: ln for ln in reversed(chosen)}  # the first link per code wins
            chosen = [ln for ln in chosen if first[ln.code] is ln]
        by_activity[act.id] = list(chosen)  # its own list: the ranked links are shared
        for ln in chosen:
            by_item.setdefault(ln.code, []).append(act.id)
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
    by_item: dict[str, set[str]] = {}
    by_act: dict[str, set[str]] = {}
    by_activity = links.by_activity
    gone = unit.missing_files  # a file that is not there supports nothing
    for ev in unit.evidence:
        if gone and ev.id in gone:
            continue
        for ref in ev.supports:
            if ref in items:
                by_item.setdefault(ref, set()).add(ev.id)
            else:
                by_act.setdefault(ref, set()).add(ev.id)
                for link in by_activity.get(ref, ()):
                    by_item.setdefault(link.code, set()).add(ev.id)
    for code, ans in unit.answers.items():
        found = [x for x in ans.evidence if x not in gone] if gone else ans.evidence
        if found:
            by_item.setdefault(code, set()).update(found)
    hasil_found = [x for x in unit.hasil.evidence if x not in gone]
    if hasil_found:
        hasil_codes = rubric.derived(
            "hasil_codes", lambda r: [c for c, f in r.items.items() if f.item.hasil_field]
        )
        for code in hasil_codes:
            by_item.setdefault(code, set()).update(hasil_found)
    links.evidence_by_item = {k: sorted(v) for k, v in by_item.items()}
    links.evidence_by_activity = {k: sorted(v) for k, v in by_act.items()}
