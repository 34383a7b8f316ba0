"""Batch scoring: item values of many units as arrays, aggregated column by column.

The single-unit engine aggregates through :func:`aggregate_arrays` too (with one row), so both
paths add the same numbers in the same order and give identical results. Indicator scores
are ``mean(item values) × weight``; areas, aspects, components and the total are sums.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np

from zi_eval.models.rubric import Item, Rubric
from zi_eval.models.unit import Unit
from zi_eval.scoring.linking import ItemLinks, Links
from zi_eval.scoring.values import Valued, reads, value_item, value_of

MODES = ("claimed", "evidenced", "projected")
PRIOR_RANK = {None: 0, "WBK": 1, "WBBM": 2}


@dataclass(frozen=True)
class RubricMatrix:
    """The rubric's structure as index lists, built once per rubric."""

    codes: tuple[str, ...]
    max_points: np.ndarray
    pengungkit: np.ndarray
    indicators: tuple[tuple[str, float, tuple[int, ...]], ...]  # code, weight, item columns
    area_aspects: tuple[tuple[str, str, str, tuple[int, ...]], ...]  # area, aspect, component, indicator idx
    components: tuple[tuple[str, tuple[int, ...]], ...]  # component id, area-aspect idx
    zi_areas: tuple[tuple[str, float, tuple[int, ...]], ...]  # area id, weight, area-aspect idx
    hasil_areas: tuple[tuple[str, tuple[int, ...]], ...]


def build_matrix(rubric: Rubric) -> RubricMatrix:
    """Index the rubric's hierarchy for column-wise aggregation."""
    codes = tuple(rubric.items)
    col = rubric.item_index()
    inds: list[tuple[str, float, tuple[int, ...]]] = []
    aas: list[tuple[str, str, str, tuple[int, ...]]] = []
    comps: list[tuple[str, tuple[int, ...]]] = []
    for comp in rubric.components:
        comp_aa = []
        for asp in comp.aspects:
            for area in asp.areas:
                ind_idx = []
                for ind in area.indicators:
                    ind_idx.append(len(inds))
                    inds.append((ind.code, ind.weight, tuple(col[it.code] for it in ind.items)))
                comp_aa.append(len(aas))
                aas.append((area.id, asp.id, comp.id, tuple(ind_idx)))
        comps.append((comp.id, tuple(comp_aa)))
    zi = tuple((a.id, a.weight, tuple(i for i, x in enumerate(aas) if x[0] == a.id)) for a in rubric.zi_areas)
    hasil_ids = list(dict.fromkeys(x[0] for x in aas if x[2] != "pengungkit"))
    hasil = tuple(
        (h, tuple(i for i, x in enumerate(aas) if x[0] == h and x[2] != "pengungkit")) for h in hasil_ids
    )
    maxp = np.array([rubric.items[c].max_points for c in codes])
    peng = np.array([rubric.items[c].component == "pengungkit" for c in codes])
    return RubricMatrix(codes, maxp, peng, tuple(inds), tuple(aas), tuple(comps), zi, hasil)


@dataclass(frozen=True)
class Aggregates:
    """Every aggregate for N units (arrays of length N)."""

    indicators: dict[str, np.ndarray]
    area_aspect: dict[tuple[str, str], np.ndarray]
    components: dict[str, np.ndarray]
    zi_area_scores: dict[str, np.ndarray]
    zi_area_percent: dict[str, np.ndarray]
    hasil_areas: dict[str, np.ndarray]
    total: np.ndarray


def _ordered_sum(parts: Any, n: int) -> np.ndarray:
    """Add the arrays left to right starting from zero, so one unit or many give identical floats.

    Not in place: ``acc += part`` was twice as slow on one row (a scenario re-score, one unit) and
    gained little on many.
    """
    acc = np.zeros(n)
    for part in parts:
        acc = acc + part
    return acc


