"""A light Indonesian stemmer: the affixes plans and the LKE use, stripped the same way on both sides.

No maintained Indonesian stemmer is on the package index (PySastrawi's last release is from 2019 and
needs its own dictionary), and matching needs consistency more than true roots: "penyusunan",
"menyusun", "disusun" and "tersusunnya" must all become one term. So the rules are the usual ones
(Nazief–Adriani, without the full dictionary):

1. particles and possessives: ``-lah -kah -pun -nya -ku -mu``;
2. up to two prefixes: ``di- ke- se- ter- ber- be- per- pe- me-`` and the nasal forms ``mem- men-
   meng- meny- pem- pen- peng- peny-``, where a nasal before a vowel stands for a dropped consonant
   (``menyusun`` → s-usun, ``pemantauan`` → p-antau, ``pengelolaan`` → k-elola); when a rule has two
   readings (``pemanfaatan``: p-anfaat or m-anfaat; ``perencanaan``: per-encana or pe-rencana) the
   one in :data:`roots` wins;
3. the derivational suffix ``-kan`` or ``-an``, and ``-i`` only after a prefix ("menangani",
   never "informasi"), when at least four letters remain.

A word of four letters or fewer, or one in ``roots``, is kept as it is.
"""

from __future__ import annotations

_PARTICLES = ("lah", "kah", "pun", "nya", "ku", "mu")
_VOWELS = frozenset("aeiou")


class Stemmer:
    """Stem words with the rules above; ``roots`` settles the ambiguous readings."""

    def __init__(self, roots: frozenset[str]) -> None:
        self.roots = roots
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        """Return the stem of one lower-case word (cached: plans repeat their words)."""
        got = self._cache.get(word)
        if got is None:
            got = self._cache[word] = self._stem(word)
        return got

    def _known(self, form: str) -> bool:
        """Tell whether ``form`` (or ``form`` without its suffix) is a known root."""
        return form in self.roots or any(
            form.endswith(suf) and form[: -len(suf)] in self.roots for suf in ("kan", "an", "i")
        )

    def _stem(self, word: str) -> str:
        if len(word) <= 4 or word in self.roots or not word.isalpha():
            return word
        w = word
        for p in _PARTICLES:
            if w.endswith(p) and len(w) - len(p) >= 4:
                w = w[: -len(p)]
                break
        if w in self.roots:
            return w
        prefixed = False
        for _ in range(2):
            nxt = self._unprefix(w)
            if nxt is None or nxt == w:
                break
            w, prefixed = nxt, True
            if w in self.roots:  # "menilai" is nilai, not nila-i
                return w
            if self._known(w):  # "berikan" is beri-kan, not ber-ikan
                break
        return self._unsuffix(w, prefixed)

    def _unsuffix(self, w: str, prefixed: bool) -> str:
        """Strip ``-kan``, ``-an`` or (after a prefix) ``-i``; a reading that leaves a root wins."""
        options = [w[: -len(suf)] for suf in ("kan", "an") if w.endswith(suf)]
        if prefixed and w.endswith("i"):
            options.append(w[:-1])
        known = next((o for o in options if o in self.roots), None)
        if known is not None:
            return known
        return next((o for o in options if len(o) >= 4), w)

    def _choose(self, candidates: list[str]) -> str | None:
        """The first candidate that is a known root, else the first one (the default reading)."""
        good = [c for c in candidates if len(c) >= 4]
        if not good:
            return None
        return next((c for c in good if self._known(c)), good[0])

    def _unprefix(self, w: str) -> str | None:
        """Strip one prefix (with its nasal change), or return ``None`` when there is none."""
        for head in ("meny", "peny"):
            if w.startswith(head) and len(w) > 5 and w[4] in _VOWELS:
                return self._choose(["s" + w[4:], w[4:]])
        for head in ("meng", "peng"):
            if w.startswith(head) and len(w) > 5:
                rest = w[4:]
                if rest[0] in _VOWELS:
                    return self._choose([rest, "k" + rest])
                return self._choose([rest])
        for head in ("mem", "pem"):
            if w.startswith(head) and len(w) > 5:
                rest = w[3:]
                if rest[0] in _VOWELS:
                    return self._choose(["p" + rest, "m" + rest])
                if rest[0] in "bpf":
                    return self._choose([rest])
        for head in ("men", "pen"):
            if w.startswith(head) and len(w) > 5:
                rest = w[3:]
                if rest[0] in _VOWELS:
                    return self._choose(["t" + rest, "n" + rest, rest])
                if rest[0] in "dcjtsz":
                    return self._choose([rest])
        for head in ("ber", "per", "ter"):
            if w.startswith(head) and len(w) > 5:
                # ber-/per-/ter- before a root that itself starts with r ("perencanaan": pe-rencana)
                return self._choose([w[3:], w[2:]] if head != "ter" else [w[3:]])
        if w.startswith(("me", "pe", "be")) and len(w) > 5 and w[2] in "lrwymn":
            return self._choose([w[2:]])
        if w.startswith(("di", "ke", "se")) and len(w) > 5:
            return self._choose([w[2:]])
        return None
