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

A batch of activities is one sparse product (activities × terms) · (terms × items).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

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
#: Distinct texts whose terms are kept (per matcher).
TEXT_CACHE = 100_000
_CODE = re.compile(
    r"(?<![A-Za-z0-9.])([PRH]\.(?:[1-6]|I{1,3}|IV|V|VI)(?:\.[ivx]+)?(?:\.[a-z])?)(?![A-Za-z0-9])"
)

Fields = tuple[tuple[str, str], ...]  # (field name in QUERY_FIELDS, text)


@dataclass(frozen=True)
class Candidate:
    """One item proposed for an activity: how it was found, its score in [0, 1], the words that matched.

    The matched words are worked out only when asked (most candidates are never shown).
    """

    code: str
    how: str  # code | question | lexical
    score: float
    query: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
    shown: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    doc: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    @property
    def tier(self) -> int:
        """Trust order of ``how``: a code beats a question match beats a lexical score."""
        return {"code": 3, "question": 2}.get(self.how, 1)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The activity's words that weigh most in this match (at most four; the code for a code match)."""
        if self.how == "code":
            return (self.code,)
        ranked = sorted(((w * self.doc[t], t) for t, w in self.query.items() if t in self.doc), reverse=True)
        out: list[str] = []
        for _, term in ranked:
            word = self.shown.get(term, term)
            if not any(word in w or w in word for w in out):
                out.append(word)
            if len(out) == 4:
                break
        return tuple(out)


class Matcher:
    """A rubric's items as TF-IDF documents, ready to rank activities (built once per rubric)."""

    def __init__(self, rubric: Rubric, vocabulary: Vocabulary | None = None) -> None:
        vocabulary = vocabulary or shipped_vocabulary()
        self.codes = list(rubric.items)
        self.code_set = frozenset(self.codes)
        self.areas = np.array([f.area for f in rubric.items.values()])
        docs = [self._item_texts(rubric, c) for c in self.codes]
        known: dict[str, int] = {}
        probe = Analyzer(vocabulary, {}, mend=False)
        for texts in docs:
            for w in {w for _, t in texts for w in norm(t).split() + probe.words(t)}:
                known[w] = known.get(w, 0) + 1
        self.analyzer = Analyzer(vocabulary, known)
        self._texts: dict[str, tuple[list[str], dict[str, str]]] = {}
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
        self.term_of = list(self.vocab)
        self.docs = self._matrix(weighted)
        #: per item, term -> weight (to tell which words of an activity made a match)
        self.doc_terms = [{t: w * self.idf[self.vocab[t]] for t, w in tw.items()} for tw in weighted]
        # the question's words alone, for question-tier matches
        qsets = [
            {t for t in self.analyzer.terms(rubric.items[c].item.question)[0] if "_" not in t}
            for c in self.codes
        ]
        self.question_terms = qsets
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
        return {t: 1.0 + math.log(c) if c >= 1 else c for t, c in counts.items()}

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

    def rank(self, queries: Sequence[tuple[Fields, str | None]]) -> list[list[Candidate]]:
        """Rank the items for each ``(fields, zi_area)`` query, best first (at most :data:`TOP_K`)."""
        if not queries:
            return []
        analysed = [[(f, self.analyse(t)) for f, t in fields] for fields, _ in queries]
        weighted = []
        for parts in analysed:
            counts: dict[str, float] = {}
            for fname, (terms, _) in parts:
                w = QUERY_FIELDS.get(fname, 0.5)
                for t in terms:
                    counts[t] = counts.get(t, 0.0) + w
            weighted.append({t: 1.0 + math.log(c) if c >= 1 else c for t, c in counts.items()})
        q = self._matrix(weighted)
        scores = np.asarray((q @ self.docs.T).todense())
        areas = np.array([a or "" for _, a in queries])
        scores = np.minimum(scores * np.where(areas[:, None] == self.areas[None, :], AREA_PRIOR, 1.0), 1.0)
        question = self._question_scores(analysed)
        # one order for all: question matches first (ties broken by the lexical score), then the score
        key = np.where(question > 0, 2.0 + question + scores * 1e-3, scores)
        k = min(TOP_K, key.shape[1])
        top = np.argpartition(-key, k - 1, axis=1)[:, :k]
        top = np.take_along_axis(top, np.argsort(-np.take_along_axis(key, top, axis=1), axis=1), axis=1)
        out = []
        for i, (fields, _) in enumerate(queries):
            shown: dict[str, str] = {}
            for _, (_, sh) in analysed[i]:
                for a, b in sh.items():
                    shown.setdefault(a, b)
            out.append(self._candidates(fields, top[i], scores[i], question[i], weighted[i], shown))
        return out

    def _question_scores(
        self, analysed: list[list[tuple[str, tuple[list[str], dict[str, str]]]]]
    ) -> np.ndarray:
        """Per query and item, the best cover × precision of one text against the item's question."""
        rows, cols, owner, lens = [], [], [], []
        r = 0
        for qi, parts in enumerate(analysed):
            for fname, (terms, _) in parts:
                if fname not in ("kegiatan", "sub_kegiatan", "indikator"):
                    continue
                uni = {self.vocab[t] for t in terms if "_" not in t and t in self.vocab}
                n_words = len({t for t in terms if "_" not in t})
                if not uni:
                    continue
                rows += [r] * len(uni)
                cols += list(uni)
                owner.append(qi)
                lens.append(n_words)
                r += 1
        best = np.zeros((len(analysed), len(self.codes)))
        if not r:
            return best
        texts = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(r, len(self.vocab)))
        overlap = np.asarray((texts @ self.questions.T).todense())
        cover = np.asarray((texts @ self.questions_idf.T).todense()) / np.maximum(self.question_weight, 1e-9)
        precision = overlap / np.maximum(np.array(lens, dtype=float), 1.0)[:, None]
        ok = (cover >= QUESTION_COVER) & (precision >= QUESTION_PRECISION)
        ok &= self.question_len[None, :] >= QUESTION_MIN_WORDS
        value = np.where(ok, cover * precision, 0.0)
        np.maximum.at(best, np.array(owner), value)
        return best

    def _candidates(
        self,
        fields: Fields,
        top: np.ndarray,
        scores: np.ndarray,
        question: np.ndarray,
        q: dict[str, float],
        shown: dict[str, str],
    ) -> list[Candidate]:
        named: list[str] = []
        for _, text in fields:
            if "." in text:
                named += [c for c in _CODE.findall(text) if c in self.code_set and c not in named]
        found = [Candidate(c, "code", 1.0) for c in named]
        for j in top.tolist():
            code = self.codes[j]
            if code in named:
                continue
            if question[j] > 0:
                found.append(
                    Candidate(code, "question", round(float(question[j]), 4), q, shown, self.doc_terms[j])
                )
            elif scores[j] > 0:
                found.append(
                    Candidate(code, "lexical", round(float(scores[j]), 4), q, shown, self.doc_terms[j])
                )
        return found[:TOP_K]
