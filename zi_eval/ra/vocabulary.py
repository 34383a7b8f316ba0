"""Load the header words of plan tables by column role (``vocabulary.yaml``, plus the user's own)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from zi_eval.errors import InputError, Problem, fail, show
from zi_eval.io.words import norm
from zi_eval.io.yamlsrc import load_yaml, parse_yaml_bytes

#: Column roles a plan table can have, in the order the column map is shown.
ROLES = (
    "no",
    "area",
    "kegiatan",
    "sub",
    "indicator",
    "output",
    "evidence",
    "schedule",
    "start",
    "end",
    "pic",
    "budget",
    "realisation",
    "code",
    "notes",
)


@dataclass(frozen=True)
class Vocabulary:
    """Normalised header phrases and the roles each may take, first choice first."""

    phrases: dict[str, tuple[str, ...]]

    def roles_of(self, phrase: str) -> tuple[str, ...]:
        """Roles of a normalised phrase (empty when it is not in the vocabulary)."""
        return self.phrases.get(phrase, ())

    def extended(self, other: Vocabulary) -> Vocabulary:
        """This vocabulary with ``other``'s phrases added (a phrase's new roles come after its old ones)."""
        merged = {k: list(v) for k, v in self.phrases.items()}
        for phrase, roles in other.phrases.items():
            have = merged.setdefault(phrase, [])
            have += [r for r in roles if r not in have]
        return Vocabulary({k: tuple(v) for k, v in merged.items()})


def phrase_key(text: str) -> str:
    """Normalise a header phrase; a bare ``%`` keeps its sign (it names the realisation column)."""
    return norm(text) or text.strip()


def _from_data(data: object, path: str, line_of: object) -> Vocabulary:
    def line(*loc: object) -> int | None:
        return line_of(loc) if callable(line_of) else None

    if not isinstance(data, dict):
        raise fail(path, line(), "vocabulary", "a mapping of role -> list of header words", show(data))
    problems: list[Problem] = []
    phrases: dict[str, list[str]] = {}
    for role, words in data.items():
        if role not in ROLES:
            problems.append(Problem(path, line(role), str(role), "one of " + ", ".join(ROLES), show(role)))
            continue
        if not isinstance(words, list) or not words:
            problems.append(Problem(path, line(role), role, "a non-empty list of header words", show(words)))
            continue
        for i, w in enumerate(words):
            key = phrase_key(w) if isinstance(w, str) else ""
            if not key:
                problems.append(Problem(path, line(role, i), f"{role}[{i}]", "a header word", show(w)))
                continue
            have = phrases.setdefault(key, [])
            if role not in have:
                have.append(role)
    if problems:
        raise InputError(problems)
    return Vocabulary({k: tuple(v) for k, v in phrases.items()})


@lru_cache(maxsize=1)
def builtin_vocabulary() -> Vocabulary:
    """The vocabulary shipped with the package."""
    raw = resources.files("zi_eval.ra").joinpath("vocabulary.yaml").read_bytes()
    data, lines = parse_yaml_bytes(raw, "vocabulary.yaml")
    return _from_data(data, "vocabulary.yaml", lines.line_of)


def load_vocabulary(path: str | Path | None = None) -> Vocabulary:
    """The built-in vocabulary, extended by the user's file when given (bad file: exit 3)."""
    base = builtin_vocabulary()
    if path is None:
        return base
    data, lines = load_yaml(path)
    return base.extended(_from_data(data, str(path), lines.line_of))
