"""Read the hyperlinks behind cells: a cell showing "SK Tim" or "Klik di sini" often hides the URL.

The cell values (read by :mod:`zi_eval.io.sheets`) hold only the text a person sees; the address is a
hyperlink of the sheet (xlsx: ``<hyperlink>`` and the sheet's rels; ods: ``<text:a xlink:href>`` in the
cell) or a ``=HYPERLINK("url", "text")`` formula (``;`` between the arguments in Indonesian Excel and
in ods; an .xls keeps its links in HLINK records and its formulas parsed). They are read here, only
when the workbook has any (a quick look at its XML first), so a table of plain URLs costs nothing
more. A link to a place in the workbook (``#Sheet2!A1``) has no address and is left out; a .csv has
no links.
"""

from __future__ import annotations

import html
import io
import re
import struct
import zipfile
from urllib.parse import unquote
from xml.etree import ElementTree as ET

from zi_eval import limits
from zi_eval.io import biff
from zi_eval.io.location import column_index
from zi_eval.io.ole import read_stream
from zi_eval.io.sheet_scan import ods_repeat
from zi_eval.io.sheets import sheet_members

#: ``=HYPERLINK("https://…", "SK Tim")`` (either argument separator, any case; ods: ``of:=HYPERLINK(…)``).
_FORMULA = re.compile(r'HYPERLINK\(\s*"([^"]+)"', re.IGNORECASE)


def _address(target: str | None) -> str | None:
    """The address a link target names; ``None`` for none or a place in the workbook (``#Sheet2!A1``)."""
    if not target or target.lstrip().startswith("#"):
        return None
    return target


def sheet_hyperlinks(data: bytes, kind: str) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet name -> 0-based ``(row, col)`` -> the address a cell links to, for an xlsx, an xls or an ods
    (``kind`` as :func:`zi_eval.io.sheets.spreadsheet_kind` tells it); ``{}`` for a csv."""
    if kind == "xlsx":
        return xlsx_hyperlinks(data)
    if kind == "ods":
        return ods_hyperlinks(data)
    if kind == "xls":
        return xls_hyperlinks(data)
    return {}


#: A sheet with a link: a ``<hyperlink>`` (``<x:hyperlink>`` as the .NET SDK writes it) or a formula.
_ANY_LINK = re.compile(rb"<(?:\w+:)?hyperlink\b|hyperlink\(", re.IGNORECASE)


def shows_address(text: str, target: str) -> bool:
    """Whether a cell's ``text`` shows the address it links to: in full, or as typed before the
    spreadsheet made it a link ("www.uji.go.id/zi" for ``http://www.uji.go.id/zi/``)."""
    if target in text:
        return True
    bare = _bare(target)
    return bool(bare) and any(_bare(word) == bare for word in text.split())


def _bare(address: str) -> str:
    """Drop an address's scheme and trailing slash, as a person types it ("www.uji.go.id/zi")."""
    return re.sub(r"^(?:https?://|mailto:)", "", address, flags=re.IGNORECASE).rstrip("/")


class CellLinks(str):
    """Several addresses behind one cell (an .ods cell links each of its words anywhere): the string
    is each linked text on a line and its address on the next ("SK Tim ZI", "https://…/sk",
    "Notulen", "https://…/notulen"), what :func:`cell_with_link` shows for the cell. Where one address
    per cell is read, the first is.
    """

    __slots__ = ()

    @classmethod
    def of(cls, anchors: list[tuple[str, str]]) -> str:
        """The cell's one address, or its ``(text, address)`` anchors as a :class:`CellLinks`."""
        if len({a for _, a in anchors}) == 1:
            return anchors[0][1]
        lines: list[str] = []
        for text, address in anchors:
            name = " ".join(text.split())
            if name and not shows_address(name, address):
                lines.append(name)
            lines.append(address)
        return cls("\n".join(lines))


def cell_with_link(text: str, target: str | None) -> str:
    """The cell's text with the address it links to on a line of its own (its name stays on the line above).

    A cell with several addresses (:class:`CellLinks`) is shown as its linked texts, each above its address.
    """
    if isinstance(target, CellLinks):
        return str(target)
    if not target or shows_address(text, target):
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
    if not _ANY_LINK.search(body):
        return {}  # a quick look first: most sheets have no link, and walking every cell costs more
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
        address = _address(link.group(1)) if link else None
        if address:
            found[key] = address
    if b"<hyperlink" not in body and b":hyperlink" not in body:
        return found
    targets = _rel_targets(zf, member)
    for m in _LINK.finditer(body):
        attrs = {
            k.split(b":")[-1].decode(): html.unescape(v.decode("utf-8", "replace"))
            for k, v in _ATTR.findall(m.group(1))
        }
        target = _address(targets.get(attrs.get("id", "")))
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


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT_A = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}a"
_HREF = "{http://www.w3.org/1999/xlink}href"
_NOTE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}annotation"
_ODS_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
_ODS_LINK = re.compile(rb"xlink:href|hyperlink\(", re.IGNORECASE)
#: A link repeated over more cells than this (rows and columns repeated) is given to its first cell only:
#: LibreOffice repeats identical cells, and no item's evidence is a block of thousands of cells.
_MAX_SPREAD = 1_000
_MAX_ROWS = limits.SHEET_ROWS.value()
_MAX_COLS = limits.SHEET_COLS.value()


