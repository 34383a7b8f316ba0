"""Read spreadsheets of any kind units have (xlsx, xlsm, xls, ods, csv) into plain grids of cells.

One reader for both the plan importer and the LKE reader. ``python-calamine`` reads the cell
values of xlsx/xls/ods fast and without evaluating anything; fill colours, which Gantt-style plans
use as month marks, are read where they are asked for: by openpyxl for xlsx, from the cell styles of
content.xml for ods (:mod:`zi_eval.io.ods_fills`) and from the cell formats of the BIFF8 records
for xls (:mod:`zi_eval.io.xls_fills`); :attr:`Sheet.fills_known` says whether they were. The rows and
columns a sheet hides are read from the sheet XML (xlsx), content.xml (ods, :mod:`zi_eval.io.ods_grid`,
which also gives the merged ranges) and the BIFF8 records (xls, :mod:`zi_eval.io.xls_grid`). Every sheet is
checked against size limits before its cells are turned into Python objects, and zipped formats
are checked for their unpacked size first (a zip bomb is refused before any sheet is opened), then
measured sheet by sheet (:mod:`zi_eval.io.sheet_scan`) so no reader is handed a grid over the budgets of
:mod:`zi_eval.limits`.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree as ET

from zi_eval import limits
from zi_eval.errors import fail
from zi_eval.io.colours import looks_white
from zi_eval.io.location import column_index
from zi_eval.io.ods_grid import ods_grids
from zi_eval.io.ole import read_stream
from zi_eval.io.packages import check_zip
from zi_eval.io.sheet_scan import (
    MAX_SHEET_CELLS,
    Extent,
    refuse_workbook_grid,
    scan_ods,
    scan_xls,
    scan_xlsx,
)
from zi_eval.io.textfile import decode_text
from zi_eval.io.xls_grid import xls_hidden

#: Most rows read from one sheet (a taller sheet is refused) and columns kept (the rest are dropped).
MAX_SHEET_ROWS = limits.SHEET_ROWS.value()
MAX_SHEET_COLS = limits.SHEET_COLS.value()
#: Most merged ranges per sheet.
MAX_MERGED_RANGES = limits.MERGED_RANGES.value()

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


@dataclass
class Sheet:
    """One sheet as a grid: ``rows[r][c]`` (0-based) holds ``str``, ``float``, ``bool``, a date or ``""``."""

    name: str
    rows: list[list[Any]]
    #: merged ranges as 0-based inclusive ``(first_row, first_col, last_row, last_col)``
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: 0-based ``(row, col)`` of empty cells that carry a fill colour (xlsx, xls, ods)
    filled: set[tuple[int, int]] = field(default_factory=set)
    #: the fill colour of every filled cell, empty or not (xlsx, xls, ods): a row shaded whole is banding
    colours: dict[tuple[int, int], str] = field(default_factory=dict)
    #: the fill colours were read (``filled``/``colours`` say all there is); ``False`` when they were not
    #: asked for or could not be read, so an empty ``filled`` says nothing about the sheet
    fills_known: bool = False
    #: 0-based ``(row, col)`` of cells whose font is struck through (xlsx, read with the fills)
    struck: set[tuple[int, int]] = field(default_factory=set)
    #: the workbook hides this sheet (a person looking at the file does not see it)
    hidden: bool = False
    #: 0-based rows the sheet hides (xlsx, xls, ods)
    hidden_rows: set[int] = field(default_factory=set)
    #: 0-based columns the sheet hides (xlsx, xls, ods)
    hidden_cols: set[int] = field(default_factory=set)
    #: 0-based ``(row, col)`` of cells whose value cannot be read: a formula saved without its result or
    #: an error, mapped to what the cell holds (``=P20``, ``#DIV/0!``); calamine reads them as empty (xlsx)
    unread: dict[tuple[int, int], str] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, row: int, col: int) -> Any:
        """The cell's value (``""`` outside the grid)."""
        if 0 <= row < len(self.rows) and 0 <= col < len(self.rows[row]):
            return self.rows[row][col]
        return ""

    def text(self, row: int, col: int) -> str:
        """The cell as text: whole floats without ``.0``, dates as ISO."""
        return cell_text(self.value(row, col))


