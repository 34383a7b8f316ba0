"""Translate characters of symbol fonts (Wingdings, Symbol, ZapfDingbats) into the marks they show.

Word and Excel plans often tick a month with Insert > Symbol: the file stores a code in a symbol font (a
Wingdings 0xFC shows as a check mark), not the character a reader expects, and a PDF printed from
it may carry the bare code. Read as it is stored, the month cell would hold "ü" or nothing at all,
and the month would be lost without a word. Known codes become their mark; an unknown code
becomes a visible placeholder, so the parser reports it instead of dropping it.
"""

from __future__ import annotations

import re

#: Codes (low byte) of the symbols seen as marks and bullets in plans, by font family.
SYMBOL_MARKS: dict[str, dict[int, str]] = {
    "wingdings 2": {0x50: "✓", 0x4F: "✗", 0x52: "☑", 0x53: "☒", 0x9E: "•"},
    "wingdings": {0xFC: "✓", 0xFB: "✗", 0xFE: "☑", 0xFD: "☒", 0x6C: "●", 0x6E: "■", 0x9F: "•", 0xA7: "▪"},
    "symbol": {0xD6: "√", 0xB7: "•", 0xAE: "→"},
    "zapfdingbats": {0x33: "✓", 0x34: "✔", 0x37: "✗", 0x38: "✘", 0x6C: "●", 0x6E: "■"},
    "dingbats": {0x33: "✓", 0x34: "✔", 0x37: "✗", 0x38: "✘", 0x6C: "●", 0x6E: "■"},
}
#: The characters a symbol font's ticks are stored as, read where the font is lost (an .xls, a CSV, text
#: copied from such a cell): those of a tick's code above ASCII, Wingdings' ✓ "ü" and ☑ "þ" and the Symbol
#: font's √ "Ö" (a code in ASCII, Wingdings 2's "P", is a letter people type).
STORED_TICKS = frozenset(
    chr(code)
    for marks in SYMBOL_MARKS.values()
    for code, mark in marks.items()
    if mark in "✓☑√" and code >= 0x80
)
_CID = re.compile(r"^\(cid:(\d+)\)$")


def symbol_family(font: str | None) -> str | None:
    """The symbol font family a font name belongs to (``ABCDEF+Wingdings-Regular`` → ``wingdings``)."""
    if not font:
        return None
    name = font.split("+", 1)[-1].lower().replace("-", " ").replace(",", " ")
    return next((fam for fam in SYMBOL_MARKS if fam in name or fam.replace(" ", "") in name), None)


#: In the Symbol font, digits and most punctuation sit at their ASCII codes.
_SYMBOL_ASCII = frozenset(range(0x21, 0x40)) - {0x22, 0x24, 0x27}


def symbol_text(family: str, code: int) -> str:
    """The mark a code of a symbol font shows, or a placeholder naming the font and code."""
    low = code & 0xFF
    if family == "symbol" and low in _SYMBOL_ASCII:
        return chr(low)
    return SYMBOL_MARKS[family].get(low, f"[simbol {family} {low:02X}]")


def translate_char(text: str, font: str | None) -> str:
    """Translate one extracted character of a symbol font; text of other fonts is returned as it is.

    Only stored codes are translated: a character below U+0100, one of the private-use codes
    U+F000–U+F0FF symbol fonts are mapped to, or pdfminer's ``(cid:N)``. A symbol font that
    already maps to real Unicode (a ``✓`` as such) is left alone.
    """
    family = symbol_family(font)
    if family is None:
        return text
    cid = _CID.match(text)
    if cid:
        return symbol_text(family, int(cid.group(1)))
    if len(text) == 1 and (ord(text) < 0x100 or 0xF000 <= ord(text) <= 0xF0FF):
        if text.isspace():
            return text
        return symbol_text(family, ord(text))
    return text