def ods_hyperlinks(data: bytes) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet name -> 0-based ``(row, col)`` -> the address an .ods cell links to (``{}`` when none).

    A cell's link is its ``of:=HYPERLINK("url"; …)`` formula, else the ``<text:a xlink:href>`` of its
    text (not of a comment on it); a cell whose words link to several addresses gets them all, as a
    :class:`CellLinks`. Rows and cells are counted as often as they repeat, as the sheet measure does
    (:mod:`zi_eval.io.ods_grid`).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            body = zf.read("content.xml")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return {}
    if not _ODS_LINK.search(body):
        return {}
    try:
        return _ods_links(body)
    except ET.ParseError:
        return {}  # the values were read already; a content.xml too broken to walk has no links here


def _ods_links(body: bytes) -> dict[str, dict[tuple[int, int], str]]:
    """Walk content.xml once, counting rows and cells as :mod:`zi_eval.io.ods_grid` does."""
    out: dict[str, dict[tuple[int, int], str]] = {}
    found: dict[tuple[int, int], str] = {}
    depth = row = col = note = 0
    rows = cols = 1  # how often the current row and cell repeat
    cell: tuple[int, int] | None = None  # the cell being read (its first row and column)
    anchors: list[tuple[str, str]] = []  # the cell's linked texts and their addresses, in order

    def put(address: str | None) -> None:
        if cell is None or not address or cell in found:
            return
        if rows * cols > _MAX_SPREAD:
            found[cell] = address
            return
        for r in range(cell[0], min(cell[0] + rows, _MAX_ROWS)):
            for c in range(cell[1], min(cell[1] + cols, _MAX_COLS)):
                found[(r, c)] = address

    for event, el in ET.iterparse(io.BytesIO(body), events=("start", "end")):
        tag = el.tag
        if tag == f"{_TABLE}table":
            depth += 1 if event == "start" else -1
            if event == "start" and depth == 1:
                row, found = 0, out.setdefault(el.get(f"{_TABLE}name", ""), {})
        elif depth != 1:
            pass  # a table inside a cell: not the sheet's grid
        elif tag == f"{_TABLE}table-row":
            if event == "start":
                col, rows = 0, ods_repeat(el, "number-rows-repeated")
            else:
                row += rows
                el.clear()
        elif tag in _ODS_CELLS:
            if event == "start":
                cell, cols = (row, col), ods_repeat(el, "number-columns-repeated")
                col += cols
                link = _FORMULA.search(el.get(f"{_TABLE}formula", ""))
                if link:
                    put(_address(link.group(1)))
            else:
                if anchors:
                    put(CellLinks.of(anchors))
                    anchors = []
                cell = None
        elif tag == _NOTE:
            note += 1 if event == "start" else -1
        elif tag == _TEXT_A and event == "end" and not note and cell is not None:
            href = _address(el.get(_HREF))
            if href:
                # an ODF link is relative to the document as if it were a folder: "../Bukti/SK.pdf" is
                # the file Bukti/SK.pdf beside the workbook (LibreOffice writes every relative link so)
                if href.startswith(("../", "..\\")):
                    href = href[3:]
                anchors.append(("".join(el.itertext()), href))
    return {name: links for name, links in out.items() if links}


