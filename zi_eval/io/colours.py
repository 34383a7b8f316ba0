"""What a cell's fill colour looks like, whichever reader wrote it down.

The readers write a fill colour as one comparable text: ``AARRGGBB`` (xlsx, whose alpha Excel ignores:
openpyxl writes white as ``00FFFFFF``), ``FFRRGGBB`` (ods, xls), ``RRGGBB pattern`` (docx), ``theme N
tint`` (an xlsx theme colour) or ``indexed N`` (an xlsx palette colour). Here a colour is turned back
into red, green and blue where that can be known without the workbook's theme: theme colour 0 is
"Background 1", the window colour, white in every theme Office ships; indexes 1 and 9 are white in the
default palette. A white cell (or one within a few steps of white) looks like a cell with no fill, so
it marks nothing.
"""

from __future__ import annotations

import re

_HEX = re.compile(r"(?:[0-9A-F]{2})?([0-9A-F]{6})(?:\s.*)?")
_THEME = re.compile(r"theme (\d+) (-?\d+(?:\.\d+)?)")
#: The palette indexes that are white in the default palette (0–7 fixed, 8–15 repeating them).
_WHITE_INDEXES = frozenset(("indexed 1", "indexed 9"))
#: The least every channel of a colour that looks white has: 250 of 255 (theme 0 with a tint of -0.02).
NEAR_WHITE = 250


def rgb(colour: str | None) -> tuple[int, int, int] | None:
    """The red, green and blue of a fill colour as the readers write it, or ``None`` when it cannot be
    known here (a theme colour other than 0, a palette index other than white)."""
    if not colour:
        return None
    text = colour.strip().upper()
    if m := _HEX.fullmatch(text):
        value = int(m.group(1), 16)
        return value >> 16, (value >> 8) & 0xFF, value & 0xFF
    if text.lower() in _WHITE_INDEXES:
        return 255, 255, 255
    if (t := _THEME.fullmatch(text.lower())) and int(t.group(1)) == 0:
        # Excel's tint of white: a negative tint darkens by that fraction, a positive one lightens (white
        # stays white)
        tint = float(t.group(2))
        level = round(255 * (1 + tint)) if tint < 0 else 255
        level = max(0, min(255, level))
        return level, level, level
    return None


def looks_white(colour: str | None) -> bool:
    """Whether a fill colour looks like no fill: white in any alpha, theme 0 ("Background 1") with at
    most a faint tint, or a colour every channel of which is within a few steps of white."""
    shown = rgb(colour)
    return shown is not None and min(shown) >= NEAR_WHITE


#: The least every channel of a pale colour has (a pale grey, a pastel): a grid's background, seldom a mark.
PALE = 0xD0


def pale(colour: str | None) -> bool:
    """Whether a fill colour is pale: every channel high (``F2F2F2``, ``DDEBF7``; not a bright yellow)."""
    shown = rgb(colour)
    return shown is not None and min(shown) >= PALE


def lightness(colour: str | None) -> float | None:
    """How light a fill colour looks, 0 (black) to 1 (white): its relative luminance; ``None`` when its
    red, green and blue cannot be known here."""
    shown = rgb(colour)
    if shown is None:
        return None
    r, g, b = (c / 255 for c in shown)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
