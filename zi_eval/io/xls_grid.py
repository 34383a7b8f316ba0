"""Read the rows and columns an .xls (BIFF8) sheet hides; python-calamine gives values, never hiding.

A COLINFO record describes a range of columns (first, last, width, format, options): bit 0 of its
options hides them. A ROW record describes one row: bit 5 of its options (``fDyZero``) hides it, and so
does a height set by hand (bit 6, ``fUnsynced``) of (nearly) 0. A person reading the sheet does not see
either, as with ``hidden="1"`` in an xlsx.
"""

from __future__ import annotations

import struct

from zi_eval.io import biff

COLINFO, ROW = 0x007D, 0x0208
_COL_HIDDEN, _ROW_HIDDEN, _ROW_CUSTOM_HEIGHT = 0x0001, 0x0020, 0x0040
#: A row lower than this shows no text (twips: 2 points, as for an xlsx).
_MIN_ROW_TWIPS = 40

#: sheet name -> (0-based hidden rows, 0-based hidden columns)
Hidden = dict[str, tuple[set[int], set[int]]]


def xls_hidden(book: bytes, bounds: dict[str, tuple[int, int]]) -> Hidden:
    """The rows and columns every sheet of a workbook stream hides, within ``bounds`` (sheet name → rows,
    columns of the grid read): a range hidden to the sheet's last column stops at the grid."""
    out: Hidden = {}
    for sheet, kind, body in biff.sheet_records(book):
        if sheet is None:
            continue
        rows, cols = out.setdefault(sheet, (set(), set()))
        height, width = bounds.get(sheet, (0, 0))
        if kind == COLINFO and len(body) >= 10:
            first, last, _width, _xf, options = struct.unpack_from("<HHHHH", body)
            if options & _COL_HIDDEN:
                cols.update(range(first, min(last + 1, width)))
        elif kind == ROW and len(body) >= 14:
            row = struct.unpack_from("<H", body)[0]
            twips = struct.unpack_from("<H", body, 6)[0] & 0x7FFF
            options = struct.unpack_from("<H", body, 12)[0]
            shut = options & _ROW_CUSTOM_HEIGHT and twips < _MIN_ROW_TWIPS
            if (options & _ROW_HIDDEN or shut) and row < height:
                rows.add(row)
    return out
