"""The value (0..1) of one item from the unit's answer: options, percentage formulas, surveys."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from zi_eval.models.rubric import Formula, Item
from zi_eval.models.unit import Answer, Hasil, Unit
from zi_eval.models.unit_checks import normalise_option


@dataclass(frozen=True)
class Valued:
    """An item's value, or ``None`` when unanswered, with the words that explain it."""

    value: float | None
    answer: str | None  # the answer as shown to a person ("B", "7/10", "3.40")
    why: str  # reason key detail


def ratio_parts(f: Formula, counts: dict[str, int]) -> tuple[int, int]:
    """A ratio's numerator and denominator as counted so far (a count not given counts 0)."""
    return sum(counts.get(k, 0) for k in f.numerator), sum(counts.get(k, 0) for k in f.denominator)


def _total(keys: tuple[str, ...], counts: Mapping[str, int]) -> int | None:
    """The sum of the counts ``keys`` name, or ``None`` when none of them is given.

    A part of a sum left blank counts 0, as the LKE workbook's SUM counts a blank detail row: the LHKPN
    total is "Kepala satuan kerja + Pejabat wajib + Lainnya", and a unit with no "Lainnya" leaves it
    empty (it left the item unanswered, scored 0). A loop: a generator per sum and per check made
    valuing counts the dearest part of compiling a unit.
    """
    total = 0
    given = False
    for k in keys:
        got = counts.get(k)
        if got is not None:
            total += got
            given = True
    return total if given else None


def counts_shown(f: Formula, counts: Mapping[str, int]) -> str:
    """Counts as a person reads them, in no language: ``16/20`` (of a ratio), ``5→3`` (a reduction).

    A count the formula needs but the answer lacks shows as ``?``; the report words it further
    (``zi_eval.report.answers``: "16 dari 20 agen perubahan (80 %)").
    """
    if f.kind == "reduction":
        prev, cur = counts.get(f.previous or ""), counts.get(f.current or "")
        return f"{'?' if prev is None else prev}→{'?' if cur is None else cur}"
    num, den = _total(f.numerator, counts), _total(f.denominator, counts)
    return f"{'?' if num is None else num}/{'?' if den is None else den}"


def ratio_value(f: Formula, counts: Mapping[str, int]) -> tuple[float | None, str]:
    """Apply a percentage formula to counts; ``None`` when a needed count is missing."""
    if f.kind == "reduction":
        prev, cur = counts.get(f.previous or ""), counts.get(f.current or "")
        if prev is None or cur is None:
            return None, "missing"
        if prev == 0 and cur == 0:
            return 1.0, "both_zero"
        if prev == 0:
            return f.zero_denominator, "zero_denominator"
        return min(1.0, max(0.0, (prev - cur) / prev)), "ratio"
    num, den = _total(f.numerator, counts), _total(f.denominator, counts)
    if num is None or den is None:
        return None, "missing"
    if den == 0:
        return f.zero_denominator, "zero_denominator"
    return min(1.0, num / den), "ratio"


def value_of(item: Item, answer: Answer | None) -> Valued:
    """Value a pengungkit item from its answer (options or counts)."""
    if answer is None:
        return Valued(None, None, "unanswered")
    if item.options is not None:
        if answer.answer is None:
            return Valued(None, None, "unanswered")
        label = normalise_option(answer.answer, item.options)
        if label is None:
            return Valued(None, answer.answer, "unanswered")
        return Valued(item.options[label], label, "option")
    if item.formula is not None:
        if not answer.counts:
            return Valued(None, None, "unanswered")
        v, why = ratio_value(item.formula, answer.counts)
        shown = counts_shown(item.formula, answer.counts)
        return Valued(v, shown, why)
    return Valued(None, None, "unanswered")


def value_of_hasil(item: Item, hasil: Hasil) -> Valued:
    """Value a hasil item: IPAK/IPKP index / max, capaian kinerja from its option map."""
    raw = getattr(hasil, item.hasil_field) if item.hasil_field else None
    if item.survey is not None:
        index = raw if isinstance(raw, int | float) else None
        if index is None:
            return Valued(None, None, "unanswered")
        span = item.survey.max - item.survey.min
        return Valued(max(0.0, min(1.0, (index - item.survey.min) / span)), f"{index:.2f}", "survey")
    if item.options is not None:
        if not isinstance(raw, str) or raw not in item.options:
            return Valued(None, None, "unanswered")
        return Valued(item.options[raw], raw, "option")
    return Valued(None, None, "unanswered")


def reads(item: Item) -> str:
    """Name what :func:`value_item` reads of a unit for ``item``: ``"hasil"`` (its hasil field),
    ``"option"`` (the answer's option), ``"counts"`` (the answer's counts) or ``""`` (nothing: it
    stays unanswered).

    Equal readings of one item give equal values, so a batch values each reading once
    (``scoring.batch``); keep this in step with the branches of :func:`value_item`.
    """
    if item.hasil_field:
        return "hasil"
    if item.options is not None:
        return "option"
    return "counts" if item.formula is not None else ""


def value_item(item: Item, code: str, unit: Unit) -> Valued:
    """Value item ``code`` of ``unit``: a hasil item from its survey results, any other from its answer.

    The one item valuation: compiling a unit (``scoring.batch``) and a scenario's patch both call it.
    """
    return value_of_hasil(item, unit.hasil) if item.hasil_field else value_of(item, unit.answers.get(code))
