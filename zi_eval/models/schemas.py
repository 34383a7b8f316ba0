"""JSON Schemas of the rubric and unit files, derived from the models and committed under rubrics/.

Run ``python -m zi_eval.models.schemas`` after changing a model; a test fails while the
committed files differ from what the models produce.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit

MODELS: dict[str, Any] = {"rubric": Rubric, "unit": Unit}


def model_schema(name: str) -> dict[str, Any]:
    """Return the JSON Schema (2020-12) of the ``rubric`` or ``unit`` file."""
    schema: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema["$id"] = f"https://zi-eval.example/schemas/{name}.schema.json"
    schema.update(MODELS[name].model_json_schema(mode="validation"))
    return schema


def schema_text(name: str) -> str:
    """Serialise a schema exactly as it is committed."""
    return json.dumps(model_schema(name), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> None:
    """Write both schemas into ``folder``."""
    for name in MODELS:
        (folder / f"{name}.schema.json").write_text(schema_text(name), encoding="utf-8")


if __name__ == "__main__":
    write_schemas(Path(__file__).resolve().parents[2] / "rubrics")
