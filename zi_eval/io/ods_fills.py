"""Read the background colour of every cell of an .ods (python-calamine gives values, never styles).

A Gantt-style plan marks a month by filling its cell with a colour and no text, so the colours are
part of what the sheet says. A cell's colour is ``fo:background-color`` of its cell style
(``table:style-name``), of the row's or column's default cell style when the cell names none, or of
the style's parent (a named style of styles.xml such as "Accent"). Both XML parts are streamed;
only cells inside the grid calamine read (``bounds``) are recorded, so a row or cell repeated a
million times costs no more than the grid it stands for. Colours are ``FFRRGGBB`` like the xlsx ones.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from typing import IO
from xml.etree import ElementTree as ET

from zi_eval.io.colours import looks_white
from zi_eval.io.sheet_scan import ods_repeat
from zi_eval.io.symbols import symbol_family

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
_HEX = re.compile(r"#([0-9a-fA-F]{6})")

#: ``(row, col)`` → colour, by sheet name
Fills = dict[str, dict[tuple[int, int], str]]


class _Styles:
    """Cell styles by name: each one's own background (``""`` for "transparent"), font and parent."""

    def __init__(self) -> None:
        self.own: dict[str, str | None] = {}
        self.parent: dict[str, str] = {}
        self.fonts: dict[str, str] = {}  # a style's own font (its family, through the font-face declarations)
        self.faces: dict[str, str] = {}  # font-face name -> family ("Wingdings")
        self._name: str | None = None
        self._resolved: dict[str, str | None] = {}
        self._font_of: dict[str, str | None] = {}

    def feed(self, event: str, el: ET.Element) -> None:
        """Take one parse event of a styles part (``office:styles``, ``office:automatic-styles``)."""
        if event == "end":
            if el.tag == f"{_STYLE}style":
                self._name = None
                el.clear()
        elif el.tag == f"{_STYLE}style" and el.get(f"{_STYLE}family") == "table-cell":
            self._name = el.get(f"{_STYLE}name")
            if self._name:
                self.own.setdefault(self._name, None)
                parent = el.get(f"{_STYLE}parent-style-name")
                if parent:
                    self.parent[self._name] = parent
        elif el.tag == f"{_STYLE}font-face":
            name = el.get(f"{_STYLE}name")
            if name:
                self.faces[name] = (el.get(f"{_SVG}font-family") or name).strip("'\" ")
        elif el.tag == f"{_STYLE}text-properties" and self._name:
            font = el.get(f"{_STYLE}font-name") or el.get(f"{_FO}font-family")
            if font:
                self.fonts[self._name] = self.faces.get(font, font).strip("'\" ")
        elif el.tag == f"{_STYLE}table-cell-properties" and self._name:
            colour = el.get(f"{_FO}background-color")
            if colour is not None:
                m = _HEX.fullmatch(colour.strip())
                self.own[self._name] = "FF" + m.group(1).upper() if m else ""  # "transparent": none

    def colour(self, name: str) -> str | None:
        """The background a cell of style ``name`` shows (through its parents), or ``None``; asked only
        once every style is read, so each name is worked out once however long its chain of parents."""
        if name not in self._resolved:
            own = self._inherited(name, self.own)
            # white (or within a few steps of it) is what an unfilled cell looks like: it marks nothing
            self._resolved[name] = own if own and not looks_white(own) else None
        return self._resolved[name]

    def font(self, name: str) -> str | None:
        """The font a cell of style ``name`` is written in (through its parents), or ``None``."""
        if name not in self._font_of:
            self._font_of[name] = self._inherited(name, self.fonts)
        return self._font_of[name]

    def _inherited(self, name: str, table: Mapping[str, str | None]) -> str | None:
        """The first value ``table`` holds for style ``name`` or, failing it, for its parents in turn."""
        seen: set[str] = set()
        step = name
        while step and step not in seen:
            seen.add(step)
            got = table.get(step)
            if got is not None:
                return got
            step = self.parent.get(step, "")
        return None


def ods_fills(data: bytes, bounds: dict[str, tuple[int, int]], symbols: Fills | None = None) -> Fills:
    """The colour of every filled cell of every sheet of an .ods, within ``bounds`` (sheet name →
    rows, columns of the grid read); the zip was checked for its unpacked size before.

    With ``symbols``, the cells whose style writes them in a symbol font (Wingdings, Symbol, …) are
    put there with the font's name: a Wingdings "ü" is a tick (see :mod:`zi_eval.io.symbols`).
    """
    styles = _Styles()
    out: Fills = {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if "styles.xml" in zf.namelist():
            with zf.open("styles.xml") as fh:
                for event, el in ET.iterparse(fh, events=("start", "end")):
                    styles.feed(event, el)
        with zf.open("content.xml") as fh:
            _walk(fh, styles, bounds, out, symbols)
    return out


def _walk(
    fh: IO[bytes], styles: _Styles, bounds: dict[str, tuple[int, int]], out: Fills, symbols: Fills | None
) -> None:
    """Walk content.xml: its automatic styles first (``ce1`` …), then every sheet's rows and cells."""
    depth = row = col = 0
    rows_repeat = 1
    height = width = 0
    columns: list[str] = []  # each column's default cell style, up to the grid's width
    row_style = ""
    fills: dict[tuple[int, int], str] = {}
    in_body = False
    for event, el in ET.iterparse(fh, events=("start", "end")):
        tag = el.tag
        if not in_body:
            in_body = event == "start" and tag.endswith("}body")
            styles.feed(event, el)
            continue
        if tag == f"{_TABLE}table":
            depth += 1 if event == "start" else -1
            if event == "start" and depth == 1:
                name = el.get(f"{_TABLE}name", "")
                row, columns = 0, []
                height, width = bounds.get(name, (0, 0))
                fills = out.setdefault(name, {})
                fonts = symbols.setdefault(name, {}) if symbols is not None else None
            continue
        if depth != 1:
            continue  # a table inside a cell is not the sheet's grid
        if tag == f"{_TABLE}table-column" and event == "start":
            more = min(ods_repeat(el, "number-columns-repeated"), width - len(columns))
            columns += [el.get(f"{_TABLE}default-cell-style-name", "")] * max(0, more)
        elif tag == f"{_TABLE}table-row":
            if event == "start":
                rows_repeat, col = ods_repeat(el, "number-rows-repeated"), 0
                row_style = el.get(f"{_TABLE}default-cell-style-name", "")
            else:
                row += rows_repeat
                el.clear()
        elif event == "start" and tag in _CELLS:
            across = ods_repeat(el, "number-columns-repeated")
            if row < height and col < width:
                own = el.get(f"{_TABLE}style-name")
                for c in range(col, min(col + across, width)):
                    # a cell naming no style shows its row's default, else its column's
                    style = own or row_style or (columns[c] if c < len(columns) else "")
                    colour = styles.colour(style) if style else None
                    if colour is not None:
                        for r in range(row, min(row + rows_repeat, height)):
                            fills[(r, c)] = colour
                    font = styles.font(style) if style else None
                    if fonts is not None and font is not None and symbol_family(font) is not None:
                        for r in range(row, min(row + rows_repeat, height)):
                            fonts[(r, c)] = font
            col += across
