"""Read the fill colour of every cell of an .xls (BIFF8); python-calamine gives values, never styles.

Each cell record names a cell format (an XF record of the workbook's globals); the XF holds the fill
pattern and the index of its colour in the palette (the default BIFF8 palette, changed by a PALETTE
record). Only a solid or grey-shaded fill counts, as for xlsx; white is what an unfilled cell looks
like. Only cells inside the grid calamine read (``bounds``) are recorded. Colours are ``FFRRGGBB``.
"""

from __future__ import annotations

import struct

from zi_eval.io import biff

XF, PALETTE = 0x00E0, 0x0092
#: The fill patterns that shade a cell whole: solid, 50 %, 75 % and 12.5 % grey (Excel's solid,
#: mediumGray, darkGray, gray125: those the xlsx reader takes).
SHADING = frozenset((1, 2, 3, 17))
#: Colours 0–7 are fixed; 8–63 are the palette a PALETTE record may change; 64 and 65 are the system's
#: window text and window colours ("automatic"), never a fill a person chose.
_FIXED = (0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF)
#: The default palette, indexes 8–63 (8–15 repeat the fixed colours).
_DEFAULT_PALETTE = (
    0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF,
    0x800000, 0x008000, 0x000080, 0x808000, 0x800080, 0x008080, 0xC0C0C0, 0x808080,
    0x9999FF, 0x993366, 0xFFFFCC, 0xCCFFFF, 0x660066, 0xFF8080, 0x0066CC, 0xCCCCFF,
    0x000080, 0xFF00FF, 0xFFFF00, 0x00FFFF, 0x800080, 0x800000, 0x008080, 0x0000FF,
    0x00CCFF, 0xCCFFFF, 0xCCFFCC, 0xFFFF99, 0x99CCFF, 0xFF99CC, 0xCC99FF, 0xFFCC99,
    0x3366FF, 0x33CCCC, 0x99CC00, 0xFFCC00, 0xFF9900, 0xFF6600, 0x666699, 0x969696,
    0x003366, 0x339966, 0x003300, 0x333300, 0x993300, 0x993366, 0x333399, 0x333333,
)  # fmt: skip
_WHITE = 0xFFFFFF
_BIFF8 = 0x0600

#: ``(row, col)`` → colour, by sheet name
Fills = dict[str, dict[tuple[int, int], str]]


def _xf_fill(body: bytes) -> tuple[int, int] | None:
    """The fill pattern and pattern (foreground) colour index of a BIFF8 XF record."""
    if len(body) < 20:
        return None
    border2 = struct.unpack_from("<I", body, 14)[0]
    colours = struct.unpack_from("<H", body, 18)[0]
    return border2 >> 26, colours & 0x7F


def book_fills(book: bytes, bounds: dict[str, tuple[int, int]]) -> Fills | None:
    """The colour of every filled cell of every sheet of a workbook stream, within ``bounds`` (sheet name →
    rows, columns of the grid read); ``None`` when the stream is no BIFF8 workbook this walk can follow."""
    palette = list(_DEFAULT_PALETTE)
    xfs: list[tuple[int, int] | None] = []
    out: Fills = {}
    fills: dict[tuple[int, int], str] = {}
    height = width = 0
    first = True
    for sheet, kind, body in biff.sheet_records(book):
        if first:
            # the globals' BOF says the version: BIFF5 and older lay out XF records otherwise
            if kind != biff.BOF or len(body) < 2 or struct.unpack_from("<H", body)[0] != _BIFF8:
                return None
            first = False
        elif sheet is None and kind == XF:
            xfs.append(_xf_fill(body))
        elif sheet is None and kind == PALETTE and len(body) >= 2:
            count = struct.unpack_from("<H", body)[0]
            for i in range(min(count, 56, (len(body) - 2) // 4)):
                r, g, b = body[2 + 4 * i : 5 + 4 * i]
                palette[i] = (r << 16) | (g << 8) | b  # the record starts at index 8
        elif sheet is not None:
            if kind == biff.BOF:
                fills = out.setdefault(sheet, {})
                height, width = bounds.get(sheet, (0, 0))
            for row, col, xf in biff.cell_formats(kind, body):
                if row < height and col < width and xf < len(xfs):
                    colour = _colour(xfs[xf], palette)
                    if colour is not None:
                        fills[(row, col)] = colour
    return out


def _colour(fill: tuple[int, int] | None, palette: list[int]) -> str | None:
    """A cell's fill colour as ``FFRRGGBB``, or ``None`` when it shows no fill a person chose."""
    if fill is None or fill[0] not in SHADING:
        return None
    index = fill[1]
    rgb = _FIXED[index] if index < 8 else palette[index - 8] if index < 64 else None
    if rgb is None or rgb == _WHITE:
        return None
    return f"FF{rgb:06X}"
