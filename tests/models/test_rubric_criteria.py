"""A rubric's criteria: ids that name one criterion each, labels in both languages or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA
from zi_eval.cli import main

MINIMAL = (DATA / "good" / "good_minimal_rubric.yaml").read_text(encoding="utf-8")
CRITERIA = "      - {id: total, kind: total, min: 75.0}\n"


def _rubric(tmp_path: Path, criteria: str) -> Path:
    assert MINIMAL.endswith(CRITERIA)
    path = tmp_path / "rubrik.yaml"
    path.write_text(MINIMAL[: -len(CRITERIA)] + criteria, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("criteria", "line", "field", "must", "got"),
    [
        (
            "      - {id: total, kind: total, min: 75.0}\n      - {id: total, kind: component, ref: pengungkit, min: 40.0}\n",
            67,
            "predicates[0].criteria[1].id",
            "a unique criterion id in its predicate",
            "'total'",
        ),
        (
            "      - {id: prior-predicate, kind: total, min: 75.0}\n",
            66,
            "predicates[0].criteria[0].id",
            "an id other than prior-predicate or area:…",
            "'prior-predicate'",
        ),
        (
            "      - {id: area, kind: each_zi_area_percent, min: 60.0, label: Area}\n",
            66,
            "predicates[0].criteria[0].label",
            "absent for each_zi_area_percent",
            "'Area'",
        ),
        (
            "      - {id: total, kind: total, min: 75.0, label_en: Total}\n",
            66,
            "predicates[0].criteria[0].label",
            "present when label_en is given",
            "nothing",
        ),
    ],
)
def test_a_criterion_that_reports_could_not_name_is_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    criteria: str,
    line: int,
    field: str,
    must: str,
    got: str,
) -> None:
    path = _rubric(tmp_path, criteria)
    assert main(["validate", str(path), "--lang", "en"]) == 3
    assert f"{path}:{line}: {field}: must be {must}; got {got}" in capsys.readouterr().err.splitlines()
    assert main(["validate", str(path)]) == 3
    assert "harus " in capsys.readouterr().err  # and in Indonesian by default


def test_labels_in_both_languages_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _rubric(
        tmp_path, "      - {id: total, kind: total, min: 75.0, label: Nilai akhir, label_en: Final score}\n"
    )
    assert main(["validate", str(path)]) == 0
