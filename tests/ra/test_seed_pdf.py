"""The real KPU Luwu plan printed as a landscape PDF imports to the same activities as its text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.conftest import DATA
from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan

SEED = DATA / "rencana-aksi-kpu-luwu-2025.txt"


FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _print_seed(path: Path) -> None:
    """Lay the seed's table out as Word would print it: 2-row header repeated on every page (in this
    font the sub-step "a. Menetapkan Lingkungan Pengendalian" is the last row of page 3)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DV", str(FONT)))
    style = getSampleStyleSheet()["Normal"]
    style.fontName, style.fontSize, style.leading = "DV", 6.5, 8
    para = lambda x: Paragraph(x, style)  # noqa: E731
    rows = []
    for line in SEED.read_text(encoding="utf-8").split("\n"):
        if "\t" not in line:
            continue
        cells = [re.sub(r"</?i>", "", c).strip() for c in line.split("\t")]
        if cells[0].startswith("NO.") or all(c in ("", *map(str, range(1, 13))) for c in cells):
            continue
        cells = (cells + [""] * 17)[:17]
        rows.append([cells[0], *map(para, cells[1:5]), *cells[5:17]])
    head = ["NO.", "PROGRAM KEGIATAN", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN"]
    data = [
        [*map(para, head), para("PELAKSANAAN (BULAN)"), *[""] * 11],
        [""] * 5 + [str(m) for m in range(1, 13)],
    ]
    table = Table(data + rows, colWidths=[22, 70, 120, 150, 150] + [18] * 12, repeatRows=2)
    spans = [("SPAN", (5, 0), (16, 0))] + [("SPAN", (i, 0), (i, 1)) for i in range(5)]
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    fonts = [("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 6.5)]
    table.setStyle(TableStyle(grid + fonts + spans))
    title = para("RENCANA AKSI ZONA INTEGRITAS KOMISI PEMILIHAN UMUM KABUPATEN LUWU TAHUN 2025")
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=20, rightMargin=20)
    doc.build([title, Spacer(1, 6), table])


@pytest.mark.skipif(not FONT.exists(), reason="the DejaVu font (Debian fonts-dejavu-core) is not installed")
def test_the_seed_printed_to_pdf_imports_as_its_text(tmp_path: Path) -> None:
    rubric = load_rubric()
    _print_seed(tmp_path / "seed.pdf")
    printed = import_plan(tmp_path / "seed.pdf", rubric).unit.activities
    text = import_plan(SEED, rubric).unit.activities
    assert len(printed) == len(text) == 34
    assert [a.months for a in printed] == [a.months for a in text]
    assert [len(a.substeps) for a in printed] == [len(a.substeps) for a in text]
    assert [a.kegiatan for a in printed] == [a.kegiatan for a in text]