def aggregate_arrays(values: np.ndarray, m: RubricMatrix) -> Aggregates:
    """Aggregate item values (N × items) in the rubric's order; identical for one row or many."""
    n = values.shape[0]
    ind_scores = []
    indicators = {}
    for code, weight, cols in m.indicators:
        score = _ordered_sum((values[:, c] for c in cols), n) / len(cols) * weight
        ind_scores.append(score)
        indicators[code] = score
    aa_scores = [_ordered_sum((ind_scores[i] for i in idx), n) for _, _, _, idx in m.area_aspects]
    area_aspect = {(area, aspect): aa_scores[k] for k, (area, aspect, _, _) in enumerate(m.area_aspects)}
    components = {comp: _ordered_sum((aa_scores[i] for i in idx), n) for comp, idx in m.components}
    total = _ordered_sum((components[comp] for comp, _ in m.components), n)
    zi_scores = {area: _ordered_sum((aa_scores[i] for i in idx), n) for area, _, idx in m.zi_areas}
    zi_pct = {area: 100.0 * zi_scores[area] / weight for area, weight, _ in m.zi_areas}
    hasil = {area: _ordered_sum((aa_scores[i] for i in idx), n) for area, idx in m.hasil_areas}
    return Aggregates(indicators, area_aspect, components, zi_scores, zi_pct, hasil, total)


