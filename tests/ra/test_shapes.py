"""Each committed plan fixture (one per real shape, and more) imports to exactly its spec.

The fixtures in tests/data/ra/shapes/ are made by scripts/make_ra_fixtures.py from the plan specs
in tests/ra/render/; each ``<file>.expected.json`` is written from the spec, never from importer
output. The readback tests prove each document really holds its plan (read with openpyxl,
python-docx, pdfplumber, calamine), so an import failure here is the importer's.

Comparison rules (the shared importer conventions): texts compare with whitespace collapsed
(wrapped PDF/Word lines are joined); ``ra_area`` may keep a numbering label written before the
area name (``I. MANAJEMEN PERUBAHAN`` for ``MANAJEMEN PERUBAHAN``); an expected ``ra_area`` of
null (plans keyed by LKE code, which name no area) is not compared; ``lke`` lists the codes of
links read from a code column (``how == "code"``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.ra.render.catalogue import fixtures
from tests.ra.render.compare import plan_differences
from tests.ra.render.readback import check_b, check_texts, read_rows, squash
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

SHAPES = Path(__file__).resolve().parents[1] / "data" / "ra" / "shapes"
EXPECTED = sorted(SHAPES.glob("*.expected.json"))
CATALOGUE = {fx.name: fx for fx in fixtures()}


def _load(expected: Path) -> tuple[Path, dict[str, Any]]:
    return expected.with_name(expected.name.removesuffix(".expected.json")), json.loads(
        expected.read_text("utf-8")
    )


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_fixture_imports_to_its_spec(expected_file: Path, rubric: Rubric) -> None:
    path, expected = _load(expected_file)
    res = import_plan(path, rubric)
    problems = plan_differences(expected, res.unit.activities)
    codes = {f.code for f in res.findings}
    problems += [
        f"finding {c} expected, not raised (got {sorted(codes)})"
        for c in expected["findings"]
        if c not in codes
    ]
    if expected["year"] is not None and res.unit.unit.year != expected["year"]:
        problems.append(f"year: expected {expected['year']}, got {res.unit.unit.year}")
    if (
        expected["unit_name"] is not None
        and squash(res.unit.unit.name).casefold() != expected["unit_name"].casefold()
    ):
        problems.append(f"unit name: expected {expected['unit_name']!r}, got {res.unit.unit.name!r}")
    assert not problems, f"{path.name}:\n" + "\n".join(problems[:40])


def test_every_catalogued_fixture_is_committed_with_its_expected_file() -> None:
    committed = {p.name.removesuffix(".expected.json") for p in EXPECTED}
    assert committed == set(CATALOGUE)
    for name in committed:
        assert (SHAPES / name).is_file(), name


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_expected_file_is_the_spec(name: str) -> None:
    # The committed JSON must be what the spec says today: a stale or hand-edited file fails here.
    on_disk = json.loads((SHAPES / f"{name}.expected.json").read_text("utf-8"))
    assert on_disk == json.loads(json.dumps(CATALOGUE[name].expected.as_dict()))


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_fixture_document_holds_its_plan(name: str) -> None:
    fx = CATALOGUE[name]
    rows = read_rows(SHAPES / name)
    if fx.layout is not None:
        assert fx.plan is not None
        problems = check_b(rows, fx.plan, fx.layout)
    else:
        texts = []
        for a in fx.expected.activities:
            texts += [a.get(k) for k in ("sub_kegiatan", "output", "pic", "timing", "realisation")]
            texts += a.get("indicators", []) + a["expected_evidence"] + a["kegiatan"].split("; ")
            texts += [(a.get("notes") or "").removeprefix("Pemeriksa: ")]
        problems = check_texts(rows, [t for t in texts if t], split_ok=name.startswith("shape_a"))
    assert not problems, "\n".join(problems)


def test_shape_a_pdf_spans_pages_with_the_header_repeated() -> None:
    rows = read_rows(SHAPES / "shape_a_research_unit.pdf")
    headers = [
        r for r in rows if len(r) == 7 and squash(r[0].text) == "No" and squash(r[1].text) == "KOMPONEN"
    ]
    assert len(headers) >= 2  # one per page of the annex table


def test_gantt_fixtures_mark_months_by_fill_only() -> None:
    for name in ("shape_b_gantt_roman_months.xlsx", "shape_b_gantt_quarters.xlsx"):
        rows = read_rows(SHAPES / name)
        filled = [c for r in rows for c in r if c.filled]
        assert filled and all(c.text == "" for c in filled), name


def test_split_row_continues_on_the_next_page_with_empty_leading_cells() -> None:
    import pdfplumber

    with pdfplumber.open(SHAPES / "shape_a_row_split_across_pages.pdf") as pdf:
        pages = [[r for t in p.extract_tables() for r in t] for p in pdf.pages]
    # The page after the break starts (under its header) with the rest of the action and evidence.
    starts = [rows[1] for rows in pages[1:] if len(rows) > 1]
    assert any(r[:3] == ["", "", ""] and r[3] and r[4].startswith("- ") for r in starts), starts
