"""Rank a rubric's items for activities: explicit codes, then the item's question, then term weights.

Every item is a document made of its question, indicator name, option criteria, keywords and typical
evidence (:data:`ITEM_FIELDS`, each with a weight); every activity a query made of its kegiatan,
sub-kegiatan, indicators, sub-steps, output and expected evidence (:data:`QUERY_FIELDS`). Both go
through one :class:`~zi_eval.matching.terms.Analyzer`; the score is the cosine of their TF-IDF vectors
(sublinear term frequency, IDF over the items), times a prior for items of the activity's own ZI area.

Three ways to find an item, in this order of trust (``how``):

- ``code``: the activity's text names the item's code (``P.1.i.a``);
- ``question``: one of the activity's texts restates the item's question (most of the question's
  words, and mostly those words: plans keyed by LKE item copy the question into a column);
- ``lexical``: the TF-IDF score.

A batch of activities is one product (activities × terms, sparse) · (terms × items, dense).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import Any

import numpy as np
from scipy import sparse

from zi_eval.io.words import norm
from zi_eval.matching.terms import Analyzer, Vocabulary, shipped_vocabulary
from zi_eval.models.rubric import Rubric

#: Weight of each part of an item's text in its document.
ITEM_FIELDS = {"question": 1.0, "indicator": 0.8, "keywords": 1.0, "evidence": 0.5, "criteria": 0.3}
#: Weight of each part of an activity's text in its query.
QUERY_FIELDS = {
    "kegiatan": 1.0,
    "sub_kegiatan": 1.0,
    "indikator": 0.8,
    "sub-langkah": 0.6,
    "output": 0.5,
    "bukti": 0.6,
}
#: Items of the activity's own ZI area score this much more (a prior, not a wall).
AREA_PRIOR = 1.25
#: A question-tier match: the share of the question's words the text has, and of the text's words
#: that are the question's.
QUESTION_COVER, QUESTION_PRECISION, QUESTION_MIN_WORDS = 0.7, 0.6, 3
#: How many candidates a ranking keeps per activity.
TOP_K = 5
#: A candidate's trust tier (``how``): a code beats a question match beats a lexical score; 0 is an
#: empty slot in :class:`Ranks`.
TIERS = {"code": 3, "question": 2, "lexical": 1}
HOWS = ("", "lexical", "question", "code")
#: Distinct texts whose terms are kept (per matcher).
TEXT_CACHE = 100_000
_CODE = re.compile(
    r"(?<![A-Za-z0-9.])([PRH]\.(?:[1-6]|I{1,3}|IV|V|VI)(?:\.[ivx]+)?(?:\.[a-z])?)(?![A-Za-z0-9])"
)

Fields = tuple[tuple[str, str], ...]  # (field name in QUERY_FIELDS, text)
#: Queries given field by field: per field kind (a name in :data:`QUERY_FIELDS`), the queries that
#: have such a field (a query once per field it has) and the field's text. A batch of activities is
#: built this way column by column, without a loop per activity (``scoring.linking``).
Columns = Sequence[tuple[str, Sequence[int], Sequence[str]]]
#: The fields whose text may restate an item's question.
_QUESTION_FIELDS = frozenset({"kegiatan", "sub_kegiatan", "indikator"})


def sublinear(count: Any) -> Any:
    """A term's weight from its (field-weighted) count: 1 + log(count) from 1 up, the count below.

    One rule for the items' documents, the activities' queries and the words shown (a number or an
    array alike).
    """
    if isinstance(count, np.ndarray):
        return np.where(count >= 1, 1.0 + np.log(np.maximum(count, 1.0)), count)
    return 1.0 + math.log(count) if count >= 1 else count


class Query:
    """One query's texts, analysed again only when a person asks which words matched.

    ``fields`` may be a function giving them: a batch makes a query for every new text it links,
    and most are never shown.
    """

    __slots__ = ("_fields", "matcher", "_weights", "_shown")

    def __init__(self, fields: Fields | Callable[[], Fields], matcher: Matcher) -> None:
        self._fields, self.matcher = fields, matcher
        self._weights: dict[str, float] | None = None
        self._shown: dict[str, str] = {}

    @property
    def fields(self) -> Fields:
        """The query's texts, each named for its weight."""
        if callable(self._fields):
            self._fields = self._fields()
        return self._fields

    def weights(self) -> tuple[dict[str, float], dict[str, str]]:
        """The query's term weights (as the ranking used them) and the words each term came from."""
        if self._weights is None:
            counts: dict[str, float] = {}
            for fname, text in self.fields:
                terms, shown = self.matcher.analyse(text)
                w = QUERY_FIELDS.get(fname, 0.5)
                for t in terms:
                    counts[t] = counts.get(t, 0.0) + w
                for a, b in shown.items():
                    self._shown.setdefault(a, b)
            self._weights = {t: sublinear(c) for t, c in counts.items()}
        return self._weights, self._shown


