"""Tasks shared between this process and workers: every result in task order, whoever ran it."""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections.abc import Callable

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


def identity(x: int) -> int:
    return x


def a_large_result(x: int) -> bytes:
    """Far more than a pipe holds (64 KiB): a worker sends megabytes at its end."""
    return bytes([x % 256]) * 300_000


def fails_here_late(x: int) -> int:
    """Fails in this process's share (the back of the list), never in a worker's."""
    time.sleep(0.002)
    if x >= 30 and os.getpid() == PARENT:
        raise ValueError("ours")
    return x


def interrupted_here_late(x: int) -> int:
    """Ctrl-C in this process alone (a notebook's interrupt reaches the kernel, not its workers)."""
    time.sleep(0.002)
    if x >= 30 and os.getpid() == PARENT:
        raise KeyboardInterrupt
    return x


def bad_if_odd(x: int) -> tuple[int, bool]:
    time.sleep(0.001 * (x % 3))
    return x, x % 2 == 1


def is_flagged(got: tuple[int, bool]) -> bool:
    return got[1]


@needs_fork
@pytest.mark.parametrize("n", [0, 1, 2, 3])
@pytest.mark.parametrize("jobs", [2, 3, 8])
def test_few_tasks_and_more_jobs_than_tasks(n: int, jobs: int) -> None:
    heard: list[int] = []
    assert share([(identity, x) for x in range(n)], jobs, progress=heard.append, context=FORK) == list(
        range(n)
    )
    assert sum(heard) == n


@needs_fork
@pytest.mark.parametrize("jobs", [2, 3])
def test_megabytes_of_results_come_through_the_pipes_whole_and_in_order(jobs: int) -> None:
    got = share([(a_large_result, x) for x in range(40)], jobs, context=FORK)
    assert [len(r) for r in got if r is not None] == [300_000] * 40
    assert [r[0] for r in got if r is not None] == [x % 256 for x in range(40)]


@needs_fork
@pytest.mark.parametrize("jobs", [2, 3])
@pytest.mark.parametrize("first_bad", [0, 1, 5, 20, 38, 39])
def test_the_first_stop_in_task_order_has_every_task_before_it_whoever_met_which_first(
    jobs: int, first_bad: int
) -> None:
    # task x stops when x is odd and at least first_bad (first_bad itself made odd below): later bad
    # tasks lie at this process's end, so it meets one before a worker meets the first
    tasks = [(bad_if_odd, x if x >= first_bad else 2 * (x // 2)) for x in range(40)]
    tasks[first_bad] = (bad_if_odd, 2 * first_bad + 1)
    got = share(tasks, jobs, stop=is_flagged, context=FORK)
    assert all(got[x] == bad_if_odd(tasks[x][1]) for x in range(first_bad + 1))
    assert all(r is None or r == bad_if_odd(tasks[x][1]) for x, r in enumerate(got))


def _ended_workers() -> list[mp.process.BaseProcess]:
    """The workers still running after waiting up to ten seconds for them to end (``share`` does not
    wait for a worker that sent its results); reaped as multiprocessing reaps its children."""
    deadline = time.monotonic() + 10
    while (alive := mp.active_children()) and time.monotonic() < deadline:
        time.sleep(0.01)
    return alive


@needs_fork
def test_sharing_many_times_leaves_no_file_open_and_no_process_behind() -> None:
    proc = os.path.isdir("/proc/self/fd")
    share([(identity, x) for x in range(10)], 3, context=FORK)  # the shared-memory arena, made once
    assert _ended_workers() == []
    before = len(os.listdir("/proc/self/fd")) if proc else 0
    for _ in range(200):
        assert share([(identity, x) for x in range(10)], 3, context=FORK) == list(range(10))
    assert _ended_workers() == []
    if proc:
        assert len(os.listdir("/proc/self/fd")) == before


#: A pipe the test below writes to: until then, a worker that took a task of :func:`held_at_exit`
#: does not end (a pipe, not an Event: a worker ended while waiting leaves nothing locked).
EXIT_GATE: tuple[int, int] | None = None
_HELD = False


def held_at_exit(x: int) -> int:
    """``x``; in a worker, the worker's exit waits for a byte on :data:`EXIT_GATE` (a slow teardown)."""
    global _HELD
    if mp.parent_process() is not None and EXIT_GATE is not None and not _HELD:
        mp.util.Finalize(None, os.read, args=(EXIT_GATE[0], 1), exitpriority=100)
        _HELD = True  # once per worker
    time.sleep(0.002)
    return x


@needs_fork
def test_results_are_returned_without_waiting_for_the_workers_to_end() -> None:
    """A worker that sent its results is left to end on its own (tearing down its copy of this process
    took ~25 ms of a batch's wall time) and is reaped afterwards."""
    global EXIT_GATE
    EXIT_GATE = os.pipe()
    try:
        got = share([(held_at_exit, x) for x in range(40)], 2, context=FORK)
        assert got == list(range(40))
        assert mp.active_children() != []  # still ending: not waited for
    finally:
        os.write(EXIT_GATE[1], b"go")
        assert _ended_workers() == []
        os.close(EXIT_GATE[0])
        os.close(EXIT_GATE[1])
        EXIT_GATE = None


@needs_fork
@pytest.mark.parametrize(
    ("task", "error"), [(fails_here_late, ValueError), (interrupted_here_late, KeyboardInterrupt)]
)
def test_a_failure_in_this_process_leaves_no_worker_running(task: Callable[[int], int], error: type) -> None:
    with pytest.raises(error):
        share([(task, x) for x in range(40)], 3, context=FORK)
    assert mp.active_children() == []  # every worker ended and was waited for (no zombie)


def test_workers_started_by_spawn_give_the_same_results_in_order() -> None:
    """Where processes cannot fork: workers import the tasks' module and take them pickled."""
    spawn = mp.get_context("spawn")
    tasks = [(identity, x) for x in range(30)]
    heard: list[int] = []
    assert share(tasks, 3, progress=heard.append, context=spawn) == list(range(30))
    assert sum(heard) == 30
    local = [x % 4 == 0 for x in range(30)]
    assert share(tasks, 2, local_only=local, context=spawn) == list(range(30))


def _take_back_interrupted_holding_the_lock(front, back, lock, procs):  # type: ignore[no-untyped-def]
    lock.acquire()
    raise KeyboardInterrupt  # Ctrl-C just as this process took the lock


@needs_fork
def test_ctrl_c_just_as_this_process_takes_the_lock_is_no_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workshare, "_take_back", _take_back_interrupted_holding_the_lock)
    with pytest.raises(KeyboardInterrupt):
        share([(square_slowly, x) for x in range(40)], 3, context=FORK)
    assert mp.active_children() == []
