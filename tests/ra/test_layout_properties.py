"""Random plans drawn in random real-world layouts import to the same activities, areas and months.

A plan (1–6 areas, 1–8 activities each, random months or free-text timing) is drawn as xlsx (area
column, heading rows or a combined column; text marks or fill colours), docx, pdf or tsv, with or
without a title block, a two-row header, a numbering row, extra columns in any order, a total row,
a signature block and blank rows between areas. Each document is first read back with its own
library (the renderer's check), then imported and compared field by field with the spec.
Examples: a third of the HYPOTHESIS_PROFILE's (dev 10, ci 50), PDF rendering being slow.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.ra.render.bank import AREAS, BANK, BUDGETS, NOTES, REALISATION, TIMING
from tests.ra.render.compare import plan_differences
from tests.ra.render.grid import grid_b
from tests.ra.render.readback import check_b, read_rows
from tests.ra.render.spec import Act, Area, Layout, Plan, expected_b
from tests.ra.render.writers import pdf_font, write_docx, write_pdf, write_text, write_xlsx
from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan

RUBRIC = load_rubric()
FORMATS = ("xlsx", "docx", "pdf", "tsv")
MONTH_VARIANTS = ("short", "agu", "agst", "long", "roman", "numbers", "b", "english")
MARKS = ("√", "✓", "✔", "v", "V", "x", "X", "1", "■", "●")
EXTRA_HEADERS = {
    "output": ("TARGET/OUTPUT", "Target", "Output", "Volume"),
    "pic": ("PENANGGUNG JAWAB", "PIC", "Pelaksana"),
    "budget": ("SUMBER DANA", "Anggaran"),
    "notes": ("KETERANGAN",),
    "realisation": ("REALISASI",),
    "evidence": ("DATA DUKUNG", "Bukti Fisik"),
}
SUB_HEADERS = ("SUB KEGIATAN", "Rincian Kegiatan", "URAIAN KEGIATAN")
INDICATOR_HEADERS = ("INDIKATOR", "Indikator Keberhasilan", "INDIKATOR KEBERHASILAN")
AREA_HEADERS = ("AREA PERUBAHAN", "Area", "PROGRAM")
SCHEDULE_LABELS = ("Jadwal Pelaksanaan", "Waktu Pelaksanaan", "Bulan ke-")
#: Headers of one free-text timing column: "Bulan" and "Jadwal" also head twelve month columns elsewhere.
TIMING_LABELS = ("WAKTU PELAKSANAAN", "BULAN", "Bulan Pelaksanaan", "JADWAL", "Jadwal Pelaksanaan", "Waktu")
# PDF rendering is the slow part: a third of the profile's examples (dev 10, ci 50).
EXAMPLES = max(10, settings.default.max_examples // 3)


@st.composite
def plans(draw: st.DrawFn, timed: bool) -> Plan:
    """1–6 distinct areas (spelled as units spell them), 1–8 activities each, from the wording bank."""
    chosen = draw(st.lists(st.sampled_from(AREAS), min_size=1, max_size=6, unique_by=lambda a: a[1]))
    areas = []
    n = 0
    for _, area_id, spellings in chosen:
        lines = [(g, li) for g, (_, ls) in enumerate(BANK[area_id]) for li in range(len(ls))]
        picks = sorted(draw(st.sets(st.sampled_from(lines), min_size=1, max_size=min(8, len(lines)))))
        acts = []
        for g, li in picks:
            kegiatan, ls = BANK[area_id][g]
            line = ls[li]
            if timed:
                timing, months = draw(st.sampled_from(TIMING))
            else:
                # Now and then a row with no month marked: still an activity (flagged later, not here).
                some = st.sets(st.integers(1, 12), min_size=1)
                timing, months = None, tuple(sorted(draw(st.one_of(some, some, some, st.just(set[int]())))))
            acts.append(
                Act(
                    kegiatan,
                    line.sub,
                    line.indicator,
                    months,
                    timing=timing,
                    output=line.output,
                    pic=line.pic,
                    budget=BUDGETS[n % len(BUDGETS)],
                    evidence=line.evidence,
                    realisation=REALISATION[n % len(REALISATION)],
                    notes=NOTES[n % len(NOTES)],
                )
            )
            n += 1
        areas.append(Area(draw(st.sampled_from(spellings)), area_id, tuple(acts)))
    return Plan("KANTOR PELAYANAN PAJAK PRATAMA CONTOH", 2025, tuple(areas), decree="KEP-7/2025")


@st.composite
def layouts(draw: st.DrawFn, fmt: str) -> Layout:
    """Any combination of the options real plans were seen with that the format can hold."""
    timed = draw(st.booleans()) if fmt != "xlsx" else draw(st.sampled_from([False, False, True]))
    styles = ["column", "heading", "combined"] if fmt == "xlsx" else ["column", "heading"]
    fields = [f for f in EXTRA_HEADERS if not (fmt == "tsv" and f == "evidence")]
    extras_fields = draw(st.permutations(fields))[: draw(st.integers(0, len(fields)))]
    extras = tuple((f, draw(st.sampled_from(EXTRA_HEADERS[f]))) for f in extras_fields)
    ascii_only = fmt == "pdf" and pdf_font()[0] == "Helvetica"
    marks = [m for m in MARKS if m.isascii()] if ascii_only else [*MARKS, "mixed"]
    fill_ok = fmt in ("xlsx", "docx")
    mark = draw(st.sampled_from(marks + ([None] if fill_ok else [])))
    return Layout(
        area_style=draw(st.sampled_from(styles)),
        title_rows=draw(st.integers(0, 4)),
        header_rows=draw(st.sampled_from([1, 2, 3])),
        header_per_area=draw(st.booleans()),
        # A PDF holds drawn glyphs, not the cell text: untidy spaces there are not the copy's.
        messy=fmt != "pdf" and draw(st.booleans()),
        evidence_bullets=fmt == "pdf" or draw(st.booleans()),
        schedule_label=draw(st.sampled_from(SCHEDULE_LABELS)),
        months="text" if timed else draw(st.sampled_from(MONTH_VARIANTS)),
        mark=mark,
        fill=draw(st.sampled_from(["FFFF00", "92D050", "00B0F0"])),
        numbering=draw(st.sampled_from([None, "paren", "plain"])),
        extras=extras,
        extras_after=draw(st.integers(0, len(extras))),
        total_row=draw(st.booleans()),
        signature=draw(st.booleans()),
        blank_between_areas=draw(st.booleans()),
        heading_numbered=draw(st.booleans()),
        sub_header=draw(st.sampled_from(SUB_HEADERS)),
        indicator_header=draw(st.sampled_from(INDICATOR_HEADERS)),
        area_header=draw(st.sampled_from(AREA_HEADERS)),
        timing_label=draw(st.sampled_from(TIMING_LABELS)),
    )


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, Plan, Layout]:
    """A format, a plan and a layout that fit together."""
    fmt = draw(st.sampled_from(FORMATS))
    lay = draw(layouts(fmt))
    plan = draw(plans(timed=lay.months == "text"))
    return fmt, plan, lay


def render(fmt: str, plan: Plan, lay: Layout, folder: Path) -> Path:
    """Draw the plan in the layout and write it in the format."""
    grid = grid_b(plan, lay)
    path = folder / f"plan.{fmt}"
    if fmt == "xlsx":
        return write_xlsx(grid, path)
    if fmt == "docx":
        return write_docx(grid, path)
    if fmt == "pdf":
        return write_pdf(grid, path)
    return write_text(grid, path, fmt)


@settings(max_examples=EXAMPLES)
@given(documents())
def test_random_layout_imports_to_the_plan(doc: tuple[str, Plan, Layout]) -> None:
    fmt, plan, lay = doc
    with tempfile.TemporaryDirectory() as tmp:
        path = render(fmt, plan, lay, Path(tmp))
        drawn = check_b(read_rows(path), plan, lay)
        assert not drawn, "renderer bug (not the importer's):\n" + "\n".join(drawn)
        res = import_plan(path, RUBRIC)
    expected = expected_b(plan, lay).as_dict()
    problems = plan_differences(expected, res.unit.activities)
    assert not problems, f"{fmt} {lay}:\n" + "\n".join(problems[:30])


@settings(max_examples=EXAMPLES)
@given(documents())
def test_renderers_draw_every_activity_and_its_marks(doc: tuple[str, Plan, Layout]) -> None:
    # The renderer's own property, independent of the importer: every text and mark is in the file.
    fmt, plan, lay = doc
    if fmt == "pdf":
        # Keep the slow format to small plans here; the import property covers the rest.
        plan = replace(plan, areas=plan.areas[:2])
    with tempfile.TemporaryDirectory() as tmp:
        problems = check_b(read_rows(render(fmt, plan, lay, Path(tmp))), plan, lay)
    assert not problems, f"{fmt} {lay}:\n" + "\n".join(problems)
