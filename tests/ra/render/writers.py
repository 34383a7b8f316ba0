"""Write a grid as xlsx, docx, pdf, TSV/CSV/Markdown, or (through LibreOffice) ods and xls."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from tests.libreoffice import soffice_convert
from tests.ra.render.grid import Grid

_FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_FONT_BOLD_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def write_xlsx(grid: Grid, path: Path, sheet: str = "RA", cover: list[str] | None = None) -> Path:
    """Write the grid to one sheet (title rows above, signature below), merged cells and fills kept.

    ``cover`` adds a first sheet holding only those lines, as units put a cover page first.
    """
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    if cover is not None:
        ws.title = "Cover"
        for i, line in enumerate(cover, start=2):
            ws.cell(i, 2, line).font = Font(bold=True, size=14)
        ws = wb.create_sheet(sheet)
    else:
        ws.title = sheet
    top = 1
    for line in grid.title:
        ws.cell(top, 1, line).font = Font(bold=True)
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=grid.width)
        ws.cell(top, 1).alignment = Alignment(horizontal="center")
        top += 1
    if grid.title:
        top += 1  # the blank line units leave under the title
    thin = Side(style="thin")
    fill = PatternFill("solid", start_color=grid.fill, end_color=grid.fill)
    for r, row in enumerate(grid.rows):
        for c, text in enumerate(row):
            cell = ws.cell(top + r, c + 1)
            if text:
                # Counts, numbering, month numbers and "1" marks are numbers in real sheets, not text.
                numeric = grid.kinds[r] in ("total", "numbering") or c in grid.month_cols
                cell.value = int(text) if numeric and text.isdigit() else text
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in grid.fills:
                cell.fill = fill
            if grid.kinds[r] in ("header", "heading", "total"):
                cell.font = Font(bold=True)
    for r1, c1, r2, c2 in grid.merges:
        ws.merge_cells(start_row=top + r1, start_column=c1 + 1, end_row=top + r2, end_column=c2 + 1)
    line = top + len(grid.rows) + 1
    for col, text in grid.signature:
        if text:
            ws.cell(line, col + 1, text)
        line += 1
    for c in range(grid.width):
        letter = openpyxl.utils.get_column_letter(c + 1)
        ws.column_dimensions[letter].width = 5 if c in grid.month_cols else 24
    wb.save(path)
    return path


def write_docx(grid: Grid, path: Path) -> Path:
    """Write title paragraphs, the grid as a Word table (merged cells kept) and signature paragraphs."""
    import docx
    from docx.enum.section import WD_ORIENT

    d = docx.Document()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for line in grid.title:
        p = d.add_paragraph()
        p.add_run(line).bold = True
    bounds = [0, *grid.breaks, len(grid.rows)]
    for k, (lo, hi) in enumerate(zip(bounds, bounds[1:], strict=False)):
        if k:
            d.add_paragraph("")  # Word keeps a paragraph between two tables
        _docx_table(d, grid, lo, hi)
    for _, text in grid.signature:
        d.add_paragraph(text)
    d.save(str(path))
    return path


def _docx_table(d: Any, grid: Grid, lo: int, hi: int) -> None:
    """Rows ``lo``..``hi`` of the grid as one Word table, with the merges and fills inside them."""
    from docx.shared import Pt

    table = d.add_table(rows=hi - lo, cols=grid.width)
    table.style = "Table Grid"
    merged: set[tuple[int, int]] = set()
    for r1, c1, r2, c2 in grid.merges:
        if lo <= r1 and r2 < hi:
            table.cell(r1 - lo, c1).merge(table.cell(r2 - lo, c2))
            merged |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
    for r in range(lo, hi):
        for c, text in enumerate(grid.rows[r]):
            if (r, c) in merged or not text:
                continue
            cell = table.cell(r - lo, c)
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(8)
    for r, c in grid.fills:
        if lo <= r < hi:
            _shade(table.cell(r - lo, c), grid.fill)


def _shade(cell: object, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tc_pr.append(shd)


def _latin(texts: list[str]) -> bool:
    try:
        "".join(texts).encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def pdf_font(texts: list[str] | None = None) -> tuple[str, str]:
    """A font for these texts: Helvetica (not embedded: small files) when they are Latin-1, else DejaVu.

    Without ``texts``, the font check marks would get (DejaVu when installed, else Helvetica and
    the caller keeps to ASCII marks).
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if texts is not None and _latin(texts):
        return "Helvetica", "Helvetica-Bold"
    if _FONT_PATH.exists() and _FONT_BOLD_PATH.exists():
        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(_FONT_PATH)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(_FONT_BOLD_PATH)))
        return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def write_pdf(
    grid: Grid, path: Path, widths: list[float] | None = None, intro: list[str] | None = None
) -> Path:
    """Write a ruled table over as many landscape pages as it needs, the header repeated on each.

    Vertical merges are not drawn as spans (reportlab cannot split a span over pages): the
    continuation cells are left empty, as a Word table printed to PDF shows them.
    ``intro`` paragraphs come first on a page of their own (the narrative before the annex).
    A grid break starts a new table on a new page.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, bold = pdf_font([t for row in grid.rows for t in row] + grid.title + [t for _, t in grid.signature])
    cell_style = ParagraphStyle("cell", fontName=font, fontSize=7, leading=8.5)
    head_style = ParagraphStyle("head", parent=cell_style, fontName=bold)
    title_style = ParagraphStyle("title", fontName=bold, fontSize=10, leading=13, alignment=1)
    text_style = ParagraphStyle("text", fontName=font, fontSize=9, leading=12)

    page_w = landscape(A4)[0] - 60
    if widths is None:
        # Month columns as wide as their widest label (bold, 2pt padding each side); text columns
        # at least 80pt. A table wider than A4 goes on a wider page, as units print on A3 or F4.
        labels = [grid.rows[r][c] for r in range(grid.header) for c in grid.month_cols]
        month = max([stringWidth(t, bold, 7) + 6 for t in labels if t] + [16.0])
        n_month = len(grid.month_cols)
        page_w = max(page_w, month * n_month + 26 + 80 * (grid.width - n_month - 1))
        rest = (page_w - month * n_month - 26) / max(grid.width - n_month - 1, 1)
        widths = [26.0] + [month if c in grid.month_cols else rest for c in range(1, grid.width)]
    page_h = landscape(A4)[1]

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(esc.replace("\n", "<br/>"), style)

    data = [
        [para(t, head_style if grid.kinds[r] in ("header", "heading", "total") else cell_style) for t in row]
        for r, row in enumerate(grid.rows)
    ]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    # A break starts a new table on a new page (its header is already in the grid's rows there).
    bounds = [0, *grid.breaks, len(grid.rows)]
    tables: list[object] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        part = list(style)
        for r1, c1, r2, c2 in grid.merges:
            if lo <= r1 and r2 < hi and (r1 == r2 or r2 < lo + grid.header):
                part.append(("SPAN", (c1, r1 - lo), (c2, r2 - lo)))
        for r, c in grid.fills:
            if lo <= r < hi:
                part.append(("BACKGROUND", (c, r - lo), (c, r - lo), colors.HexColor("#" + grid.fill)))
        table = Table(data[lo:hi], colWidths=widths, repeatRows=grid.header)
        table.setStyle(TableStyle(part))
        tables += [PageBreak(), table] if tables else [table]
    story: list[object] = []
    if intro:
        story += [para(t, text_style) for t in intro] + [PageBreak()]
    story += [para(t, title_style) for t in grid.title]
    story += [Spacer(1, 8), *tables, Spacer(1, 12)]
    story += [para(t or " ", text_style) for _, t in grid.signature]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=(page_w + 60, page_h),
        leftMargin=30,
        rightMargin=30,
        topMargin=30,
        bottomMargin=30,
        pageCompression=1,
        invariant=1,  # no timestamp or random id: the same plan gives the same bytes
    )
    doc.build(story)  # type: ignore[arg-type]
    return path


def grid_lines(grid: Grid) -> list[list[str]]:
    """Every line of the document as cells: title, blank, table, blank, signature."""
    lines = [[t] + [""] * (grid.width - 1) for t in grid.title]
    if grid.title:
        lines.append([""] * grid.width)
    lines += [list(r) for r in grid.rows]
    if grid.signature:
        lines.append([""] * grid.width)
    for col, text in grid.signature:
        line = [""] * grid.width
        line[col] = text
        lines.append(line)
    return lines


def _one_line(text: str) -> str:
    # Text exports cannot hold a newline inside a cell (TSV, Markdown): units paste "a; b".
    return "; ".join(p.strip() for p in text.splitlines() if p.strip())


def write_text(grid: Grid, path: Path, fmt: str, delimiter: str = ",") -> Path:
    """Write the grid as ``tsv``, ``csv`` (``delimiter``: Excel in an Indonesian locale writes ";") or ``md``."""
    lines = grid_lines(grid)
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf, delimiter=delimiter, lineterminator="\n").writerows(lines)
        path.write_text(buf.getvalue(), encoding="utf-8")
    elif fmt == "tsv":
        path.write_text("\n".join("\t".join(_one_line(c) for c in r) for r in lines) + "\n", encoding="utf-8")
    elif fmt == "md":
        out = []
        top = len(grid.title) + (1 if grid.title else 0)
        out += [t for t in grid.title] + ([""] if grid.title else [])
        table = lines[top : top + len(grid.rows)]
        for i, r in enumerate(table):
            out.append("| " + " | ".join(_one_line(c).replace("|", "/") for c in r) + " |")
            if i == 0:
                out.append("|" + "---|" * grid.width)
        out.append("")
        out += [t for _, t in grid.signature]
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    else:
        raise ValueError(fmt)
    return path


def convert(src: Path, fmt: str) -> Path | None:
    """Convert with LibreOffice (``ods``, ``xls``); None when ``soffice`` is not installed."""
    return soffice_convert(src, fmt, timeout=180)
