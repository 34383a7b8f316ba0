"""Measure a workbook's sheets by streaming their XML, and refuse one over a budget before it is read.

python-calamine builds each sheet as one block of rows × columns up to the last filled cell (32
bytes a cell) and reads the whole sheet before it says how tall it is: a 1.5 KB xlsx with a cell in
A1 and one in XFD19999 asks it for 10 GB, and a 400 KB xlsx of 19,000 × 600 tiny cells (171 MB of
XML) takes half a minute. So every sheet is measured first, a row at a time and a megabyte of XML
at a time, and refused as soon as it passes a budget of :mod:`zi_eval.limits`: rows, cells of the
grid (rows × columns), filled cells and their text (an xlsx pointing every cell at one long shared
string, an ODS repeating one cell over a million rows).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO
from xml.etree import ElementTree as ET

from zi_eval import limits
from zi_eval.errors import fail
from zi_eval.io.location import column_index

MAX_SHEET_ROWS = limits.SHEET_ROWS.value()
MAX_SHEET_CELLS = limits.SHEET_CELLS.value()
MAX_WORKBOOK_CELLS = limits.WORKBOOK_CELLS.value()
MAX_CELLS = limits.FILLED_CELLS.value()
MAX_CELL_TEXT = limits.CELL_TEXT.value()

_CHUNK = 1 << 20
_ODS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
#: A whole row with content (``<row …>…</row>``; a self-closing ``<row …/>`` holds nothing). Writers
#: of the .NET SDK prefix every tag (``<x:row>``).
_ROW_OPEN = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?<!/)>")
_ROW_END = re.compile(rb"</(?:\w+:)?row>")
_R_ATTR = re.compile(rb'\br="([A-Z]{0,3})(\d+)"')
#: A cell's opening tag, and what makes it filled for calamine: a value or an inline string.
_CELL_OPEN = re.compile(rb"<(?:\w+:)?c[ >]")
_PREFIXED_VALUE = re.compile(rb"<\w+:(?:v|is)\b")
_SHARED = re.compile(rb't="s"[^>]*>\s*<(?:\w+:)?v>(\d+)<')


@dataclass
class Extent:
    """How far one sheet reaches: ``rows`` and ``cols`` up to its last filled cell."""

    name: str
    rows: int = 0
    cols: int = 0


def _rows(fh: IO[bytes]) -> Iterator[tuple[bytes, bytes]]:
    """Yield each row's attributes and body, reading a megabyte of XML at a time (only the new part of
    the buffer is searched for a row's end, so XML without rows costs one pass, not one per chunk)."""
    buf = b""
    while True:
        chunk = fh.read(_CHUNK)
        start = max(0, len(buf) - 16)
        buf += chunk
        cut = max((end.end() for end in _ROW_END.finditer(buf, start)), default=0)
        if cut:
            for piece in _ROW_END.split(buf[:cut]):
                m = _ROW_OPEN.search(piece)
                if m is not None:
                    yield m.group(1), piece[m.end() :]
            buf = buf[cut:]
        if not chunk:
            return


def _rfind(body: bytes, needles: tuple[bytes, ...], end: int | None = None) -> int:
    return max(body.rfind(n, 0, end) for n in needles)


#: How a value, an inline string and a cell's opening tag start, with or without a prefix
#: (``:v>`` also finds a prefixed closing tag: still inside the same cell).
_VALUE_TAGS = (b"<v>", b"<v ", b"<is>", b"<is ", b":v>", b":v ", b":is>", b":is ")
_CELL_TAGS = (b"<c>", b"<c ", b":c>", b":c ")


def _last_filled_col(body: bytes) -> int:
    """The 1-based column of a row's last filled cell (``0`` when none): its ``r`` attribute, else its
    place in the row (calamine places a cell without ``r`` right after the one before)."""
    last_value = _rfind(body, _VALUE_TAGS)
    if last_value < 0:
        return 0
    tag = _rfind(body, _CELL_TAGS, last_value)
    if tag < 0:
        return 0
    ref = _R_ATTR.search(body, tag, body.find(b">", tag) + 1)
    if ref is not None and ref.group(1):
        return column_index(ref.group(1)) + 1
    return len(_CELL_OPEN.findall(body, 0, tag + 3))


def _refuse_grid(path: str, ext: Extent) -> None:
    limits.refuse_above(
        MAX_SHEET_ROWS, ext.rows, path, f"sheet {ext.name!r}", "at most {n} rows", "{got} rows"
    )
    cells = ext.rows * ext.cols
    limits.refuse_above(
        MAX_SHEET_CELLS,
        cells,
        path,
        f"sheet {ext.name!r}",
        "at most {n} cells (rows × columns up to the last filled cell)",
        f"{{got}} cells ({ext.rows} rows × {ext.cols} columns)",
    )


def refuse_workbook_grid(path: str, extents: list[Extent]) -> None:
    """Refuse a workbook whose sheets' grids together pass the budget (each sheet may be within its own)."""
    limits.refuse_above(
        MAX_WORKBOOK_CELLS,
        sum(e.rows * e.cols for e in extents),
        path,
        "file",
        "a workbook of at most {n} cells in all its sheets (rows × columns up to the last filled cell)",
        f"{{got}} cells in {len(extents)} sheets",
    )


def refuse_expansion(path: str, cells: int, text: int) -> None:
    """Refuse a workbook whose filled cells or their text pass the budget."""
    if cells > MAX_CELLS or text > MAX_CELL_TEXT:
        raise fail(
            path,
            None,
            "file",
            f"a workbook of at most {MAX_CELLS} filled cells and {MAX_CELL_TEXT // 2**20} MiB of text",
            f"{cells} cells holding {text // 2**20} MiB of text once expanded",
        )