def mode_rule(
    mode: str, answered: np.ndarray, evidenced: np.ndarray, planned: np.ndarray, pengungkit: np.ndarray
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The rule of ``mode``: which items keep their claimed value and, of the others, which the plan
    counts as met (``None``: every item, no item). The rest score 0.

    claimed keeps every answer; evidenced keeps answers with evidence; projected keeps answers and
    counts unanswered pengungkit items some activity maps to as met. The one statement of the modes:
    batch values (:func:`mode_values`) and the single-unit outcomes (``scoring.engine``) read it.
    """
    if mode == "claimed":
        return None, None
    if mode == "evidenced":
        return evidenced, None
    if mode == "projected":
        return answered, planned & pengungkit
    raise ValueError(f"mode must be one of {MODES}; got {mode!r}")


def mode_values(
    mode: str,
    claimed: np.ndarray,
    answered: np.ndarray,
    evidenced: np.ndarray,
    planned: np.ndarray,
    pengungkit: np.ndarray,
) -> np.ndarray:
    """Item values in ``mode`` (one unit or a matrix of units), by :func:`mode_rule`."""
    keep, plan = mode_rule(mode, answered, evidenced, planned, pengungkit)
    if keep is None:
        return claimed
    if plan is None:
        return np.where(keep, claimed, 0.0)
    by_plan = np.where(plan, 1.0, 0.0)
    # the mask is freed before the result is allocated: holding it made scoring 10,000 units
    # ~20% slower (measured; memory reuse by the allocator, as far as we can tell)
    del plan
    return np.where(keep, claimed, by_plan)


@dataclass(frozen=True)
class CompiledUnit:
    """A unit reduced to what batch scoring needs: claimed values, evidence and plan coverage per item."""

    claimed: np.ndarray  # value when answered, else 0
    answered: np.ndarray
    evidenced: np.ndarray  # has evidence
    planned: np.ndarray  # some activity maps to the item
    prior_rank: int
    shown: np.ndarray  # an answer is shown (even one that gives no value)

    def values(self, mode: str, pengungkit: np.ndarray) -> np.ndarray:
        """Item values in ``mode`` (the engine's rules, as arrays)."""
        return mode_values(mode, self.claimed, self.answered, self.evidenced, self.planned, pengungkit)


def item_columns(valued: Sequence[Valued]) -> tuple[list[float], list[bool], list[bool]]:
    """Items' claimed values (0 when unanswered), whether each is answered and whether an answer shows.

    The one reading of valued items into columns: compiling a unit and a scenario's patch use it.
    """
    claimed = [0.0 if v.value is None else v.value for v in valued]
    answered = [v.value is not None for v in valued]
    shown = [v.answer is not None for v in valued]
    return claimed, answered, shown


#: Readings of one item valued and kept (per rubric; a full memo takes no more).
VALUE_MEMO = 2048

#: A reading valued: the value and its columns (:func:`item_columns` of it alone).
Entry = tuple[Valued, float, bool, bool]
#: An item's readings valued so far.
Memo = dict[Any, Entry]


@dataclass(frozen=True)
class _Valuing:
    """The rubric's items as :func:`_rows` walks a unit: its answers by code, then the hasil items.

    ``blank`` is every item unanswered (hasil items are always valued anew).
    """

    by_code: dict[str, tuple[int, bool, Memo, Item]]  # answerable item -> column, reads counts?, memo, item
    hasil: tuple[tuple[int, str, str, Memo, Item], ...]  # column, code, the hasil field it reads, memo, item
    blank: tuple[Entry, ...]


def _valuing(rubric: Rubric) -> _Valuing:
    v: _Valuing = rubric.derived("valuing", _build_valuing)
    return v


def _build_valuing(rubric: Rubric) -> _Valuing:
    by_code: dict[str, tuple[int, bool, Memo, Item]] = {}
    hasil: list[tuple[int, str, str, Memo, Item]] = []
    blank: list[Entry] = []
    for col, (code, flat) in enumerate(rubric.items.items()):
        item = flat.item
        kind = reads(item)
        if kind == "hasil":
            hasil.append((col, code, item.hasil_field or "", {}, item))
        elif kind:
            by_code[code] = (col, kind == "counts", {}, item)
        blank.append(_entry(value_of(item, None)))
    return _Valuing(by_code, tuple(hasil), tuple(blank))


def _rows(
    units: Sequence[Unit], rubric: Rubric
) -> tuple[Sequence[Valued], Sequence[float], Sequence[bool], Sequence[bool]]:
    """Every rubric item of ``units`` valued (:func:`value_item`) with its columns (:func:`item_columns`),
    row after row in flat sequences.

    A value depends only on its item and what it reads of the unit (:func:`values.reads`): an
    option, counts or a hasil field. Each item's readings are valued once per rubric and shared:
    units answer with a handful of options ("A", "Ya", "b") and survey indices, and a batch scored
    again reads the same counts; valuing every formula and hasil item anew was half of compiling
    a unit. Plain lists are filled in Python and turned into arrays once: setting numpy elements
    one by one cost more than valuing the items.
    """
    v = _valuing(rubric)
    by_code, hasil_items, blank = v.by_code, v.hasil, v.blank
    rows: list[Entry] = []
    for unit in units:
        row = list(blank)
        for code, ans in unit.answers.items():
            found = by_code.get(code)
            if found is None:  # not an item, a hasil item or one no answer values: blank
                continue
            col, counts, memo, item = found
            key = tuple(ans.counts.items()) if counts else ans.answer
            got = memo.get(key)
            row[col] = got if got is not None else _remember(memo, key, value_item(item, code, unit))
        hasil = unit.hasil
        for col, code, name, memo, item in hasil_items:
            key = repr(getattr(hasil, name))  # not the float: -0.0 == 0.0, but it shows as "-0.00"
            got = memo.get(key)
            row[col] = got if got is not None else _remember(memo, key, value_item(item, code, unit))
        rows += row
    if not rows:
        return (), (), (), ()
    valued, claimed, answered, shown = zip(*rows, strict=True)  # one entry per item -> four columns
    return valued, claimed, answered, shown


def _entry(valued: Valued) -> Entry:
    (claimed,), (answered,), (shown,) = item_columns([valued])
    return valued, claimed, answered, shown


def _remember(memo: Memo, key: Any, valued: Valued) -> Entry:
    got = _entry(valued)
    # a full memo keeps what it has: cleared instead, it missed on every reading of a batch with
    # more readings than it holds, each time the batch was scored
    if len(memo) < VALUE_MEMO:
        memo[key] = got
    return got


def value_items(unit: Unit, rubric: Rubric) -> list[Valued]:
    """Every rubric item of ``unit`` valued (:func:`value_item`), in the rubric's order."""
    return list(_rows([unit], rubric)[0])


def compile_unit(
    unit: Unit, rubric: Rubric, links: Links, valued: list[Valued] | None = None
) -> CompiledUnit:
    """Reduce ``unit`` to its item columns; ``valued`` are its items valued already (:func:`value_items`)."""
    one = compile_units([unit], rubric, [links], valued)
    return CompiledUnit(
        one.claimed[0],
        one.answered[0],
        one.evidenced[0],
        one.planned[0],
        int(one.prior_rank[0]),
        one.shown[0],
    )


def compile_units(
    units: Sequence[Unit],
    rubric: Rubric,
    links: Sequence[Links | ItemLinks],
    valued: Sequence[Valued] | None = None,
) -> StackedUnits:
    """Reduce a group of units to matrix rows at once; ``valued`` are their items valued already, row
    after row (:func:`value_items`).

    One array per column for the whole group: six small arrays per unit, stacked afterwards, cost
    as much as valuing the items.
    """
    n, k = len(units), len(rubric.items)
    if valued is None:
        _, claimed, answered, shown = _rows(units, rubric)
    else:
        claimed, answered, shown = item_columns(valued)
    infos = [u.unit for u in units]
    return StackedUnits(
        tuple(i.id for i in infos),
        tuple(i.name for i in infos),
        tuple(i.year for i in infos),
        np.array(claimed, dtype=float).reshape(n, k),
        np.array(answered, dtype=bool).reshape(n, k),
        _marked(rubric, [x.evidenced() for x in links]),
        _marked(rubric, [x.planned() for x in links]),
        np.array([PRIOR_RANK.get(i.prior_predicate, 0) for i in infos], dtype=int),
        np.array(shown, dtype=bool).reshape(n, k),
    )


def _marked(rubric: Rubric, codes: Sequence[Iterable[str]]) -> np.ndarray:
    """A row over the rubric's items per collection of ``codes``, true at its codes (codes the rubric
    lacks are left out)."""
    col = rubric.item_index()
    k = len(col)
    rows: list[int] = []
    cols: list[int] = []
    for row, cs in enumerate(codes):
        cols += map(col.get, cs, repeat(k))  # a code the rubric lacks marks column k, dropped below
        rows += repeat(row, len(cols) - len(rows))
    marks = np.zeros((len(codes), k + 1), dtype=bool)
    marks[rows, cols] = True
    return np.ascontiguousarray(marks[:, :k])


@dataclass(frozen=True)
class StackedUnits:
    """Many compiled units as matrices (units × items), plus what names each row."""

    ids: tuple[str, ...]
    names: tuple[str, ...]
    years: tuple[int, ...]
    claimed: np.ndarray
    answered: np.ndarray
    evidenced: np.ndarray
    planned: np.ndarray
    prior_rank: np.ndarray
    shown: np.ndarray
    flag_fixed: np.ndarray | None = None  # units × severities, when every unit has a flag profile
    flag_from_month: np.ndarray | None = None  # units × severities × 13

    def __len__(self) -> int:
        return len(self.ids)

    def values(self, mode: str, pengungkit: np.ndarray) -> np.ndarray:
        """Item values of every unit in ``mode`` (the engine's rules, on whole matrices)."""
        return mode_values(mode, self.claimed, self.answered, self.evidenced, self.planned, pengungkit)


def concat(parts: list[StackedUnits]) -> StackedUnits:
    """One stack from several (rows in order)."""
    return StackedUnits(
        tuple(x for p in parts for x in p.ids),
        tuple(x for p in parts for x in p.names),
        tuple(x for p in parts for x in p.years),
        np.concatenate([p.claimed for p in parts]),
        np.concatenate([p.answered for p in parts]),
        np.concatenate([p.evidenced for p in parts]),
        np.concatenate([p.planned for p in parts]),
        np.concatenate([p.prior_rank for p in parts]),
        np.concatenate([p.shown for p in parts]),
        *_joined([p.flag_fixed for p in parts], [p.flag_from_month for p in parts]),
    )


def _joined(fixed: list[Any], from_month: list[Any]) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Flag profiles stacked, or ``None`` when any part lacks them."""
    if not fixed or any(f is None for f in fixed):
        return None, None
    return np.concatenate(fixed), np.concatenate(from_month)