def cell_text(value: Any) -> str:
    """Render a cell value as the text a person sees (``3.0`` → ``3``, a date → ISO)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    text = str(value)
    return text if text.isascii() else text.translate(_INVISIBLE)


#: Characters a person does not see, which text copied from the web or a chat carries into a cell ("A" and
#: a zero-width space was no option "A"): zero-width spaces and joiners, word joiners, a byte-order mark, a
#: soft hyphen. Left out of a cell's text.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad")
)


def spreadsheet_kind(data: bytes, suffix: str) -> str | None:
    """Tell ``xlsx``, ``xls``, ``ods`` or ``csv`` from the content first, then the name; else ``None``."""
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "xlsx" if suffix in (".xlsx", ".xlsm") else None
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "content.xml" in names and (suffix == ".ods" or b"opendocument.spreadsheet" in data[:200]):
            return "ods"
        return "xlsx" if suffix in (".xlsx", ".xlsm") else None
    if data.startswith(OLE2_MAGIC):
        return "xls"  # also an encrypted xlsx: the reader says so
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        return suffix.lstrip(".").replace("xlsm", "xlsx")
    if suffix == ".csv":
        return "csv"
    return None


#: A cell with content (``<c …>…</c>``; a self-closing ``<c …/>`` holds nothing and is never matched).
_XLSX_FORMULA_CELL = re.compile(rb"<c\b([^>]*?)(?<!/)>(.*?)</c>", re.S)
_XLSX_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')


#: The relationship type of a chart sheet (transitional and strict OOXML alike).
_CHARTSHEET = re.compile(r"/chartsheet$")


def sheet_members(zf: zipfile.ZipFile) -> dict[str, str]:
    """The worksheet member of every sheet of an xlsx, by sheet name (through workbook.xml and its rels);
    chart sheets, which hold no cells, are left out."""
    import posixpath

    try:
        book = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, zipfile.BadZipFile, ET.ParseError):
        return {}
    ns_r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    # a chart sheet (``xl/chartsheets/…``) holds a chart and no cells: it is no sheet of cells to read
    targets = {el.get("Id"): el.get("Target") for el in rels if not _CHARTSHEET.search(el.get("Type") or "")}
    names = set(zf.namelist())
    out: dict[str, str] = {}
    for el in book.iter():
        target = targets.get(el.get(ns_r)) if el.tag.endswith("}sheet") else None
        if not target:
            continue
        member = (
            target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        )
        if member in names:
            out[el.get("name") or ""] = member
    return out


def _sheet_xml(data: bytes) -> dict[str, bytes]:
    """The worksheet XML of every sheet of an xlsx, by sheet name."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    return {name: zf.read(member) for name, member in sheet_members(zf).items()}


_ROW_TAG = re.compile(rb"<row\b[^>]*>")
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_ROW_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_ROW_HEIGHT = re.compile(rb'\bht="([^"]*)"')
_ROW_CUSTOM_HEIGHT = re.compile(rb'\bcustomHeight="(?:1|true)"')
#: A row lower than this many points shows no text: hidden as surely as by its hidden flag.
MIN_ROW_POINTS = 2.0


def _row_shut(tag: bytes) -> bool:
    """Whether a ``<row>`` tag gives the row a height of (nearly) 0: ``ht`` under :data:`MIN_ROW_POINTS`,
    or a custom height with no ``ht`` at all (how openpyxl writes a height of 0; Excel shows the row
    shut)."""
    height = _ROW_HEIGHT.search(tag)
    if height is None:
        return _ROW_CUSTOM_HEIGHT.search(tag) is not None
    try:
        return float(height.group(1)) < MIN_ROW_POINTS
    except ValueError:
        return False


