"""load_batch / evaluate_many from files: worker processes give the table one process gives, in order."""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

import zi_eval as zi
from tests.conftest import ROOT
from zi_eval.errors import InputError
from zi_eval.models.unit import Unit
from zi_eval.workshare import WorkerFailed

RUBRIC = zi.load_rubric()
PLANS = sorted((ROOT / "plans").glob("*.yaml"))


def _folder(tmp_path: Path, copies: int) -> list[Path]:
    """``copies`` rounds of the example plans, each file renamed so every row is told apart."""
    out = []
    for i in range(copies):
        for plan in PLANS:
            p = tmp_path / f"{i:02d}-{plan.name}"
            text = plan.read_text(encoding="utf-8")
            p.write_text(text.replace("\n  name: ", f"\n  name: {i:02d} ", 1), encoding="utf-8")
            out.append(p)
    return out


def test_two_processes_give_the_one_process_table_in_input_order(tmp_path: Path) -> None:
    paths = _folder(tmp_path, 10)  # 40 files: chunks of two files per worker job
    one = zi.evaluate_many(paths, RUBRIC, flags=True)
    two = zi.evaluate_many(paths, RUBRIC, flags=True, jobs=2)
    pd.testing.assert_frame_equal(one, two, check_exact=True)
    assert two["name"].tolist() == [zi.load_unit(p, RUBRIC).unit.name for p in paths]
    units = [zi.load_unit(p, RUBRIC) for p in paths]
    pd.testing.assert_frame_equal(one, zi.evaluate_many(units, RUBRIC, flags=True), check_exact=True)


def test_units_and_files_mixed_keep_their_order_with_workers(tmp_path: Path) -> None:
    paths = _folder(tmp_path, 5)
    units = [zi.load_unit(p, RUBRIC) for p in paths]
    mixed: list[Unit | Path] = [units[i] if i % 3 == 0 else p for i, p in enumerate(paths)]
    batch = zi.load_batch(mixed, RUBRIC, jobs=2)
    assert batch.units is not None
    assert [u.unit.name for u in batch.units] == [u.unit.name for u in units]
    assert list(batch.stacked.names) == [u.unit.name for u in units]
    pd.testing.assert_frame_equal(
        zi.evaluate_many(batch, flags=True), zi.evaluate_many(units, RUBRIC, flags=True), check_exact=True
    )


def test_many_unit_objects_valued_by_forked_workers_give_the_one_process_table(tmp_path: Path) -> None:
    """Enough Unit objects go to forked workers by position (Linux); the table is the same, in order."""
    paths = _folder(tmp_path, 40)  # 160 units: more than the threshold for handing units to workers
    units = [zi.load_unit(p, RUBRIC) for p in paths]
    one = zi.evaluate_many(units, RUBRIC, flags=True)
    two = zi.evaluate_many(units, RUBRIC, flags=True, jobs=2)
    pd.testing.assert_frame_equal(one, two, check_exact=True)
    batch = zi.load_batch(units, RUBRIC, jobs=2)
    assert (
        batch.units is not None and [u is v for u, v in zip(batch.units, units, strict=True)] == [True] * 160
    )
    assert zi.api._FORKED_UNITS == []  # nothing held after the batch


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_file_among_many_raises_its_problem_not_a_broken_pool(tmp_path: Path, jobs: int) -> None:
    paths = _folder(tmp_path, 5)
    bad = tmp_path / "07-bad.yaml"
    shutil.copy(ROOT / "tests" / "data" / "bad" / "bad_unit_month_13.yaml", bad)
    later_bad = tmp_path / "15-bad.yaml"
    shutil.copy(ROOT / "tests" / "data" / "bad" / "bad_unit_unknown_field.yaml", later_bad)
    with pytest.raises(InputError) as err:
        zi.evaluate_many([*paths[:7], bad, *paths[7:15], later_bad, *paths[15:]], RUBRIC, jobs=jobs)
    assert [(p.path, p.field) for p in err.value.problems] == [(str(bad), "activities[0].months[1]")]
    assert str(err.value).startswith(f"{bad}:")