@dataclass(frozen=True)
class Candidate:
    """One item proposed for an activity: how it was found, its score in [0, 1], the words that matched.

    The matched words are worked out only when asked (most candidates are never shown).
    """

    code: str
    how: str  # code | question | lexical
    score: float
    query: Query | None = field(default=None, compare=False, repr=False)
    item: int = field(default=-1, compare=False, repr=False)

    @property
    def tier(self) -> int:
        """Trust order of ``how`` (:data:`TIERS`)."""
        return TIERS[self.how]

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The activity's words that weigh most in this match (at most four; the code for a code match)."""
        if self.how == "code" or self.query is None:
            return (self.code,)
        weights, shown = self.query.weights()
        doc = self.query.matcher.doc_terms[self.item]
        ranked = sorted(((w * doc[t], t) for t, w in weights.items() if t in doc), reverse=True)
        out: list[str] = []
        for _, term in ranked:
            word = shown.get(term, term)
            if not any(word in w or w in word for w in out):
                out.append(word)
            if len(out) == 4:
                break
        return tuple(out)


@dataclass(frozen=True)
class Ranks:
    """The candidates of many queries as rows of arrays (n queries × :data:`TOP_K` slots), best first.

    A row holds the codes its texts name (tier 3, score 1), then the ranked items: question matches,
    then lexical ones by score; empty slots (tier 0, item -1) come last. ``own`` marks slots whose
    item lies in the query's own ZI area, ``has_area`` the queries whose area the rubric knows.
    """

    matcher: Matcher
    items: np.ndarray  # item column per slot (-1: empty)
    tiers: np.ndarray  # :data:`TIERS` per slot (0: empty)
    scores: np.ndarray
    own: np.ndarray
    has_area: np.ndarray

    def candidates(self, i: int, fields: Fields) -> list[Candidate]:
        """Row ``i`` as :class:`Candidate` objects (``fields``: the query's texts, for the words shown)."""
        return self.matcher.candidates(
            Query(fields, self.matcher),
            self.items[i].tolist(),
            self.tiers[i].tolist(),
            self.scores[i].tolist(),
        )


