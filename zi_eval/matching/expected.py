"""Tell whether the evidence a plan says an activity will produce ("SK Tim, daftar hadir") exists.

The plan's expected-evidence text is split into its parts (commas, semicolons, new lines, bullets);
a part is found when some evidence record's title and kind hold at least half of its words (as
matching terms: stems, abbreviations resolved, so "SK" meets "Surat Keputusan"), and always at
least one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zi_eval.matching.terms import Analyzer

_PARTS = re.compile(r"[,;\n•]+|\s+-\s+|^\s*-\s*|\s+dan\s+", re.IGNORECASE)


def expected_parts(expected: Iterable[str]) -> list[str]:
    """The separate documents named in a plan's expected-evidence texts, in order, without repeats."""
    out: list[str] = []
    for text in expected:
        for part in _PARTS.split(text):
            part = part.strip(" .:-")
            if part and part not in out:
                out.append(part)
    return out


def _words(analyzer: Analyzer, text: str) -> set[str]:
    return {t for t in analyzer.terms(text)[0] if "_" not in t}


def missing_parts(
    expected: Iterable[str], records: Iterable[tuple[str, str]], analyzer: Analyzer
) -> list[str]:
    """The expected documents no record ``(title, kind)`` matches (a part without words never misses)."""
    have = [_words(analyzer, f"{title} {kind}") for title, kind in records]
    out = []
    for part in expected_parts(expected):
        want = _words(analyzer, part)
        if not want:
            continue
        need = max(1, (len(want) + 1) // 2)
        if not any(len(want & h) >= need for h in have):
            out.append(part)
    return out