def _hidden_rows(body: bytes) -> set[int]:
    """0-based indexes of the rows a worksheet hides (a person reading the sheet does not see them): a row
    with the hidden flag, or one whose height is (nearly) 0 (dragged shut, or set so)."""
    out: set[int] = set()
    for m in _ROW_TAG.finditer(body):
        tag = m.group(0)
        number = _ROW_NUMBER.search(tag)
        if number is not None and (_ROW_HIDDEN.search(tag) or _row_shut(tag)):
            out.add(int(number.group(1)) - 1)
    return out


_COL = re.compile(rb"<col\b[^>]*>")


#: A column narrower than this many characters shows no text: hidden as surely as by its hidden flag.
MIN_COL_CHARS = 0.5


def _hidden_cols(body: bytes) -> set[int]:
    """0-based indexes of the columns a worksheet hides (``<col min max hidden="1">``, or a width of
    (nearly) 0), within the columns read."""
    out: set[int] = set()
    head = body.split(b"<sheetData", 1)[0]  # <cols> comes before the cells: no need to scan them
    for m in _COL.finditer(head):
        tag = m.group(0)
        lo, hi = re.search(rb'\bmin="(\d+)"', tag), re.search(rb'\bmax="(\d+)"', tag)
        width = re.search(rb'\bwidth="([0-9.eE+-]+)"', tag)
        try:
            shut = width is not None and float(width.group(1)) < MIN_COL_CHARS
        except ValueError:
            shut = False
        if lo and hi and (shut or re.search(rb'\bhidden="(?:1|true)"', tag)):
            out.update(range(max(int(lo.group(1)), 1) - 1, min(int(hi.group(1)), MAX_SHEET_COLS)))
    return out


def _unread_cells(body: bytes) -> dict[tuple[int, int], str]:
    """Cells of a worksheet whose value a reader cannot know: a formula saved without its result
    (files written by scripts, never opened in Excel) or an error (``#DIV/0!``, ``#REF!``, ``#N/A``)."""
    out: dict[tuple[int, int], str] = {}
    for m in _XLSX_FORMULA_CELL.finditer(body):
        attrs, inner = m.group(1), m.group(2)
        ref = _XLSX_REF.search(attrs)
        if ref is None:
            continue
        key = (int(ref.group(2)) - 1, column_index(ref.group(1)))
        if b't="e"' in attrs:
            v = re.search(rb"<v>([^<]*)</v>", inner)
            out[key] = (v.group(1) if v else b"#ERROR").decode("utf-8", "replace")
        elif b"<f" in inner and not re.search(rb"<v>[^<]+</v>", inner):
            f = re.search(rb"<f[^>]*>([^<]*)</f>", inner)
            text = f.group(1).decode("utf-8", "replace") if f else "…"
            out[key] = "=" + html.unescape(text)[:60]
    return out


