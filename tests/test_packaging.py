"""A plain wheel carries the rubrics and schemas, so ``pip install .`` works outside the repo."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_ships_rubrics_and_schemas(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("zi_eval-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in (
        "zi_eval/rubrics/permenpanrb-90-2021.yaml",
        "zi_eval/rubrics/rubric.schema.json",
        "zi_eval/rubrics/unit.schema.json",
        "zi_eval/cli.py",
    ):
        assert f in names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "zi-eval = zi_eval.cli:run" in zipfile.ZipFile(wheel).read(entry).decode()
