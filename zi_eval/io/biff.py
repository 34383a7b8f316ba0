"""Walk the records of an .xls workbook stream (BIFF8), the one walk the sheet measure and the fill reader share.

A workbook stream is a run of records (type, length, body): first the workbook's globals (fonts,
cell formats, the colour palette, one BOUNDSHEET per sheet naming the offset of its BOF), then one
substream per sheet from its BOF to its EOF holding the cell records.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

BOF, BOUNDSHEET, FILEPASS = 0x0809, 0x0085, 0x002F
#: The records of one cell that carry a value (number, RK, shared string, string, bool or error, formula,
#: rich string): row, column and cell format (XF) index first, each two bytes.
VALUE_CELLS = frozenset((0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6))
BLANK = 0x0201
#: Several cells of one row: MULRK (an XF and an RK number each), MULBLANK (an XF each); the last two
#: bytes name the last column.
MULRK, MULBLANK = 0x00BD, 0x00BE


def records(book: bytes) -> Iterator[tuple[int, int, bytes]]:
    """Yield ``(offset, type, body)`` of every record, up to one cut short or to the start of encryption
    (FILEPASS: the rest of the stream is unreadable)."""
    pos = 0
    while pos + 4 <= len(book):
        kind, length = struct.unpack_from("<HH", book, pos)
        body = book[pos + 4 : pos + 4 + length]
        if len(body) < length or kind == FILEPASS:
            return
        yield pos, kind, body
        pos += 4 + length


def sheet_name(body: bytes) -> tuple[int, str] | None:
    """The BOF offset and the name of the sheet a BOUNDSHEET record declares (``None`` when too short)."""
    if len(body) < 8:
        return None
    n = body[6]
    wide = body[7] & 1
    raw = body[8 : 8 + (2 * n if wide else n)]
    return struct.unpack_from("<I", body)[0], raw.decode("utf-16-le" if wide else "latin-1", "replace")


def cell_formats(kind: int, body: bytes) -> Iterator[tuple[int, int, int]]:
    """Yield ``(row, col, xf)`` of every cell a cell record holds (none for another record)."""
    if len(body) < 6:
        return
    row, col = struct.unpack_from("<HH", body)
    if kind in VALUE_CELLS or kind == BLANK:
        yield row, col, struct.unpack_from("<H", body, 4)[0]
    elif kind in (MULRK, MULBLANK):
        step = 6 if kind == MULRK else 2
        for i in range((len(body) - 6) // step):
            yield row, col + i, struct.unpack_from("<H", body, 4 + i * step)[0]


def sheet_records(book: bytes) -> Iterator[tuple[str | None, int, bytes]]:
    """Yield ``(sheet, type, body)`` of every record of :func:`records`: ``sheet`` names the sheet whose
    substream holds the record (its BOF included), ``None`` in the globals. A substream no BOUNDSHEET
    names (a chart embedded in a sheet) belongs to the sheet around it: its records hold no cells."""
    names: dict[int, str] = {}  # a sheet's BOF offset in the stream -> its name
    sheet: str | None = None
    for pos, kind, body in records(book):
        if kind == BOUNDSHEET:
            declared = sheet_name(body)
            if declared is not None:
                names[declared[0]] = declared[1]
        elif kind == BOF:
            sheet = names.get(pos, sheet)
        yield sheet, kind, body
