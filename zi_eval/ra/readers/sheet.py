"""Read every sheet of an xlsx/xlsm/xls/ods workbook into rows, spreading horizontally merged cells."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

from zi_eval.io.sheets import (
    MAX_MERGED_RANGES,
    MAX_SHEET_COLS,
    MAX_SHEET_ROWS,
    Sheet,
    cell_text,
    read_sheets,
)
from zi_eval.ra.rows import RawRow

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _spread(sheet: Sheet) -> dict[tuple[int, int], int]:
    """Map each cell covered by a horizontal merge (in the merge's top row) to the column holding the value.

    Only the top row is spread: a vertically merged cell keeps its value in its first row and the
    parser fills it down, so spreading it down here would make every row below look like a new parent.
    """
    spread: dict[tuple[int, int], int] = {}
    for r0, c0, _r1, c1 in sheet.merged:
        for c in range(c0 + 1, c1 + 1):
            spread[(r0, c)] = c0
    return spread


def sheet_rows(sheet: Sheet) -> list[RawRow]:
    """Turn one sheet into one :class:`RawRow` per sheet row (``line`` is the 1-based row number)."""
    spread = _spread(sheet)
    filled_by_row: dict[int, set[int]] = {}
    for r, c in sheet.filled:
        filled_by_row.setdefault(r, set()).add(c)
    rows = []
    for r, values in enumerate(sheet.rows):
        cells = [cell_text(v) for v in values]
        merged: dict[int, int] = {}
        for c in range(len(cells)):
            origin = spread.get((r, c))
            if origin is not None:
                cells[c] = cell_text(sheet.value(r, origin))
                merged[c] = origin
        while cells and cells[-1] == "":
            cells.pop()
        filled = {
            c for c in filled_by_row.get(r, ()) if c not in merged and not (c < len(cells) and cells[c])
        }
        rows.append(
            RawRow(
                r + 1,
                cells or [""],
                "\t".join(cells),
                sheet=sheet.name,
                merged_from=merged,
                filled=filled,
                hidden=r in sheet.hidden_rows,
                unread={c: what for (rr, c), what in sheet.unread.items() if rr == r},
            )
        )
    return rows


def _count(el: ET.Element, attr: str) -> int:
    try:
        return max(1, int(el.get(f"{_TABLE}{attr}", "1")))
    except ValueError:
        return 1


def ods_merges(data: bytes) -> dict[str, list[tuple[int, int, int, int]]]:
    """Read the merged ranges of every sheet of an .ods from its content.xml (python-calamine gives none).

    Streams the XML and counts rows and cells, repeated ones included, as 0-based inclusive
    ``(first_row, first_col, last_row, last_col)`` like :attr:`Sheet.merged`. The zip was checked
    for its unpacked size before (:func:`zi_eval.io.sheets.read_sheets`).
    """
    merges: dict[str, list[tuple[int, int, int, int]]] = {}
    depth = row = col = 0
    row_repeat = 1
    name = ""
    with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("content.xml") as fh:
        for event, el in ET.iterparse(fh, events=("start", "end")):
            if el.tag == f"{_TABLE}table":
                depth += 1 if event == "start" else -1
                if event == "start" and depth == 1:
                    name, row = el.get(f"{_TABLE}name", ""), 0
                    merges.setdefault(name, [])
            elif depth != 1:
                pass  # a table inside a cell: not the sheet's grid
            elif el.tag == f"{_TABLE}table-row":
                if event == "start":
                    col, row_repeat = 0, _count(el, "number-rows-repeated")
                else:
                    row += row_repeat
                    el.clear()
            elif event == "start" and el.tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                across = _count(el, "number-columns-spanned")
                down = _count(el, "number-rows-spanned")
                spans = el.tag == f"{_TABLE}table-cell" and (across > 1 or down > 1)
                if (
                    spans
                    and row < MAX_SHEET_ROWS
                    and col < MAX_SHEET_COLS
                    and len(merges[name]) < MAX_MERGED_RANGES
                ):
                    merges[name].append((row, col, row + down - 1, col + across - 1))
                col += _count(el, "number-columns-repeated")
    return merges


def read_sheet_rows(path: str, data: bytes, kind: str) -> tuple[list[RawRow], list[str], list[str]]:
    """Read every sheet of a workbook of ``kind`` (``xlsx``, ``xls`` or ``ods``); returns rows, sheet names
    and the names of the sheets the workbook hides."""
    sheets = read_sheets(path, data, kind, fills=True)
    if kind == "ods":
        try:
            found = ods_merges(data)
        except (ET.ParseError, KeyError, OSError, zipfile.BadZipFile):
            found = {}  # the values were read; merges are what the sheet reader could not give
        for sheet in sheets:
            sheet.merged = sheet.merged or found.get(sheet.name, [])
    rows: list[RawRow] = []
    for sheet in sheets:
        rows += sheet_rows(sheet)
    return rows, [s.name for s in sheets], [s.name for s in sheets if s.hidden]