def _calamine_sheets(path: str, data: bytes, kind: str) -> list[Sheet]:
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except pc.PasswordError:
        raise fail(path, None, "file", "an unencrypted workbook", "a password-protected file") from None
    except Exception as exc:  # calamine raises several kinds on broken files
        if kind == "xls" and "encrypt" in str(exc).lower():
            raise fail(path, None, "file", "an unencrypted workbook", "an encrypted file") from None
        raise fail(
            path, None, "file", f"a readable .{kind} workbook", f"{type(exc).__name__}: {str(exc)[:120]}"
        ) from None
    out = []
    hidden = {m.name for m in wb.sheets_metadata if m.visible != pc.SheetVisibleEnum.Visible}
    # a chart sheet holds a chart and no cells: no reader walks it (nor finds it empty and says so)
    charts = {m.name for m in wb.sheets_metadata if m.typ == pc.SheetTypeEnum.ChartSheet}
    grids: list[Extent] = []
    try:
        for name in wb.sheet_names:
            if name in charts:
                continue
            try:
                sh = wb.get_sheet_by_name(name)
            except Exception as exc:
                raise fail(
                    path,
                    None,
                    f"sheet {name!r}",
                    "a readable sheet",
                    f"{type(exc).__name__}: {str(exc)[:120]}",
                ) from None
            end = sh.end
            height = (end[0] + 1) if end else 0
            width = (end[1] + 1) if end else 0
            # an xlsx/ods was measured before; an .xls (at most 65,536 × 256) is measured here, before
            # its cells become Python objects
            limits.refuse_above(
                MAX_SHEET_ROWS, height, path, f"sheet {name!r}", "at most {n} rows", "{got} rows"
            )
            limits.refuse_above(
                MAX_SHEET_CELLS,
                height * width,
                path,
                f"sheet {name!r}",
                "at most {n} cells (rows × columns up to the last filled cell)",
                f"{{got}} cells ({height} rows × {width} columns)",
            )
            grids.append(Extent(name, height, width))
            refuse_workbook_grid(path, grids)
            merged_raw = sh.merged_cell_ranges or []
            limits.refuse_above(
                MAX_MERGED_RANGES,
                len(merged_raw),
                path,
                f"sheet {name!r}",
                "at most {n} merged ranges",
                "{got} ranges",
            )
            grid = sh.to_python(skip_empty_area=False) if height else []
            if width > MAX_SHEET_COLS:
                grid = [r[:MAX_SHEET_COLS] for r in grid]
            sheet = Sheet(name, [list(r) for r in grid], hidden=name in hidden)
            sheet.merged = clip_merges([(r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged_raw], sheet)
            out.append(sheet)
    finally:
        wb.close()
    return out


def clip_merges(merged: list[tuple[int, int, int, int]], sheet: Sheet) -> list[tuple[int, int, int, int]]:
    """Merged ranges cut to the sheet's grid: a range over the whole sheet (``A1:XFD1048576``) reaches
    only as far as the cells read, and one that starts outside them is dropped."""
    rows, cols = len(sheet.rows), min(sheet.width, MAX_SHEET_COLS)
    return [
        (r0, c0, min(r1, rows - 1), min(c1, cols - 1))
        for r0, c0, r1, c1 in merged
        if 0 <= r0 < rows and 0 <= c0 < cols and r1 >= r0 and c1 >= c0
    ]


def _colour(color: Any) -> str:
    """A fill colour as one comparable text: its RGB as ``FFRRGGBB`` (Excel ignores the alpha, which
    openpyxl writes as ``00``: one colour is one text whichever program saved it), or the theme colour
    and tint, or the palette index; ``00000000`` when none is given."""
    rgb = getattr(color, "rgb", None)
    if isinstance(rgb, str):
        rgb = rgb.upper()
        return "FF" + rgb[2:] if len(rgb) == 8 and rgb != "00000000" else rgb
    theme = getattr(color, "theme", None)
    if isinstance(theme, int):
        return f"theme {theme} {getattr(color, 'tint', 0.0):.3f}"
    return f"indexed {getattr(color, 'indexed', '?')}"


def _xlsx_fills(data: bytes, sheets: list[Sheet]) -> None:
    """Record the cells with a solid fill and its colour (read-only openpyxl pass over the same bounds),
    and show a symbol font's character as the mark it shows (a Wingdings "ü" is a ✓: the values alone
    hold the "ü", and the month would be an unknown mark)."""
    import openpyxl

    from zi_eval.io.symbols import symbol_family, translate_char

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        return  # values were read; fills are a bonus (``fills_known`` stays False)
    try:
        for sheet in sheets:
            sheet.fills_known = True
            if sheet.name not in wb.sheetnames:
                continue
            ws = wb[sheet.name]
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet (calamine left it out already): it holds no cells
            max_col = min(max(sheet.width, ws.max_column or 1), MAX_SHEET_COLS)
            max_row = min(max(len(sheet.rows), ws.max_row or 0), MAX_SHEET_ROWS)
            before = None
            for r, row in enumerate(ws.iter_rows(max_row=max_row, max_col=max_col)):
                if row is before:
                    continue  # openpyxl pads missing rows with one shared tuple of empty cells
                before = row
                for cell in row:
                    value = getattr(cell, "value", None)
                    if (
                        value is not None
                        and value != ""
                        and getattr(getattr(cell, "font", None), "strike", False)
                    ):
                        sheet.struck.add((r, cell.column - 1))  # struck through: cancelled, not deleted
                    if isinstance(value, str) and len(value.strip()) == 1:
                        font = getattr(getattr(cell, "font", None), "name", None)
                        if symbol_family(font) is not None and r < len(sheet.rows):
                            cells = sheet.rows[r]
                            if cell.column - 1 < len(cells):
                                cells[cell.column - 1] = translate_char(value.strip(), font)
                    fill = getattr(cell, "fill", None)
                    if fill is None or fill.fill_type not in ("solid", "gray125", "darkGray", "mediumGray"):
                        continue
                    colour = _colour(fill.fgColor)
                    if colour == "00000000" or looks_white(colour):
                        # no colour given, or white in any alpha (openpyxl writes ``00FFFFFF``) or theme 0
                        # ("Background 1"): what an unfilled cell looks like
                        continue
                    sheet.colours[(r, cell.column - 1)] = colour
                    if _blank(getattr(cell, "value", None)):
                        sheet.filled.add((r, cell.column - 1))
    finally:
        wb.close()


def csv_sheet(path: str, data: bytes) -> Sheet:
    """Read a CSV (comma, semicolon or tab separated; any common encoding) as one sheet."""
    text, _ = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:20000]
    counts = {d: sample.count(d) for d in (",", ";", "\t")}
    delim = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    rows: list[list[str]] = []
    count = 0
    try:
        for r in csv.reader(io.StringIO(text), delimiter=delim):
            count += 1
            if count <= MAX_SHEET_ROWS:  # past the limit, only counted for the message
                rows.append(r[:MAX_SHEET_COLS])
    except csv.Error as exc:
        raise fail(path, None, "file", "a readable CSV file", str(exc)[:120]) from None
    limits.refuse_above(MAX_SHEET_ROWS, count, path, "file", "at most {n} rows", "{got} rows")
    return Sheet("csv", rows, fills_known=True)  # a CSV holds no fills: none can be missed