def test_the_garbage_collector_is_as_it_was_after_a_batch_even_a_failing_one(tmp_path: Path) -> None:
    paths = _folder(tmp_path, 1)
    bad = tmp_path / "bad.yaml"
    shutil.copy(ROOT / "tests" / "data" / "bad" / "bad_unit_month_13.yaml", bad)
    assert gc.isenabled()
    assert len(zi.load_batch(paths, RUBRIC)) == len(paths)
    assert gc.isenabled()
    with pytest.raises(InputError):
        zi.load_batch([paths[0], bad], RUBRIC)
    assert gc.isenabled()
    gc.disable()  # a caller that turned it off keeps it off
    try:
        zi.load_batch(paths, RUBRIC)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert gc.get_freeze_count() == 0  # what a batch set aside between groups is back in the old generation


#: Load a batch and print its size, the frozen objects left after it, the cyclic garbage it left and
#: the cyclic garbage once the linker's caches let go of what it kept.
_COUNT_CYCLES = """
import gc, sys
import zi_eval as zi
from zi_eval.scoring.linking import _cache
rubric = zi.load_rubric()
gc.collect()
batch = zi.load_batch(sys.argv[1:], rubric, keep_units=True)
print(len(batch), gc.get_freeze_count(), gc.collect())
del batch
rubric.derived("step_links", lambda _: {}).clear()
_cache(rubric).clear()
print(gc.collect())
"""


