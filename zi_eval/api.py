"""The public Python API: load, evaluate one unit or many, compare, with results as DataFrames.

>>> import zi_eval as zi
>>> ev = zi.evaluate(zi.load_unit("plans/kpp-pratama-contoh-2025.yaml"))
>>> ev.total, ev.readiness["WBK"].eligible
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from zi_eval.flags import Flag, derive_flags
from zi_eval.models.loading import load_rubric as _load_rubric
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit
from zi_eval.report import frames
from zi_eval.report.json_report import evaluation_to_dict, to_json
from zi_eval.scoring import engine
from zi_eval.scoring.results import Readiness
from zi_eval.sources import load_input


def load_rubric(ref: str | Path | None = None) -> Rubric:
    """Load a rubric by shipped id or path (default: PermenPAN-RB 90/2021)."""
    return _load_rubric(ref)


def load_unit(source: str | Path, rubric: Rubric | None = None) -> Unit:
    """Load a unit from a unit YAML, an RA document (imported on the fly) or an LKE workbook."""
    return load_input(source, rubric or load_rubric()).unit


def _as_of(value: str | tuple[int, int] | None) -> tuple[int, int] | None:
    if value is None or isinstance(value, tuple):
        return value
    year, month = value.split("-")
    return int(year), int(month)


@dataclass(frozen=True)
class Evaluation:
    """One unit's evaluation: numbers, readiness, flags, and DataFrames for notebooks."""

    core: engine.Evaluation
    flag_list: tuple[Flag, ...] = field(default_factory=tuple)

    @property
    def unit(self) -> Unit:
        return self.core.unit

    @property
    def mode(self) -> str:
        return self.core.mode

    @property
    def total(self) -> float:
        """The total score in this evaluation's mode."""
        return self.core.total

    @property
    def totals_by_mode(self) -> dict[str, float]:
        return dict(self.core.totals_by_mode)

    @property
    def readiness(self) -> dict[str, Readiness]:
        """WBK and WBBM readiness (``eligible``, ``binding``, ``criteria``)."""
        return dict(self.core.readiness)

    @cached_property
    def items(self) -> pd.DataFrame:
        return frames.items_frame(self.core)

    @cached_property
    def areas(self) -> pd.DataFrame:
        return frames.areas_frame(self.core)

    @cached_property
    def criteria(self) -> pd.DataFrame:
        return frames.criteria_frame(self.core)

    @cached_property
    def flags(self) -> pd.DataFrame:
        return frames.flags_frame(list(self.flag_list))

    @cached_property
    def totals(self) -> pd.DataFrame:
        """The total of each mode with the WBK/WBBM total thresholds."""
        return frames.totals_frame(self.core)

    @cached_property
    def coverage(self) -> pd.DataFrame:
        """Per area: activities and answered items, and how many have evidence."""
        return frames.coverage_frame(self.core)

    def calendar(self, by: str = "area") -> pd.DataFrame:
        """Plan calendar (areas or activities × months 1–12) with gap and evidence states."""
        return frames.calendar_frame(self.core, list(self.flag_list), by=by)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of DESIGN.md §5 as plain data."""
        return evaluation_to_dict(self.core, list(self.flag_list))

    def to_json(self) -> str:
        """The JSON contract, serialised deterministically."""
        return to_json(self.to_dict())

    def summary(self) -> dict[str, Any]:
        """One flat row for comparing units."""
        return summary_row(self)

    def _repr_html_(self) -> str:
        wbk, wbbm = self.readiness.get("WBK"), self.readiness.get("WBBM")
        verdict = " · ".join(
            f"{r.predicate}: {'✓' if r.eligible else '✗'} ({r.binding})" for r in (wbk, wbbm) if r
        )
        return (
            f"<b>{self.unit.unit.name}</b> — total {self.total:.2f} ({self.mode}) — {verdict}"
            + self.areas[["name", "score", "percent"]].to_html(index=False, float_format="%.2f")
        )


def evaluate(
    unit: Unit | str | Path,
    rubric: Rubric | None = None,
    mode: str = "evidenced",
    as_of: str | tuple[int, int] | None = None,
    lang: str = "id",
) -> Evaluation:
    """Evaluate one unit (a :class:`Unit` or a path) in ``mode`` as of ``"YYYY-MM"``."""
    rubric = rubric or load_rubric()
    if not isinstance(unit, Unit):
        unit = load_unit(unit, rubric)
    core = engine.evaluate_unit(unit, rubric, mode=mode, as_of=_as_of(as_of), lang=lang)
    return Evaluation(core, tuple(derive_flags(core)))


SEVERITIES = ("error", "warning", "info")


def summary_row(ev: Evaluation) -> dict[str, Any]:
    """Flatten an evaluation into one comparison row (totals, verdicts, margins, area percents, flag counts)."""
    info = ev.unit.unit
    row: dict[str, Any] = {"unit": info.id, "name": info.name, "year": info.year, "mode": ev.mode}
    for m, t in ev.totals_by_mode.items():
        row[f"total_{m}"] = t
    for pid, r in ev.readiness.items():
        row[f"{pid}_eligible"] = r.eligible
        row[f"{pid}_binding"] = r.binding
        worst = min((c.relative for c in r.criteria), default=0.0)
        row[f"{pid}_worst_relative_margin"] = worst
        for c in r.criteria:
            row[f"{pid}_margin:{c.id}"] = c.margin
    for a in ev.core.scores.areas:
        row[f"area_pct:{a.id}"] = a.percent
    counts = {s: 0 for s in SEVERITIES}
    for f in ev.flag_list:
        counts[f.severity] += 1
    for s in SEVERITIES:
        row[f"flags_{s}"] = counts[s]
    return row


def readiness_order(df: pd.DataFrame) -> pd.DataFrame:
    """Sort comparison rows: WBBM-eligible, then WBK-eligible, then by how close they are to WBK."""
    order = [
        ("WBBM_eligible", False),
        ("WBK_eligible", False),
        ("WBK_worst_relative_margin", False),
        ("total_evidenced", False),
        ("unit", True),
    ]
    present = [(k, asc) for k, asc in order if k in df.columns]
    if df.empty or not present:
        return df
    ranked = df.sort_values([k for k, _ in present], ascending=[a for _, a in present], kind="mergesort")
    ranked = ranked.reset_index(drop=True)
    ranked.insert(0, "rank", range(1, len(ranked) + 1))
    return ranked


def evaluate_many(
    units: Iterable[Unit | str | Path],
    rubric: Rubric | None = None,
    mode: str = "evidenced",
    as_of: str | tuple[int, int] | None = None,
) -> pd.DataFrame:
    """Evaluate many units; one row per unit (see :func:`summary_row`), in input order."""
    rubric = rubric or load_rubric()
    return pd.DataFrame([summary_row(evaluate(u, rubric, mode, as_of)) for u in units])


def compare(
    units: Iterable[Unit | str | Path],
    rubric: Rubric | None = None,
    mode: str = "evidenced",
    as_of: str | tuple[int, int] | None = None,
) -> pd.DataFrame:
    """Evaluate many units and rank them by readiness."""
    return readiness_order(evaluate_many(units, rubric, mode, as_of))
