"""Render Word's automatic numbering ("1.", "a.", "IV.", bullets) as the text a reader sees printed.

Word keeps an automatic number out of the paragraph's text: the paragraph only says "list 5, level
0". A plan whose No column or lettered indicators ("a.", "b.") are numbered this way would read as
empty numbers and unlabelled rows, and the parser would lose the hierarchy the numbers carry. The
counters run through the document in order, per list (``w:numId``) and level, a level restarting
when a level above it moves on, as Word does for the common cases. Not handled: legal-style
numbering and ``w:lvlRestart``.
"""

from __future__ import annotations

from typing import Any

from zi_eval.io.symbols import symbol_family, translate_char

#: The WordprocessingML namespace, as lxml writes it in tag names.
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W = W_NS
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc")]
_ROMAN += [(50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word's letter numbering repeats the letter past z: a … z, aa … zz
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in a Word number format (``decimal``, ``lowerLetter``, ``upperRoman``…)."""
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)  # decimal and the formats plans do not use


def _val(el: Any, path: str, default: str | None = None) -> str | None:
    found = el.find(path)
    return default if found is None else found.get(f"{_W}val", default)


class _Level:
    """One level of a list definition: start, format, text pattern and the bullet's font."""

    def __init__(self, lvl: Any) -> None:
        start = _val(lvl, f"{_W}start", "1") or "1"
        self.start = int(start) if start.lstrip("-").isdigit() else 1
        self.fmt = _val(lvl, f"{_W}numFmt", "decimal") or "decimal"
        self.text = _val(lvl, f"{_W}lvlText", "") or ""
        fonts = lvl.find(f"{_W}rPr/{_W}rFonts")
        self.font = None if fonts is None else fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi")


class Numbering:
    """The lists of one document and their running counters."""

    def __init__(self, numbering: Any | None, styles: Any | None) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self.style_num: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if numbering is not None:
            for ab in numbering.findall(f"{_W}abstractNum"):
                levels = {int(lvl.get(f"{_W}ilvl", "0")): _Level(lvl) for lvl in ab.findall(f"{_W}lvl")}
                self.abstract[ab.get(f"{_W}abstractNumId", "")] = levels
            for num in numbering.findall(f"{_W}num"):
                overrides = {}
                for ov in num.findall(f"{_W}lvlOverride"):
                    start = _val(ov, f"{_W}startOverride")
                    if start is not None and start.isdigit():
                        overrides[int(ov.get(f"{_W}ilvl", "0"))] = int(start)
                abstract_id = _val(num, f"{_W}abstractNumId", "") or ""
                self.nums[num.get(f"{_W}numId", "")] = (abstract_id, overrides)
        if styles is not None:
            for style in styles.findall(f"{_W}style"):
                num_pr = style.find(f"{_W}pPr/{_W}numPr")
                based = _val(style, f"{_W}basedOn")
                num_id = None if num_pr is None else _val(num_pr, f"{_W}numId")
                ilvl = None if num_pr is None else _val(num_pr, f"{_W}ilvl")
                self.style_num[style.get(f"{_W}styleId", "")] = (num_id, ilvl, based)

    def _from_style(self, style_id: str | None) -> tuple[str | None, str | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            num_id, ilvl, based = self.style_num.get(style_id, (None, None, None))
            if num_id is not None:
                return num_id, ilvl
            style_id = based
        return None, None

    def label(self, p: Any) -> str:
        """The number or bullet Word prints before paragraph ``p`` ("" if it is not in a list)."""
        ppr = p.find(f"{_W}pPr")
        if ppr is None:
            return ""
        num_pr = ppr.find(f"{_W}numPr")
        num_id = ilvl_text = None
        if num_pr is not None:
            num_id, ilvl_text = _val(num_pr, f"{_W}numId"), _val(num_pr, f"{_W}ilvl")
        if num_id is None:
            style_num, style_ilvl = self._from_style(_val(ppr, f"{_W}pStyle"))
            num_id, ilvl_text = style_num, ilvl_text or style_ilvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""  # numId 0 switches numbering off for this paragraph
        ilvl = int(ilvl_text) if ilvl_text and ilvl_text.isdigit() else 0
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start = overrides.get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a level moving on restarts the levels under it
        if level.fmt == "bullet":
            family = symbol_family(level.font)
            return "".join(translate_char(ch, level.font) for ch in level.text) if family else level.text
        text = level.text
        for k in range(ilvl, -1, -1):
            if f"%{k + 1}" in text:
                lv = levels.get(k)
                n = counters.get(k, lv.start if lv else 1)
                text = text.replace(f"%{k + 1}", format_number(n, lv.fmt if lv else "decimal"))
        return text
