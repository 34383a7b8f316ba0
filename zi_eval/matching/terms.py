"""Turn text into matching terms: normalised words, the units' abbreviations resolved, typos mended, stems.

One :class:`Analyzer` serves both sides (the rubric's items and the plans' activities), so whatever
it does to a word it does everywhere. Terms are stems ("susun") and pairs of neighbouring stems
("susun_sop"), which tell "survei kepuasan" from "kepuasan" alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

import yaml

from zi_eval.io.words import norm
from zi_eval.matching.stem import Stemmer

#: Words shorter than this are never mended as typos (too many near neighbours).
TYPO_MIN = 5
#: Distinct words whose analysis is kept (the caches stay bounded whatever a plan holds).
WORD_CACHE = 200_000
#: Words longer than this are no words a rubric uses: never mended nor stemmed (and cost nothing).
WORD_MAX = 40


@dataclass(frozen=True)
class Vocabulary:
    """The abbreviations, spellings, stop words and roots of ``vocabulary.yaml``."""

    phrases: dict[tuple[str, ...], tuple[str, ...]]  # phrase (as words) -> replacement words
    stop: frozenset[str]
    roots: frozenset[str]

    @cached_property
    def by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Phrases by their first word, longest first (the longest phrase at a place wins)."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for p in self.phrases:
            out.setdefault(p[0], []).append(p)
        return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def read_vocabulary(data: dict[str, Any]) -> Vocabulary:
    """Build a :class:`Vocabulary` from the YAML shape of ``vocabulary.yaml``."""
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for short, longs in (data.get("acronyms") or {}).items():
        for long in longs:
            phrases[tuple(norm(long).split())] = (norm(short),)
    for short, long in (data.get("expand") or {}).items():
        phrases[tuple(norm(short).split())] = tuple(norm(long).split())
    for word, variants in (data.get("same") or {}).items():
        for v in variants:
            phrases[tuple(norm(v).split())] = tuple(norm(word).split())
    for phrase in data.get("words") or ():
        words = tuple(norm(phrase).split())
        phrases[words] = ("".join(words),)
    phrases = {k: v for k, v in phrases.items() if k and k != v}
    stop = frozenset(norm(str(w)) for w in data.get("stop") or ())
    roots = frozenset(norm(str(w)) for w in data.get("roots") or ())
    return Vocabulary(phrases, stop, roots)


def shipped_vocabulary() -> Vocabulary:
    """The vocabulary shipped with zi-eval (``zi_eval/matching/vocabulary.yaml``)."""
    text = resources.files("zi_eval.matching").joinpath("vocabulary.yaml").read_text(encoding="utf-8")
    return read_vocabulary(yaml.safe_load(text))


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (a swap of two neighbours counts one), for short words."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


class Analyzer:
    """Text → terms, with the caches a batch of plans needs (every distinct word is analysed once)."""

    def __init__(self, vocabulary: Vocabulary, known_words: dict[str, int], mend: bool = True) -> None:
        """``known_words``: the words of the rubric's text with how many items use them (for typos).

        The vocabulary's own words and roots are known too (a typo is mended to them, never away);
        ``mend=False`` reads words as written (for the rubric's own text).
        """
        self.vocab = vocabulary
        self.mends = mend
        known_words = dict(known_words)
        for phrase, repl in vocabulary.phrases.items():
            for w in (*phrase, *repl):
                known_words.setdefault(w, 0)
        for w in vocabulary.roots:
            known_words.setdefault(w, 0)
        self.stem = Stemmer(vocabulary.roots)
        self.known = known_words
        self._near: dict[str, list[str]] = {}
        for w in known_words:
            if len(w) >= TYPO_MIN - 1:
                for key in _deletes(w) | {w}:
                    self._near.setdefault(key, []).append(w)
        self._word_cache: dict[str, str | None] = {}
        self._mended: dict[str, str] = {}
        #: the stems of the rubric's words: a word whose stem is one of them is no typo ("menetapkan")
        self.known_stems = frozenset(self.stem(w) for w in known_words)

    def words(self, text: str) -> list[str]:
        """The normalised words of ``text`` with abbreviations and spellings resolved (phrases first).

        Two passes, so a phrase written with a variant meets its acronym ("survey kepuasan
        masyarakat": survey → survei, then survei kepuasan masyarakat → skm).
        """
        return self._replace(self._replace([self.mend(w) for w in self._rejoin(norm(text).split())]))

    def _rejoin(self, words: list[str]) -> list[str]:
        """Join a word a narrow table cell wrapped in the middle ("penyelengga raan" → "penyelenggaraan").

        Two neighbours are joined only when neither is a word the matcher knows and together they are
        one: a real pair of words is left alone.
        """
        if not self.mends or len(words) < 2:
            return words
        out: list[str] = []
        i = 0
        while i < len(words):
            a = words[i]
            if i + 1 < len(words):
                b = words[i + 1]
                if (
                    a.isalpha()
                    and b.isalpha()
                    and not self._knows(a)
                    and not self._knows(b)
                    and self._knows(a + b)
                ):
                    out.append(a + b)
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def _knows(self, word: str) -> bool:
        """Tell whether ``word`` is a word of the rubric or the vocabulary, as written or by its stem."""
        return word in self.known or (len(word) >= TYPO_MIN and self.stem(word) in self.known_stems)

    def _replace(self, src: list[str]) -> list[str]:
        out: list[str] = []
        i, n = 0, len(src)
        by_first = self.vocab.by_first
        while i < n:
            for phrase in by_first.get(src[i], ()):
                if tuple(src[i : i + len(phrase)]) == phrase:
                    out.extend(self.vocab.phrases[phrase])
                    i += len(phrase)
                    break
            else:
                out.append(src[i])
                i += 1
        return out

    def mend(self, word: str) -> str:
        """The known word ``word`` is a typo of (one edit, two for long words), or ``word`` itself (cached)."""
        got = self._mended.get(word)
        if got is None:
            if len(self._mended) > WORD_CACHE:
                self._mended.clear()
            got = self._mended[word] = self._mend(word)
        return got

    def _mend(self, word: str) -> str:
        if (
            not self.mends
            or len(word) < TYPO_MIN
            or len(word) > WORD_MAX
            or word in self.known
            or not word.isalpha()
        ):
            return word
        if self.stem(word) in self.known_stems:
            return word
        found: set[str] = set()
        for key in _deletes(word) | {word}:
            found.update(self._near.get(key, ()))
        limit = 1 if len(word) < 10 else 2
        scored = sorted((_distance(word, w), -self.known[w], w) for w in found)
        best = [s for s in scored if s[0] <= limit]
        return best[0][2] if best else word

    def term(self, word: str) -> str | None:
        """The stem a word counts as, or ``None`` for a stop word or a bare number (cached)."""
        if word in self._word_cache:
            return self._word_cache[word]
        out: str | None
        if word in self.vocab.stop or word.isdigit() or len(word) < 2:
            out = None
        elif len(word) > WORD_MAX:
            out = word
        else:
            stem = self.stem(word)
            out = None if stem in self.vocab.stop else stem
        if len(self._word_cache) > WORD_CACHE:
            self._word_cache.clear()
        self._word_cache[word] = out
        return out

    def terms(self, text: str) -> tuple[list[str], dict[str, str]]:
        """The terms of ``text`` (stems, then neighbour pairs) and, per term, the words it came from."""
        stems: list[str] = []
        shown: dict[str, str] = {}
        for w in self.words(text):
            t = self.term(w)
            if t is None:
                continue
            stems.append(t)
            shown.setdefault(t, w)
        pairs = []
        for a, b in zip(stems, stems[1:], strict=False):
            if a != b:
                pair = f"{a}_{b}"
                pairs.append(pair)
                shown.setdefault(pair, f"{shown[a]} {shown[b]}")
        return stems + pairs, shown
