"""Two YAML forms a unit file may hold (issue 17, minor): merge keys, read as PyYAML's safe loader reads
them, and line breaks other than ``\\n`` (NEL, LS, PS), kept through a dump and load."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA
from zi_eval.errors import InputError
from zi_eval.io.yamlsrc import load_yaml
from zi_eval.models.loading import load_unit
from zi_eval.models.rubric import Rubric
from zi_eval.models.serialize import dump_unit, parse_unit

MERGED = """\
unit: {id: satker-contoh, name: Satuan Kerja Contoh, year: 2025}
evidence:
  - &sk {id: e1, kind: sk, title: SK Tim, url: "https://example.go.id/sk.pdf", months: [1]}
  - <<: *sk
    id: e2
    title: SK Tim (revisi)
  - {<<: [*sk], id: e3}
"""


def test_merge_keys_merge_and_own_keys_win(tmp_path: Path, rubric: Rubric) -> None:
    f = tmp_path / "unit.yaml"
    f.write_text(MERGED, encoding="utf-8")
    data, _ = load_yaml(f)
    assert data["evidence"][1] == {
        "id": "e2",
        "kind": "sk",
        "title": "SK Tim (revisi)",
        "url": "https://example.go.id/sk.pdf",
        "months": [1],
    }
    unit = load_unit(f, rubric)
    assert [(e.id, e.title) for e in unit.evidence] == [
        ("e1", "SK Tim"),
        ("e2", "SK Tim (revisi)"),
        ("e3", "SK Tim"),
    ]


def test_a_key_twice_is_still_refused_beside_a_merge(tmp_path: Path) -> None:
    f = tmp_path / "unit.yaml"
    f.write_text(MERGED.replace("    id: e2\n", "    id: e2\n    id: e4\n"), encoding="utf-8")
    with pytest.raises(InputError, match="duplicate key 'id'"):
        load_yaml(f)


@pytest.mark.parametrize("text", ["A\x85B", "Rapat\u2028Tim", "Satu\u2029Dua", "Baris 1\nBaris\x852", "\x85"])
def test_odd_line_breaks_survive_a_round_trip(rubric: Rubric, text: str) -> None:
    unit = load_unit(DATA / "good" / "good_minimal_unit.yaml", rubric)
    odd = unit.model_copy(update={"unit": unit.unit.model_copy(update={"name": text})})
    again = parse_unit(dump_unit(odd), "u.yaml", rubric)
    assert again.unit.name == text and again == odd
