"""Tasks shared between this process and workers: every result in task order, whoever ran it."""

from __future__ import annotations

import multiprocessing as mp
import os
import time

import pytest

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
