"""``zi-eval evidence scan DIR --into UNIT.yaml``: a folder through the real CLI, twice, and a refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.evidence.trees import make_tree
from zi_eval.cli import main
from zi_eval.models.loading import load_unit

UNIT = """\
unit:
  id: uji
  name: Unit Uji
  year: 2025
activities:
- id: a-tim
  ra_area: Manajemen Perubahan
  area: manajemen-perubahan
  kegiatan: Pembentukan Tim Kerja ZI
  months: [1]
  lke:
  - code: P.1.i.a
evidence: []
answers: {}
"""


def test_folder_into_unit_twice_changes_nothing_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unit = tmp_path / "unit.yaml"
    unit.write_text(UNIT, encoding="utf-8")
    make_tree(
        tmp_path / "data dukung",
        [
            "ZONA INTEGRITAS 2025/AREA I/i. Penyusunan Tim Kerja/1.i.a SK TIM 2025-01-10.pdf",
            "1.i.a SK.pdf",
            "P.2.i.b/",
        ],
    )
    assert main(["evidence", "scan", str(tmp_path / "data dukung"), "--into", str(unit), "--lang", "en"]) == 0
    first = unit.read_bytes()
    loaded = load_unit(unit)
    got = {e.path: e.supports for e in loaded.evidence}
    assert got == {
        "data dukung/1.i.a SK.pdf": (),
        "data dukung/ZONA INTEGRITAS 2025/AREA I/i. Penyusunan Tim Kerja/1.i.a SK TIM 2025-01-10.pdf": (
            "P.1.i.a",
            "a-tim",
        ),
    }
    out = capsys.readouterr()
    assert "EVIDENCE_AMBIGUOUS" in out.out + out.err and "EVIDENCE_FOLDER_EMPTY" in out.out + out.err
    assert main(["evidence", "scan", str(tmp_path / "data dukung"), "--into", str(unit)]) == 0
    assert unit.read_bytes() == first


def test_folder_outside_the_unit_folder_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "unit").mkdir()
    unit = tmp_path / "unit" / "unit.yaml"
    unit.write_text(UNIT, encoding="utf-8")
    make_tree(tmp_path / "drive", ["P.1.i.a/SK Tim.pdf"])
    assert main(["evidence", "scan", str(tmp_path / "drive"), "--into", str(unit)]) == 3
    err = capsys.readouterr().err
    assert "folder: harus folder di dalam folder berkas unit" in err and "--base-url" in err
    assert load_unit(unit).evidence == ()