def measure_sheets(path: str, data: bytes, kind: str) -> None:
    """Refuse an xlsx, ods or xls any of whose sheets passes a budget, before calamine reads it (a zip
    was checked by :func:`check_zip`); a file too broken to measure is left for calamine to report."""
    try:
        if kind == "xls":
            scan_xls(path, data)
        elif kind == "xlsx":
            zf = zipfile.ZipFile(io.BytesIO(data))
            # a workbook whose sheet list cannot be followed still has its worksheets measured
            members = sheet_members(zf) or {
                n: n for n in zf.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")
            }
            scan_xlsx(path, data, members)
        else:
            scan_ods(path, data)
    except (ET.ParseError, zipfile.BadZipFile, KeyError, OSError, EOFError):
        pass


def read_sheets(path: str, data: bytes, kind: str, fills: bool = False) -> list[Sheet]:
    """Read every sheet of a spreadsheet of ``kind`` (from :func:`spreadsheet_kind`)."""
    if kind == "csv":
        return [csv_sheet(path, data)]
    if kind in ("xlsx", "ods"):
        check_zip(path, data, kind)
    measure_sheets(path, data, kind)
    sheets = _calamine_sheets(path, data, kind)
    if kind == "xlsx":
        # what calamine does not give: hidden rows and columns, formulas without results
        xml = _sheet_xml(data)
        for sheet in sheets:
            body = xml.get(sheet.name, b"")
            sheet.hidden_rows, sheet.unread = _hidden_rows(body), _unread_cells(body)
            sheet.hidden_cols = _hidden_cols(body)
    if kind == "ods":
        _ods_grid(data, sheets)
    book = read_stream(data, ("Workbook", "Book")) if kind == "xls" else None
    if book is not None:
        # hidden rows and columns, as the xlsx ones above (a file the walk cannot follow hides nothing)
        hidden = xls_hidden(book, _bounds(sheets))
        for sheet in sheets:
            sheet.hidden_rows, sheet.hidden_cols = hidden.get(sheet.name, (set(), set()))
    if fills and kind == "xlsx":
        _xlsx_fills(data, sheets)
    elif fills and kind == "ods":
        _ods_fills(data, sheets)
    elif fills and book is not None:
        _xls_fills(book, sheets)
    return sheets


