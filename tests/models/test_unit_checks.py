"""Unit file checks: evidence paths found as Windows finds them, activity ids that cannot be item codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from zi_eval.api import load_unit
from zi_eval.models.rubric import Rubric

UNIT = """\
unit: {{id: satker-uji, name: Satker Uji, year: 2025}}
evidence:
- {{id: e1, title: SK Tim, path: '{path}', supports: [P.1.i.a]}}
answers:
  P.1.i.a: {{answer: Ya, evidence: [e1]}}
"""


@pytest.mark.parametrize(
    ("path", "missing"),
    [
        ("Data Dukung/SK Tim.pdf", False),
        ("Data Dukung\\SK Tim.pdf", False),  # backslashes: the item lost its evidence (EVIDENCE_PATH_MISSING)
        ("data dukung/sk tim.pdf", False),  # Windows finds it in any case
        ("Data Dukung/SK Tim Lama.pdf", True),
        ("..\\luar\\SK Tim.pdf", True),  # never out of the unit's folder
    ],
)
def test_an_evidence_path_is_found_as_windows_finds_it(
    rubric: Rubric, tmp_path: Path, path: str, missing: bool
) -> None:
    (tmp_path / "unit" / "Data Dukung").mkdir(parents=True)
    (tmp_path / "unit" / "Data Dukung" / "SK Tim.pdf").write_bytes(b"%PDF-1.4 SK\n")
    (tmp_path / "luar").mkdir()
    (tmp_path / "luar" / "SK Tim.pdf").write_bytes(b"%PDF-1.4 SK\n")
    f = tmp_path / "unit" / "unit.yaml"
    f.write_text(UNIT.format(path=path), encoding="utf-8")
    assert load_unit(f, rubric).missing_files == ({"e1"} if missing else set())


def test_an_activity_id_that_is_an_item_code_is_refused(rubric: Rubric, tmp_path: Path) -> None:
    """Evidence naming it in ``supports`` went to the item, and the activity was flagged as without evidence."""
    from zi_eval.errors import InputError

    f = tmp_path / "unit.yaml"
    f.write_text(
        "unit: {id: satker-uji, name: Satker Uji, year: 2025}\n"
        "activities:\n- {id: P.1.i.b, ra_area: Manajemen Perubahan, kegiatan: Rapat tim, months: [1]}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as err:
        load_unit(f, rubric)
    (p,) = err.value.problems
    assert (p.field, p.got) == ("activities[0].id", "'P.1.i.b'")
