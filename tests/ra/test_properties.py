"""Properties of the importer: every line has exactly one kind; it never raises on arbitrary input."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan
from zi_eval.ra.parse import KINDS

RUBRIC = load_rubric()
HEADER = ["NO", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "PELAKSANAAN (BULAN)"] + [""] * 11
MONTHS = [""] * 5 + [str(m) for m in range(1, 13)]
words = st.text(
    st.characters(codec="utf-8", exclude_characters="\t\n\r\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
    max_size=25,
)
mark = st.sampled_from(["", "", "", "✓", "v", "x", "1", "●", "?", "Jan"])


@st.composite
def tables(draw: st.DrawFn) -> list[str]:
    lines = [draw(words) for _ in range(draw(st.integers(0, 3)))]
    shift = draw(st.integers(0, 2))
    for _block in range(draw(st.integers(1, 3))):
        lines.append("\t".join([""] * shift + HEADER))
        if draw(st.booleans()):
            lines.append("\t".join([""] * shift + MONTHS))
        for _ in range(draw(st.integers(0, 6))):
            kind = draw(st.sampled_from(["row", "row", "blank", "lettered", "single", "extra"]))
            if kind == "blank":
                lines.append("")
            elif kind == "single":
                lines.append(draw(words))
            else:
                text = [draw(words) for _ in range(5)]
                if kind == "lettered":
                    text = ["", "", "", "a. " + draw(words), ""]
                cells = [""] * shift + text + [draw(mark) for _ in range(12)]
                if kind == "extra":
                    cells.append(draw(mark))
                lines.append("\t".join(cells))
        shift = draw(st.integers(0, 2))
    lines += [draw(words) for _ in range(draw(st.integers(0, 3)))]
    return lines


def _import_text(text: str, suffix: str = ".txt"):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / f"plan{suffix}"
        f.write_text(text, encoding="utf-8")
        return import_plan(f, RUBRIC)


@given(tables())
def test_every_line_has_exactly_one_kind(lines: list[str]) -> None:
    res = _import_text("\n".join(lines) + "\n")
    covered = sorted(n for rec in res.lines for n in range(rec.line, rec.line + rec.span))
    assert covered == list(range(1, len(lines) + 1))
    assert all(rec.kind in KINDS for rec in res.lines)
    activity_lines = {rec.line for rec in res.lines if rec.kind == "activity"}
    assert {a.source.line for a in res.unit.activities if a.source} == activity_lines


@given(st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=400))
def test_import_never_raises_on_arbitrary_text(text: str) -> None:
    res = _import_text(text)
    assert all(rec.kind in KINDS for rec in res.lines)


cell = st.one_of(st.none(), words, st.integers(-5, 20), st.sampled_from(HEADER[:6] + ["✓", "Jan", "Des"]))


@given(st.lists(st.lists(cell, max_size=18), max_size=12))
def test_import_never_raises_on_arbitrary_small_xlsx(grid: list[list[object]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in grid:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c for c in row])
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "plan.xlsx"
        wb.save(f)
        res = import_plan(f, RUBRIC)
    rows = sorted(rec.line for rec in res.lines)
    assert rows == list(range(1, len(rows) + 1))
    assert all(rec.kind in KINDS for rec in res.lines)
