"""The public Python API: load, evaluate one unit or many, compare, with results as DataFrames.

>>> import zi_eval as zi
>>> ev = zi.evaluate(zi.load_unit("plans/kpp-pratama-contoh-2025.yaml"))
>>> ev.total, ev.readiness["WBK"].eligible
"""

from __future__ import annotations

import gc
import html
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from zi_eval.errors import UsageError, show
from zi_eval.flags import Flag, derive_flags
from zi_eval.flags.catalogue import SEVERITIES
from zi_eval.messages import LANGS, msg
from zi_eval.models.loading import load_rubric as _load_rubric
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit
from zi_eval.report import frames
from zi_eval.report.json_report import evaluation_to_dict, to_json
from zi_eval.scoring import engine
from zi_eval.scoring.results import Readiness
from zi_eval.sources import LoadedInput, load_input


def load_rubric(ref: str | Path | None = None) -> Rubric:
    """Load a rubric by shipped id or path (default: PermenPAN-RB 90/2021)."""
    return _load_rubric(ref)


def load_unit(source: str | Path, rubric: Rubric | None = None) -> Unit:
    """Load a unit from a unit YAML, an RA document (imported on the fly) or an LKE workbook."""
    return load_input(source, rubric or load_rubric(), digest=False).unit


def parse_as_of(value: object, field: str = "as_of", lang: str = "en") -> tuple[int, int] | None:
    """Read a month ``"YYYY-MM"`` (or a ``(year, month)`` pair); anything else is a :class:`UsageError`.

    The command line's ``--as-of`` and the API's ``as_of`` are one rule, said in the same words
    (in English from the API, in the chosen language on the command line).
    """
    if value is None:
        return None
    year = month = None
    if isinstance(value, str) and (m := re.fullmatch(r"(\d{4})-(\d{2})", value.strip())):
        year, month = int(m.group(1)), int(m.group(2))
    elif isinstance(value, tuple) and len(value) == 2 and all(type(x) is int for x in value):
        year, month = value
    if year is None or month is None or not 1 <= month <= 12:
        raise UsageError(msg("arg_bad_month", lang, field=field, got=show(value)))
    return year, month


def check_choice(field: str, value: object, choices: Iterable[str]) -> None:
    """Refuse ``value`` unless it is one of ``choices`` (a mode, a language, a predicate)."""
    options = tuple(choices)
    if not isinstance(value, str) or value not in options:
        raise UsageError(
            msg("arg_bad_choice", "en", field=field, choices=", ".join(options), got=show(value))
        )


def _checked(mode: str, as_of: object, lang: str = "id") -> tuple[int, int] | None:
    """Check the arguments every evaluation takes and return ``as_of`` as (year, month)."""
    check_choice("mode", mode, engine.MODES)
    check_choice("lang", lang, LANGS)
    return parse_as_of(as_of)


def _sources(field: str, value: object) -> None:
    """Refuse one path where many are asked for (a string would be read as its characters)."""
    if isinstance(value, str | Path | Unit):
        raise UsageError(msg("arg_not_many", "en", field=field, got=show(str(value))))


_as_of = parse_as_of  # the name the command line's compare imports


