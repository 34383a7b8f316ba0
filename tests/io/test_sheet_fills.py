"""Fill colours are read from .ods and .xls as from .xlsx: a Gantt plan marks months by filling cells."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableCellProperties
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P

from tests.hostile_workbooks import write_ods_package
from zi_eval.io import biff
from zi_eval.io.sheets import Sheet, read_sheets
from zi_eval.io.xls_fills import book_fills
from zi_eval.models.rubric import Rubric
from zi_eval.ra.build import import_plan

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
BLUE = "#4472c4"


def _cell_style(doc: OpenDocumentSpreadsheet, name: str, colour: str | None, parent: str = "") -> Style:
    kw = {"name": name, "family": "table-cell"}
    if parent:
        kw["parentstylename"] = parent
    st = Style(**kw)
    if colour is not None:
        st.addElement(TableCellProperties(backgroundcolor=colour))
    return st


def _text(value: str, **kw: object) -> TableCell:
    cell = TableCell(valuetype="string", **kw)
    cell.addElement(P(text=value))
    return cell


def _gantt_ods(path: Path) -> Path:
    """A plan of three activities whose months are blue cells with no text, written as an .ods:
    row 3 names an automatic style, row 4 a style whose colour comes from its parent (a named style of
    styles.xml), row 5 leaves its month cells unstyled in a column whose default cell style is blue;
    white and transparent cells (their own style over the column's) and a covered cell carry no mark."""
    doc = OpenDocumentSpreadsheet()
    doc.styles.addElement(_cell_style(doc, "Accent", BLUE))
    for st in (
        _cell_style(doc, "ceBlue", BLUE),
        _cell_style(doc, "ceChild", None, parent="Accent"),
        _cell_style(doc, "ceWhite", "#ffffff"),
        _cell_style(doc, "ceClear", "transparent", parent="Accent"),
    ):
        doc.automaticstyles.addElement(st)
    table = Table(name="RA")
    # columns A–B and C–M plain, N (December) blue by default
    table.addElement(TableColumn(numbercolumnsrepeated=14))
    table.addElement(TableColumn(defaultcellstylename="ceBlue"))
    title = TableRow()
    title.addElement(_text("RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"))
    table.addElement(title)
    head = TableRow()
    for word in ["No", "Kegiatan", "Indikator", *MONTHS]:
        head.addElement(_text(word))
    table.addElement(head)
    rows = [
        # (no, kegiatan, [(style, repeat), ...] over the 12 month cells)
        ("1", "Pembentukan tim kerja", [("ceBlue", 2), ("ceWhite", 1), ("", 8), ("ceWhite", 1)]),
        ("2", "Rapat monitoring", [("", 3), ("ceChild", 1), ("ceClear", 1), ("", 6), ("ceWhite", 1)]),
        ("3", "Survei kepuasan", [("", 11)]),  # December from the column's default style
    ]
    for no, kegiatan, months in rows:
        tr = TableRow()
        tr.addElement(_text(no))
        tr.addElement(_text(kegiatan))
        tr.addElement(_text("Laporan"))
        for style, repeat in months:
            kw: dict[str, object] = {"numbercolumnsrepeated": repeat} if repeat > 1 else {}
            if style:
                kw["stylename"] = style
            tr.addElement(TableCell(**kw))
        if no == "3":
            tr.addElement(TableCell())  # December: no style of its own
        table.addElement(tr)
    merged = TableRow()  # a blue range spanning Jan–Feb: its covered cell names no style
    merged.addElement(_text("4"))
    merged.addElement(_text("Sosialisasi"))
    merged.addElement(_text("Notulen"))
    merged.addElement(TableCell(stylename="ceBlue", numbercolumnsspanned=2))
    merged.addElement(CoveredTableCell())
    table.addElement(merged)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def _sheet(path: Path, kind: str, fills: bool = True) -> Sheet:
    (sheet,) = read_sheets(str(path), path.read_bytes(), kind, fills=fills)
    return sheet


def test_ods_fills_are_read_from_cell_parent_and_column_styles(tmp_path: Path) -> None:
    sheet = _sheet(_gantt_ods(tmp_path / "gantt.ods"), "ods")
    assert sheet.fills_known
    assert sorted(sheet.filled) == [(2, 3), (2, 4), (3, 6), (4, 14), (5, 3)]
    assert set(sheet.colours.values()) == {"FF4472C4"}
    # a filled cell with text keeps its colour but is no empty filled cell
    assert all(sheet.text(r, c) == "" for r, c in sheet.filled)


def test_fills_not_asked_are_not_known(tmp_path: Path) -> None:
    sheet = _sheet(_gantt_ods(tmp_path / "gantt.ods"), "ods", fills=False)
    assert not sheet.fills_known and not sheet.filled


def test_ods_gantt_plan_imports_its_filled_months(tmp_path: Path, rubric: Rubric) -> None:
    res = import_plan(_gantt_ods(tmp_path / "gantt.ods"), rubric, unit_name="Unit G", year=2025)
    months = {a.kegiatan: a.months for a in res.unit.activities}
    assert months["Pembentukan tim kerja"] == (1, 2)
    assert months["Rapat monitoring"] == (4,)
    assert months["Survei kepuasan"] == (12,)
    assert months["Sosialisasi"] == (1, 2)  # a blue range merged over Jan–Feb marks both months
    filled = [f for f in res.findings if f.code == "IMPORT_FILLED_MONTH"]
    assert len(filled) == 4


# --- .xls ---------------------------------------------------------------------------------------------

#: scripts/make_reader_fixtures.py writes the xlsx with openpyxl (green solid fills in March, June,
#: September and December of row 8) and converts it once to .xls with LibreOffice (soffice).
GANTT_XLS = Path(__file__).parents[1] / "data" / "ra" / "readers" / "plan_gantt_fills.xls"


def test_xls_fills_match_the_xlsx_they_were_converted_from() -> None:
    xls, xlsx = _sheet(GANTT_XLS, "xls"), _sheet(GANTT_XLS.with_suffix(".xlsx"), "xlsx")
    assert xls.fills_known and xlsx.fills_known
    assert xls.filled == xlsx.filled == {(7, 7), (7, 10), (7, 13), (7, 16)}
    assert set(xls.colours.values()) == set(xlsx.colours.values()) == {"FF00B050"}


def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _xf(pattern: int, colour: int) -> bytes:
    """A BIFF8 XF record body with a fill pattern and its pattern colour index (the rest zero)."""
    return bytes(14) + struct.pack("<I", pattern << 26) + struct.pack("<H", colour | (65 << 7))


def _book(sheet_records: list[bytes], version: int = 0x0600, palette: bytes = b"") -> bytes:
    """A workbook stream: globals (BOF, XF records, a palette, one BOUNDSHEET) then one sheet."""
    xfs = [
        _xf(0, 10),  # 0: no fill (red named but not shown)
        _xf(1, 10),  # 1: solid, palette index 10 (red by default)
        _xf(1, 9),  # 2: solid white: what an unfilled cell looks like
        _xf(1, 64),  # 3: solid "automatic" (the system's window text colour)
        _xf(17, 12),  # 4: 12.5 % grey shading over index 12 (blue by default)
        _xf(5, 10),  # 5: a hatch pattern: no fill the xlsx reader takes either
    ]
    head = _record(biff.BOF, struct.pack("<HH", version, 5) + bytes(12))
    head += b"".join(_record(0x00E0, x) for x in xfs) + palette
    name = b"RA"
    bound_len = 4 + 8 + len(name)
    bof_at = len(head) + bound_len + 4  # after the BOUNDSHEET and the globals' EOF
    head += _record(biff.BOUNDSHEET, struct.pack("<IBBBB", bof_at, 0, 0, len(name), 0) + name)
    head += _record(0x000A, b"")
    sheet = _record(biff.BOF, struct.pack("<HH", version, 0x10) + bytes(12))
    return head + sheet + b"".join(sheet_records) + _record(0x000A, b"")


def test_xls_cell_records_name_their_fill() -> None:
    cells = [
        _record(biff.BLANK, struct.pack("<HHH", 0, 0, 1)),  # A1 red
        _record(0x00FD, struct.pack("<HHHI", 0, 1, 1, 0)),  # B1 a shared string on red
        _record(biff.MULBLANK, struct.pack("<HH5HH", 1, 0, 0, 1, 2, 3, 4, 4)),  # A2:E2
        _record(biff.MULRK, struct.pack("<HHHIHIH", 2, 1, 4, 0, 5, 0, 2)),  # B3 grey over blue, C3 hatch
        _record(biff.BLANK, struct.pack("<HHH", 9, 0, 1)),  # A10: outside the grid read
        _record(biff.BLANK, struct.pack("<HHH", 0, 2, 99)),  # C1 names an XF that is not there
    ]
    fills = book_fills(_book(cells), {"RA": (3, 5)})
    assert fills == {
        "RA": {
            (0, 0): "FFFF0000",
            (0, 1): "FFFF0000",
            (1, 1): "FFFF0000",
            (1, 4): "FF0000FF",
            (2, 1): "FF0000FF",
        }
    }


def test_xls_palette_record_changes_the_colours() -> None:
    # PALETTE: 56 colours from index 8; index 10 becomes an orange
    colours = [(0, 0, 0)] * 56
    colours[2] = (0xED, 0x7D, 0x31)
    palette = _record(0x0092, struct.pack("<H", 56) + b"".join(bytes((r, g, b, 0)) for r, g, b in colours))
    cells = [_record(biff.BLANK, struct.pack("<HHH", 0, 0, 1))]
    assert book_fills(_book(cells, palette=palette), {"RA": (1, 1)}) == {"RA": {(0, 0): "FFED7D31"}}


def test_an_xls_older_than_biff8_leaves_its_fills_unknown() -> None:
    cells = [_record(biff.BLANK, struct.pack("<HHH", 0, 0, 1))]
    assert book_fills(_book(cells, version=0x0500), {"RA": (1, 1)}) is None


def test_an_xls_whose_records_cannot_be_followed_keeps_its_values_and_says_fills_are_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from zi_eval.io import sheets

    monkeypatch.setattr(sheets, "read_stream", lambda _data, _names: None)  # an OLE file ole.py gives up on
    sheet = _sheet(GANTT_XLS, "xls")
    assert sheet.text(5, 1) == "Pembentukan Tim ZI"
    assert not sheet.fills_known and not sheet.filled and not sheet.colours


def test_ods_fills_repeated_past_the_grid_are_not_expanded(tmp_path: Path) -> None:
    # a blue style over a row repeated a million times, 1,000 cells wide, below two rows of text: only
    # the grid read (two rows, up to the last value) is looked at, never the million rows
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    text = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    blue = '<table:table-cell table:style-name="b" table:number-columns-repeated="{}"/>'
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
        '<office:automatic-styles><style:style style:name="b" style:family="table-cell">'
        '<style:table-cell-properties fo:background-color="#4472c4"/></style:style></office:automatic-styles>'
        '<office:body><office:spreadsheet><table:table table:name="RA">'
        f"<table:table-row>{text.format('No')}{text.format('Kegiatan')}{text.format('Jan')}</table:table-row>"
        f"<table:table-row>{text.format('1')}{text.format('Rapat')}{blue.format(1000)}</table:table-row>"
        f'<table:table-row table:number-rows-repeated="1000000">{blue.format(1000)}</table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = write_ods_package(tmp_path / "wide.ods", content)
    sheet = _sheet(path, "ods")
    assert len(sheet.rows) == 2 and sheet.fills_known
    assert sheet.filled == {(1, 2)}


# --- white and theme fills, chart sheets ----------------------------------------------------------------


def test_white_in_any_alpha_and_theme_background_are_no_fill(tmp_path: Path) -> None:
    """Excel's "White, Background 1" (theme 0, also tinted lighter or a step darker), white as openpyxl
    writes it (``00FFFFFF``) or as Excel does (``FFFFFFFF``), and palette white look like no fill; a grey
    shade of theme 0 and other colours are fills, one text per colour whatever its alpha."""
    import openpyxl
    from openpyxl.styles import PatternFill
    from openpyxl.styles.colors import Color

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    fills = [
        Color(rgb="00FFFFFF"),
        Color(rgb="FFFFFFFF"),
        Color(theme=0, tint=0.0),
        Color(theme=0, tint=0.4),
        Color(theme=0, tint=-0.01),
        Color(indexed=9),
        Color(rgb="0000B050"),  # green as openpyxl writes it
        Color(rgb="FF00B050"),  # the same green as Excel writes it
        Color(theme=0, tint=-0.25),  # "White, Background 1, Darker 25%": a grey
        Color(theme=4, tint=0.0),  # an accent colour
    ]
    ws.append(["No", "Kegiatan", *[None] * len(fills)])
    for c, colour in enumerate(fills, start=3):
        ws.cell(1, c).fill = PatternFill("solid", fgColor=colour)
    ws.cell(2, 1, "1")
    path = tmp_path / "white.xlsx"
    wb.save(path)
    sheet = _sheet(path, "xlsx")
    assert sorted(sheet.filled) == [(0, 8), (0, 9), (0, 10), (0, 11)]
    assert sheet.colours[(0, 8)] == sheet.colours[(0, 9)] == "FF00B050"
    assert sheet.colours[(0, 10)] == "theme 0 -0.250"


def test_a_chart_sheet_is_no_sheet_of_cells(tmp_path: Path) -> None:
    """A chart sheet holds no cells: no reader walks it (its fills once crashed the xlsx reader)."""
    import io
    import zipfile

    import openpyxl
    from openpyxl.chart import BarChart, Reference

    from zi_eval.io.hyperlinks import sheet_hyperlinks
    from zi_eval.io.sheets import sheet_members

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "RA"
    for row in (["No", "Kegiatan", "Jan"], [1, "Rapat", 2], [2, "Apel", 3]):
        ws.append(row)
    ws.cell(2, 3).hyperlink = "https://example.org/sk.pdf"
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=3))
    wb.create_chartsheet("Grafik").add_chart(chart)
    wb.create_sheet("Catatan").append(["Tidak ada"])
    path = tmp_path / "chart.xlsx"
    wb.save(path)
    data = path.read_bytes()
    for fills in (False, True):
        sheets = read_sheets(str(path), data, "xlsx", fills=fills)
        assert [s.name for s in sheets] == ["RA", "Catatan"]
    assert set(sheet_members(zipfile.ZipFile(io.BytesIO(data)))) == {"RA", "Catatan"}
    assert set(sheet_hyperlinks(data, "xlsx")) == {"RA"}