def _shared_lengths(zf: zipfile.ZipFile) -> list[int]:
    lengths: list[int] = []
    if "xl/sharedStrings.xml" in zf.namelist():
        with zf.open("xl/sharedStrings.xml") as fh:
            for _, el in ET.iterparse(fh):
                if el.tag.endswith("}si"):
                    lengths.append(sum(len(t) for t in el.itertext()))
                    el.clear()
    return lengths


def scan_xlsx(path: str, data: bytes, sheets: dict[str, str]) -> list[Extent]:
    """Measure every sheet of an xlsx (``sheets``: sheet name → worksheet member), refusing as soon as
    one passes a budget; rows are numbered by their ``r`` attribute, or counted when it is missing."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    lengths = _shared_lengths(zf)
    cells = text = 0
    out = []
    for name, member in sheets.items():
        ext = Extent(name)
        row = 0
        with zf.open(member) as fh:
            for attrs, body in _rows(fh):
                ref = _R_ATTR.search(attrs)
                row = int(ref.group(2)) if ref is not None else row + 1
                col = _last_filled_col(body)
                if not col:
                    continue
                if ext.rows > MAX_SHEET_ROWS:
                    ext.rows = max(ext.rows, row)  # only skimmed to the last filled row the refusal names
                    continue
                # rows may come in any order (calamine reaches the highest): the extent is a maximum
                ext.rows, ext.cols = max(ext.rows, row), max(ext.cols, col)
                if ext.rows <= MAX_SHEET_ROWS:
                    _refuse_grid(path, ext)
                cells += sum(body.count(n) for n in _VALUE_TAGS[:4])
                if b":v" in body or b":is" in body:
                    cells += len(_PREFIXED_VALUE.findall(body))
                for idx in _SHARED.findall(body):
                    i = int(idx)
                    text += lengths[i] if i < len(lengths) else 0
                refuse_expansion(path, cells, text)
        _refuse_grid(path, ext)
        out.append(ext)
        refuse_workbook_grid(path, out)
    return out


def ods_repeat(el: ET.Element, attr: str) -> int:
    """How many times an ODS row or cell counts (``number-rows-repeated`` …; at least once)."""
    try:
        return max(1, int(el.get(f"{_ODS}{attr}", "1") or 1))
    except ValueError:
        return 1


def scan_ods(path: str, data: bytes) -> list[Extent]:
    """Measure every sheet of an .ods (repeated rows and cells counted as often as they repeat),
    refusing as soon as one passes a budget."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    if "content.xml" not in zf.namelist():
        return []
    out: list[Extent] = []
    cells = text = depth = row = col = 0
    rows_repeat = 1
    row_filled = False
    ext = Extent("")
    with zf.open("content.xml") as fh:
        for event, el in ET.iterparse(fh, events=("start", "end")):
            if el.tag == f"{_ODS}table":
                depth += 1 if event == "start" else -1
                if event == "start" and depth == 1:
                    if out:
                        refuse_workbook_grid(path, out)
                    ext, row = Extent(el.get(f"{_ODS}name", "")), 0
                    out.append(ext)
            elif depth != 1:
                continue  # a table inside a cell is not the sheet's grid
            elif el.tag == f"{_ODS}table-row":
                if event == "start":
                    rows_repeat, col, row_filled = ods_repeat(el, "number-rows-repeated"), 0, False
                else:
                    row += rows_repeat
                    if row_filled:
                        ext.rows = row
                        _refuse_grid(path, ext)
                    el.clear()
            elif event == "end" and el.tag in (f"{_ODS}table-cell", f"{_ODS}covered-table-cell"):
                across = ods_repeat(el, "number-columns-repeated")
                length = sum(len(t) for t in el.itertext())
                if length or el.get(f"{_ODS}formula") or el.get(f"{_ODS}value-type"):
                    n = rows_repeat * across
                    cells += n
                    text += n * length
                    refuse_expansion(path, cells, text)
                    row_filled = True
                    ext.cols = max(ext.cols, col + across)
                col += across
    refuse_workbook_grid(path, out)
    return out


def scan_xls(path: str, data: bytes) -> list[Extent]:
    """Measure every sheet of an .xls from its cell records, refusing as soon as one passes a budget:
    calamine reads an .xls sheet whole (up to 65,536 × 256 cells, a gigabyte) before it can say its size.
    An encrypted or unreadable file is not measured (the reader says what is wrong with it)."""
    import struct

    from zi_eval.io import biff
    from zi_eval.io.ole import read_stream

    book = read_stream(data, ("Workbook", "Book"))
    if book is None:
        return []
    out: list[Extent] = []
    ext: Extent | None = None
    for sheet, kind, body in biff.sheet_records(book):
        length = len(body)
        if sheet is None:
            continue
        if ext is None or sheet != ext.name:
            if ext is not None:
                refuse_workbook_grid(path, out)
            ext = Extent(sheet)
            out.append(ext)
        if length >= 4 and (kind in biff.VALUE_CELLS or kind == biff.MULRK):
            row, col = struct.unpack_from("<HH", body)
            if kind == biff.MULRK and length >= 6:
                col = struct.unpack_from("<H", body, length - 2)[0]
            if row + 1 > ext.rows or col + 1 > ext.cols:
                ext.rows, ext.cols = max(ext.rows, row + 1), max(ext.cols, col + 1)
                _refuse_grid(path, ext)
    refuse_workbook_grid(path, out)
    return out
