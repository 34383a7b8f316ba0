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


#: The hues (degrees) each colour word of a legend covers; neighbours overlap, as people name the hues
#: between them either way (Excel's "Orange" ``FFC000`` is called *kuning* as often as *oranye*).
HUE_WORDS: dict[str, tuple[tuple[float, float], ...]] = {
    "merah": ((0, 18), (330, 360)),
    "oranye": ((12, 50),),
    "kuning": ((40, 72),),
    "hijau": ((68, 175),),
    "biru": ((170, 260),),
    "ungu": ((255, 335),),
}


def colour_names(colour: str | None) -> frozenset[str]:
    """The words a legend may name the colour by (``hijau``, ``kuning``, ``oranye``, ``merah``, ``biru``,
    ``ungu``, ``abu``, ``hitam``, ``putih``); empty when its red, green and blue cannot be known here.

    Named by hue, saturation and value, as a person names a fill: ``00B050`` and ``C6EFCE`` are both
    *hijau*, ``FFFF00`` *kuning*, ``FFC000`` *kuning* or *oranye*, ``D9D9D9`` *abu*.
    """
    shown = rgb(colour)
    if shown is None:
        return frozenset()
    r, g, b = (c / 255 for c in shown)
    high, low = max(r, g, b), min(r, g, b)
    if high < 0.2:
        return frozenset(("hitam",))
    span = high - low
    if span < 0.08 or span / high < 0.12:
        return frozenset(("putih",) if low >= NEAR_WHITE / 255 else ("abu",))
    if high == r:
        hue = 60 * (((g - b) / span) % 6)
    elif high == g:
        hue = 60 * ((b - r) / span + 2)
    else:
        hue = 60 * ((r - g) / span + 4)
    return frozenset(word for word, spans in HUE_WORDS.items() if any(a <= hue < z for a, z in spans))
