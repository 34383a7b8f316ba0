"""``evaluate_many`` on loaded Unit objects, every text new (cold) or ranked before (warm), in 1 and 2 processes.

    python benchmarks/units.py [N] [ROUNDS]
    python benchmarks/units.py first [N] [ROUNDS]

N distinct synthetic units (:func:`benchmarks.synthetic.synthetic_unit`, 2,000 by default) are made
once; then, each round, ``evaluate_many(units, jobs=1)`` and ``jobs=2`` with the linker's per-rubric
cache emptied (every activity text new to the linker; the matcher's analysis of words is kept), and
again after one unmeasured pass (every text ranked before). Printed per measure: the best rate over
the rounds in units per second (wall clock, end to end from Unit objects), the CPU time per unit of
this process and its worker processes in that round (read after the workers ended: a batch does not
wait for them), and every round's rate. Run it in a new process for each version to compare,
alternating, on a quiet machine: one run on a shared machine moves by a third.

``first`` measures what a notebook meets: a new process per round makes the N units, builds the
matcher on 20 of them, and times its first ``evaluate_many`` of all N (``jobs`` 1 and 2, each in its
own process): every key new, and the matcher's analysis of the batch's words not yet made either.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import zi_eval as zi  # noqa: E402
from benchmarks.synthetic import synthetic_unit  # noqa: E402


def _cpu_s() -> float:
    """CPU seconds of this process and its finished children (worker processes) so far."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main(n: int = 2000, rounds: int = 3) -> dict[str, list[tuple[float, float]]]:
    """Measure and print; return per measure each round's (units/s, ms CPU per unit)."""
    rubric = zi.load_rubric()
    units = [synthetic_unit(rubric, i) for i in range(n)]
    zi.evaluate_many(units[:20], rubric)  # the rubric's matcher and tables built once, unmeasured
    got: dict[str, list[tuple[float, float]]] = {}

    def measure(name: str, jobs: int) -> None:
        c0, t0 = _cpu_s(), time.perf_counter()
        zi.evaluate_many(units, rubric, jobs=jobs)
        t1 = time.perf_counter()
        _reap()
        c1 = _cpu_s()
        got.setdefault(name, []).append((n / (t1 - t0), (c1 - c0) / n * 1e3))

    for _ in range(rounds):
        for jobs in (1, 2):
            rubric.derived("link_cache", lambda _: {}).clear()
            measure(f"cold, {jobs} process{'es' if jobs > 1 else ''}", jobs)
        zi.evaluate_many(units, rubric)
        for jobs in (1, 2):
            measure(f"warm, {jobs} process{'es' if jobs > 1 else ''}", jobs)
    for name, runs in got.items():
        rate, cpu = max(runs)
        every = " ".join(f"{r:,.0f}" for r, _ in runs)
        print(f"{name:20s} best {rate:7,.0f} units/s ({cpu:.3f} ms CPU/unit); every round: {every}")
    return got


def _reap() -> None:
    """Wait for this process's workers to end (untimed), so that their CPU time is counted."""
    while mp.active_children():
        time.sleep(0.005)


def first_batch(n: int, jobs: int) -> float:
    """Units per second of this process's first ``evaluate_many`` of ``n`` units (see the module's text)."""
    rubric = zi.load_rubric()
    units = [synthetic_unit(rubric, i) for i in range(n)]
    zi.evaluate_many(units[:20], rubric)  # the matcher and tables built, as by a first small call
    rubric.derived("link_cache", lambda _: {}).clear()
    t0 = time.perf_counter()
    zi.evaluate_many(units, rubric, jobs=jobs)
    return n / (time.perf_counter() - t0)


def main_first(n: int = 2000, rounds: int = 3) -> dict[int, list[float]]:
    """Measure :func:`first_batch` in ``rounds`` new processes per ``jobs``, alternating; print and return them."""
    got: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(rounds):
        for jobs in (1, 2):
            out = subprocess.run(
                [sys.executable, __file__, "_first", str(n), str(jobs)],
                capture_output=True,
                text=True,
                check=True,
            )
            got[jobs].append(float(out.stdout))
    for jobs, rates in got.items():
        every = " ".join(f"{r:,.0f}" for r in rates)
        label = f"first batch, {jobs} process{'es' if jobs > 1 else ''}"
        print(f"{label:28s} best {max(rates):7,.0f} units/s; every new process: {every}")
    return got


if __name__ == "__main__":
    if sys.argv[1:2] == ["_first"]:
        print(first_batch(int(sys.argv[2]), int(sys.argv[3])))
    elif sys.argv[1:2] == ["first"]:
        main_first(*(int(a) for a in sys.argv[2:4]))
    else:
        main(*(int(a) for a in sys.argv[1:3]))
