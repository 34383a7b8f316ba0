"""Fixtures for report tests: evaluations of a full unit and of the seed plan."""

from __future__ import annotations

import pytest

from tests.builders import make_unit
from tests.conftest import ROOT
from zi_eval.flags import Flag, derive_flags
from zi_eval.models.loading import load_unit
from zi_eval.models.rubric import Rubric
from zi_eval.scoring.engine import Evaluation, evaluate_unit


@pytest.fixture(scope="module")
def seed_eval(rubric: Rubric) -> tuple[Evaluation, list[Flag]]:
    ev = evaluate_unit(load_unit(ROOT / "plans" / "kpu-luwu-2025.yaml", rubric), rubric, mode="projected")
    return ev, derive_flags(ev)


@pytest.fixture(scope="module")
def full_eval(rubric: Rubric) -> tuple[Evaluation, list[Flag]]:
    ev = evaluate_unit(make_unit(rubric), rubric)
    return ev, derive_flags(ev)
