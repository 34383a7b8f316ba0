"""Tell a piece of data dukung's kind (SK, notulen, daftar hadir, …) from the words of its file name.

The vocabulary is data: ``zi_eval/evidence/kinds.yaml`` (its header says how a name is read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from zi_eval.io.words import norm

#: The kind of a file whose name says nothing of its kind.
DEFAULT_KIND = "dokumen"


@dataclass(frozen=True)
class Kinds:
    """The kind vocabulary: one pattern over every word (longest first) and extensions by kind."""

    pattern: re.Pattern[str]
    kind_of_word: dict[str, str]
    kind_of_extension: dict[str, str]

    def kind(self, name: str, extension: str = "") -> str:
        """Return the kind named first in ``name``, else the kind of ``extension``, else ``dokumen``."""
        found = self.pattern.search(f" {norm(name)} ")
        if found:
            return self.kind_of_word[found.group(1)]
        return self.kind_of_extension.get(extension.lower().lstrip("."), DEFAULT_KIND)


def read_kinds(data: dict[str, object]) -> Kinds:
    """Build the vocabulary from the parsed YAML (``{"kinds": {id: {"words": [...], "extensions": [...]}}}``)."""
    words: dict[str, str] = {}
    extensions: dict[str, str] = {}
    raw = data.get("kinds")
    if not isinstance(raw, dict):
        raise ValueError("kinds.yaml: 'kinds' must be a mapping of kind id to words")
    for kind, spec in raw.items():
        spec = spec or {}
        for w in spec.get("words") or ():
            words.setdefault(norm(str(w)), str(kind))  # the first kind to claim a word keeps it
        for e in spec.get("extensions") or ():
            extensions.setdefault(str(e).lower().lstrip("."), str(kind))
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)
    # whole words only; the leftmost match wins, and at one position the longest phrase does
    pattern = re.compile(rf"(?<= )({alternatives})(?= )")
    return Kinds(pattern, words, extensions)


@lru_cache(maxsize=1)
def shipped_kinds() -> Kinds:
    """The kind vocabulary shipped with zi-eval (``zi_eval/evidence/kinds.yaml``)."""
    text = resources.files("zi_eval.evidence").joinpath("kinds.yaml").read_text(encoding="utf-8")
    return read_kinds(yaml.safe_load(text))


def kind_of(name: str, extension: str = "") -> str:
    """Return the kind of a file called ``name`` (without its extension) with ``extension``."""
    return shipped_kinds().kind(name, extension)