def test_a_batch_leaves_no_cycles_for_the_collector_and_thaws_none_of_the_callers_frozen_objects(
    synthetic_files: list[Path],
) -> None:
    """The batch sets its objects aside from the collector between groups (they make no cycles);
    a caller that froze objects of its own keeps them frozen.

    The cycles are counted in a new interpreter: counted in this one, the test failed once in the
    whole suite and never alone (whatever other tests left behind may make cyclic garbage of its own
    while the batch runs).
    """
    import subprocess
    import sys

    counted = subprocess.run(
        [sys.executable, "-c", _COUNT_CYCLES, *map(str, synthetic_files[:150])],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.split()
    # nothing the batch made was cyclic garbage; nor is what the linker kept, once let go (links
    # point to rankings, not back)
    assert counted == ["150", "0", "0", "0"]
    mine = [[i] for i in range(1000)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen >= len(mine)
        zi.load_batch(synthetic_files[150:200], RUBRIC)
        # the caller's objects are still set aside: none is back among the collector's generations
        # (gc.get_objects() leaves the frozen out). The frozen count itself may fall a little: a
        # frozen object freed meanwhile (an entry a full cache lets go) leaves the set.
        tracked = {id(o) for o in gc.get_objects()}
        assert not any(id(x) in tracked for x in mine) and id(mine) not in tracked
        assert gc.get_freeze_count() >= frozen - 1000
    finally:
        gc.unfreeze()


@pytest.fixture(scope="module")
def synthetic_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """320 distinct synthetic units as unit files (most of their texts new to the linker)."""
    from benchmarks.synthetic import synthetic_unit
    from zi_eval.models.serialize import dump_unit

    folder = tmp_path_factory.mktemp("synthetic")
    out = []
    for seed in range(320):
        p = folder / f"s{seed:03d}.yaml"
        p.write_text(dump_unit(synthetic_unit(RUBRIC, seed)), encoding="utf-8")
        out.append(p)
    return out


def test_the_table_is_the_same_whoever_valued_which_file_and_however_warm_the_caches(
    synthetic_files: list[Path],
) -> None:
    """This process values its share while its link cache grows; its workers fork with what it had."""
    from zi_eval.scoring.linking import _cache

    batches = {}
    for jobs in (3, 2, 1):
        _cache(RUBRIC).clear()  # each from cold
        batches[jobs] = zi.load_batch(synthetic_files, RUBRIC, jobs=jobs, keep_units=False)
    warm = zi.load_batch(synthetic_files, RUBRIC, jobs=2, keep_units=False)
    for mode in ("claimed", "evidenced", "projected"):
        one = zi.evaluate_many(batches[1], mode=mode, flags=True)
        assert len(one) == 320
        for other in (batches[2], batches[3], warm):
            pd.testing.assert_frame_equal(
                one, zi.evaluate_many(other, mode=mode, flags=True), check_exact=True
            )


def _with_bad_files(paths: list[Path], at: list[int], tmp_path: Path) -> list[Path]:
    out = list(paths)
    for n, i in enumerate(at):
        bad = tmp_path / f"bad-{i}.yaml"
        name = ("bad_unit_month_13.yaml", "bad_unit_unknown_field.yaml")[n % 2]
        shutil.copy(ROOT / "tests" / "data" / "bad" / name, bad)
        out.insert(i, bad)
    return out


@pytest.mark.parametrize("jobs", [2, 3])
@pytest.mark.parametrize("at", [[0], [1, 40], [20, 59], [59], [3, 30, 58]])
def test_the_first_bad_file_in_order_is_raised_wherever_it_lies(
    synthetic_files: list[Path], tmp_path: Path, jobs: int, at: list[int]
) -> None:
    """A bad file near the end is met first by this process (it takes chunks from the back)."""
    sources = _with_bad_files(synthetic_files[: 60 - len(at)], at, tmp_path)
    with pytest.raises(InputError) as err:
        zi.load_batch(sources, RUBRIC, jobs=jobs)
    assert {p.path for p in err.value.problems} == {str(sources[at[0]])}
    heard: list[int] = []
    with pytest.raises(InputError) as err:
        zi.load_batch(sources, RUBRIC, jobs=jobs, every_problem=True, progress=heard.append)
    assert list(dict.fromkeys(p.path for p in err.value.problems)) == [str(sources[i]) for i in at]
    assert sum(heard) == len(sources)


@pytest.mark.parametrize("jobs", [2, 3, 40])
@pytest.mark.parametrize("n", [0, 1, 2, 3])
def test_few_sources_with_workers_load_as_in_one_process(
    synthetic_files: list[Path], jobs: int, n: int
) -> None:
    heard: list[int] = []
    batch = zi.load_batch(synthetic_files[:n], RUBRIC, jobs=jobs, progress=heard.append)
    assert sum(heard) == n
    assert batch.units is not None and [u.unit.name for u in batch.units] == [
        zi.load_unit(p, RUBRIC).unit.name for p in synthetic_files[:n]
    ]
    assert list(batch.stacked.names) == [u.unit.name for u in batch.units]


@pytest.mark.parametrize("jobs", [2, 3])
def test_files_and_unit_objects_mixed_are_kept_in_order_and_counted_once(
    synthetic_files: list[Path], jobs: int
) -> None:
    units = [zi.load_unit(p, RUBRIC) for p in synthetic_files[:40]]
    # runs of Unit objects long enough for workers to take them, between files
    mixed: list[Unit | Path] = [*synthetic_files[:10], *units * 4, *synthetic_files[10:20], units[0]]
    want = [*units[:10], *units * 4, *units[10:20], units[0]]
    heard: list[int] = []
    batch = zi.load_batch(mixed, RUBRIC, jobs=jobs, progress=heard.append)
    assert sum(heard) == len(mixed)
    assert batch.units is not None and [u.unit.name for u in batch.units] == [u.unit.name for u in want]
    assert all(u is x for u, x in zip(batch.units, mixed, strict=True) if isinstance(x, Unit))
    pd.testing.assert_frame_equal(
        zi.evaluate_many(batch, flags=True), zi.evaluate_many(want, RUBRIC, flags=True), check_exact=True
    )


_PARENT = os.getpid()


def _stack_files_dying_in_a_worker(job):  # type: ignore[no-untyped-def]
    if os.getpid() != _PARENT:
        os._exit(9)  # a worker killed mid-batch (out of memory, say)
    return _STACK_FILES(job)


_STACK_FILES = zi.api._stack_files


def test_a_worker_killed_mid_batch_is_an_error_never_missing_rows(
    synthetic_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zi.api, "_stack_files", _stack_files_dying_in_a_worker)
    with pytest.raises(WorkerFailed):
        zi.evaluate_many(synthetic_files[:40], RUBRIC, jobs=2)
    assert zi.api._FORKED_UNITS == []
