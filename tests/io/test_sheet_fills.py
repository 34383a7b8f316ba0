"""Fill colours are read from .ods and .xls as from .xlsx: a Gantt plan marks months by filling cells."""

from __future__ import annotations

from pathlib import Path

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableCellProperties
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P

from zi_eval.io.sheets import Sheet, read_sheets
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
    assert months["Sosialisasi"] == (1,)  # the covered cell of a merged fill: a reader's rule, not ours
    filled = [f for f in res.findings if f.code == "IMPORT_FILLED_MONTH"]
    assert len(filled) == 4
