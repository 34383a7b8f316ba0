"""Declare a flag code: its severity, words, why it matters, how to fix it, and the rule that raises it.

A declaration is the whole of a flag, as an OpenSSF Scorecard probe is (docs/architecture.md,
"Adding a flag"): the code a user sees, its severity, its message, its motivation and remediation
in Indonesian and English, and either the rule (a function of one :class:`~zi_eval.flags.subject.Subject`
that yields :class:`Hit` records) or, for importer and scanner findings, the module that raises it.
The fixture that triggers it is ``tests/data/flags/<CODE>.<ext>``; ``tests/flags/test_declared.py``
requires it for every rule and runs it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from zi_eval.flags.subject import Subject

SEVERITIES = ("error", "warning", "info")

#: When a rule can be decided, which is what lets the batch path count flags without a full evaluation:
#: ``plan``: from the plan alone; ``due``: the plan, then trimmed to the months due by the as-of month;
#: ``mode``: from the scored items (one mode); ``run``: from the options of the run (the as-of month);
#: ``finding``: raised by an importer or the evidence scanner, carried into the flags as it came.
STAGES = ("plan", "due", "mode", "run", "finding")


class Words(NamedTuple):
    """One text in Indonesian and English; a :class:`Words` given as a message argument is rendered too."""

    id: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` (Indonesian unless ``en``)."""
        return self.en if lang == "en" else self.id


@dataclass(slots=True)  # not frozen: a frozen dataclass is slow to build, and rules make many hits
class Hit:
    """What a rule found: where the flag points, and the arguments of its message.

    For a ``due`` rule, ``months`` are every month concerned, due or not; the evaluation keeps the
    hit only if one of them is due (or ``always``), and shows only the due ones.
    """

    area: str | None = None
    activity: str | None = None
    substep: str | None = None
    months: tuple[int, ...] = ()
    item: str | None = None
    source: str | None = None
    suggestions: tuple[str, ...] = ()
    severity: str | None = None  # overrides the declared severity (an answer worth nothing: info)
    always: bool = False  # a due rule's hit that stands whatever the as-of month
    #: the message's arguments; a value may be a function of no arguments giving it, called only when
    #: the flag is shown (a batch's flag profile counts hits and never words them)
    args: dict[str, Any] = field(default_factory=dict)


Rule = Callable[["Subject"], Iterable[Hit]]


@dataclass(frozen=True)
class Declaration:
    """One flag code, whole: see the module docstring."""

    code: str
    severity: str
    message: Words
    motivation: Words
    remediation: Words
    stage: str
    rule: Rule | None = None
    raised_by: str = ""  # a finding's module (``zi_eval/ra/parse.py``): where to look for its rule
    #: a rule about what the plan lacks: a unit with no plan at all (an LKE workbook alone) gets the
    #: one PLAN_EMPTY flag instead of every such rule saying it again in its own way
    of_a_plan: bool = False

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES or self.stage not in STAGES:
            raise ValueError(f"{self.code}: severity {self.severity!r} or stage {self.stage!r} unknown")
        if (self.rule is None) != (self.stage == "finding"):
            raise ValueError(f"{self.code}: a rule is declared with its function; a finding names raised_by")

    def hits(self, subject: Subject) -> Iterable[Hit]:
        """Run the rule on ``subject`` (a finding has none: its reader raises it)."""
        if self.rule is None:
            raise TypeError(f"{self.code} is raised by {self.raised_by}, not by a rule")
        if self.of_a_plan and not subject.unit.activities:
            return ()
        return self.rule(subject)


def flag(
    code: str,
    severity: str,
    stage: str,
    message: tuple[str, str],
    motivation: tuple[str, str],
    remediation: tuple[str, str],
    of_a_plan: bool = False,
) -> Callable[[Rule], Declaration]:
    """Declare the decorated function as the rule of flag ``code`` (texts as (Indonesian, English));
    ``of_a_plan``: the rule says what a plan lacks, and is silent when there is no plan at all."""

    def wrap(rule: Rule) -> Declaration:
        return Declaration(
            code,
            severity,
            Words(*message),
            Words(*motivation),
            Words(*remediation),
            stage,
            rule=rule,
            of_a_plan=of_a_plan,
        )

    return wrap
