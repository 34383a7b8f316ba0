"""Measure zi-eval's performance on seeded synthetic units and print a table (``--json`` writes it).

    python benchmarks/run.py [--units N] [--files N] [--quick] [--json FILE]

Measures: (a) the per-unit loop over the public ``evaluate``; (b) ``evaluate_many`` scoring a batch
prepared once by ``load_batch`` (valuing every item, timed apart as ``value_units_per_s``);
(c) end to end from N distinct unit files in a temporary folder: the per-file loop
(``zi.evaluate(path)`` per file), ``zi.evaluate_many(paths, jobs=1)`` and ``jobs=2``, the command
``zi-eval compare FOLDER --jobs 2 --format csv`` in a new process (what a person waits for), and
``zi.evaluate_many(units)`` on Unit objects already loaded (one process; with ``jobs=2`` this
process and one forked worker; and again with their texts in the link cache, as for copied plans); loading and validating alone, and
with flag profiles; (d) the median latency of one scenario change re-scored; (e) ``report`` per
unit; (f) peak memory. Times are measured, never asserted: machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

import zi_eval as zi  # noqa: E402
from benchmarks.synthetic import synthetic_unit  # noqa: E402
from zi_eval.models.serialize import dump_unit  # noqa: E402


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _unit_id(path: Path) -> str:
    """Load and validate one unit file (a worker's job); return only its id, as a caller would."""
    return zi.load_unit(path).unit.id


def _validate_files(paths: list[Path], jobs: int) -> list[str]:
    if jobs == 1:
        rubric = zi.load_rubric()
        return [zi.load_unit(p, rubric).unit.id for p in paths]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_unit_id, paths, chunksize=max(1, len(paths) // (8 * jobs))))


def _fast_share(paths: list[Path]) -> float:
    """Share of the files the rapidyaml fast path reads (the rest go to PyYAML)."""
    from zi_eval.io.yamlfast import Unsupported, load_fast

    taken = 0
    for p in paths:
        try:
            load_fast(p.read_text(encoding="utf-8"))
            taken += 1
        except Unsupported:
            pass
    return taken / max(1, len(paths))


def _cold_links(rubric: Any) -> None:
    """Empty the linker's per-rubric text cache, so a measure does not reuse an earlier one's work."""
    rubric.derived("link_cache", lambda _: {}).clear()


def _cpu_s() -> float:
    """CPU seconds of this process and its finished children (worker processes) so far."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _cli_compare(folder: Path) -> float:
    """Seconds for ``zi-eval compare FOLDER --jobs 2 --format csv`` in a new process, start to exit."""
    import subprocess

    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "zi_eval", "compare", str(folder), "--jobs", "2", "--format", "csv"]
        t = time.perf_counter()
        subprocess.run([*cmd, "--output", str(Path(out) / "compare.csv")], check=True, capture_output=True)
        return time.perf_counter() - t


def _timed(fn: Any) -> tuple[Any, float]:
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def _write_files(folder: Path, rubric: Any, files: int, sample: list[Any]) -> list[Path]:
    """Write ``files`` distinct unit files (the sample first, then more seeds, generated one at a time)."""
    paths = []
    for i in range(files):
        u = sample[i] if i < len(sample) else synthetic_unit(rubric, i)
        p = folder / f"{u.unit.id}.yaml"
        p.write_text(dump_unit(u), encoding="utf-8")
        paths.append(p)
    return paths


def run(
    units: int,
    loop_units: int,
    files: int,
    loop_files: int,
    load_files: int,
    scenario_repeats: int,
    report_units: int,
) -> dict[str, Any]:
    from zi_eval.api import UnitBatch
    from zi_eval.scoring.batch import concat

    rubric = zi.load_rubric()
    sample, gen_s = _timed(lambda: [synthetic_unit(rubric, i) for i in range(loop_units)])
    # (a) the per-unit loop over the public API
    _, loop_s = _timed(lambda: [zi.evaluate(u, rubric) for u in sample[:loop_units]])
    loop_rate = loop_units / loop_s
    # (b) evaluate_many: units valued once by load_batch (in chunks of 1000, generated outside the
    # clock and dropped after valuing), then the whole stack scored column-wise
    parts, compile_s = [], 0.0
    _cold_links(rubric)
    for start in range(0, units, 1000):
        chunk = [synthetic_unit(rubric, i) for i in range(start, min(units, start + 1000))]
        part, t = _timed(lambda chunk=chunk: zi.load_batch(chunk, rubric, keep_units=False, flags=False))
        parts.append(part.stacked)
        compile_s += t
        del chunk
    prepared = UnitBatch(concat(parts), rubric)
    _, many_s = _timed(lambda: zi.evaluate_many(prepared))

    # (c) end to end from distinct unit files on disk (each timed from a cold link cache, as a
    # fresh run over a new folder would be), then loading alone, in one process and in two
    def cold(fn: Any) -> tuple[Any, float]:
        _cold_links(rubric)
        return _timed(fn)

    with tempfile.TemporaryDirectory() as d:
        paths = _write_files(Path(d), rubric, files, sample)
        fast_share = _fast_share(paths)
        _, file_loop_s = cold(lambda: [zi.evaluate(p, rubric) for p in paths[:loop_files]])
        cpu0 = _cpu_s()
        _, many1_s = cold(lambda: zi.evaluate_many(paths, rubric, jobs=1))
        cpu1 = _cpu_s()
        _, many2_s = cold(lambda: zi.evaluate_many(paths, rubric, jobs=2))
        cpu2 = _cpu_s()
        loaded = [zi.load_unit(p, rubric) for p in paths[:load_files]]  # ~200 KiB each: not all 10,000
        _, many_units_s = cold(lambda loaded=loaded: zi.evaluate_many(loaded, rubric))
        _, many_units2_s = cold(lambda loaded=loaded: zi.evaluate_many(loaded, rubric, jobs=2))
        zi.evaluate_many(loaded, rubric)  # the same plans again: their texts are in the cache now
        _, many_units_warm_s = _timed(lambda loaded=loaded: zi.evaluate_many(loaded, rubric))
        # a forked worker starts with this process's cache: copied plans, linked in two processes
        _, many_units_warm2_s = _timed(lambda loaded=loaded: zi.evaluate_many(loaded, rubric, jobs=2))
        del loaded
        _, load_s = _timed(lambda: _validate_files(paths[:load_files], 1))
        _, load2_s = _timed(lambda: _validate_files(paths[:load_files], 2))
        few = paths[:load_files]
        _, value_s = cold(lambda: zi.load_batch(few, rubric, keep_units=False, flags=False))
        _, value2_s = cold(lambda: zi.load_batch(few, rubric, jobs=2, keep_units=False, flags=False))
        _, flags_s = cold(lambda: zi.load_batch(few, rubric, keep_units=False, flags=True))
        _, flags2_s = cold(lambda: zi.load_batch(paths, rubric, jobs=2, keep_units=False, flags=True))
        # what a person at a terminal waits for: a new process, imports, every file, flags, the CSV
        cli_s = _cli_compare(Path(d))
    # (d) one scenario change re-scored (incremental)
    base = zi.Scenario(sample[0], rubric=rubric)
    base.rescore()
    codes = [
        c for c in rubric.items if rubric.items[c].item.options and rubric.items[c].component == "pengungkit"
    ]
    lat = []
    for i in range(scenario_repeats):
        code = codes[i % len(codes)]
        s = base.with_changes(
            zi.SetAnswer(item=code, answer=next(iter(rubric.items[code].item.options or {})))
        )
        _, t = _timed(s.rescore)
        lat.append(t * 1000)
    # (e) report per unit
    with tempfile.TemporaryDirectory() as d:
        from zi_eval.report.bundle import write_report

        def reports() -> None:
            for u in sample[:report_units]:
                ev = zi.evaluate(u, rubric)
                write_report(ev.core, list(ev.flag_list), Path(d) / u.unit.id, "bench.yaml", "0")

        _, report_s = _timed(reports)
    return {
        "units": units,
        "loop_units": loop_units,
        "loop_units_per_s": loop_rate,
        "evaluate_many_units_per_s": units / many_s,
        "evaluate_many_s": many_s,
        "speedup": (units / many_s) / loop_rate,
        "value_units_per_s": units / compile_s,
        "end_to_end_units_per_s": units / (compile_s + many_s),
        "files": files,
        "file_loop_files": loop_files,
        "file_loop_files_per_s": loop_files / file_loop_s,
        "evaluate_many_files_per_s_jobs1": files / many1_s,
        "evaluate_many_files_per_s_jobs2": files / many2_s,
        "evaluate_many_files_s_jobs2": many2_s,
        "evaluate_many_files_cpu_ms_jobs1": 1000 * (cpu1 - cpu0) / files,
        "evaluate_many_files_cpu_ms_jobs2": 1000 * (cpu2 - cpu1) / files,
        "evaluate_many_loaded_units_per_s": load_files / many_units_s,
        "evaluate_many_loaded_units_per_s_jobs2": load_files / many_units2_s,
        "evaluate_many_loaded_units_per_s_warm": load_files / many_units_warm_s,
        "evaluate_many_loaded_units_per_s_warm_jobs2": load_files / many_units_warm2_s,
        "load_files": load_files,
        "load_files_per_s": load_files / load_s,
        "load_files_per_s_jobs2": load_files / load2_s,
        "load_value_files_per_s": load_files / value_s,
        "load_value_files_per_s_jobs2": load_files / value2_s,
        "load_value_flags_files_per_s": load_files / flags_s,
        "load_value_flags_files_per_s_jobs2": files / flags2_s,
        "cli_compare_files_per_s_jobs2": files / cli_s,
        "yaml_fast_path_share": fast_share,
        "scenario_ms_median": statistics.median(lat),
        "scenario_repeats": scenario_repeats,
        "report_s_per_unit": report_s / max(1, report_units),
        "peak_mem_mib": _peak_mib(),
        "generate_s": gen_s,
        "machine": {
            "cores": os.cpu_count(),
            "cpu": _cpu_model(),
            "python": platform.python_version(),
            "pandas": pd.__version__,
            "zi_eval": zi.__version__,
        },
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--units", type=int, default=10_000, help="units for evaluate_many (default 10000)")
    ap.add_argument(
        "--files", type=int, default=10_000, help="distinct unit files end to end (default 10000)"
    )
    ap.add_argument("--quick", action="store_true", help="a smoke run with few units")
    ap.add_argument("--json", type=Path, default=None, help="write the results as JSON")
    a = ap.parse_args(argv)
    if a.quick:
        res = run(
            units=20, loop_units=10, files=12, loop_files=4, load_files=12, scenario_repeats=5, report_units=1
        )
    else:
        res = run(
            units=a.units,
            loop_units=min(a.units, 300),
            files=a.files,
            loop_files=min(a.files, 300),
            load_files=min(a.files, 2000),
            scenario_repeats=200,
            report_units=3,
        )
    width = max(len(k) for k in res)
    for k, v in res.items():
        if k != "machine":
            print(f"{k:<{width}}  {v:,.3f}" if isinstance(v, float) else f"{k:<{width}}  {v}")
    print(f"{'machine':<{width}}  {res['machine']}")
    if a.json:
        a.json.write_text(json.dumps(res, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
