"""The report folder is written all or nothing (issue 17 #22): a SIGTERM while the report is rendered
leaves the folder as it was and no temporary file anywhere; a SIGTERM while the files are written
lands after the last one. The signal is sent from inside the run, at a chosen step, so the tests do
not depend on timing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT
from zi_eval.errors import InputError
from zi_eval.io.textfile import write_all

UNIT = (DATA / "good" / "good_minimal_unit.yaml").read_text(encoding="utf-8")

#: Runs ``zi-eval report`` with SIGTERM sent to itself at one step: {patch} names the function.
_SCRIPT = """
import os, signal, sys
import {module} as m
real = m.{name}
def stopped(*a, **k):
    out = real(*a, **k)
    os.kill(os.getpid(), signal.SIGTERM)
    return out
m.{name} = stopped
from zi_eval.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _report(
    unit: Path, out: Path, tmp: Path, stop_after: str | None = None
) -> subprocess.CompletedProcess[str]:
    code = "from zi_eval.cli import main; import sys; sys.exit(main(sys.argv[1:]))"
    if stop_after is not None:
        module, _, name = stop_after.rpartition(".")
        code = _SCRIPT.format(module=module, name=name)
    return subprocess.run(
        [sys.executable, "-c", code, "report", str(unit), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(tmp)},
        timeout=300,
    )


def _contents(folder: Path) -> dict[str, bytes]:
    # the workbook carries its creation time; the charts and the page are byte-identical run to run
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix != ".xlsx"}


@pytest.fixture()
def old_report(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A folder holding last month's report, and this month's unit (a lower IPAK)."""
    (tmp_path / "tmp").mkdir()
    old_unit, new_unit = tmp_path / "lama.yaml", tmp_path / "baru.yaml"
    old_unit.write_text(UNIT, encoding="utf-8")
    new_unit.write_text(UNIT.replace("ipak: 3.7", "ipak: 2.1"), encoding="utf-8")
    out = tmp_path / "laporan"
    assert _report(old_unit, out, tmp_path / "tmp").returncode == 0
    return new_unit, out, _contents(out)


def test_a_stop_while_rendering_leaves_the_old_report_and_no_temporary_file(
    old_report: tuple[Path, Path, dict[str, bytes]], tmp_path: Path
) -> None:
    new_unit, out, before = old_report
    names = sorted(p.name for p in out.iterdir())
    proc = _report(new_unit, out, tmp_path / "tmp", stop_after="zi_eval.report.bundle.write_lke_workbook")
    assert proc.returncode == 143, proc.stderr
    assert "Traceback" not in proc.stderr
    assert _contents(out) == before and sorted(p.name for p in out.iterdir()) == names
    assert list((tmp_path / "tmp").iterdir()) == []  # the workbook's private folder is gone too


def test_a_stop_while_writing_lands_after_the_last_file(
    old_report: tuple[Path, Path, dict[str, bytes]], tmp_path: Path
) -> None:
    new_unit, out, before = old_report
    proc = _report(new_unit, out, tmp_path / "tmp", stop_after="zi_eval.io.textfile.write_atomic")
    assert proc.returncode == 143, proc.stderr
    after = _contents(out)
    assert after.keys() == before.keys() and after["index.html"] != before["index.html"]
    fresh = tmp_path / "segar"
    assert _report(new_unit, fresh, tmp_path / "tmp").returncode == 0
    assert after == _contents(fresh)  # every file is this month's
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_stop_before_a_new_folder_is_made_makes_none(tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir()
    unit = tmp_path / "u.yaml"
    unit.write_text(UNIT, encoding="utf-8")
    out = tmp_path / "baru"
    proc = _report(unit, out, tmp_path / "tmp", stop_after="zi_eval.report.bundle.render_charts")
    assert proc.returncode == 143 and not out.exists()


def test_write_all_checks_every_target_before_writing_any(tmp_path: Path) -> None:
    locked = tmp_path / "b.txt"
    locked.write_text("lama\n", encoding="utf-8")
    locked.chmod(0o444)
    with pytest.raises(InputError) as exc:
        write_all({tmp_path / "a.txt": "baru\n", locked: "baru\n", tmp_path / "c": "baru\n"})
    assert [p.field for p in exc.value.problems] == ["output"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.txt"] and locked.read_text() == "lama\n"


def test_report_onto_an_existing_file_leaves_it(tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir()
    unit = tmp_path / "u.yaml"
    unit.write_text(UNIT, encoding="utf-8")
    target = tmp_path / "laporan"
    target.write_text("catatan rapat\n", encoding="utf-8")
    proc = _report(unit, target, tmp_path / "tmp")
    assert proc.returncode == 3 and target.read_text(encoding="utf-8") == "catatan rapat\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan", "tmp", "u.yaml"]
