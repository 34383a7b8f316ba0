"""Read every sheet of an xlsx/xlsm/xls/ods workbook into rows, spreading horizontally merged cells."""

from __future__ import annotations

from zi_eval.io.sheets import (
    Sheet,
    cell_text,
    read_sheets,
)
from zi_eval.ra.rows import MergedAbove, RawRow


def _spread(sheet: Sheet) -> dict[tuple[int, int], int]:
    """Map each cell covered by a horizontal merge (in the merge's top row) to the column holding the value.

    Only the top row is spread: a vertically merged cell keeps its value in its first row and the
    parser fills it down, so spreading it down here would make every row below look like a new parent;
    the rows below are told of the range instead (:func:`_reaching_down`).
    """
    spread: dict[tuple[int, int], int] = {}
    for r0, c0, _r1, c1 in sheet.merged:
        for c in range(c0 + 1, c1 + 1):
            spread[(r0, c)] = c0
    return spread


def _reaching_down(sheet: Sheet) -> dict[int, list[MergedAbove]]:
    """The merged ranges over each row that start in a row above, with what their first cell shows.

    The rule of :func:`sheet_rows` for the cells a merge covers across holds down too: a range shows its
    first cell's value and fill over every cell it covers, so a Gantt bar merged over two activity rows
    marks both. Ranges that overlap (no spreadsheet program writes them) are not followed down: the
    work stays within the sheet's grid.
    """
    area = sum((r1 - r0 + 1) * (c1 - c0 + 1) for r0, c0, r1, c1 in sheet.merged)
    if area > len(sheet.rows) * max(sheet.width, 1):
        return {}
    out: dict[int, list[MergedAbove]] = {}
    for r0, c0, r1, c1 in sheet.merged:
        if r1 == r0:
            continue
        shown = MergedAbove(
            c0,
            c1,
            cell_text(sheet.value(r0, c0)),
            sheet.colours.get((r0, c0)),
            (r0, c0) in sheet.filled,
        )
        for r in range(r0 + 1, r1 + 1):
            out.setdefault(r, []).append(shown)
    return out


def sheet_rows(sheet: Sheet) -> list[RawRow]:
    """Turn one sheet into one :class:`RawRow` per sheet row (``line`` is the 1-based row number)."""
    spread = _spread(sheet)
    down = _reaching_down(sheet)
    filled_by_row: dict[int, set[int]] = {}
    for r, c in sheet.filled:
        filled_by_row.setdefault(r, set()).add(c)
    colours_by_row: dict[int, dict[int, str]] = {}
    for (r, c), colour in sheet.colours.items():
        colours_by_row.setdefault(r, {})[c] = colour
    hidden_cols = frozenset(sheet.hidden_cols)
    struck_by_row: dict[int, set[int]] = {}
    for r, c in sheet.struck:
        struck_by_row.setdefault(r, set()).add(c)
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
        own = filled_by_row.get(r, set())
        colours = dict(colours_by_row.get(r, {}))
        for c, origin in merged.items():
            # a merged range shows its first cell's fill (Excel styles only that cell, LibreOffice every
            # covered one): a Gantt bar drawn as one filled merge fills every month it covers
            if origin in colours:
                colours[c] = colours[origin]
            else:
                colours.pop(c, None)
        filled = {c for c in own if c not in merged} | {c for c, origin in merged.items() if origin in own}
        filled = {c for c in filled if not (c < len(cells) and cells[c].strip())}
        rows.append(
            RawRow(
                r + 1,
                cells or [""],
                "\t".join(cells),
                sheet=sheet.name,
                merged_from=merged,
                filled=filled,
                colours=colours,
                hidden=r in sheet.hidden_rows,
                hidden_cols=hidden_cols,
                merged_above=tuple(down.get(r, ())),
                unread={c: what for (rr, c), what in sheet.unread.items() if rr == r},
                struck=frozenset(struck_by_row.get(r, ())),
            )
        )
    return rows


def read_sheet_rows(path: str, data: bytes, kind: str) -> tuple[list[RawRow], list[str], list[str]]:
    """Read every sheet of a workbook of ``kind`` (``xlsx``, ``xls`` or ``ods``); returns rows, sheet names
    and the names of the sheets the workbook hides."""
    sheets = read_sheets(path, data, kind, fills=True)
    rows: list[RawRow] = []
    for sheet in sheets:
        got = sheet_rows(sheet)
        if kind == "xls":  # read without fonts: a Wingdings tick stays its code
            for row in got:
                row.fonts_known = False
        rows += got
    return rows, [s.name for s in sheets], [s.name for s in sheets if s.hidden]