class Matcher:
    """A rubric's items as TF-IDF documents, ready to rank activities (built once per rubric)."""

    def __init__(self, rubric: Rubric, vocabulary: Vocabulary | None = None) -> None:
        vocabulary = vocabulary or shipped_vocabulary()
        self.codes = list(rubric.items)
        #: the codes as a numpy array, to take many rows' chosen codes at once
        self.code_array = np.array(self.codes, dtype=object)
        self.code_set = frozenset(self.codes)
        self._col = rubric.item_index()
        self.areas = np.array([f.area for f in rubric.items.values()])
        # areas as small integers: comparing a batch's areas with every item's is then one cheap grid
        self._area_index = {a: i for i, a in enumerate(dict.fromkeys(self.areas.tolist()))}
        self._area_ids = np.array([self._area_index[a] for a in self.areas.tolist()])
        # per area (by its small integer): the columns of its items, which the prior raises
        self._area_cols = [np.flatnonzero(self._area_ids == a) for a in range(len(self._area_index))]
        docs = [self._item_texts(rubric, c) for c in self.codes]
        known: dict[str, int] = {}
        probe = Analyzer(vocabulary, {}, mend=False)
        for texts in docs:
            for w in {w for _, t in texts for w in norm(t).split() + probe.words(t)}:
                known[w] = known.get(w, 0) + 1
        self.analyzer = Analyzer(vocabulary, known)
        self._texts: dict[str, tuple[list[str], dict[str, str]]] = {}
        self._vectors: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, int]] = {}
        #: per text: the items whose question it restates and the match values (None: no item)
        self._restates: dict[str, tuple[np.ndarray, np.ndarray] | None] = {}
        weighted = [self._weighted_terms(texts, ITEM_FIELDS) for texts in docs]
        self.vocab: dict[str, int] = {}
        for tw in weighted:
            for t in tw:
                self.vocab.setdefault(t, len(self.vocab))
        df = np.zeros(len(self.vocab))
        for tw in weighted:
            for t in tw:
                df[self.vocab[t]] += 1
        self.idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
        # terms × items, dense: the queries' sparse rows times these columns are the score grid
        self._docs_t = np.ascontiguousarray(self._matrix(weighted).T.toarray())
        #: per item, term -> weight (to tell which words of an activity made a match)
        self.doc_terms = [{t: w * self.idf[self.vocab[t]] for t, w in tw.items()} for tw in weighted]
        # the question's words alone, for question-tier matches
        qsets = [
            {t for t in self.analyzer.terms(rubric.items[c].item.question)[0] if "_" not in t}
            for c in self.codes
        ]
        rows, cols = [], []
        for i, qs in enumerate(qsets):
            for t in qs:
                rows.append(i)
                cols.append(self.vocab[t])
        shape = (len(self.codes), len(self.vocab))
        self.questions = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
        # the cover of a question counts its rare words more ("evaluasi" in "evaluasi atas penanganan …")
        self.questions_idf = sparse.csr_matrix((self.idf[cols], (rows, cols)), shape=shape)
        self.question_len = np.array([len(q) for q in qsets], dtype=float)
        # per item, the items of its indicator whose question's words are a part of its own ("Whistle-
        # Blowing System telah diterapkan" of "Telah dilakukan evaluasi atas penerapan Whistle Blowing
        # System"), each with the words only the item's question has ("evaluasi"): a text holding all of
        # the smaller question and none of those words restates the smaller
        of_indicator = [rubric.items[c].indicator.code for c in self.codes]
        self.narrower: dict[int, list[tuple[int, frozenset[int]]]] = {}
        for i, qi in enumerate(qsets):
            for j, qj in enumerate(qsets):
                if of_indicator[j] == of_indicator[i] and qj < qi:
                    extra = frozenset(self.vocab[t] for t in qi - qj)
                    self.narrower.setdefault(i, []).append((j, extra))
        self.question_weight = np.asarray(self.questions_idf.sum(axis=1)).ravel()

    @staticmethod
    def _item_texts(rubric: Rubric, code: str) -> list[tuple[str, str]]:
        flat = rubric.items[code]
        it = flat.item
        texts = [("question", it.question), ("indicator", flat.indicator.name)]
        texts += [("keywords", k) for k in it.keywords]
        texts += [("evidence", e) for e in it.evidence]
        texts += [("criteria", c) for c in (it.criteria or {}).values()]
        return texts

    def _weighted_terms(
        self, texts: Sequence[tuple[str, str]], weights: dict[str, float]
    ) -> dict[str, float]:
        """Sum field-weighted term counts over ``texts`` (sublinear: 1 + log of the weighted count)."""
        counts: dict[str, float] = {}
        for fname, text in texts:
            w = weights.get(fname, 0.5)
            for t in self.analyzer.terms(text)[0]:
                counts[t] = counts.get(t, 0.0) + w
        return {t: sublinear(c) for t, c in counts.items()}

    def _matrix(self, weighted: list[dict[str, float]]) -> sparse.csr_matrix:
        """TF-IDF rows, L2-normalised; terms the items never use are dropped (they score nothing)."""
        rows, cols, vals = [], [], []
        for i, tw in enumerate(weighted):
            for t, w in tw.items():
                j = self.vocab.get(t)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
                    vals.append(w * self.idf[j])
        m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(weighted), len(self.vocab)))
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m)

    def analyse(self, text: str) -> tuple[list[str], dict[str, str]]:
        """The terms of one text (cached: a kegiatan is shared by its rows and copied between plans)."""
        got = self._texts.get(text)
        if got is None:
            if len(self._texts) > TEXT_CACHE:
                self._texts.clear()
            got = self._texts[text] = self.analyzer.terms(text)
        return got

    def _arrays(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
        """A text's vocabulary columns and term counts, its unigram columns and how many unigrams it has."""
        got = self._vectors.get(text)
        if got is None:
            terms = self.analyse(text)[0]
            counts: dict[int, float] = {}
            for t in terms:
                j = self.vocab.get(t)
                if j is not None:
                    counts[j] = counts.get(j, 0.0) + 1.0
            uni = {t for t in terms if "_" not in t}
            uni_cols = np.fromiter((self.vocab[t] for t in uni if t in self.vocab), dtype=np.int64)
            got = (
                np.fromiter(counts, dtype=np.int64, count=len(counts)),
                np.fromiter(counts.values(), dtype=float, count=len(counts)),
                uni_cols,
                len(uni),
            )
            if len(self._vectors) > TEXT_CACHE:
                self._vectors.clear()
            self._vectors[text] = got
        return got

    def rank(self, queries: Sequence[tuple[Fields, str | None]]) -> list[list[Candidate]]:
        """Rank the items for each ``(fields, zi_area)`` query, best first (at most :data:`TOP_K`)."""
        ranks = self.rank_arrays(queries)
        return [ranks.candidates(i, fields) for i, (fields, _) in enumerate(queries)]

    def rank_arrays(self, queries: Sequence[tuple[Fields, str | None]]) -> Ranks:
        """Rank the items for each ``(fields, zi_area)`` query as rows of arrays (see :class:`Ranks`)."""
        by_field: dict[str, tuple[list[int], list[str]]] = {}
        for i, (fields, _) in enumerate(queries):
            for fname, text in fields:
                got = by_field.get(fname)
                if got is None:
                    got = by_field[fname] = ([], [])
                got[0].append(i)
                got[1].append(text)
        return self.rank_columns(
            [(f, rows, texts) for f, (rows, texts) in by_field.items()],
            [a for _, a in queries],
            lambda i: queries[i][0],
        )

    def rank_columns(
        self, columns: Columns, areas_of: Sequence[str | None], fields_of: Callable[[int], Fields]
    ) -> Ranks:
        """Rank the items for queries given field by field (see :data:`Columns`), as rows of arrays.

        ``areas_of`` holds each query's ZI area; ``fields_of(i)`` gives query ``i``'s fields in
        order (asked only for a query whose texts name a code). One pass for the whole batch: the
        query vectors are built as one sparse matrix from each distinct text's (cached) term counts,
        scored against every item in one product, and the best items of every query taken with a
        few row-wise maxima (:meth:`_best`). No object is made per query: a candidate becomes a
        :class:`Candidate` only when somebody asks for it, and the per-query work in Python is a few
        list operations per field kind, not per field.
        """
        k = min(TOP_K, len(self.codes))
        n = len(areas_of)
        if not n:
            return Ranks(
                self,
                np.zeros((0, k), dtype=np.int64),
                np.zeros((0, k), dtype=np.int8),
                np.zeros((0, k)),
                np.zeros((0, k), dtype=bool),
                np.zeros(0, dtype=bool),
            )
        # Each distinct text is one row of term counts; a query is a weighted sum of its fields'
        # rows (one sparse product).
        distinct = dict.fromkeys(chain.from_iterable(texts for _, _, texts in columns))
        text_id: dict[str, int] = {t: i for i, t in enumerate(distinct)}
        ident = text_id.__getitem__
        w_rows: list[int] = []
        w_cols: list[int] = []
        w_vals: list[float] = []
        q_owner: list[int] = []  # per question-field: its query and its text
        q_text: list[int] = []
        for fname, rows, texts in columns:
            ids = list(map(ident, texts))
            w_rows += rows
            w_cols += ids
            w_vals += [QUERY_FIELDS.get(fname, 0.5)] * len(ids)
            if fname in _QUESTION_FIELDS:
                q_owner += rows
                q_text += ids
        arrays = list(map(self._arrays, text_id))
        v = len(self.vocab)
        m = len(arrays)
        sizes = [len(a[0]) for a in arrays]
        if sum(sizes):
            # rows already in order: built as CSR directly (the product sorts the query rows' terms)
            indptr = np.zeros(m + 1, dtype=np.int64)
            np.cumsum(sizes, out=indptr[1:])
            counts = sparse.csr_matrix(
                (np.concatenate([a[1] for a in arrays]), np.concatenate([a[0] for a in arrays]), indptr),
                shape=(m, v),
            )
            e = len(w_rows)
            mix = sparse.coo_matrix(
                (
                    np.fromiter(w_vals, dtype=float, count=e),
                    (
                        np.fromiter(w_rows, dtype=np.int64, count=e),
                        np.fromiter(w_cols, dtype=np.int64, count=e),
                    ),
                ),
                shape=(n, m),
            ).tocsr()
            q = (mix @ counts).tocsr()
            q.sum_duplicates()
            q.data = sublinear(q.data) * self.idf[q.indices]
            norms = np.sqrt(np.asarray(q.multiply(q).sum(axis=1)).ravel())
            norms[norms == 0] = 1.0
            q.data *= np.repeat(1.0 / norms, np.diff(q.indptr))  # each row by its norm, as diag(1/norms) @ q
            scores = q @ self._docs_t  # sparse rows by the dense item columns: a dense grid
        else:
            scores = np.zeros((n, len(self.codes)))
        index = self._area_index
        areas = np.array([index.get(a, -1) if a else -1 for a in areas_of])
        # the prior, in place on each area's block of the grid (its queries by its items): the whole
        # grid is large (a group's texts by every item), and most of it is unchanged
        by_area = np.argsort(areas, kind="stable")
        bounds = np.searchsorted(areas[by_area], np.arange(len(self._area_cols) + 1))
        for a, cols in enumerate(self._area_cols):
            members = by_area[bounds[a] : bounds[a + 1]]
            if len(members):
                block = np.ix_(members, cols)
                scores[block] *= AREA_PRIOR
        np.minimum(scores, 1.0, out=scores)
        question, asked = self._question_scores(n, list(text_id), arrays, q_owner, q_text)
        # one order for all: question matches first (ties broken by the lexical score), then the score;
        # the order's key is written into the grid at the question matches and undone afterwards
        lexical_there = scores[asked]
        scores[asked] = 2.0 + question[asked] + lexical_there * 1e-3
        top = self._best(scores, k)
        scores[asked] = lexical_there
        top_scores = np.round(np.take_along_axis(scores, top, axis=1), 4)
        top_question = np.round(np.take_along_axis(question, top, axis=1), 4)
        # a slot is a question match, else a lexical one, else empty; empty slots come last (key 0)
        tiers = np.where(top_question > 0, TIERS["question"], np.where(top_scores > 0, TIERS["lexical"], 0))
        values = np.where(top_question > 0, top_question, top_scores)
        items = np.where(tiers > 0, top, -1)
        coded = [t for t in text_id if "." in t and _CODE.search(t)]
        if coded:
            self._put_codes(fields_of, text_id, coded, w_rows, w_cols, items, tiers, values)
        own = (items >= 0) & (self._area_ids[np.maximum(items, 0)] == areas[:, None]) & (areas >= 0)[:, None]
        return Ranks(self, items, tiers.astype(np.int8), values, own, areas >= 0)

    @staticmethod
    def _best(key: np.ndarray, k: int) -> np.ndarray:
        """The columns of each row's ``k`` largest values of ``key`` (all ≥ 0), largest first; of equal
        values the leftmost first.

        ``k`` passes of a row-wise maximum, each best value set aside (to -1) and put back at the end:
        cheaper than a partial sort of every row (numpy sorts row by row) for the few slots kept.
        """
        n = len(key)
        rows = np.arange(n)
        top = np.empty((n, k), dtype=np.int64)
        kept = np.empty((n, k))
        for s in range(k):
            col = key.argmax(axis=1)
            top[:, s] = col
            kept[:, s] = key[rows, col]
            key[rows, col] = -1.0
        for s in range(k):
            key[rows, top[:, s]] = kept[:, s]
        return top

    def _put_codes(
        self,
        fields_of: Callable[[int], Fields],
        text_id: dict[str, int],
        coded: list[str],
        w_rows: list[int],
        w_cols: list[int],
        items: np.ndarray,
        tiers: np.ndarray,
        values: np.ndarray,
    ) -> None:
        """Put the codes a query's texts name first in its row (score 1), the ranked items after them."""
        has = np.zeros(len(text_id), dtype=bool)
        has[[text_id[t] for t in coded]] = True
        rows = sorted(set(np.asarray(w_rows)[has[np.asarray(w_cols)]].tolist()))
        k = items.shape[1]
        for i in rows:
            named: list[str] = []
            for _, text in fields_of(i):
                if "." in text:  # each code once, also when one text names it twice ("P.1.i.a … P.1.i.a")
                    named += [
                        c for c in dict.fromkeys(_CODE.findall(text)) if c in self.code_set and c not in named
                    ]
            if not named:
                continue
            slots = [(self._col[c], TIERS["code"], 1.0) for c in named]
            slots += [
                (j, t, sc)
                for j, t, sc in zip(items[i].tolist(), tiers[i].tolist(), values[i].tolist(), strict=True)
                if t > 0 and self.codes[j] not in named
            ]
            slots = slots[:k] + [(-1, 0, 0.0)] * max(0, k - len(slots))
            items[i], tiers[i], values[i] = zip(*slots, strict=True)

    def _question_scores(
        self,
        n: int,
        names: list[str],
        arrays: list[tuple[np.ndarray, np.ndarray, np.ndarray, int]],
        owners: list[int],
        texts_of: list[int],
    ) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
        """Per query and item, the best cover × precision of one of its texts against the item's question,
        and where that grid is not zero (query and item index arrays; a place may repeat).

        ``names``/``arrays`` are the distinct texts and their arrays; ``owners``/``texts_of`` pair each
        question-field with its query and its text. Each text's matches are worked out once
        (:meth:`_restated`, kept per text), then spread to its queries.
        """
        best = np.zeros((n, len(self.codes)))
        none = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        restates = self._restates
        used = list(dict.fromkeys(texts_of))
        todo = [t for t in used if names[t] not in restates]
        if todo:
            if len(restates) + len(todo) > TEXT_CACHE:
                restates.clear()
            restates.update(
                zip((names[t] for t in todo), self._restated([arrays[t] for t in todo]), strict=True)
            )
        # the question-fields whose text restates some question, and those matches
        found = list(map(restates.__getitem__, map(names.__getitem__, texts_of)))
        hits = [i for i, got in enumerate(found) if got is not None]
        if not hits:
            return best, none
        matched = [got for got in found if got is not None]
        items = np.concatenate([m[0] for m in matched])
        values = np.concatenate([m[1] for m in matched])
        owner = np.repeat(np.array(owners)[hits], [len(m[0]) for m in matched])
        # on the flat grid: numpy's fast path for ufunc.at is one-dimensional (~5x the speed)
        np.maximum.at(best.reshape(-1), owner * best.shape[1] + items, values)
        return best, (owner, items)

    def _restated(
        self, arrays: list[tuple[np.ndarray, np.ndarray, np.ndarray, int]]
    ) -> list[tuple[np.ndarray, np.ndarray] | None]:
        """Per text (its arrays, see :meth:`_arrays`): the items whose question it restates, with the
        match's cover × precision, or None when it restates none; all texts in one sparse product."""
        r = len(arrays)
        cols = [a[2] for a in arrays]
        sizes = [len(c) for c in cols]
        if not sum(sizes):
            return [None] * r
        texts = sparse.csr_matrix(
            (np.ones(sum(sizes)), (np.repeat(np.arange(r), sizes), np.concatenate(cols))),
            shape=(r, len(self.vocab)),
        )
        # Only the (text, item) pairs sharing a word can pass: work on the product's entries, not on
        # a dense texts × items grid. The idf weights are all ≥ 1, so both products have the same
        # entries in the same order (scipy drops only zero sums).
        over = (texts @ self.questions.T).tocsr()
        cov = (texts @ self.questions_idf.T).tocsr()
        if not (np.array_equal(over.indptr, cov.indptr) and np.array_equal(over.indices, cov.indices)):
            raise AssertionError("question products differ in shape")  # pragma: no cover
        lens = np.array([max(a[3], 1) for a in arrays], dtype=float)
        row_of = np.repeat(np.arange(r), np.diff(over.indptr))
        item = over.indices
        cover = cov.data / np.maximum(self.question_weight[item], 1e-9)
        precision = over.data / lens[row_of]
        ok = (cover >= QUESTION_COVER) & (precision >= QUESTION_PRECISION)
        ok &= self.question_len[item] >= QUESTION_MIN_WORDS
        for k in np.flatnonzero(ok & np.isin(item, list(self.narrower))):
            # the text holds all of a narrower question of the item's indicator and none of the item's
            # own words: it restates the narrower one (its words are the item's only as a part)
            row = int(row_of[k])
            held = texts.indices[texts.indptr[row] : texts.indptr[row + 1]]
            if self._holds_narrower(over, held, row, int(item[k])):
                ok[k] = False
        value = sparse.csr_matrix((np.where(ok, cover * precision, 0.0), item, over.indptr), shape=over.shape)
        value.eliminate_zeros()
        ptr = value.indptr.tolist()
        return [
            (value.indices[a:b].astype(np.int64), value.data[a:b]) if b > a else None
            for a, b in zip(ptr, ptr[1:], strict=False)
        ]

    def _holds_narrower(self, over: sparse.csr_matrix, words: np.ndarray, row: int, item: int) -> bool:
        """Whether text ``row`` (its vocabulary columns ``words``) holds every word of a narrower question
        of ``item``'s indicator and none of the words only ``item``'s question has ("Penerapan WBS":
        P.5.iv.a's whole, none of P.5.iv.b's "evaluasi"; "Menindaklanjuti evaluasi penerapan WBS" has
        P.5.iv.c's "tindak lanjut", so it stays c's)."""
        a, b = over.indptr[row], over.indptr[row + 1]
        shared = dict(zip(over.indices[a:b].tolist(), over.data[a:b].tolist(), strict=True))
        held = set(words.tolist())
        return any(
            shared.get(j, 0) >= self.question_len[j] and not extra & held for j, extra in self.narrower[item]
        )

    def candidates(
        self, query: Query, items: list[int], tiers: list[int], scores: list[float]
    ) -> list[Candidate]:
        """One :class:`Ranks` row as candidates (empty slots dropped); matched words come from ``query``."""
        return [
            self.candidate(query, j, t, sc) for j, t, sc in zip(items, tiers, scores, strict=True) if t > 0
        ]

    def candidate(self, query: Query, item: int, tier: int, score: float) -> Candidate:
        """The candidate in one slot of a :class:`Ranks` row (a code match shows its code, not words)."""
        if tier == TIERS["code"]:
            return Candidate(self.codes[item], HOWS[tier], score)
        return Candidate(self.codes[item], HOWS[tier], score, query, item)
