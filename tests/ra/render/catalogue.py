"""The committed fixtures: one plan per real shape (documents-in-the-wild §1) and more, with how to draw it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.ra.render.grid import grid_b
from tests.ra.render.plans import (
    UNIT,
    plan_a,
    plan_b,
    plan_c,
    plan_full,
    plan_quarters,
)
from tests.ra.render.plans_lke import plan_d_labels, plan_d_letters, plan_d_uraian
from tests.ra.render.shapes import (
    SHAPE_A_WIDTHS,
    expected_a,
    expected_c,
    expected_d_labels,
    expected_d_letters,
    expected_d_uraian,
    grid_a,
    grid_c,
    grid_d_labels,
    grid_d_letters,
    grid_d_uraian,
)
from tests.ra.render.spec import Act, Area, Expected, Layout, Plan, expected_b
from tests.ra.render.writers import convert, write_docx, write_pdf, write_text, write_xlsx


@dataclass(frozen=True)
class Fixture:
    """A committed plan document: its file name, how to draw it, and what it must import to."""

    name: str
    build: Callable[[Path], Path | None]
    expected: Expected
    #: Needs LibreOffice to be (re)built.
    needs_soffice: bool = False
    #: The plan drawn, and for shape B the layout (the readback checks use them).
    plan: Plan | None = None
    layout: Layout | None = None


def _xlsx(plan: Plan, lay: Layout, cover: list[str] | None = None) -> Callable[[Path], Path | None]:
    return lambda p: write_xlsx(grid_b(plan, lay), p, cover=cover)


def _via_soffice(plan: Plan, lay: Layout, fmt: str) -> Callable[[Path], Path | None]:
    def build(path: Path) -> Path | None:
        src = write_xlsx(grid_b(plan, lay), path.with_suffix(".xlsx"))
        out = convert(src, fmt)
        src.unlink()
        return out

    return build


EXTRAS_FULL = (
    ("output", "TARGET/OUTPUT"),
    ("pic", "PENANGGUNG JAWAB"),
    ("budget", "SUMBER DANA"),
    ("notes", "KETERANGAN"),
)
SEKRETARIAT = Area(
    "Sekretariat",
    None,
    (
        Act(
            "Pengelolaan persuratan dan arsip",
            "Penataan arsip inaktif",
            "Arsip tertata",
            (4, 5),
            output="1 Ruang",
        ),
    ),
)
ORGANISASI = Area(
    "Penataan Organisasi",
    None,
    (Act("Evaluasi struktur organisasi", "Reviu tugas dan fungsi", "Laporan evaluasi organisasi", (9,)),),
    reform_only=True,
)


def fixtures() -> list[Fixture]:
    """Every committed fixture (tests/data/ra/shapes/README.md says what each one exercises)."""
    b = plan_b()
    b_upper = plan_b(0)
    b_mixed = plan_b(1, ORGANISASI)
    q = plan_quarters()
    lay_col = Layout(
        area_style="column",
        title_rows=3,
        header_rows=2,
        months="short",
        mark="√",
        numbering="paren",
        extras=EXTRAS_FULL,
        extras_after=3,
        total_row=True,
        signature=True,
    )
    lay_head = Layout(
        area_style="heading",
        title_rows=4,
        header_rows=1,
        months="long",
        mark="✓",
        numbering="plain",
        blank_between_areas=True,
        signature=True,
        sub_header="RINCIAN KEGIATAN",
        indicator_header="INDIKATOR KEBERHASILAN",
    )
    lay_comb = Layout(
        area_style="combined",
        title_rows=2,
        header_rows=2,
        schedule_label="Bulan ke-",
        months="agst",
        mark="v",
        numbering="paren",
        extras=(("output", "Target/Output"), ("pic", "Penanggung Jawab"), ("budget", "Sumber Dana")),
        total_row=True,
        signature=True,
        sub_header="Rincian Kegiatan",
        combined_header="Area Perubahan / Kegiatan",
    )
    lay_gantt = Layout(area_style="heading", title_rows=3, months="roman", mark=None, fill="92D050")
    lay_quarter = Layout(area_style="column", title_rows=3, months="quarter", mark=None, fill="FFC000")
    lay_en = Layout(
        area_style="column",
        title_rows=3,
        header_rows=1,
        months="english",
        mark="x",
        extras=(("pic", "PIC"), ("realisation", "REALISASI")),
        extras_after=1,
    )
    lay_cover = Layout(area_style="heading", title_rows=3, months="numbers", mark="✔", total_row=True)
    lay_docx = Layout(
        area_style="column",
        title_rows=3,
        months="agu",
        mark="●",
        extras=(("output", "Output"), ("evidence", "Data Dukung")),
        signature=True,
        sub_header="Uraian Kegiatan",
    )
    lay_pdf = Layout(
        area_style="heading", title_rows=3, months="numbers", mark="√", total_row=True, signature=True
    )
    lay_tsv = Layout(
        area_style="column", title_rows=3, header_rows=1, months="text", extras=(("pic", "Pelaksana"),)
    )
    lay_csv = Layout(area_style="heading", title_rows=1, months="b", mark="■", numbering="plain")
    lay_md = Layout(area_style="column", title_rows=0, header_rows=1, months="short", mark="V")
    lay_ods = Layout(
        area_style="combined", title_rows=3, months="long", mark="1", total_row=True, signature=True
    )
    lay_xls = Layout(area_style="column", title_rows=4, months="short", mark="√", extras=EXTRAS_FULL)
    timed = timed_plan(b)
    a, c, d1, d2 = plan_a(), plan_c(), plan_d_letters(), plan_d_uraian()
    b_sek = plan_b(0, SEKRETARIAT)
    full = plan_full()
    d3 = plan_d_labels()
    lay_three = Layout(
        area_style="column",
        title_rows=4,
        header_rows=3,
        schedule_label="JADWAL PELAKSANAAN",
        months="long",
        mark="✓",
        numbering="paren",
        extras=(("output", "Volume"), ("budget", "Anggaran")),
        total_row=True,
        signature=True,
    )
    lay_per_area = Layout(
        area_style="heading",
        title_rows=3,
        header_rows=2,
        months="short",
        mark="√",
        header_per_area=True,
        signature=True,
        extras=(("pic", "PIC"),),
        sub_header="Langkah/Tahapan",
    )
    lay_pasted = Layout(
        area_style="column",
        title_rows=4,
        header_rows=2,
        months="numbers",
        mark="mixed",
        messy=True,
        header_per_area=True,
        extras=(("output", "Target"),),
        signature=True,
    )
    lay_word_gantt = Layout(area_style="column", title_rows=3, months="short", mark=None, fill="92D050")
    lay_semicolon = Layout(area_style="column", title_rows=2, header_rows=2, months="numbers", mark="X")
    return [
        Fixture(
            "shape_a_research_unit.pdf",
            lambda p: write_pdf(grid_a(a), p, SHAPE_A_WIDTHS, INTRO),
            expected_a(a),
            plan=a,
        ),
        Fixture(
            "shape_b_area_column.xlsx",
            _xlsx(b_upper, lay_col),
            expected_b(b_upper, lay_col),
            plan=b_upper,
            layout=lay_col,
        ),
        Fixture(
            "shape_b_heading_rows.xlsx", _xlsx(b, lay_head), expected_b(b, lay_head), plan=b, layout=lay_head
        ),
        Fixture(
            "shape_b_combined_column.xlsx",
            _xlsx(b_mixed, lay_comb),
            expected_b(b_mixed, lay_comb),
            plan=b_mixed,
            layout=lay_comb,
        ),
        Fixture(
            "shape_b_gantt_roman_months.xlsx",
            _xlsx(b, lay_gantt),
            expected_b(b, lay_gantt),
            plan=b,
            layout=lay_gantt,
        ),
        Fixture(
            "shape_b_gantt_quarters.xlsx",
            _xlsx(q, lay_quarter),
            expected_b(q, lay_quarter),
            plan=q,
            layout=lay_quarter,
        ),
        Fixture(
            "shape_b_english_months.xlsx",
            _xlsx(b_sek, lay_en),
            expected_b(b_sek, lay_en),
            plan=b_sek,
            layout=lay_en,
        ),
        Fixture(
            "shape_b_cover_sheet.xlsx",
            _xlsx(b, lay_cover, COVER),
            expected_b(b, lay_cover),
            plan=b,
            layout=lay_cover,
        ),
        Fixture(
            "shape_b_word_table.docx",
            lambda p: write_docx(grid_b(b, lay_docx), p),
            expected_b(b, lay_docx),
            plan=b,
            layout=lay_docx,
        ),
        Fixture(
            "shape_b_printed.pdf",
            lambda p: write_pdf(grid_b(full, lay_pdf), p),
            expected_b(full, lay_pdf),
            plan=full,
            layout=lay_pdf,
        ),
        Fixture(
            "shape_b_timing_column.tsv",
            lambda p: write_text(grid_b(timed, lay_tsv), p, "tsv"),
            expected_b(timed, lay_tsv),
            plan=timed,
            layout=lay_tsv,
        ),
        Fixture(
            "shape_b_b_months.csv",
            lambda p: write_text(grid_b(b, lay_csv), p, "csv"),
            expected_b(b, lay_csv),
            plan=b,
            layout=lay_csv,
        ),
        Fixture(
            "shape_b_markdown.md",
            lambda p: write_text(grid_b(b, lay_md), p, "md"),
            expected_b(b, lay_md),
            plan=b,
            layout=lay_md,
        ),
        Fixture(
            "shape_b_libreoffice.ods",
            _via_soffice(b, lay_ods, "ods"),
            expected_b(b, lay_ods),
            True,
            b,
            lay_ods,
        ),
        Fixture(
            "shape_b_legacy.xls", _via_soffice(b, lay_xls, "xls"), expected_b(b, lay_xls), True, b, lay_xls
        ),
        Fixture("shape_c_sections.xlsx", lambda p: write_xlsx(grid_c(c), p), expected_c(c), plan=c),
        Fixture(
            "shape_d_lke_letters.xlsx",
            lambda p: write_xlsx(grid_d_letters(d1), p),
            expected_d_letters(d1),
            plan=d1,
        ),
        Fixture(
            "shape_d_uraian.docx", lambda p: write_docx(grid_d_uraian(d2), p), expected_d_uraian(d2), plan=d2
        ),
        Fixture(
            "shape_a_row_split_across_pages.pdf",
            lambda p: write_pdf(grid_a(a, split=3), p, SHAPE_A_WIDTHS),
            expected_a(a),
            plan=a,
        ),
        Fixture(
            "shape_b_three_row_header.xlsx",
            _xlsx(b, lay_three),
            expected_b(b, lay_three),
            plan=b,
            layout=lay_three,
        ),
        Fixture(
            "shape_b_table_per_area.docx",
            lambda p: write_docx(grid_b(b, lay_per_area), p),
            expected_b(b, lay_per_area),
            plan=b,
            layout=lay_per_area,
        ),
        Fixture(
            "shape_b_semicolon.csv",
            lambda p: write_text(grid_b(b, lay_semicolon), p, "csv", delimiter=";"),
            expected_b(b, lay_semicolon),
            plan=b,
            layout=lay_semicolon,
        ),
        Fixture("shape_a_word_original.docx", lambda p: write_docx(grid_a(a), p), expected_a(a), plan=a),
        Fixture(
            "shape_b_word_gantt.docx",
            lambda p: write_docx(grid_b(b, lay_word_gantt), p),
            expected_b(b, lay_word_gantt),
            plan=b,
            layout=lay_word_gantt,
        ),
        Fixture(
            "shape_b_pasted_from_word.tsv",
            lambda p: write_text(grid_b(b_mixed, lay_pasted), p, "tsv"),
            expected_b(b_mixed, lay_pasted),
            plan=b_mixed,
            layout=lay_pasted,
        ),
        Fixture(
            "shape_d_area_labels.xlsx",
            lambda p: write_xlsx(grid_d_labels(d3), p),
            expected_d_labels(d3),
            plan=d3,
        ),
    ]


def timed_plan(plan: Plan) -> Plan:
    """The same plan with a free-text timing phrase per activity (months = what the phrase means)."""
    from tests.ra.render.bank import TIMING

    k = 0
    areas = []
    for area in plan.areas:
        acts = []
        for act in area.acts:
            phrase, months = TIMING[k % len(TIMING)]
            acts.append(dataclasses.replace(act, timing=phrase, months=months))
            k += 1
        areas.append(dataclasses.replace(area, acts=tuple(acts)))
    return dataclasses.replace(plan, areas=tuple(areas))


INTRO = [
    "BAB I PENDAHULUAN",
    "Pembangunan Zona Integritas di lingkungan Balai dilaksanakan berdasarkan Peraturan Menteri PANRB "
    "Nomor 90 Tahun 2021. Rencana kerja aksi ini memuat komponen, indikator, langkah aksi, bukti fisik, "
    "target dan waktu pelaksanaan setiap area perubahan.",
    "BAB II RENCANA KERJA AKSI",
    "Rincian rencana kerja aksi tercantum dalam lampiran.",
]
COVER = ["RENCANA AKSI", "PEMBANGUNAN ZONA INTEGRITAS", UNIT, "TAHUN 2025"]
