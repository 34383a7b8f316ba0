"""Every bad fixture fails with its exact message (file, line, field) and exit code 3."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import DATA
from zi_eval.cli import main

BAD = DATA / "bad"

EXPECTED = {
    "bad_rubric_weight_not_summing.yaml": "23: components[0].aspects[0].areas[0].weight: must be the sum of its "
    "indicators' weights (50); got 60.0",
    "bad_rubric_duplicate_code.yaml": "35: components[0].aspects[0].areas[0].indicators[0].items[1].code: "
    "must be a unique item code; got 'P.1.i.a'",
    "bad_rubric_unknown_answer_type.yaml": "37: components[0].aspects[0].areas[0].indicators[0].items[1]."
    "answer_type: must be one of YA_TIDAK, ABC, NILAI_0_4; got 'ABCZ'",
    "bad_rubric_option_value.yaml": "38: components[0].aspects[0].areas[0].indicators[0].items[1].options.A: "
    "must be a value between 0 and 1; got 1.5",
    "bad_rubric_missing_field.yaml": "35: components[0].aspects[0].areas[0].indicators[0].items[1].remediation: "
    "must be present; got nothing",
    "bad_rubric_unknown_field.yaml": "41: components[0].aspects[0].areas[0].indicators[0].items[1].points: "
    "must be a known field (unknown field); got 'points'",
    "bad_rubric_wrong_type.yaml": "27: components[0].aspects[0].areas[0].indicators[0].weight: must be a number; "
    "got 'enam puluh'",
    "bad_rubric_threshold_unreachable.yaml": "66: predicates[0].criteria[0].min: must be ≤ the maximum reachable "
    "(100); got 175.0",
    "bad_unit_month_13.yaml": "17: activities[0].months[1]: must be ≤ 12; got 13",
    "bad_unit_month_0.yaml": "17: activities[0].months[0]: must be ≥ 1; got 0",
    "bad_unit_month_name.yaml": "17: activities[0].months[0]: must be an integer; got 'Jan'",
    "bad_unit_wrong_type.yaml": "6: unit.year: must be an integer; got 'dua ribu'",
    "bad_unit_unknown_field.yaml": "8: unit.predikat: must be a known field (unknown field); got 'predikat'",
    "bad_unit_missing_field.yaml": "2: unit.name: must be present; got nothing",
    "bad_unit_duplicate_id.yaml": "20: activities[1].id: must be a unique activity id; got 'a1'",
    "bad_unit_unknown_item.yaml": "38: answers.P.9.i.z: must be an item code of the rubric; got 'P.9.i.z'",
    "bad_unit_answer_not_in_options.yaml": "38: answers.P.1.i.b.answer: must be one of A, B, C; got 'F'",
    "bad_unit_negative_count.yaml": "40: answers.R.1.i.a.counts.jumlah_perubahan_dibuat: must be ≥ 0; got -7",
    "bad_unit_survey_out_of_range.yaml": "42: hasil.ipak: must be ≤ 4; got 4.5",
    "bad_unit_unknown_area.yaml": "22: activities[1].area: must be one of manajemen-perubahan",
    "bad_unit_evidence_escapes.yaml": "32: evidence[0].path: must be a path inside the plan's folder (no '..'); "
    "got '../../etc/passwd'",
    "bad_unit_unknown_evidence_ref.yaml": "37: answers.P.1.i.a.evidence[0]: must be an evidence id of this file; "
    "got 'e9'",
    "bad_unit_invalid_yaml.yaml": "39: yaml: must be valid YAML; got",
}


def test_every_bad_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in BAD.glob("bad_*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_fixture_message(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = BAD / name
    code = main(["validate", str(path)])
    err = capsys.readouterr().err
    assert code == 3
    first = err.splitlines()[0]
    assert first.startswith(f"{path}:{EXPECTED[name]}"), first
    assert "Traceback" not in err


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
    assert proc.stderr.startswith(f"{path}:17: activities[0].months[1]: must be ≤ 12; got 13")
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
