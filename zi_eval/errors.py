"""Problems found in user input, and the error hierarchy mapped to exit codes.

Every problem reads ``path:line: field: must be X; got Y`` (in Indonesian, ``harus X; didapat Y``:
:meth:`Problem.text`). Problems are gathered, not raised one by one, so a user sees everything
wrong with a file in one run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from zi_eval.io.location import Location
from zi_eval.io.words import printable
from zi_eval.problem_words import localise

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INVALID = 3
EXIT_INTERNAL = 4


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one input file, pointing at its line and field."""

    path: str
    line: int | None
    field: str
    must: str
    got: str

    def __str__(self) -> str:
        return self.text("en")

    def text(self, lang: str) -> str:
        """The problem in ``lang``; English (the form code writes) when its ``must`` phrase has no
        translation yet, so a line is never half in one language."""
        where = str(Location(self.path, self.line))
        tail = localise(self.must, self.got, lang) or localise(self.must, self.got, "en")
        # one line per problem, whatever a key or value holds: a newline in a YAML key must not
        # start a second, forged "path:line:" line
        return _one_line(f"{where}: {_one_line(self.field)}: {tail}")


def _one_line(text: str) -> str:
    """``text`` with line breaks and other control characters shown as escapes."""
    return printable(text)


def show(value: object, limit: int = 60) -> str:
    """Render a user value for a message: repr-like, shortened."""
    if value is None:
        return "nothing"
    try:
        text = repr(value) if isinstance(value, str) else str(value)
    except (RecursionError, ValueError):  # a list nested 990 deep; an int of 5,000 digits
        return "a value too deep or too long to show"
    if isinstance(value, bool):
        text = str(value).lower()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


class ZiError(Exception):
    """Base class of every error zi-eval reports to a user."""

    exit_code = EXIT_INTERNAL


class UsageError(ZiError):
    """The command line itself is wrong."""

    exit_code = EXIT_USAGE


class InputError(ZiError):
    """One or more input files are invalid; carries every problem found."""

    exit_code = EXIT_INVALID

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(set(problems), key=lambda p: (p.path, p.line or 0, p.field, p.must))
        super().__init__("\n".join(str(p) for p in self.problems))


class NoLkeItems(InputError):
    """A workbook whose header looks like an LKE's but none of whose rows is an LKE item: refused as an
    LKE, it may still be a plan (a "Bobot" column and a "Penanggung Jawab" one read as Bobot and Jawaban).
    The caller tries it as a plan and raises this only when that reads nothing either."""


def fail(path: str, line: int | None, field: str, must: str, got: str) -> InputError:
    """Build an InputError holding a single problem; ``got`` describes what was found (quote user
    values with :func:`show`)."""
    return InputError([Problem(path, line, field, must, got)])
