"""Read what python-calamine does not give of an .ods sheet's grid: merged ranges, hidden rows and columns.

One streamed walk of content.xml counts rows, columns and cells as often as they repeat
(``number-rows-repeated``, ``number-columns-repeated``), as the sheet measure does. A row or column
is hidden when its ``table:visibility`` is ``collapse`` (hidden by hand) or ``filter`` (left out by a
filter), and a row also when its style gives it a height of (nearly) 0: a person reading the sheet does
not see it, as with ``hidden="1"`` in an xlsx. The zip was checked for its unpacked size before
(:func:`zi_eval.io.sheets.read_sheets`).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from zi_eval import limits
from zi_eval.io.sheet_scan import ods_repeat

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
#: A length as ODF writes it ("0in", "0.178cm", "12.8pt") and the points one of its unit is.
_LENGTH = re.compile(r"\s*(-?\d+(?:\.\d*)?|-?\.\d+)\s*(in|cm|mm|pt|pc|px)\s*")
_POINTS = {"in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pt": 1.0, "pc": 12.0, "px": 0.75}
#: A row lower than this many points shows no text (as for an xlsx).
_MIN_ROW_POINTS = 2.0
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
#: Hidden rows and columns are kept within the grid any reader takes (a column hidden "to the end of
#: the sheet" repeats 16,000 times).
_MAX_ROWS = limits.SHEET_ROWS.value()
_MAX_COLS = limits.SHEET_COLS.value()
_MAX_MERGED = limits.MERGED_RANGES.value()


@dataclass
class OdsGrid:
    """One sheet's merged ranges (0-based inclusive ``(first_row, first_col, last_row, last_col)``) and
    the 0-based rows and columns it hides."""

    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)


def _hides(el: ET.Element) -> bool:
    """Whether a row or column element is hidden from a person reading the sheet."""
    return el.get(f"{_TABLE}visibility", "visible") in ("collapse", "filter")


def _points(length: str | None) -> float | None:
    """A length of ODF (``0in``, ``0.452cm``) in points, or ``None`` when it is none."""
    m = _LENGTH.fullmatch(length or "")
    return float(m.group(1)) * _POINTS[m.group(2)] if m else None


def ods_grids(data: bytes) -> dict[str, OdsGrid]:
    """Read the merged ranges and hidden rows and columns of every sheet of an .ods, by sheet name."""
    grids: dict[str, OdsGrid] = {}
    grid = OdsGrid()
    depth = row = col = columns = 0
    row_repeat = 1
    shut: set[str] = set()  # row styles whose height is (nearly) 0
    style: str | None = None
    with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("content.xml") as fh:
        for event, el in ET.iterparse(fh, events=("start", "end")):
            if el.tag == f"{_STYLE}style":
                # the automatic row styles come before the sheets
                is_row = event == "start" and el.get(f"{_STYLE}family") == "table-row"
                style = el.get(f"{_STYLE}name") if is_row else None
            elif el.tag == f"{_STYLE}table-row-properties" and event == "start" and style:
                height = _points(el.get(f"{_STYLE}row-height"))
                if height is not None and height < _MIN_ROW_POINTS:
                    shut.add(style)
            elif el.tag == f"{_TABLE}table":
                depth += 1 if event == "start" else -1
                if event == "start" and depth == 1:
                    row = columns = 0
                    grid = grids.setdefault(el.get(f"{_TABLE}name", ""), OdsGrid())
            elif depth != 1:
                pass  # a table inside a cell: not the sheet's grid
            elif el.tag == f"{_TABLE}table-column" and event == "start":
                # columns may sit inside header-columns or column groups: their order is the sheet's
                more = ods_repeat(el, "number-columns-repeated")
                if _hides(el):
                    grid.hidden_cols.update(range(columns, min(columns + more, _MAX_COLS)))
                columns += more
            elif el.tag == f"{_TABLE}table-row":
                if event == "start":
                    col, row_repeat = 0, ods_repeat(el, "number-rows-repeated")
                    if _hides(el) or el.get(f"{_TABLE}style-name") in shut:
                        grid.hidden_rows.update(range(row, min(row + row_repeat, _MAX_ROWS)))
                else:
                    row += row_repeat
                    el.clear()
            elif event == "start" and el.tag in _CELLS:
                across = ods_repeat(el, "number-columns-spanned")
                down = ods_repeat(el, "number-rows-spanned")
                spans = el.tag == f"{_TABLE}table-cell" and (across > 1 or down > 1)
                if spans and row < _MAX_ROWS and col < _MAX_COLS and len(grid.merged) < _MAX_MERGED:
                    grid.merged.append((row, col, row + down - 1, col + across - 1))
                col += ods_repeat(el, "number-columns-repeated")
    return grids
