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

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain, compress, repeat
from operator import attrgetter, is_
from typing import Any

import numpy as np

from zi_eval.matching.matcher import HOWS, TIERS, Candidate, Columns, Fields, Matcher, Query, Ranks
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, LkeLink, Substep, Unit

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
    #: Where the link was found: a :class:`Candidate`, or the ranking and slot it comes from (the
    #: candidate is made only when somebody asks: most links of a batch never show their words).
    found: Candidate | tuple[Found, int] | None = field(default=None, compare=False, repr=False)
    substep: str = ""  # the label of the sub-step whose text made the link ("" for the activity's own)
    note: str | None = None

    @property
    def candidate(self) -> Candidate | None:
        """The matcher's candidate behind the link (none for a stored link)."""
        found = self.found
        if found is None or isinstance(found, Candidate):
            return found
        ranking, slot = found
        return ranking.cands[slot]

    @property
    def words(self) -> tuple[str, ...]:
        """The activity's words that weigh most in this link (none for a stored link)."""
        c = self.candidate
        return c.words if c is not None else ()


@dataclass
class Links:
    """All links of one unit: activity ↔ item, evidence ↔ item/activity, and suggestions for the unlinked.

    The evidence ids per item and per activity are kept as sets while linking and sorted only when
    somebody reads them (a batch only asks which items have any: :meth:`evidenced`).
    """

    by_activity: dict[str, list[Link]] = field(default_factory=dict)
    by_item: dict[str, list[str]] = field(default_factory=dict)  # item code -> activity ids
    #: activity id -> its best candidates when it links to nothing (best first)
    suggestions: dict[str, list[Link]] = field(default_factory=dict)
    evidence_sets: dict[str, set[str]] = field(default_factory=dict)  # item code -> evidence ids
    evidence_sets_by_activity: dict[str, set[str]] = field(default_factory=dict)
    _sorted: dict[str, dict[str, list[str]]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def evidence_by_item(self) -> dict[str, list[str]]:
        """Item code -> the evidence ids supporting it, sorted."""
        return self._sorted_view("item", self.evidence_sets)

    @property
    def evidence_by_activity(self) -> dict[str, list[str]]:
        """Activity id -> the evidence ids citing it, sorted."""
        return self._sorted_view("activity", self.evidence_sets_by_activity)

    def _sorted_view(self, name: str, sets: dict[str, set[str]]) -> dict[str, list[str]]:
        got = self._sorted.get(name)
        if got is None:
            got = self._sorted[name] = {k: sorted(v) for k, v in sets.items()}
        return got

    def evidenced(self) -> list[str]:
        """The items some evidence supports (each once, in no particular order)."""
        return list(filter(self.evidence_sets.get, self.evidence_sets))  # the codes of non-empty sets

    def planned(self) -> list[str]:
        """The items some activity links to (each once, in no particular order)."""
        return list(filter(self.by_item.get, self.by_item))  # the codes with activities

    def codes_of(self, activity: str) -> list[str]:
        """The items ``activity`` links to, in link order."""
        return [ln.code for ln in self.by_activity.get(activity, ())]


@dataclass(frozen=True, slots=True)
class ItemLinks:
    """What a batch reads of a unit's links (:func:`link_items`): which items some activity links to
    and which some evidence supports, read like :class:`Links` (``planned()``, ``evidenced()``)."""

    planned_items: list[str]
    evidenced_items: list[str]

    def evidenced(self) -> list[str]:
        """The items some evidence supports (each once, in no particular order)."""
        return self.evidenced_items

    def planned(self) -> list[str]:
        """The items some activity links to (each once, in no particular order)."""
        return self.planned_items


def _fields(key: Key) -> Fields:
    """The query of a ranking key (:data:`Key`): the texts it holds, each named for its weight."""
    if len(key) == 2:  # a sub-step alone
        return (("sub-langkah", key[0]),)
    kegiatan, sub_kegiatan, indicators, output, evidence = key[:5]
    out: list[tuple[str, str]] = []
    if kegiatan:
        out.append(("kegiatan", kegiatan))
    if sub_kegiatan:
        out.append(("sub_kegiatan", sub_kegiatan))
    out += [("indikator", t) for t in indicators]
    if len(key) == 7:
        out += [("sub-langkah", t) for t in key[6]]
    if output:
        out.append(("output", output))
    out += [("bukti", t) for t in evidence]
    return tuple(out)


def matcher(rubric: Rubric) -> Matcher:
    """The rubric's matcher (built once per rubric)."""
    m: Matcher = rubric.derived("matcher", Matcher)
    return m


#: What a ranking depends on, flat and cheap to build and hash (the cache's key): an activity's
#: kegiatan, sub-kegiatan, indicators, output, expected evidence and area (and its sub-steps' texts
#: when it has any), or a sub-step's text and area. :func:`_fields` turns it into the query.
Key = tuple[Any, ...]


#: The texts of an activity a ranking depends on, in :data:`Key` order, read in one C call.
_KEY_TEXTS = attrgetter("kegiatan", "sub_kegiatan", "indicators", "output", "expected_evidence", "area")


class Found:
    """One text's ranking (a :class:`~zi_eval.matching.matcher.Ranks` row) and the candidates made from
    it when somebody asks: what a link the matcher found points back to for its words.

    It holds no link (links point to it), so the ranking cache's links make no reference cycle:
    a batch leaves nothing for the cyclic collector (``api._collections_between_groups``).
    """

    __slots__ = ("key", "matcher", "row", "_query", "_cands")

    def __init__(
        self, key: Key, matcher: Matcher, row: tuple[list[int], list[int], list[float], list[bool], bool]
    ) -> None:
        self.key, self.matcher = key, matcher
        self.row = row  # items, tiers, scores, own-area slots, whether the area is known
        self._query: Query | None = None
        self._cands: list[Candidate] | None = None

    @property
    def cands(self) -> list[Candidate]:
        """The candidates, best first (empty slots come last in a row, so a slot is a candidate's index)."""
        if self._cands is None:
            items, tiers, scores = self.row[:3]
            if self._query is None:  # the query behind the words shown, shared by every candidate
                self._query = Query(partial(_fields, self.key), self.matcher)
            self._cands = self.matcher.candidates(self._query, items, tiers, scores)
        return self._cands


class Ranked:
    """One text's ranking (:class:`Found`, made when first asked) and the links :func:`pick_rows`
    chose from it when nothing is rejected.

    Made once per distinct text and shared by every activity with that text. It holds its row of
    the batch's :class:`~zi_eval.matching.matcher.Ranks` (the arrays, and its place in them: a row
    becomes lists only when a link or candidate is asked for) and the choice its kind of key reads
    (at most :data:`MAX_LEXICAL_LINKS` lexical links for an activity's own texts, one for a
    sub-step's) as chosen slots and their item codes, which is all a batch reads; candidates, links
    and any other choice become objects only when asked for.
    """

    __slots__ = ("key", "ranks", "at", "most", "slots", "chosen", "_found", "_links", "_more")

    def __init__(
        self, key: Key, ranks: Ranks, at: int, most: int, slots: tuple[int, ...], chosen: list[str]
    ) -> None:
        self.key, self.ranks, self.at = key, ranks, at  # its row: ``ranks``'s row ``at``
        self.most, self.slots = most, slots  # the slots chosen with at most ``most`` lexical links
        self.chosen = chosen  # their item codes
        self._found: Found | None = None
        self._links: list[Link] | None = None  # the links of ``slots``
        self._more: dict[tuple[str, int], Any] | None = None  # other choices: ("slots"/"codes"/"links", most)

    @property
    def matcher(self) -> Matcher:
        """The matcher that ranked it."""
        return self.ranks.matcher

    @property
    def row(self) -> tuple[list[int], list[int], list[float], list[bool], bool]:
        """Its row as lists: items, tiers, scores, own-area slots, whether the area is known."""
        r, i = self.ranks, self.at
        return (
            r.items[i].tolist(),
            r.tiers[i].tolist(),
            r.scores[i].tolist(),
            r.own[i].tolist(),
            bool(r.has_area[i]),
        )

    @property
    def found(self) -> Found:
        """What the links found here point back to for their words."""
        if self._found is None:
            self._found = Found(self.key, self.matcher, self.row)
        return self._found

    @property
    def cands(self) -> list[Candidate]:
        """The candidates, best first."""
        return self.found.cands

    def _other(self, kind: str, most: int, make: Callable[[], Any]) -> Any:
        """A choice other than the one made with the ranking (``kind`` of it), worked out once."""
        if self._more is None:
            self._more = {}
        got = self._more.get((kind, most))
        if got is None:
            got = self._more[kind, most] = make()
        return got

    def _slots(self, most: int) -> tuple[int, ...]:
        if most == self.most:
            return self.slots

        def make() -> tuple[int, ...]:
            items, tiers, scores, own, has_area = self.row
            mask = pick_rows(
                np.array([tiers]), np.array([scores]), np.array([own]), np.array([has_area]), most
            )
            return tuple(np.flatnonzero(mask[0]).tolist())

        got: tuple[int, ...] = self._other("slots", most, make)
        return got

    def links(self, most: int) -> list[Link]:
        """The links of :func:`pick_rows` (at most ``most`` lexical ones)."""
        if most == self.most:
            if self._links is None:
                self._links = self._as_links(self.slots)
            return self._links
        got: list[Link] = self._other("links", most, lambda: self._as_links(self._slots(most)))
        return got

    def codes(self, most: int) -> list[str]:
        """The item codes of :meth:`links` (the same slots), without making the links: what a batch reads."""
        if most == self.most:
            return self.chosen
        items, codes = self.row[0], self.matcher.codes
        got: list[str] = self._other("codes", most, lambda: [codes[items[s]] for s in self._slots(most)])
        return got

    def suggestions(self) -> list[Link]:
        """The best :data:`N_SUGGESTIONS` candidates as links, for an activity that links to nothing."""
        tiers = self.row[1]  # empty slots come last: the first filled ones are the best
        got: list[Link] = self._other(
            "suggestions",
            N_SUGGESTIONS,
            lambda: self._as_links([s for s in range(min(N_SUGGESTIONS, len(tiers))) if tiers[s]]),
        )
        return got

    def _as_links(self, slots: Sequence[int]) -> list[Link]:
        """The candidates in ``slots`` as links (each makes its candidate only when its words are shown)."""
        found = self.found
        items, tiers, scores = self.row[:3]
        codes, hows = self.matcher.codes, HOWS
        return [Link(codes[items[s]], hows[tiers[s]], scores[s], (found, s)) for s in slots]


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


def _ranked(keys: list[Key], rubric: Rubric) -> list[Ranked]:
    """Rank ``keys`` in one pass and choose each one's links (for an activity and for a sub-step)."""
    m = matcher(rubric)
    areas = [k[1] if len(k) == 2 else k[5] for k in keys]  # see Key
    ranks = m.rank_columns(_columns(keys), areas, lambda i: _fields(keys[i]))
    n, k = ranks.tiers.shape
    slots = _slot_sets(k)
    # a sub-step alone (a key of two) reads its best item, an activity its links (see _chosen_codes)
    most = np.where(np.fromiter(map(len, keys), dtype=np.int64, count=n) == 2, 1, MAX_LEXICAL_LINKS)
    bits = _bits(pick_rows(ranks.tiers, ranks.scores, ranks.own, ranks.has_area, most))
    # the chosen slots' item codes, a few numpy takes for all rows: one per set of slots chosen
    chosen: list[list[str]] = [[] for _ in range(n)]
    codes = m.code_array
    for b in np.unique(bits).tolist():
        if b:
            at = np.flatnonzero(bits == b)
            for i, got in zip(at.tolist(), codes[ranks.items[at][:, slots[b]]].tolist(), strict=True):
                chosen[i] = got
    return list(
        map(
            Ranked,
            keys,
            repeat(ranks),
            range(n),
            most.tolist(),
            map(slots.__getitem__, bits.tolist()),
            chosen,
        )
    )


def _columns(keys: list[Key]) -> Columns:
    """The queries of ``keys`` field by field: what :func:`_fields` gives key by key, without a loop per key.

    The activities' keys are transposed into one column per field (``zip``), and each column's rows
    and texts taken with C-level iterators: a field's rows are its keys' places, repeated once per
    text for a field of several texts, and left out where the text is empty.
    """
    n = len(keys)
    lens = list(map(len, keys))
    alone: list[int] = []  # sub-steps ranked on their own: (text, area)
    rows: Sequence[int] = range(n)
    acts = keys
    if 2 in lens:
        rows = list(compress(range(n), map((2).__lt__, lens)))
        acts = list(map(keys.__getitem__, rows))
        alone = [i for i, size in enumerate(lens) if size == 2]
    out: list[tuple[str, list[int], list[str]]] = []
    if not acts:
        if alone:
            out.append(("sub-langkah", alone, [keys[i][0] for i in alone]))
        return out
    # keys of 6 or 7 fields: zip stops at the sixth (the area), the sub-steps are read below
    kegiatan, sub_kegiatan, indicators, output, evidence = list(zip(*acts, strict=False))[:5]

    def one(name: str, texts: Sequence[str]) -> None:  # a field of one text per key, maybe empty
        if any(texts):
            out.append((name, list(compress(rows, texts)), list(filter(None, texts))))

    def many(
        name: str, at: Sequence[int], texts: Sequence[Sequence[str]], more: Iterable[tuple[int, str]] = ()
    ) -> None:
        got_rows = list(chain.from_iterable(map(repeat, at, map(len, texts))))
        got_texts = list(chain.from_iterable(texts))
        for i, t in more:
            got_rows.append(i)
            got_texts.append(t)
        if got_rows:
            out.append((name, got_rows, got_texts))

    one("kegiatan", kegiatan)
    one("sub_kegiatan", sub_kegiatan)
    many("indikator", rows, indicators)
    stepped = [(i, k[6]) for i, k in zip(rows, acts, strict=True) if len(k) == 7] if 7 in lens else []
    many("sub-langkah", [i for i, _ in stepped], [t for _, t in stepped], ((i, keys[i][0]) for i in alone))
    one("output", output)
    many("bukti", rows, evidence)
    return out


def _bits(mask: np.ndarray) -> np.ndarray:
    """Each row of a boolean mask as an integer (bit s: slot s)."""
    got: np.ndarray = mask.astype(np.int64) @ (1 << np.arange(mask.shape[1], dtype=np.int64))
    return got


def _slot_sets(k: int) -> list[tuple[int, ...]]:
    """The slots each integer of :func:`_bits` names, for ``k`` slots."""
    return [tuple(s for s in range(k) if b >> s & 1) for b in range(1 << k)]


def rank_activities(acts: Sequence[Activity], rubric: Rubric, use_cache: bool = True) -> list[Ranking]:
    """Rank the rubric's items for each activity and its sub-steps (best first), in one pass for all texts.

    With ``use_cache`` a text ranked before (in this process, for this rubric) is not ranked again.
    """
    keys: list[Key] = list(map(_KEY_TEXTS, acts))  # see Key: the sub-steps' texts are added below
    stepped = [i for i, act in enumerate(acts) if act.substeps]
    for i in stepped:
        keys[i] += (tuple(s.text for s in acts[i].substeps),)
    n = len(keys)
    if stepped:  # each sub-step is ranked on its own too, after every activity's own key
        keys += [(t, keys[i][5]) for i in stepped for t in keys[i][6]]  # [5]: the activity's area
    found: list[Ranked]
    if use_cache:
        cache = _cache(rubric)
        got = list(map(cache.get, keys))
        if None in got:
            todo = list(dict.fromkeys(compress(keys, map(is_, got, repeat(None)))))
            if len(cache) + len(todo) > CACHE_LIMIT:
                cache.clear()
            fresh = dict(zip(todo, _ranked(todo, rubric), strict=True))
            cache.update(fresh)
            got = list(map(fresh.get, keys, got))  # a new ranking where there was none
        found = got  # type: ignore[assignment]
    else:
        distinct = list(dict.fromkeys(keys))
        fresh = dict(zip(distinct, _ranked(distinct, rubric), strict=True))
        found = [fresh[k] for k in keys]
    out: list[Ranking] = list(zip(found[:n], repeat(())))
    at = n
    for i in stepped:
        m = len(keys[i][6])
        out[i] = (found[i], tuple(found[at : at + m]))
        at += m
    return out


def _as_link(c: Candidate, substep: str = "") -> Link:
    return Link(c.code, c.how, c.score, c, substep)


def pick_rows(
    tiers: np.ndarray, scores: np.ndarray, own: np.ndarray, has_area: np.ndarray, most: int | np.ndarray
) -> np.ndarray:
    """The one linking rule, for many rankings at once: which slots of each row become links.

    Rows are rankings in trust order (:class:`~zi_eval.matching.matcher.Ranks`). Code and question
    matches all; else the best lexical ones at or above :data:`LINK_THRESHOLD` (a second one when it
    scores :data:`SECOND_LINK_RATIO` of the first, at most ``most``: one number, or one per row). When the best lexical item lies
    outside the activity's own area (``own``: slots of its area; ``has_area``: its area is known) but
    one of its own area comes close (:data:`OWN_AREA_RATIO`), the unit's placing of the activity
    decides ("Pembentukan tim pengelola pengaduan" under Pengawasan is the complaints item, not the
    ZI team's).
    """
    n = len(tiers)
    rows = np.arange(n)
    strong = tiers >= TIERS["question"]
    lexical = tiers == TIERS["lexical"]
    first = lexical.argmax(axis=1)
    best = scores[rows, first]
    floor = np.maximum(LINK_THRESHOLD, OWN_AREA_RATIO * best)
    closer = lexical & own & (scores >= floor[:, None])
    prefer = has_area & lexical.any(axis=1) & ~own[rows, first] & closer.any(axis=1)
    lexical = np.where(prefer[:, None], closer, lexical)
    top = scores[rows, lexical.argmax(axis=1)]
    linked = lexical.any(axis=1) & (top >= LINK_THRESHOLD)
    floor_second = np.maximum(LINK_THRESHOLD, SECOND_LINK_RATIO * top)
    keep = lexical & (scores >= floor_second[:, None]) & linked[:, None]
    keep &= np.cumsum(keep, axis=1) <= np.reshape(most, (-1, 1))  # most: one for all rows, or per row
    return np.where(strong.any(axis=1, keepdims=True), strong, keep)


def pick(cands: list[Candidate], most: int, own: frozenset[str] = frozenset()) -> list[Candidate]:
    """:func:`pick_rows` on one list of candidates (``own``: the items of the activity's own area)."""
    if not cands:
        return []
    mask = pick_rows(
        np.array([[c.tier for c in cands]]),
        np.array([[c.score for c in cands]]),
        np.array([[c.code in own for c in cands]]),
        np.array([bool(own)]),
        most,
    )
    return [c for c, x in zip(cands, mask[0].tolist(), strict=True) if x]


def choose(act: Activity, ranking: Ranking, rubric: Rubric) -> tuple[list[Link], list[Link]]:
    """The links an activity gets from its ranking, and the suggestions when it gets none.

    The activity's own texts give its first links; each sub-step adds its best item ("b. Melakukan
    penilaian risiko" serves another SPIP element than the activity's title). Rejected items are
    skipped everywhere, suggestions included. An item linked twice keeps its first link.
    The lists returned may be shared with other activities of the same texts: read them only.
    """
    own, steps = ranking
    if not act.lke_reject:
        links = _with_steps(own, steps, act.substeps, rubric) if steps else own.links(MAX_LEXICAL_LINKS)
        return (links, _NONE) if links else (_NONE, own.suggestions())
    rejected = set(act.lke_reject)
    area = _area_items(rubric, act.area)
    cands = [c for c in own.cands if c.code not in rejected]
    links = [_as_link(c) for c in pick(cands, MAX_LEXICAL_LINKS, area)]
    for step, ranked in zip(act.substeps, steps, strict=True):
        picked = pick([c for c in ranked.cands if c.code not in rejected], 1, area)
        links += [_as_link(c, step.label) for c in picked]
    if links:
        return _first_per_code(links), []
    return [], [_as_link(c) for c in cands[:N_SUGGESTIONS]]


#: The empty list :func:`choose` returns for no links or no suggestions (shared: read only).
_NONE: list[Link] = []
#: Links of an activity with sub-steps kept per rubric (see :func:`_with_steps`); bounded like the ranking cache.
STEP_LINKS_LIMIT = 4096


def _with_steps(
    own: Ranked, steps: tuple[Ranked, ...], substeps: Sequence[Substep], rubric: Rubric
) -> list[Link]:
    """The links of an activity with sub-steps and no rejected items: its own, then each sub-step's best.

    Kept per rubric by the rankings and the sub-steps' labels (the rankings are shared through the
    ranking cache, so plans copied across units reuse them): labelling each sub-step link anew
    (``dataclasses.replace``) cost more than the rest of linking the activity.
    """
    memo: dict[tuple[Any, ...], list[Link]] = rubric.derived("step_links", lambda _: {})
    key = (own, steps, tuple(s.label for s in substeps))
    got = memo.get(key)
    if got is None:
        links = list(own.links(MAX_LEXICAL_LINKS))
        for step, ranked in zip(substeps, steps, strict=True):
            links += [replace(ln, substep=step.label) for ln in ranked.links(1)]
        if len(memo) >= STEP_LINKS_LIMIT:
            memo.clear()
        got = memo[key] = _first_per_code(links)
    return got


def _first_per_code(links: list[Link]) -> list[Link]:
    """``links`` with each item's first link only (sub-steps and stored links may name an item twice)."""
    if len(links) < 2:
        return links
    first = {ln.code: ln for ln in reversed(links)}
    return links if len(first) == len(links) else [ln for ln in links if first[ln.code] is ln]


def _stored(ln: LkeLink) -> Link:
    return Link(ln.code, "code" if ln.how == "code" else "pinned", note=ln.reason)


def link_unit(unit: Unit, rubric: Rubric, ranked: Sequence[Ranking] | None = None) -> Links:
    """Build every link of ``unit``: stored links win; otherwise the matcher's ranking decides.

    ``ranked`` is the ranking of the activities that have no stored links, in plan order (as
    :func:`link_units` computes it for a batch); without it they are ranked here. The link lists
    of :attr:`Links.by_activity` and :attr:`Links.suggestions` may be shared with other units whose
    activities rank the same (the ranking cache): read them, do not change them.
    """
    links = Links()
    items = rubric.items
    by_activity, by_item, suggestions = links.by_activity, links.by_item, links.suggestions
    if ranked is None:
        ranked = rank_activities([a for a in unit.activities if not a.lke], rubric)
    ranking = iter(ranked)
    for act in unit.activities:
        aid = act.id
        if act.lke:
            chosen = _first_per_code([_stored(ln) for ln in act.lke if ln.code in items])
            if not chosen:
                continue
        else:
            chosen, suggested = choose(act, next(ranking), rubric)
            if not chosen:
                if suggested:
                    suggestions[aid] = suggested
                continue
        by_activity[aid] = chosen
        for ln in chosen:
            code = ln.code
            acts = by_item.get(code)
            if acts is None:
                by_item[code] = [aid]
            else:
                acts.append(aid)
    links.evidence_sets, links.evidence_sets_by_activity = _evidence_sets(unit, rubric, links.codes_of)
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


def evidence_claims(
    unit: Unit, rubric: Rubric, codes_of: Callable[[str], Iterable[str] | None]
) -> tuple[dict[str, tuple[str, ...] | set[str]], dict[str, set[str]]]:
    """The one rule of what evidence supports: item code -> evidence ids and activity id -> evidence
    ids, as named directly, through an activity's links (``codes_of(activity id)``: the items it
    links to, or None), on an answer, or on the results; before a missing file is taken out (see
    :func:`_evidence_sets`, :func:`link_items`).

    An item only an answer supports keeps the answer's tuple of ids (most items: a batch needs only
    whether there are any, so no set is made for them); the others get a set. :func:`claimed_items`
    is the same rule for the item codes alone.
    """
    items = rubric.items
    by_item: dict[str, tuple[str, ...] | set[str]] = {
        code: ans.evidence for code, ans in unit.answers.items() if ans.evidence
    }
    by_act: dict[str, set[str]] = {}
    for ev in unit.evidence:
        eid = ev.id
        for ref in ev.supports:
            if ref in items:
                _add(by_item, ref, eid)
            else:
                _add(by_act, ref, eid)
                for code in codes_of(ref) or ():
                    _add(by_item, code, eid)
    hasil = unit.hasil.evidence
    if hasil:
        for code in _hasil_codes(rubric):
            got = by_item.get(code)
            by_item[code] = set(hasil) if got is None else {*got, *hasil}
    return by_item, by_act


def claimed_items(unit: Unit, rubric: Rubric, codes_of: Callable[[str], Iterable[str] | None]) -> set[str]:
    """The keys of :func:`evidence_claims`'s items, worked out with a few set operations instead of
    a set of ids per item (what a batch reads when no file is missing): the items an answer gives
    evidence, those a record names, those of the activities a record names (``codes_of``), and the
    hasil items when the results cite evidence.
    """
    items = rubric.items
    answers = unit.answers
    got = set(compress(answers, map(_EVIDENCE, answers.values())))
    refs = set(chain.from_iterable(map(_SUPPORTS, unit.evidence)))
    named = refs.intersection(items)
    got |= named
    if len(named) < len(refs):
        for ref in refs.difference(named):
            got.update(codes_of(ref) or ())
    if unit.hasil.evidence:
        got.update(_hasil_codes(rubric))
    return got


_SUPPORTS = attrgetter("supports")
_EVIDENCE = attrgetter("evidence")


def _hasil_codes(rubric: Rubric) -> list[str]:
    """The items valued from the results (:class:`~zi_eval.models.unit.Hasil`), which its evidence supports."""
    codes: list[str] = rubric.derived(
        "hasil_codes", lambda r: [c for c, f in r.items.items() if f.item.hasil_field]
    )
    return codes


def _evidence_sets(
    unit: Unit, rubric: Rubric, codes_of: Callable[[str], Iterable[str] | None]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """:func:`evidence_claims` as sets, without the files that are not there (they support nothing)."""
    by_item, by_act = evidence_claims(unit, rubric, codes_of)
    gone = unit.missing_files
    sets = {k: set(v) - gone for k, v in by_item.items()}
    if gone:
        sets = {k: v for k, v in sets.items() if v}
        by_act = {k: v - gone for k, v in by_act.items() if not v <= gone}
    return sets, by_act


def _evidenced(unit: Unit, rubric: Rubric, codes_of: Callable[[str], Iterable[str] | None]) -> list[str]:
    """The items :func:`_evidence_sets` gives evidence, without making the sets (what a batch reads)."""
    gone = unit.missing_files
    if not gone:
        return list(claimed_items(unit, rubric, codes_of))
    by_item = evidence_claims(unit, rubric, codes_of)[0]
    return [k for k, v in by_item.items() if not gone.issuperset(v)]


def link_items(units: Sequence[Unit], rubric: Rubric) -> list[ItemLinks]:
    """What a batch reads of :func:`link_units`: each unit's planned and evidenced items, from the same
    rankings, choices and evidence rule, without making a :class:`Link` per activity.

    An activity's items are its stored links' codes, else the codes of the slots :func:`choose`
    makes links of (:meth:`Ranked.codes`); an activity with rejected items goes through
    :func:`choose` itself. Making the links was a third of linking a batch of new texts; the group's
    activities are read as one list, with the few pinned or rejecting ones set right afterwards.
    """
    items = rubric.items
    acts = list(chain.from_iterable(map(_ACTIVITIES, units)))
    pins, rejects = list(map(_PINS, acts)), list(map(_REJECTS, acts))
    special = [i for i, a in enumerate(acts) if a.lke or a.lke_reject] if any(pins) or any(rejects) else []
    pinned = {i for i in special if acts[i].lke}
    ranking: list[Ranking | None]
    if pinned:  # a pinned activity is not ranked: its place is kept empty, its codes set below
        ranked = iter(rank_activities([a for i, a in enumerate(acts) if i not in pinned], rubric))
        ranking = [None if i in pinned else next(ranked) for i in range(len(acts))]
    else:
        ranking = list(rank_activities(acts, rubric))
    codes = list(map(_chosen_codes, ranking))
    for i in special:
        act, r = acts[i], ranking[i]
        if r is None:
            codes[i] = [ln.code for ln in act.lke if ln.code in items]
        else:
            codes[i] = [ln.code for ln in choose(act, r, rubric)[0]]
    ids = list(map(_ID, acts))
    out: list[ItemLinks] = []
    at = 0
    for unit in units:
        end = at + len(unit.activities)
        own = codes[at:end]
        by_act = dict(compress(zip(ids[at:end], own, strict=True), own))
        planned = list(set(chain.from_iterable(own)))
        out.append(ItemLinks(planned, _evidenced(unit, rubric, by_act.get)))
        at = end
    return out


_ID = attrgetter("id")
_ACTIVITIES = attrgetter("activities")
_PINS = attrgetter("lke")
_REJECTS = attrgetter("lke_reject")


def _chosen_codes(ranking: Ranking | None) -> list[str]:
    """The items an activity's ranking links it to: its own chosen slots', then each sub-step's best
    (shared with the ranking when it has no sub-steps: read only); none for an activity not ranked."""
    if ranking is None:
        return []
    own, steps = ranking
    if steps:
        return own.codes(MAX_LEXICAL_LINKS) + [c for st in steps for c in st.codes(1)]
    return own.chosen if own.most == MAX_LEXICAL_LINKS else own.codes(MAX_LEXICAL_LINKS)


def _add(sets: dict[str, Any], key: str, value: str) -> None:
    got = sets.get(key)
    if got is None:
        sets[key] = {value}
    elif type(got) is tuple:  # an answer's ids (see evidence_claims)
        sets[key] = {*got, value}
    else:
        got.add(value)