_HLINK = 0x01B8
_FORMULA_RECORD = 0x0006
_URL_MONIKER = bytes.fromhex("e0c9ea79f9bace118c8200aa004ba90b")
_FILE_MONIKER = bytes.fromhex("0303000000000000c000000000000046")
#: Hyperlink object flags ([MS-OSHARED] 2.3.7.1): what follows the flags, in this order.
_HAS_MONIKER, _HAS_DISPLAY, _HAS_FRAME, _MONIKER_AS_TEXT = 0x01, 0x10, 0x80, 0x100
#: A formula's first token a string (ptgStr), its last the HYPERLINK function (ptgFuncVar, tab 359).
_PTG_STR, _PTG_FUNC_VAR, _HYPERLINK_TAB = 0x17, (0x22, 0x42, 0x62), 359


def xls_hyperlinks(data: bytes) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet name -> 0-based ``(row, col)`` -> the address an .xls cell links to (``{}`` when none).

    Read from the workbook stream (BIFF8): an HLINK record (a URL or a file; a link to a place in
    the workbook has no address) and a ``=HYPERLINK("url", …)`` formula. A link over a range is given
    to its first cell (Excel writes a link on merged cells over the merged range). A record this
    walk cannot follow is skipped: the values were read already.
    """
    book = read_stream(data, ("Workbook", "Book"))
    if book is None:
        return {}
    out: dict[str, dict[tuple[int, int], str]] = {}
    for sheet, kind, body in biff.sheet_records(book):
        if sheet is None or kind not in (_HLINK, _FORMULA_RECORD):
            continue
        try:
            found = _hlink(body) if kind == _HLINK else _formula_link(body)
        except (struct.error, IndexError, UnicodeDecodeError, ValueError):
            continue
        if found is not None and (address := _address(found[1])):
            out.setdefault(sheet, {}).setdefault(found[0], address)
    return out


def _formula_link(body: bytes) -> tuple[tuple[int, int], str] | None:
    """The cell and address of a FORMULA record ``=HYPERLINK("url", …)`` (``None`` for another formula)."""
    row, col = struct.unpack_from("<HH", body)
    (size,) = struct.unpack_from("<H", body, 20)
    rgce = body[22 : 22 + size]
    if len(rgce) < 7 or rgce[0] != _PTG_STR or rgce[-4] not in _PTG_FUNC_VAR:
        return None
    if struct.unpack_from("<H", rgce, len(rgce) - 2)[0] & 0x7FFF != _HYPERLINK_TAB:
        return None
    n, wide = rgce[1], rgce[2] & 1
    raw = rgce[3 : 3 + (2 * n if wide else n)]
    return (row, col), raw.decode("utf-16-le" if wide else "latin-1")


def _hlink(body: bytes) -> tuple[tuple[int, int], str] | None:
    """The first cell and the address of an HLINK record (``None``: a place in the workbook, or a kind
    of link this walk does not follow)."""
    row, _, col, _ = struct.unpack_from("<HHHH", body)
    (flags,) = struct.unpack_from("<I", body, 28)
    pos = 32
    for flag in (_HAS_DISPLAY, _HAS_FRAME):
        if flags & flag:
            pos += 4 + 2 * struct.unpack_from("<I", body, pos)[0]  # a length-prefixed UTF-16 string
    if not flags & _HAS_MONIKER:
        return None
    if flags & _MONIKER_AS_TEXT:
        (n,) = struct.unpack_from("<I", body, pos)
        return (row, col), body[pos + 4 : pos + 4 + 2 * n].decode("utf-16-le").split("\0")[0]
    moniker, pos = body[pos : pos + 16], pos + 16
    if moniker == _URL_MONIKER:
        (n,) = struct.unpack_from("<I", body, pos)
        return (row, col), body[pos + 4 : pos + 4 + n].decode("utf-16-le", "replace").split("\0")[0]
    if moniker == _FILE_MONIKER:
        return (row, col), _file_moniker(body, pos)
    return None


def _file_moniker(body: bytes, pos: int) -> str:
    """The path of a file moniker: its Unicode path when it has one, else its ANSI one; ``..\\`` as often
    as it climbs."""
    up, n = struct.unpack_from("<HI", body, pos)
    pos += 6
    path = body[pos : pos + n].split(b"\0")[0].decode("latin-1")
    pos += n + 24  # end server, version, reserved
    (extra,) = struct.unpack_from("<I", body, pos)
    if extra:
        (size,) = struct.unpack_from("<I", body, pos + 4)
        path = body[pos + 10 : pos + 10 + size].decode("utf-16-le")
    return "../" * up + path
