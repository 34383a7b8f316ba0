"""Read the hyperlinks behind xlsx cells: a cell showing "SK Tim" or "Klik di sini" often hides the URL.

The cell values (read by :mod:`zi_eval.io.sheets`) hold only the text a person sees; the address is a
hyperlink of the sheet or a ``=HYPERLINK("url", "text")`` formula. Both are read here, only when the
workbook has any (a quick look at the sheet XML first), so a table of plain URLs costs nothing more.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from urllib.parse import unquote
from xml.etree import ElementTree as ET

from zi_eval.io.location import column_index
from zi_eval.io.sheets import sheet_members

#: ``=HYPERLINK("https://…", "SK Tim")`` (either argument separator, any case).
_FORMULA = re.compile(r'HYPERLINK\(\s*"([^"]+)"', re.IGNORECASE)


def _has_links(data: bytes) -> bool:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = [n for n in zf.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        return any(b"<hyperlink" in (body := zf.read(n)) or b"HYPERLINK(" in body.upper() for n in names)
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def cell_with_link(text: str, target: str | None) -> str:
    """The cell's text with the address it links to on a line of its own (its name stays on the line above)."""
    if not target or target in text:
        return text
    if not re.match(r"^(?:https?|file|mailto):", target, re.IGNORECASE):
        target = unquote(target)  # a relative link to a file next to the table: "Data%20Dukung/SK.pdf"
    return f"{text}\n{target}" if text.strip() else target


def xlsx_hyperlinks(data: bytes) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet name -> 0-based ``(row, col)`` -> the address a cell links to (xlsx only; ``{}`` when none).

    Read from the sheet XML and its relationships, not through openpyxl: loading a workbook whole makes
    one object per cell of every merged range and of every link over a range, and one merged range
    ``A1:XFD1048576`` is 17 billion cells. A link over a range is given to the filled cells it covers
    (Excel writes a link on merged cells over the merged range; its first cell holds the text).
    """
    if not _has_links(data):
        return {}
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        members = sheet_members(zf)
        out: dict[str, dict[tuple[int, int], str]] = {}
        for name, member in members.items():
            found = _sheet_links(zf, member)
            if found:
                out[name] = found
    except (zipfile.BadZipFile, KeyError, OSError, ET.ParseError):
        return {}  # the values were read already; a workbook too broken to read links from has none here
    return out


_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>(.*?)</(?:\w+:)?c>", re.S)
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f\b([^>]*?)(?:/>|>([^<]*)</(?:\w+:)?f>)")
_SHARED_INDEX = re.compile(rb'\bsi="(\d+)"')
_LINK = re.compile(rb"<(?:\w+:)?hyperlink\b([^>]*)>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_RANGE = re.compile(r"^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$")


def _cell_index(letters: str, digits: str) -> tuple[int, int]:
    return int(digits) - 1, column_index(letters)


def _rel_targets(zf: zipfile.ZipFile, member: str) -> dict[str, str]:
    """The relationship targets of one worksheet (``xl/worksheets/_rels/sheet1.xml.rels``), by id."""
    folder, _, base = member.rpartition("/")
    try:
        rels = ET.fromstring(zf.read(f"{folder}/_rels/{base}.rels"))
    except KeyError:
        return {}
    return {el.get("Id", ""): el.get("Target", "") for el in rels}


def _sheet_links(zf: zipfile.ZipFile, member: str) -> dict[tuple[int, int], str]:
    body = zf.read(member)
    found: dict[tuple[int, int], str] = {}
    filled: dict[int, list[int]] = {}
    shared: dict[bytes, str] = {}  # a shared formula's text, by its index: followers carry only the index
    for m in _CELL.finditer(body):
        ref = _REF.search(m.group(1))
        if ref is None:
            continue
        key = _cell_index(ref.group(1).decode(), ref.group(2).decode())
        filled.setdefault(key[0], []).append(key[1])
        f = _FORMULA_TAG.search(m.group(2))
        if f is None:
            continue
        si = _SHARED_INDEX.search(f.group(1))
        text = html.unescape(f.group(2).decode("utf-8", "replace")) if f.group(2) else ""
        if si is not None:
            text = shared.setdefault(si.group(1), text) if text else shared.get(si.group(1), "")
        link = _FORMULA.search(text)
        if link:
            found[key] = link.group(1)
    if b"<hyperlink" not in body and b":hyperlink" not in body:
        return found
    targets = _rel_targets(zf, member)
    for m in _LINK.finditer(body):
        attrs = {
            k.split(b":")[-1].decode(): html.unescape(v.decode("utf-8", "replace"))
            for k, v in _ATTR.findall(m.group(1))
        }
        target = targets.get(attrs.get("id", ""))
        rng = _RANGE.match(attrs.get("ref", ""))
        if not target or rng is None:
            continue  # a link to a place in the workbook (``location``) has no address
        first = _cell_index(rng.group(1), rng.group(2))
        last = _cell_index(rng.group(3), rng.group(4)) if rng.group(3) else first
        found[first] = target
        # the filled rows the range covers: as many as the range's rows or the sheet's, whichever is fewer
        rows = range(first[0], last[0] + 1)
        for row in rows if len(rows) <= len(filled) else (r for r in filled if r in rows):
            for col in filled.get(row, ()):
                if first[1] <= col <= last[1]:
                    found[(row, col)] = target
    return found
