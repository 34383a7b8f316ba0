"""Read spreadsheets of any kind units have (xlsx, xlsm, xls, ods, csv) into plain grids of cells.

One reader for both the plan importer and the LKE reader. ``python-calamine`` reads the cell
values of xlsx/xls/ods fast and without evaluating anything; openpyxl is used only where styles
matter (fill colours of empty cells, which Gantt-style plans use as month marks). Every sheet is
checked against size limits before its cells are turned into Python objects, and zipped formats
are checked for their unpacked size first (a zip bomb is refused before any sheet is opened).
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

from zi_eval.errors import fail
from zi_eval.io.packages import check_zip
from zi_eval.io.textfile import decode_text

#: Most rows and columns read from one sheet; a larger sheet is refused.
MAX_SHEET_ROWS = 20_000
MAX_SHEET_COLS = 200
#: Most merged ranges per sheet, and most cells one merged range may cover when spread.
MAX_MERGED_RANGES = 50_000
#: Most non-empty cells, and most characters of cell text, a workbook may expand to once read: a few
#: kilobytes can repeat one long text over millions of cells (ODS repeats, xlsx shared strings).
MAX_CELLS = 2_000_000
MAX_CELL_TEXT = 300 * 1024 * 1024

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


@dataclass
class Sheet:
    """One sheet as a grid: ``rows[r][c]`` (0-based) holds ``str``, ``float``, ``bool``, a date or ``""``."""

    name: str
    rows: list[list[Any]]
    #: merged ranges as 0-based inclusive ``(first_row, first_col, last_row, last_col)``
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: 0-based ``(row, col)`` of empty cells that carry a fill colour (xlsx only)
    filled: set[tuple[int, int]] = field(default_factory=set)
    #: the workbook hides this sheet (a person looking at the file does not see it)
    hidden: bool = False
    #: 0-based rows the sheet hides (xlsx only)
    hidden_rows: set[int] = field(default_factory=set)
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
    return str(value)


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


_XLSX_CELL = re.compile(rb"<c\b([^>]*)>(?:<f[^>]*>[^<]*</f>|<f[^>]*/>)?\s*<v>([^<]*)</v>")
_ODS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _refuse_expansion(path: str, cells: int, text: int) -> None:
    if cells > MAX_CELLS or text > MAX_CELL_TEXT:
        raise fail(
            path,
            None,
            "file",
            f"a workbook of at most {MAX_CELLS} filled cells and {MAX_CELL_TEXT // 2**20} MiB of text",
            f"{cells} cells holding {text // 2**20} MiB of text once expanded",
        )


def check_expansion(path: str, data: bytes, kind: str) -> None:
    """Refuse a workbook whose cells expand to more than the limits, before any sheet is read.

    xlsx: each cell that points at a shared string costs that string's length; ods: a cell repeated
    over columns and rows costs its text once per repeat.
    """
    zf = zipfile.ZipFile(io.BytesIO(data))
    if kind == "xlsx":
        lengths: list[int] = []
        if "xl/sharedStrings.xml" in zf.namelist():
            with zf.open("xl/sharedStrings.xml") as fh:
                for _, el in ET.iterparse(fh):
                    if el.tag.endswith("}si"):
                        lengths.append(sum(len(t) for t in el.itertext()))
                        el.clear()
        cells = text = 0
        for name in zf.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            body = zf.read(name)
            for m in _XLSX_CELL.finditer(body):
                cells += 1
                if b't="s"' in m.group(1) and m.group(2).isdigit():
                    idx = int(m.group(2))
                    text += lengths[idx] if idx < len(lengths) else 0
                else:
                    text += len(m.group(2))
            _refuse_expansion(path, cells, text)
    elif kind == "ods" and "content.xml" in zf.namelist():
        cells = text = 0
        rows_repeat = 1
        with zf.open("content.xml") as fh:
            for event, el in ET.iterparse(fh, events=("start", "end")):
                if event == "start" and el.tag == f"{_ODS}table-row":
                    rows_repeat = int(el.get(f"{_ODS}number-rows-repeated", "1") or 1)
                elif event == "end" and el.tag == f"{_ODS}table-cell":
                    length = sum(len(t) for t in el.itertext())
                    if length or el.get(f"{_ODS}formula"):
                        n = rows_repeat * int(el.get(f"{_ODS}number-columns-repeated", "1") or 1)
                        cells += n
                        text += n * length
                        _refuse_expansion(path, cells, text)
                    el.clear()


#: A cell with content (``<c …>…</c>``; a self-closing ``<c …/>`` holds nothing and is never matched).
_XLSX_FORMULA_CELL = re.compile(rb"<c\b([^>]*?)(?<!/)>(.*?)</c>", re.S)
_XLSX_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _sheet_xml(data: bytes) -> dict[str, bytes]:
    """The worksheet XML of every sheet of an xlsx, by sheet name (found through workbook.xml and its rels)."""
    import posixpath

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        book = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, zipfile.BadZipFile, ET.ParseError):
        return {}
    ns_r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    targets = {el.get("Id"): el.get("Target") for el in rels}
    out: dict[str, bytes] = {}
    for el in book.iter():
        target = targets.get(el.get(ns_r)) if el.tag.endswith("}sheet") else None
        if not target:
            continue
        member = (
            target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        )
        try:
            out[el.get("name") or ""] = zf.read(member)
        except KeyError:
            continue
    return out


_HIDDEN_ROW = re.compile(rb'<row\b[^>]*?\br="(\d+)"[^>]*?\bhidden="(?:1|true)"')


def _hidden_rows(body: bytes) -> set[int]:
    """0-based indexes of the rows a worksheet hides (a person reading the sheet does not see them)."""
    return {int(m.group(1)) - 1 for m in _HIDDEN_ROW.finditer(body)}


def _unread_cells(body: bytes) -> dict[tuple[int, int], str]:
    """Cells of a worksheet whose value a reader cannot know: a formula saved without its result
    (files written by scripts, never opened in Excel) or an error (``#DIV/0!``, ``#REF!``, ``#N/A``)."""
    out: dict[tuple[int, int], str] = {}
    for m in _XLSX_FORMULA_CELL.finditer(body):
        attrs, inner = m.group(1), m.group(2)
        ref = _XLSX_REF.search(attrs)
        if ref is None:
            continue
        key = (int(ref.group(2)) - 1, _col_index(ref.group(1)))
        if b't="e"' in attrs:
            v = re.search(rb"<v>([^<]*)</v>", inner)
            out[key] = (v.group(1) if v else b"#ERROR").decode("utf-8", "replace")
        elif b"<f" in inner and not re.search(rb"<v>[^<]+</v>", inner):
            f = re.search(rb"<f[^>]*>([^<]*)</f>", inner)
            text = f.group(1).decode("utf-8", "replace") if f else "…"
            out[key] = "=" + html.unescape(text)[:60]
    return out


def _count(el: ET.Element, attr: str) -> int:
    try:
        return max(1, int(el.get(f"{_ODS}{attr}", "1")))
    except ValueError:
        return 1


def ods_merges(data: bytes) -> dict[str, list[tuple[int, int, int, int]]]:
    """Read the merged ranges of every sheet of an .ods from its content.xml (python-calamine gives none).

    Streams the XML and counts rows and cells, repeated ones included, as 0-based inclusive
    ``(first_row, first_col, last_row, last_col)`` like :attr:`Sheet.merged`. The zip was checked
    for its unpacked size before (:func:`read_sheets`).
    """
    merges: dict[str, list[tuple[int, int, int, int]]] = {}
    depth = row = col = 0
    row_repeat = 1
    name = ""
    with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("content.xml") as fh:
        for event, el in ET.iterparse(fh, events=("start", "end")):
            if el.tag == f"{_ODS}table":
                depth += 1 if event == "start" else -1
                if event == "start" and depth == 1:
                    name, row = el.get(f"{_ODS}name", ""), 0
                    merges.setdefault(name, [])
            elif depth != 1:
                pass  # a table inside a cell: not the sheet's grid
            elif el.tag == f"{_ODS}table-row":
                if event == "start":
                    col, row_repeat = 0, _count(el, "number-rows-repeated")
                else:
                    row += row_repeat
                    el.clear()
            elif event == "start" and el.tag in (f"{_ODS}table-cell", f"{_ODS}covered-table-cell"):
                across = _count(el, "number-columns-spanned")
                down = _count(el, "number-rows-spanned")
                spans = el.tag == f"{_ODS}table-cell" and (across > 1 or down > 1)
                if (
                    spans
                    and row < MAX_SHEET_ROWS
                    and col < MAX_SHEET_COLS
                    and len(merges[name]) < MAX_MERGED_RANGES
                ):
                    merges[name].append((row, col, row + down - 1, col + across - 1))
                col += _count(el, "number-columns-repeated")
    return merges


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
    try:
        for name in wb.sheet_names:
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
            if height > MAX_SHEET_ROWS:
                raise fail(path, None, f"sheet {name!r}", f"at most {MAX_SHEET_ROWS} rows", f"{height} rows")
            merged_raw = sh.merged_cell_ranges or []
            if len(merged_raw) > MAX_MERGED_RANGES:
                raise fail(
                    path,
                    None,
                    f"sheet {name!r}",
                    f"at most {MAX_MERGED_RANGES} merged ranges",
                    f"{len(merged_raw)} ranges",
                )
            grid = sh.to_python(skip_empty_area=False) if height else []
            if width > MAX_SHEET_COLS:
                grid = [r[:MAX_SHEET_COLS] for r in grid]
            merged = []
            for (r0, c0), (r1, c1) in merged_raw:
                if r0 >= MAX_SHEET_ROWS or c0 >= MAX_SHEET_COLS:
                    continue
                merged.append((r0, c0, min(r1, MAX_SHEET_ROWS - 1), min(c1, MAX_SHEET_COLS - 1)))
            out.append(Sheet(name, [list(r) for r in grid], merged, hidden=name in hidden))
    finally:
        wb.close()
    return out


def _xlsx_fills(data: bytes, sheets: list[Sheet]) -> None:
    """Record empty cells with a solid fill colour (read-only openpyxl pass over the same bounds)."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        return  # values were read; fills are a bonus
    try:
        for sheet in sheets:
            if sheet.name not in wb.sheetnames:
                continue
            ws = wb[sheet.name]
            max_col = min(max(sheet.width, ws.max_column or 1), MAX_SHEET_COLS)
            max_row = min(max(len(sheet.rows), ws.max_row or 0), MAX_SHEET_ROWS)
            for r, row in enumerate(ws.iter_rows(max_row=max_row, max_col=max_col)):
                for cell in row:
                    if getattr(cell, "value", None) not in (None, ""):
                        continue
                    fill = getattr(cell, "fill", None)
                    if fill is None or fill.fill_type not in ("solid", "gray125", "darkGray", "mediumGray"):
                        continue
                    color = getattr(fill.fgColor, "rgb", None)
                    if isinstance(color, str) and color.upper() in ("FFFFFFFF", "00000000"):
                        continue
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
    try:
        rows = [list(r) for r in csv.reader(io.StringIO(text), delimiter=delim)]
    except csv.Error as exc:
        raise fail(path, None, "file", "a readable CSV file", str(exc)[:120]) from None
    if len(rows) > MAX_SHEET_ROWS:
        raise fail(path, None, "file", f"at most {MAX_SHEET_ROWS} rows", f"{len(rows)} rows")
    return Sheet("csv", [r[:MAX_SHEET_COLS] for r in rows])


def read_sheets(path: str, data: bytes, kind: str, fills: bool = False) -> list[Sheet]:
    """Read every sheet of a spreadsheet of ``kind`` (from :func:`spreadsheet_kind`)."""
    if kind == "csv":
        return [csv_sheet(path, data)]
    if kind in ("xlsx", "ods"):
        check_zip(path, data, kind)
        check_expansion(path, data, kind)
    sheets = _calamine_sheets(path, data, kind)
    if kind == "xlsx":
        xml = _sheet_xml(data)  # what calamine does not give: hidden rows, formulas without results
        for sheet in sheets:
            body = xml.get(sheet.name, b"")
            sheet.hidden_rows, sheet.unread = _hidden_rows(body), _unread_cells(body)
    if kind == "ods":
        try:
            found = ods_merges(data)
        except (ET.ParseError, KeyError, OSError, zipfile.BadZipFile):
            found = {}  # the values were read; merges are what calamine could not give
        for sheet in sheets:
            sheet.merged = sheet.merged or found.get(sheet.name, [])
    if fills and kind == "xlsx":
        _xlsx_fills(data, sheets)
    return sheets
