"""Every bad fixture fails with its exact message (file, line, field) and exit code 3."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import DATA
from zi_eval.cli import main

BAD = DATA / "bad"


def test_broken_rubric_fixture_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    path = BAD / "bad_rubric_weight_not_summing.yaml"
    assert main(["validate", str(path)]) == 3
    assert capsys.readouterr().err.startswith(
        f"{path}:23: components[0].aspects[0].areas[0].weight: harus jumlah bobot indikatornya (50); didapat 60.0"
    )


def test_good_fixtures_validate(capsys: pytest.CaptureFixture[str]) -> None:
    good = sorted((DATA / "good").glob("good_*.yaml"))
    assert main(["validate", *map(str, good)]) == 0
    assert capsys.readouterr().out.count("valid:") == len(good)


def test_all_problems_of_a_file_are_reported_in_one_run(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    text = (DATA / "good" / "good_minimal_unit.yaml").read_text(encoding="utf-8")
    text = text.replace("months: [1]\n    lke:", "months: [13]\n    lke:").replace("year: 2025", "year: 1800")
    f = tmp_path / "two.yaml"
    f.write_text(text, encoding="utf-8")
    assert main(["validate", str(f)]) == 3
    lines = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith(str(f))]
    assert len(lines) == 2


def test_real_cli_process_reports_line_and_exit_code() -> None:
    path = BAD / "bad_unit_month_13.yaml"
    proc = subprocess.run(
        [sys.executable, "-m", "zi_eval", "validate", str(path)], capture_output=True, text=True
    )
    assert proc.returncode == 3
    assert proc.stderr.startswith(f"{path}:17: activities[0].months[1]: harus ≤ 12; didapat 13")
    assert "Traceback" not in proc.stderr


def test_broken_copy_of_default_rubric_exits_3_with_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from zi_eval.models.loading import rubric_dir

    lines = (rubric_dir() / "permenpanrb-90-2021.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    idx = next(i for i, ln in enumerate(lines) if ln.strip() == "A: 1.0" and i > 100)
    lines[idx] = lines[idx].replace("1.0", "1.5")
    f = tmp_path / "broken.yaml"
    f.write_text("".join(lines), encoding="utf-8")
    assert main(["validate", str(f)]) == 3
    assert capsys.readouterr().err.startswith(f"{f}:{idx + 1}: ")


def test_usage_error_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 2
    assert main(["no-such-command"]) == 2
