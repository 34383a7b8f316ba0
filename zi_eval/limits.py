"""Name every resource budget in one place: how much one input may make zi-eval read, expand or draw.

A few kilobytes can stand for gigabytes (a merged range over a whole sheet, an alias repeated
thousands of times, a plan of 20,000 activities drawn as a calendar). Each budget below bounds one
such expansion; the readers and charts that enforce it read it from here, so a limit is changed
(or raised for one run with the environment variable ``ZI_EVAL_MAX_<NAME>``, a whole number) in
one place. :func:`refuse_above` is the one way a reader refuses an input over a budget: exit 3 with
``path:line: field: must be … at most N …; got …``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from zi_eval.errors import fail


@dataclass(frozen=True)
class Limit:
    """One budget: its name (the environment override is ``ZI_EVAL_MAX_<name>``), default and meaning."""

    name: str
    default: int
    means: str

    @property
    def env(self) -> str:
        return f"ZI_EVAL_MAX_{self.name}"

    def value(self) -> int:
        """The budget: the environment override when it is a positive whole number, else the default."""
        raw = os.environ.get(self.env, "").strip().replace("_", "")
        if raw.isdigit() and int(raw) > 0:
            return int(raw)
        return self.default


# what a file may be
BYTES = Limit("BYTES", 20 * 1024 * 1024, "bytes of one input file")
UNPACKED = Limit("UNPACKED", 200 * 1024 * 1024, "bytes an xlsx/ods/docx may unpack to (zip bombs)")
# what a YAML document may expand to
YAML_NODES = Limit("YAML_NODES", 2_000_000, "nodes of a YAML document, aliases counted each time used")
YAML_TEXT = Limit("YAML_TEXT", 64 * 1024 * 1024, "characters of scalar text of a YAML document after aliases")
YAML_DEPTH = Limit("YAML_DEPTH", 200, "levels of nesting of a YAML document")
# what a spreadsheet may make a reader hold
SHEET_ROWS = Limit("ROWS", 20_000, "rows read from one sheet (up to its last filled cell)")
SHEET_COLS = Limit("COLS", 200, "columns kept of one sheet (cells further right are dropped)")
SHEET_CELLS = Limit(
    "SHEET_CELLS", 5_000_000, "cells of one sheet's grid, rows × columns up to its last filled cell"
)
WORKBOOK_CELLS = Limit(
    "WORKBOOK_CELLS",
    10_000_000,
    "cells of all the sheets' grids of one workbook together (50 sheets each under"
    " the sheet budget are 50 times its memory)",
)
FILLED_CELLS = Limit("CELLS", 2_000_000, "filled cells of one workbook once repeats are expanded")
CELL_TEXT = Limit("CELL_TEXT", 300 * 1024 * 1024, "characters of cell text of one workbook once expanded")
MERGED_RANGES = Limit("MERGED_RANGES", 50_000, "merged ranges of one sheet")
PDF_PAGES = Limit("PDF_PAGES", 150, "pages read from one PDF plan (pdfplumber reads ~3 a second)")
# what a chart may draw
CHART_PIXELS = Limit("CHART_PIXELS", 6_000_000, "pixels of one chart image (width × height)")
CALENDAR_ROWS = Limit("CALENDAR_ROWS", 80, "rows one calendar chart draws (the rest are counted in a note)")
COMPARE_UNITS = Limit("COMPARE_UNITS", 60, "units one compare chart draws (the first of the ranking)")

ALL = (
    BYTES,
    UNPACKED,
    YAML_NODES,
    YAML_TEXT,
    YAML_DEPTH,
    SHEET_ROWS,
    SHEET_COLS,
    SHEET_CELLS,
    WORKBOOK_CELLS,
    FILLED_CELLS,
    CELL_TEXT,
    MERGED_RANGES,
    PDF_PAGES,
    CHART_PIXELS,
    CALENDAR_ROWS,
    COMPARE_UNITS,
)


def refuse_above(
    limit: Limit | int,
    got: int,
    path: str,
    field: str,
    must: str,
    found: str,
    line: int | None = None,
) -> None:
    """Refuse (exit 3) when ``got`` exceeds ``limit``.

    ``must`` and ``found`` may say ``{n}`` (the limit) and ``{got}``, and hold no user text (they are
    formatted); the field may. A reader passes a :class:`Limit`, or the number it read from one at import.
    """
    n = limit.value() if isinstance(limit, Limit) else limit
    if got > n:
        raise fail(path, line, field, must.format(n=n, got=got), found.format(n=n, got=got))
