"""The committed JSON Schemas equal what the models produce (no drift)."""

from __future__ import annotations

import pytest

from zi_eval.models.loading import rubric_dir
from zi_eval.models.schemas import MODELS, schema_text


@pytest.mark.parametrize("name", sorted(MODELS))
def test_committed_schema_equals_model_schema(name: str) -> None:
    committed = (rubric_dir() / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(name), f"run: python -m zi_eval.models.schemas ({name} schema drifted)"


def test_schema_declares_2020_12() -> None:
    assert '"$schema": "https://json-schema.org/draft/2020-12/schema"' in schema_text("unit")
