"""Run a list of tasks in this process and in worker processes at once, results in task order.

``load_batch(jobs=J)`` used a process pool of J workers while this process only waited: a core
stayed idle and every task paid for the pool (the parent's Unit objects are reached by forked
workers, each of which copies every memory page whose objects it touches). Here this process is
one of the J: the J - 1 workers take tasks from the front of the list and this process takes them
from the back until they meet, so nothing waits for a queue to be fed and this process's share
costs nothing extra. Two counters in shared memory, under one lock, say which tasks are taken.

A worker keeps its results and sends them once, when no task is left: sending each as it was
done would stop the worker on a full pipe while this process is busy with its own share.
"""

from __future__ import annotations

import multiprocessing as mp
import pickle
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, cast

#: A task: a module-level function (a worker started by ``spawn`` imports it) and its argument.
Task = tuple[Callable[[Any], Any], Any]


class WorkerFailed(RuntimeError):
    """A worker process ended without sending its results (killed, or out of memory)."""


def _take_front(front: Any, back: Any, lock: Any) -> int:
    """The next task from the front (a worker's), or -1 when the two ends have met."""
    with lock:
        i = int(front.value)
        if i >= back.value:
            return -1
        front.value = i + 1
        return i


def _take_back(front: Any, back: Any, lock: Any, procs: Sequence[Any]) -> int:
    """The next task from the back (this process's), or -1 when the two ends have met."""
    if not _acquire(lock, procs):
        raise WorkerFailed("a worker process ended holding the lock")
    try:
        j = int(back.value) - 1
        if j < front.value:
            return -1
        back.value = j
        return j
    finally:
        lock.release()


def _acquire(lock: Any, procs: Sequence[Any]) -> bool:
    """Take the lock in this process, or give up (False) once a worker has failed.

    A worker killed while it holds the lock (the out-of-memory killer) never lets it go, and this
    process would wait for ever; a worker that ended with an error code has lost its results anyway.
    """
    while not lock.acquire(timeout=0.1):
        if any(p.exitcode not in (None, 0) for p in procs):
            return False
    return True


def _work(
    tasks: Sequence[Task],
    sizes: Sequence[int],
    front: Any,
    back: Any,
    lock: Any,
    finished: Any,
    stop: Callable[[Any], bool] | None,
    conn: Connection,
) -> None:
    """A worker: take tasks from the front until none is left, then send every result at once."""
    done: list[tuple[int, Any]] = []
    try:
        while (i := _take_front(front, back, lock)) >= 0:
            fn, arg = tasks[i]
            got = fn(arg)
            done.append((i, got))
            with lock:
                finished.value += sizes[i]
                if stop is not None and stop(got):
                    back.value = front.value  # nothing after this task matters: the others stop too
        conn.send(("ok", done))
    except BaseException as exc:  # our bug in a worker: the caller raises it
        try:
            conn.send(("error", exc))
        except (pickle.PicklingError, TypeError, AttributeError):
            conn.send(("error", RuntimeError(repr(exc))))
    finally:
        conn.close()


def share(
    tasks: Sequence[Task],
    jobs: int,
    local_only: Sequence[bool] | None = None,
    stop: Callable[[Any], bool] | None = None,
    progress: Callable[[int], None] | None = None,
    sizes: Sequence[int] | None = None,
    context: Any = None,
) -> list[Any | None]:
    """Run ``tasks`` in this process and ``jobs - 1`` workers; their results, in task order.

    ``local_only[i]`` keeps task ``i`` in this process (Unit objects where workers cannot fork).
    When ``stop(result)`` holds for a worker's result, no further task is started (tasks before it
    are all finished, or being finished: they were taken first); a task never run has ``None``.
    ``progress(n)`` hears of ``n`` more done: the ``sizes`` of tasks finished (1 each by default),
    this process's as they end and the workers' as this process notices them. ``context`` is a
    :mod:`multiprocessing` context (the default's start method otherwise). A worker's exception is
    raised here; a worker that ends without sending its results (killed, also while it holds the
    lock) raises :class:`WorkerFailed`.
    """
    n = len(tasks)
    local = list(local_only) if local_only is not None else [False] * n
    size = list(sizes) if sizes is not None else [1] * n
    results: list[Any | None] = [None] * n
    movable = [i for i in range(n) if not local[i]]
    workers = min(max(0, jobs - 1), max(0, len(movable) - 1))
    if not workers:
        for i, (fn, arg) in enumerate(tasks):
            results[i] = fn(arg)
            if progress is not None:
                progress(size[i])
        return results
    ctx = context or mp.get_context()
    # workers see only the tasks they may take, renumbered; this process runs the rest itself
    shared = [tasks[i] for i in movable]
    lock = ctx.Lock()
    front, back, finished = ctx.RawValue("q", 0), ctx.RawValue("q", len(shared)), ctx.RawValue("q", 0)
    procs, conns = [], []
    delivered = False  # every worker's results received: the workers are not waited for
    for _ in range(workers):
        mine, theirs = ctx.Pipe(duplex=False)
        args = (shared, [size[i] for i in movable], front, back, lock, finished, stop, theirs)
        p = ctx.Process(target=_work, args=args, daemon=True)
        p.start()
        theirs.close()
        procs.append(p)
        conns.append(mine)
    try:
        seen = 0

        def heard() -> None:
            nonlocal seen
            if progress is not None:
                now = int(finished.value)
                if now > seen:
                    progress(now - seen)
                    seen = now

        for i in (i for i in range(n) if local[i]):
            results[i] = tasks[i][0](tasks[i][1])
            if progress is not None:
                progress(size[i])
            heard()
        while (j := _take_back(front, back, lock, procs)) >= 0:
            fn, arg = shared[j]
            results[movable[j]] = fn(arg)
            if progress is not None:
                progress(size[movable[j]])
            heard()
        # whichever worker is ready first: one that died is noticed while another still works (or
        # waits for ever on a lock the dead one held)
        pending = list(conns)
        while pending:
            for ready in wait(pending):
                conn = cast(Connection, ready)
                pending.remove(conn)
                try:
                    kind, payload = conn.recv()
                except EOFError:
                    raise WorkerFailed("a worker process ended without its results") from None
                if kind == "error":
                    raise payload
                for j, got in payload:
                    results[movable[j]] = got
        heard()
        delivered = True
    except BaseException:
        # the workers take nothing more (Ctrl-C, or a task of ours failed); a lock still taken after a
        # second is a dead worker's (or ours, when Ctrl-C came just as we took it). Their results are
        # not wanted: they are ended at once (one blocked sending its results would not end itself)
        if lock.acquire(timeout=1.0):
            back.value = front.value
            lock.release()
        for p in procs:
            if p.is_alive():
                p.terminate()
        raise
    finally:
        for conn in conns:
            conn.close()
        for p in procs:
            if delivered:
                # its results are here and it only ends now; tearing down its copy of this process's
                # memory took ~25 ms, a twentieth of a batch of 2,000 units, and this process waited
                # for it. It is reaped when the next process starts, by ``mp.active_children()`` or
                # at exit (multiprocessing's own bookkeeping), and ended there if it still runs.
                continue
            p.join(timeout=5)
            if p.is_alive():
                p.terminate()
                p.join()
    return results