@dataclass(frozen=True)
class Evaluation:
    """One unit's evaluation: numbers, readiness, flags, and DataFrames for notebooks."""

    core: engine.Evaluation
    flag_list: tuple[Flag, ...] = field(default_factory=tuple)
    #: Where the unit came from (``file``, ``kind``, ``sha256``) when it was read from a file.
    source: dict[str, Any] | None = None
    #: the language of the words in DataFrames, flags and JSON (scoring itself has none)
    lang: str = "id"

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
        return frames.items_frame(self.core, self.lang)

    @cached_property
    def areas(self) -> pd.DataFrame:
        return frames.areas_frame(self.core)

    @cached_property
    def criteria(self) -> pd.DataFrame:
        return frames.criteria_frame(self.core, self.lang)

    @cached_property
    def flags(self) -> pd.DataFrame:
        return frames.flags_frame(list(self.flag_list))

    @cached_property
    def totals(self) -> pd.DataFrame:
        """The total of each mode with the WBK/WBBM total thresholds."""
        return frames.totals_frame(self.core, self.lang)

    @cached_property
    def links(self) -> pd.DataFrame:
        """Each activity's LKE items, best first, with how each was found, its score and matched words.

        An activity linked to nothing shows its nearest items with ``linked`` False.
        """
        return frames.links_frame(self.core)

    @cached_property
    def coverage(self) -> pd.DataFrame:
        """Per area: activities and answered items, and how many have evidence."""
        return frames.coverage_frame(self.core)

    def calendar(self, by: str = "area") -> pd.DataFrame:
        """Plan calendar (areas or activities × months 1–12) with gap and evidence states."""
        check_choice("by", by, ("area", "activity"))
        return frames.calendar_frame(self.core, list(self.flag_list), by=by)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of docs/architecture.md §3 as plain data."""
        return evaluation_to_dict(self.core, list(self.flag_list), self.source, self.lang)

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
            f"<b>{html.escape(self.unit.unit.name)}</b> — total {self.total:.2f} ({self.mode}) — {verdict}"
            + self.areas[["name", "score", "percent"]].to_html(index=False, float_format="%.2f")
        )


def checked(unit: Unit, rubric: Rubric | None = None) -> Unit:
    """``unit`` when it holds what a unit file may hold, else :class:`~zi_eval.errors.InputError` naming
    every field that does not (``unit <id>: hasil.ipak: must be ≤ 4; got 7.5``).

    A Unit built in code is checked by pydantic, but one changed with ``model_copy(update=…)`` is not:
    its values are checked here as a unit file's are, the rubric's rules included (~0.3 ms).
    """
    from zi_eval.io.yamlsrc import LineMap
    from zi_eval.models.loading import unit_from_data

    rubric = rubric or load_rubric()
    data = unit.model_dump(mode="json", by_alias=True, exclude_none=True)
    unit_from_data(data, LineMap(f"unit {unit.unit.id}"), rubric)
    return unit


def evaluate(
    unit: Unit | LoadedInput | str | Path,
    rubric: Rubric | None = None,
    mode: str = "evidenced",
    as_of: str | tuple[int, int] | None = None,
    lang: str = "id",
) -> Evaluation:
    """Evaluate one unit in ``mode`` as of ``"YYYY-MM"``: the one way every caller evaluates.

    ``unit`` is a :class:`Unit`, a path to any input (unit YAML, RA document, LKE workbook) or an
    input already loaded; an input read from a file keeps its importer findings among the flags,
    and an LKE workbook's own stored totals are compared with the engine's (``zi-eval evaluate``
    is this function and a renderer). A :class:`Unit` is checked as a unit file is (:func:`checked`):
    one edited with ``model_copy(update=…)`` skipped pydantic's checks and scored an IPAK of 7.5 in full.
    """
    when = _checked(mode, as_of, lang)
    rubric = rubric or load_rubric()
    if isinstance(unit, LoadedInput):
        loaded = unit
    elif isinstance(unit, Unit):
        loaded = LoadedInput(checked(unit, rubric), "unit", "", "")
    else:
        loaded = load_input(unit, rubric)
    core = engine.evaluate_unit(loaded.unit, rubric, mode=mode, as_of=when)
    findings: list[dict[str, Any]] = list(loaded.findings)
    if loaded.workbook is not None:
        # the workbook's stored values are what its formulas compute: compare them in that mode
        own = getattr(loaded.workbook, "mode", "claimed")
        s = core.scores if own == mode else engine.evaluate_unit(loaded.unit, rubric, own, when).scores
        findings += loaded.workbook.compare(s.indicators, s.area_aspect, s.components, s.total)
    source = None
    if loaded.path:
        source = {"file": Path(loaded.path).name, "kind": loaded.kind, "sha256": loaded.sha256}
    return Evaluation(core, tuple(derive_flags(core, findings, lang)), source, lang)


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
    """Sort comparison rows: WBBM-eligible, then WBK-eligible, then by how close they are to WBK, then by
    the total of the mode they were compared in (ties were broken by the evidenced total whatever the
    mode: in claimed mode a unit claiming 84 ranked above one claiming 92)."""
    mode = str(df["mode"].iloc[0]) if "mode" in df.columns and not df.empty else "evidenced"
    order = [
        ("WBBM_eligible", False),
        ("WBK_eligible", False),
        ("WBK_worst_relative_margin", False),
        (f"total_{mode}", False),
        ("unit", True),
    ]
    present = [(k, asc) for k, asc in order if k in df.columns]
    if df.empty or not present:
        return df
    ranked = df.sort_values([k for k, _ in present], ascending=[a for _, a in present], kind="mergesort")
    ranked = ranked.reset_index(drop=True)
    ranked.insert(0, "rank", range(1, len(ranked) + 1))
    return ranked


@dataclass(frozen=True)
class UnitBatch:
    """Units loaded, validated and valued once, stacked as matrices for repeated column-wise scoring.

    ``units`` keeps the Unit objects when asked (flag counts need them); a batch of ten thousand
    units without them stays small.
    """

    stacked: Any
    rubric: Rubric
    units: tuple[Unit, ...] | None = None

    def __len__(self) -> int:
        return len(self.stacked)


def _compile_group(units: list[Unit], rubric: Rubric, flags: bool) -> Any:
    """Link and value a group of units for a batch (``link_items``, ``compile_units``); with ``flags``,
    also build their flag profiles (for flag counts), which read the whole links (``link_units``)."""
    from dataclasses import replace

    import numpy as np

    from zi_eval.flags.batch import flag_profile
    from zi_eval.scoring.batch import compile_units
    from zi_eval.scoring.linking import link_items, link_units

    if not flags:
        return compile_units(units, rubric, link_items(units, rubric))
    links = link_units(units, rubric)
    part = compile_units(units, rubric, links)
    answered = part.answered  # valued once above: the flags read which items have a value from it
    profiles = [flag_profile(u, rubric, x, a) for u, x, a in zip(units, links, answered, strict=True)]
    fixed = np.stack([p.fixed for p in profiles])
    return replace(part, flag_fixed=fixed, flag_from_month=np.stack([p.from_month for p in profiles]))


#: Units linked together: the matcher ranks the new texts of a group in one sparse product
#: (~15% less linking time than one unit at a time on distinct synthetic units; larger groups
#: gained nothing more), and a group bounds the Unit objects held at once.
LINK_GROUP = 64


def _stack_sources(
    sources: Iterable[Unit | str | Path],
    rubric: Rubric,
    keep: bool,
    flags: bool,
    problems: list[Any] | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[Any, list[Unit]]:
    """Load (files), link and value units in groups of :data:`LINK_GROUP` and stack them; keep the Unit
    objects when asked. Here a batch linker takes a whole group (``link_units``).

    With a ``problems`` list, a bad file's problems go there and the others are still read (every
    file gets reported); without one, the first bad file raises. ``progress`` hears how many
    sources each group finished.
    """
    from itertools import islice

    from zi_eval.errors import InputError
    from zi_eval.scoring.batch import concat

    parts: list[Any] = []
    kept: list[Unit] = []
    it = iter(sources)
    with _collections_between_groups() as settle:
        while group := list(islice(it, LINK_GROUP)):
            units: list[Unit] = []
            failed = False
            for x in group:
                if isinstance(x, Unit):
                    units.append(x)
                    continue
                try:
                    units.append(load_unit(x, rubric))
                except InputError as exc:
                    if problems is None:
                        raise
                    problems += exc.problems
                    failed = True
            if units:  # a group of bad files leaves none
                parts.append(_compile_group(units, rubric, flags))
            if keep:
                kept += units
            if progress is not None:
                progress(len(group))
            del units, group
            settle(failed)
    return concat(parts or [_compile_group([], rubric, False)]), kept


@contextmanager
def _collections_between_groups() -> Iterator[Callable[[bool], None]]:
    """Keep Python's cyclic garbage collector from walking a batch's objects while it loads; yield
    what to call after each group (with whether the group had a bad file).

    Loading a unit allocates thousands of objects, so the collector ran often, and each full
    collection walked the whole heap, which grows with the linker's caches: that was about half
    the CPU time of a batch (benchmarks/README.md). Units and the linker's caches make no
    reference cycles (a test checks that a batch leaves nothing for the collector), so walking
    them at all is wasted:

    - the collector is off while the batch loads, and the caller's setting is restored at the
      end, also on error;
    - the young generations are collected once at the start (the caller's garbage);
    - after each group, what the group left (the linker's new cache entries, kept units) is set
      aside with :func:`gc.freeze` instead of being walked by a collection, and put back among the
      old objects (:func:`gc.unfreeze`) at the end: both move lists, they walk nothing. Collecting
      the young generations after each group cost ~8% of linking distinct Unit objects;
    - a group with a bad file is collected first (an exception and its traceback can make
      cycles);
    - when the caller has frozen objects of its own (``gc.get_freeze_count()``), unfreezing at
      the end would thaw them too: then each group is collected instead, as before.
    """
    enabled = gc.isenabled()
    gc.disable()
    own = gc.get_freeze_count() == 0
    gc.collect(1)

    def settle(failed: bool) -> None:
        if failed or not own:
            gc.collect(1)
        if own:
            gc.freeze()

    try:
        yield settle
    finally:
        if own:
            gc.unfreeze()
        if enabled:
            gc.enable()


def _stack_files(job: tuple[tuple[str, ...], bool, bool, bool]) -> tuple[Any, list[Unit], list[Any]]:
    """Load and value a chunk of files in a worker process and send back their stacked matrices.

    A few arrays per chunk pickle in microseconds, where one result object per unit cost more
    than its valuing; the default rubric is cached per process (inherited when forked). A bad
    file's problems come back as a list (an InputError does not survive pickling: it broke the
    pool), and the caller raises them; with ``every`` the chunk's other files are still read.
    """
    from zi_eval.errors import InputError

    paths, keep, flags, every = job
    problems: list[Any] = []
    try:
        part, units = _stack_sources(paths, load_rubric(), keep, flags, problems if every else None)
    except InputError as exc:
        return None, [], list(exc.problems)
    return part, units, problems


#: The Unit objects of a batch while it is shared between processes: a forked worker sees its
#: parent's memory, so it takes its units from here by position instead of receiving them pickled
#: (pickling a loaded unit costs more than valuing it); this process takes its own share from here too.
_FORKED_UNITS: list[Any] = []


def _fork_context() -> Any:
    """The ``fork`` start method where the platform has it (Linux), else ``None``."""
    import multiprocessing as mp

    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None


def _stack_positions(job: tuple[int, int, bool]) -> tuple[Any, list[Unit], list[Any]]:
    """Value the batch's Unit objects ``start:end`` (see :data:`_FORKED_UNITS`), in a forked worker or here."""
    start, end, flags = job
    part, _ = _stack_sources(_FORKED_UNITS[start:end], load_rubric(), False, flags)
    return part, [], []


def _segments(
    items: list[Unit | str | Path], chunk: int, unit_chunk: int | None
) -> list[tuple[bool, int, list[Any]]]:
    """Split sources, in order, into chunks of at most ``chunk`` files and runs of Unit objects (of at
    most ``unit_chunk`` when workers take units too); each with its first position."""
    out: list[tuple[bool, int, list[Any]]] = []
    for at, x in enumerate(items):
        is_file = not isinstance(x, Unit)
        limit = chunk if is_file else unit_chunk
        if out and out[-1][0] == is_file and (limit is None or len(out[-1][2]) < limit):
            out[-1][2].append(x)
        else:
            out.append((is_file, at, [x]))
    return out


def _has_problems(got: tuple[Any, list[Unit], list[Any]]) -> bool:
    """Whether a chunk's result (:func:`_stack_files`) holds a bad file's problems."""
    return bool(got[2])


def _stack_parallel(
    items: list[Unit | str | Path],
    rubric: Rubric,
    jobs: int,
    keep: bool,
    flags: bool,
    every: bool = False,
    progress: Callable[[int], None] | None = None,
) -> tuple[Any, list[Unit]]:
    """Load and value files, and Unit objects where processes can fork, in ``jobs`` processes (this one
    and ``jobs - 1`` workers: :func:`zi_eval.workshare.share`), stacked in input order; elsewhere
    Unit objects are valued here.

    The first bad file in order stops the batch, or with ``every`` all files are read and all their
    problems raised together.
    """
    from zi_eval.errors import InputError
    from zi_eval.scoring.batch import concat
    from zi_eval.workshare import share

    global _FORKED_UNITS
    fork = _fork_context()
    files = sum(not isinstance(x, Unit) for x in items)
    # ~16 chunks per process: large enough that a chunk's overhead is nothing, small enough that
    # the processes meet with little left to finish
    units_chunk = max(1, (len(items) - files) // (16 * jobs)) if fork is not None else None
    segments = _segments(items, max(1, files // (16 * jobs)), units_chunk)
    tasks = [
        (_stack_files, (tuple(str(p) for p in xs), keep, flags, every))
        if is_file
        else (_stack_positions, (at, at + len(xs), flags))
        for is_file, at, xs in segments
    ]

    _FORKED_UNITS = items  # before the workers fork (and for this process's own share)
    try:
        results = share(
            tasks,
            jobs,
            local_only=[not is_file and fork is None for is_file, _, _ in segments],
            stop=None if every else _has_problems,
            progress=progress,
            sizes=[len(xs) for _, _, xs in segments],
            context=fork,
        )
    finally:
        _FORKED_UNITS = []
    parts: list[Any] = []
    kept: list[Unit] = []
    problems: list[Any] = []
    for (is_file, _, xs), got in zip(segments, results, strict=True):
        if got is None:  # not run: a bad file before it stopped the batch
            break
        part, units, bad = got
        problems += bad
        if problems and not every:
            raise InputError(problems)
        if part is not None:
            parts.append(part)
            kept += xs if not is_file and keep else units  # the parent holds its Unit objects already
    if problems:
        raise InputError(problems)
    return concat(parts), kept


def load_batch(
    sources: Iterable[Unit | str | Path],
    rubric: Rubric | None = None,
    jobs: int = 1,
    keep_units: bool = True,
    flags: bool = True,
    every_problem: bool = False,
    progress: Callable[[int], None] | None = None,
) -> UnitBatch:
    """Load (and validate) units from files, or take Unit objects, value their items once and stack them.

    ``sources`` may be any iterable (a generator is consumed lazily); ``jobs > 1`` loads files in
    that many worker processes with the default rubric; ``keep_units=False`` drops the Unit
    objects after valuing them; ``flags=False`` skips the flag profiles (no flag counts later).
    A bad file raises :class:`~zi_eval.errors.InputError`: the first one, or with
    ``every_problem`` the problems of every file at once. ``progress(n)`` hears of each ``n``
    sources done (a progress bar).
    """
    from zi_eval.errors import InputError

    _sources("sources", sources)
    rubric = rubric or load_rubric()
    work: Iterable[Any] = sources
    if jobs > 1 and rubric is load_rubric():
        items = list(sources)
        files = sum(not isinstance(x, Unit) for x in items)
        # Unit objects go to workers only where they fork, and only enough of them to pay for the pool
        if files > 1 or (len(items) - files >= 2 * LINK_GROUP and _fork_context() is not None):
            stacked, kept = _stack_parallel(items, rubric, jobs, keep_units, flags, every_problem, progress)
            return UnitBatch(stacked, rubric, tuple(kept) if keep_units else None)
        work = items
    problems: list[Any] | None = [] if every_problem else None
    stacked, kept = _stack_sources(work, rubric, keep_units, flags, problems, progress)
    if problems:
        raise InputError(problems)
    return UnitBatch(stacked, rubric, tuple(kept) if keep_units else None)


def evaluate_many(
    units: UnitBatch | Iterable[Unit | str | Path],
    rubric: Rubric | None = None,
    mode: str = "evidenced",
    as_of: str | tuple[int, int] | None = None,
    flags: bool = False,
    jobs: int = 1,
) -> pd.DataFrame:
    """Evaluate many units at once; one row per unit (the columns of :func:`summary_row`), in input order.

    Items of all units are valued once (:func:`load_batch`), stacked into matrices and aggregated
    column-wise for the three modes; criteria and verdicts are computed on whole columns.
    ``flags=True`` also counts each unit's flags by severity (from flag profiles built when the
    units are loaded, counted column-wise); ``jobs`` loads files in parallel processes. Pass a
    :class:`UnitBatch` to score the same units repeatedly.
    """
    month = _checked(mode, as_of)
    _sources("units", units)
    if isinstance(units, UnitBatch):
        batch = units
    else:
        batch = load_batch(units, rubric, jobs, keep_units=False, flags=flags)
    if not len(batch):
        return pd.DataFrame()
    if flags and batch.stacked.flag_fixed is None:
        raise ValueError("flag counts need flag profiles: load the batch with flags=True")
    return batch_table(batch.stacked, batch.rubric, mode, month, flags)


def batch_table(
    stacked: Any, rubric: Rubric, mode: str, as_of: tuple[int, int] | None = None, flags: bool = False
) -> pd.DataFrame:
    """The comparison table of stacked units (see :func:`evaluate_many`), with flag counts if ``flags``."""
    import numpy as np

    from zi_eval.scoring.batch import aggregate_arrays
    from zi_eval.scoring.engine import MODES, matrix
    from zi_eval.scoring.readiness import verdict

    m = matrix(rubric)
    n = len(stacked)
    cols: dict[str, Any] = {
        "unit": list(stacked.ids),
        "name": list(stacked.names),
        "year": list(stacked.years),
        "mode": [mode] * n,
    }
    aggs = {}
    for md in MODES:
        aggs[md] = aggregate_arrays(stacked.values(md, m.pengungkit), m)
        cols[f"total_{md}"] = aggs[md].total
    agg = aggs[mode]
    for pred in rubric.predicates:
        v = verdict(pred, agg, m, stacked.prior_rank)
        cols[f"{pred.id}_eligible"] = v.eligible
        cols[f"{pred.id}_binding"] = v.binding
        cols[f"{pred.id}_worst_relative_margin"] = v.relative.min(axis=1)
        for j, cid in enumerate(v.ids):
            cols[f"{pred.id}_margin:{cid}"] = v.margin[:, j]
    for area, _, _ in m.zi_areas:
        cols[f"area_pct:{area}"] = agg.zi_area_percent[area]
    if flags:
        from zi_eval.flags.batch import due_through, flag_counts
        from zi_eval.flags.rules_evidence import unevidenced, worth_nothing
        from zi_eval.scoring.readiness import aspect_short_counts

        item_flags = unevidenced(
            mode, stacked.answered, stacked.shown, stacked.evidenced, stacked.planned, m.pengungkit
        )
        years = np.asarray(stacked.years)
        last_due = due_through(as_of, years)
        other_year = (years != as_of[0]).astype(np.int64) if as_of is not None else None
        worthless = worth_nothing(stacked.claimed)
        short = aspect_short_counts(rubric, agg, m)
        counts = flag_counts(
            stacked.flag_fixed, stacked.flag_from_month, last_due, item_flags, worthless, other_year, short
        )
        for j, sev in enumerate(SEVERITIES):
            cols[f"flags_{sev}"] = counts[:, j].tolist()
    return pd.DataFrame(cols)


def compare(
    units: Iterable[Unit | str | Path],
    rubric: Rubric | None = None,
    mode: str = "evidenced",
    as_of: str | tuple[int, int] | None = None,
    jobs: int = 1,
) -> pd.DataFrame:
    """Evaluate many units (with their flag counts) and rank them by readiness (``zi-eval compare``)."""
    _checked(mode, as_of)
    _sources("units", units)
    return readiness_order(evaluate_many(units, rubric, mode, as_of, flags=True, jobs=jobs))
