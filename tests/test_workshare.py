"""Tasks shared between this process and workers: every result in task order, whoever ran it."""

from __future__ import annotations

import multiprocessing as mp
import os
import time

import pytest

from zi_eval import workshare
from zi_eval.workshare import WorkerFailed, share

FORK = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
needs_fork = pytest.mark.skipif(FORK is None, reason="workers are forked in these tests")


def square_slowly(x: int) -> tuple[int, int]:
    """The square of ``x`` and the process that made it (a few ms each, so both ends take tasks)."""
    time.sleep(0.003)
    return x * x, os.getpid()


def fails_on_five(x: int) -> int:
    if x == 5:
        raise ValueError("five")
    if x > 5:
        time.sleep(0.001)  # this process's end stays far from task 5 until a worker has taken it
    return x


def dies_on_three(x: int) -> int:
    if x == 3 and os.getpid() != PARENT:
        os._exit(7)  # a worker killed mid-batch (out of memory, say)
    time.sleep(0.002)
    return x


def is_bad(got: tuple[int, int]) -> bool:
    return got[0] == 49  # the task of 7


PARENT = os.getpid()


@needs_fork
@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_back_in_task_order_from_both_ends(jobs: int) -> None:
    tasks = [(square_slowly, x) for x in range(40)]
    got = share(tasks, jobs, context=FORK)
    assert [r[0] for r in got if r is not None] == [x * x for x in range(40)]
    pids = {r[1] for r in got if r is not None}
    assert os.getpid() in pids  # this process took a share
    if jobs == 1:
        assert pids == {os.getpid()}
    else:
        assert len(pids) >= 2  # and a worker did too


@needs_fork
def test_tasks_kept_local_run_in_this_process() -> None:
    tasks = [(square_slowly, x) for x in range(12)]
    local = [x % 3 == 0 for x in range(12)]
    got = share(tasks, 2, local_only=local, context=FORK)
    for x, r in enumerate(got):
        assert r is not None and r[0] == x * x
        if local[x]:
            assert r[1] == os.getpid()


@needs_fork
def test_progress_adds_up_to_the_sizes_of_all_tasks() -> None:
    heard: list[int] = []
    sizes = [x % 4 + 1 for x in range(30)]
    share([(square_slowly, x) for x in range(30)], 2, progress=heard.append, sizes=sizes, context=FORK)
    assert sum(heard) == sum(sizes)
    assert all(n > 0 for n in heard)


@needs_fork
def test_a_stop_result_leaves_every_earlier_task_done() -> None:
    got = share([(square_slowly, x) for x in range(60)], 2, stop=is_bad, context=FORK)
    # whichever process ran the task of 7, everything before it is there
    assert all(got[x] is not None and got[x][0] == x * x for x in range(8))
    # and whatever ran is right (a task not run is None, never a wrong value)
    assert all(r is None or r[0] == x * x for x, r in enumerate(got))


@needs_fork
def test_a_workers_exception_is_raised_here_with_its_type() -> None:
    # task 5 lies at the front: a worker takes it before this process's end reaches it
    with pytest.raises(ValueError, match="five"):
        share([(fails_on_five, x) for x in range(400)], 2, context=FORK)


@needs_fork
def test_a_worker_that_dies_is_an_error_not_missing_results() -> None:
    with pytest.raises(WorkerFailed):
        share([(dies_on_three, x) for x in range(200)], 2, context=FORK)


def test_one_job_runs_everything_here_in_order() -> None:
    got = share([(fails_on_five, x) for x in range(5)], 1)
    assert got == [0, 1, 2, 3, 4]


def _take_front_and_die_holding_the_lock(front, back, lock):  # type: ignore[no-untyped-def]
    lock.acquire()
    os._exit(9)  # killed between taking the lock and letting it go (the out-of-memory killer, say)


@needs_fork
def test_a_worker_that_dies_holding_the_lock_is_an_error_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    # only forked workers take from the front: this process never runs the function replaced here
    monkeypatch.setattr(workshare, "_take_front", _take_front_and_die_holding_the_lock)
    with pytest.raises(WorkerFailed):
        share([(square_slowly, x) for x in range(40)], 2, context=FORK)


#: The pids of the workers that found every task taken, and whether one died (shared with forked workers).
_ENDED = FORK.RawArray("q", 3) if FORK is not None else None


def _take_front_then_one_dies_holding_the_lock(front, back, lock):  # type: ignore[no-untyped-def]
    """Take tasks as usual; when none is left, the second worker started dies holding the lock, after
    this process has done its share, and the first one then waits on that lock for ever."""
    assert _ENDED is not None
    with lock:
        i = int(front.value)
        if i < back.value:
            front.value = i + 1
            return i
        _ENDED[0 if not _ENDED[0] else 1] = os.getpid()
    while not _ENDED[1]:
        time.sleep(0.001)
    if os.getpid() == max(_ENDED[0], _ENDED[1]):  # started second (pids grow): this process hears it last
        time.sleep(0.3)  # this process has met the workers' end and waits for the first worker's results
        lock.acquire()
        _ENDED[2] = 1
        os._exit(9)
    while not _ENDED[2]:
        time.sleep(0.001)
    lock.acquire()
    os._exit(0)  # not reached: the lock stays taken


@needs_fork
def test_a_dead_worker_is_noticed_while_another_waits_on_the_lock_it_held(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _ENDED is not None
    _ENDED[0] = _ENDED[1] = _ENDED[2] = 0
    monkeypatch.setattr(workshare, "_take_front", _take_front_then_one_dies_holding_the_lock)
    with pytest.raises(WorkerFailed):
        share([(square_slowly, x) for x in range(40)], 3, context=FORK)
    assert _ENDED[2] == 1