def _ods_grid(data: bytes, sheets: list[Sheet]) -> None:
    """Record the merged ranges and hidden rows and columns of an .ods, what calamine does not give;
    a file whose XML cannot be followed keeps its values."""
    try:
        found = ods_grids(data)
    except (ET.ParseError, KeyError, OSError, zipfile.BadZipFile):
        return
    bounds = _bounds(sheets)
    for sheet in sheets:
        grid = found.get(sheet.name)
        if grid is None:
            continue
        height, width = bounds[sheet.name]
        sheet.merged = sheet.merged or clip_merges(grid.merged, sheet)
        # LibreOffice writes the rows under the table as one repeated row: kept within the grid read
        sheet.hidden_rows = {r for r in grid.hidden_rows if r < height}
        sheet.hidden_cols = {c for c in grid.hidden_cols if c < width}


def take_fills(sheet: Sheet, colours: dict[tuple[int, int], str]) -> None:
    """Record ``colours`` (``(row, col)`` → colour) on the sheet: every one in ``colours``, the empty
    cells among them in ``filled``; the sheet's fills are then known."""
    for (r, c), colour in colours.items():
        sheet.colours[(r, c)] = colour
        if _blank(sheet.value(r, c)):
            sheet.filled.add((r, c))
    sheet.fills_known = True


def _blank(value: object) -> bool:
    """Whether a cell shows nothing: no value, or only spaces (a space typed into each coloured cell of a
    Gantt bar left its colour unread: no month scheduled)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _bounds(sheets: list[Sheet]) -> dict[str, tuple[int, int]]:
    """Each sheet's grid (rows, columns kept): fills are read within it and nowhere else."""
    return {s.name: (len(s.rows), min(s.width, MAX_SHEET_COLS)) for s in sheets}


def _ods_fills(data: bytes, sheets: list[Sheet]) -> None:
    """Record the fill colours of an .ods, and show a symbol font's character as the mark it shows; a file
    whose styles cannot be followed keeps its values."""
    from zi_eval.io.ods_fills import ods_fills
    from zi_eval.io.symbols import translate_char

    symbols: dict[str, dict[tuple[int, int], str]] = {}
    try:
        found = ods_fills(data, _bounds(sheets), symbols)
    except (ET.ParseError, KeyError, OSError, zipfile.BadZipFile):
        return  # ``fills_known`` stays False: the caller must not read "no fill" as "no month"
    for sheet in sheets:
        take_fills(sheet, found.get(sheet.name, {}))
        # a symbol font's character shows as the mark it is (a Wingdings "ü" is a ✓), as in an xlsx
        for (r, c), font in symbols.get(sheet.name, {}).items():
            value = sheet.value(r, c)
            if isinstance(value, str) and len(value.strip()) == 1:
                sheet.rows[r][c] = translate_char(value.strip(), font)


def _xls_fills(book: bytes, sheets: list[Sheet]) -> None:
    """Record the fill colours of an .xls from its workbook stream; a file the record walk cannot follow
    keeps its values."""
    from zi_eval.io.xls_fills import book_fills

    found = book_fills(book, _bounds(sheets))
    if found is None:
        return  # ``fills_known`` stays False: the caller must not read "no fill" as "no month"
    for sheet in sheets:
        take_fills(sheet, found.get(sheet.name, {}))
