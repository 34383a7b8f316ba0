"""Read a PDF with a text layer into rows: every ruled table row, and the text around the tables.

A plan printed from Word to PDF is one long table over many pages, with narrative and a title block
before it and a signature after it. Every row here carries ``sheet=None`` so the parser sees the
pages as one table; ``place`` says where each row was ("hal. 3, tabel 1, baris 2"). A row that
Word broke across a page boundary is joined back to its first part; a header that Word repeated on
every page is passed on (the parser knows a repeated header when it sees one).
"""

from __future__ import annotations

import io
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from zi_eval import limits
from zi_eval.errors import ZiError, fail
from zi_eval.io.colours import looks_white
from zi_eval.io.sheets import MAX_SHEET_ROWS
from zi_eval.io.symbols import translate_char
from zi_eval.io.words import norm
from zi_eval.ra.readers.broken import raised_by_library
from zi_eval.ra.readers.month_parts import HEADER_ROWS, MonthPart, attach, month_part
from zi_eval.ra.rows import PAGE_NUMBER, MergedAbove, RawRow

#: Most pages read from one PDF; a longer file is refused (a plan with its narrative runs to ~60 pages,
#: and pdfplumber reads about three pages a second).
MAX_PDF_PAGES = limits.PDF_PAGES.value()
#: A new item starts with a list label (``a.``, ``b)``, ``1.``, ``IV.``): such a row never continues the last.
_ITEM_LABEL = re.compile(r"^\s*(\(?[A-Za-z]\)|[A-Za-z]\.|\d+[.)]|[IVXLC]+\.)\s")
#: A short value a row carries on its first line (a month mark, a percent): a continuation has none.
_SHORT_VALUE = re.compile(r"[\d.,%✓✔√vVxX●•■]{1,5}")
#: Characters that open an item of a list inside a cell.
_BULLETS = "-–•·*▪"
#: Page furniture between two parts of one table: few, short lines (page numbers, running heads).
_FURNITURE_LINES = 3
_FURNITURE_CHARS = 60
#: Two copies of a character closer than this (points) are one character printed twice.
_OVERPRINT = 0.5
#: A page is sideways when most of its characters, and at least this many, run up or down.
_SIDEWAYS_MIN = 20

Bbox = tuple[float, float, float, float]
#: A filled rectangle narrower than this (points) is a rule, not a cell's shade.
_RULE_WIDTH = 2.0
#: The share of a cell a filled rectangle covers to shade it.
_FILL_COVER = 0.6


@dataclass
class _Item:
    """A text line or a table on a page, placed by its top edge for reading order."""

    top: float
    text: str | None = None
    table: list[list[str]] | None = None
    spans: list[dict[int, int]] | None = None
    colours: list[dict[int, str]] | None = None  # per table row: each filled cell's colour
    downs: list[tuple[MergedAbove, ...]] | None = None  # per table row: cells above reaching over it


def _inside(obj: dict[str, Any], box: Bbox) -> bool:
    """Tell whether an object's centre lies within ``box`` (the test pdfplumber itself uses for cells)."""
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _cell_text(chars: list[dict[str, Any]]) -> str:
    """The text of one cell, its wrapped lines kept apart by ``\\n`` (a cell may hold a list).

    Text turned a quarter (month names written up a narrow column) is read along its own
    direction: up the page when turned left, down the page when turned right.
    """
    from pdfplumber.utils import extract_text

    turned = [ch["matrix"][1] for ch in chars if not ch["upright"]]
    if turned and sum(1 for b in turned if b > 0) * 2 >= len(turned):
        text = extract_text(chars, char_dir_rotated="btt", line_dir_rotated="ltr")
    elif turned:
        text = extract_text(chars, char_dir_rotated="ttb", line_dir_rotated="rtl")
    else:
        text = extract_text(chars)
    lines = [ln.strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


class _Grid:
    """One table's cells as text, which grid cells a wider cell covers, and the characters left over."""

    def __init__(
        self, table: Any, chars: list[dict[str, Any]], fills: Sequence[tuple[Bbox, str | None]] = ()
    ) -> None:
        self.fills = list(fills)  # filled rectangles drawn in the table, in drawing order
        self.boxes = [list(r.cells) for r in table.rows]
        self.bands = [tuple(r.bbox) for r in table.rows]
        self.width = max((len(r) for r in self.boxes), default=0)
        # characters ordered by their vertical centre: a cell looks only at those in its own band
        self.ordered = sorted(chars, key=lambda ch: (ch["top"] + ch["bottom"]) / 2)
        self.centres = [(ch["top"] + ch["bottom"]) / 2 for ch in self.ordered]
        self.used: set[int] = set()
        self.col_x0 = [self._edge(c, 0, min) for c in range(self.width)]
        # a column ends where the next begins (a wide merged cell's right edge is not this column's)
        self.col_x1 = self.col_x0[1:] + [self._edge(self.width - 1, 2, max)] if self.width else []

    def _edge(self, c: int, i: int, pick: Any) -> float:
        found = [r[c][i] for r in self.boxes if c < len(r) and r[c] is not None]
        return float(pick(found)) if found else 0.0

    def text_in(self, box: Bbox) -> str:
        """The text of the characters whose centre lies in ``box``; they count as read."""
        lo, hi = bisect_left(self.centres, box[1]), bisect_left(self.centres, box[3])
        inside = [ch for ch in self.ordered[lo:hi] if id(ch) not in self.used and _inside(ch, box)]
        self.used.update(id(ch) for ch in inside)
        return _cell_text(inside)

    def _covering(self, i: int, box: Bbox) -> tuple[int, int] | None:
        """The row and column of the cell of an earlier row that reaches down over ``box`` (a cell merged
        down), or ``None``."""
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        for ri, r in enumerate(self.boxes[:i]):
            for ci, b in enumerate(r):
                if b is not None and b[0] <= x < b[2] and b[1] <= y < b[3]:
                    return ri, ci
        return None

    def fill_in(self, box: Bbox, fills: Sequence[tuple[Bbox, str | None]]) -> str | None:
        """The colour of the filled rectangle of ``fills`` last drawn over most of ``box`` (a shaded cell),
        or ``None`` (none, or a white one painted last)."""
        area = (box[2] - box[0]) * (box[3] - box[1])
        if area <= 0:
            return None
        colour = None
        for (x0, top, x1, bottom), fill in fills:
            w, h = min(x1, box[2]) - max(x0, box[0]), min(bottom, box[3]) - max(top, box[1])
            if w > 0 and h > 0 and w * h >= _FILL_COVER * area:
                colour = fill  # drawn later, painted over an earlier one
        return colour

    def rows(
        self,
    ) -> tuple[list[list[str]], list[dict[int, int]], list[dict[int, str]], list[tuple[MergedAbove, ...]]]:
        """Each row's cells on the grid, per row the columns a merge spreads (column -> origin), per row
        each shaded cell's colour (the fill of a Gantt-style plan printed to PDF), and per row the cells
        of rows above that reach down over it.

        A grid position without a cell of its own is covered by a wider cell on its left (spread
        like a sheet merge, with its shade), by a taller cell above (empty here, and that cell's text
        and shade given as :class:`MergedAbove`, as a sheet's merge down is: a timing cell spanning a
        component's a. and b. rows schedules both), or is a hole where a border is missing: its text
        is read from the position itself, never dropped.
        """
        grid: list[list[str]] = []
        spans: list[dict[int, int]] = []
        shades: list[dict[int, str]] = []
        downs: list[tuple[MergedAbove, ...]] = []
        for i, row in enumerate(self.boxes):
            cells: list[str] = []
            merged: dict[int, int] = {}
            colours: dict[int, str] = {}
            down: list[MergedAbove] = []
            top, bottom = self.bands[i][1], self.bands[i][3]
            fills = [f for f in self.fills if f[0][1] < bottom and top < f[0][3]]  # those across this row
            for c, box in enumerate(row):
                if box is not None:
                    cells.append(self.text_in(box))
                    if fills and (colour := self.fill_in(box, fills)) is not None:
                        colours[c] = colour
                    continue
                origin = next((o for o in range(c - 1, -1, -1) if row[o] is not None), None)
                if origin is not None and row[origin][2] > self.col_x0[c] + 1:
                    cells.append(cells[origin])
                    merged[c] = origin
                    if origin in colours:
                        colours[c] = colours[origin]
                    continue
                spot = (self.col_x0[c], self.bands[i][1], self.col_x1[c], self.bands[i][3])
                over = self._covering(i, spot)
                if over is None:
                    cells.append(self.text_in(spot))
                else:
                    cells.append("")
                    text, shade = grid[over[0]][over[1]], shades[over[0]].get(over[1])
                    down.append(MergedAbove(c, c, text, shade, bool(shade) and not text.strip()))
                if fills and (colour := self.fill_in(spot, fills)) is not None:
                    colours[c] = colour
            grid.append(cells + [""] * (self.width - len(cells)))
            spans.append(merged)
            shades.append(colours)
            downs.append(tuple(down))
        return grid, spans, shades, downs

    def leftover(self) -> list[dict[str, Any]]:
        """Characters inside the table's box that no cell took (kept as text after the table)."""
        return [ch for ch in self.ordered if id(ch) not in self.used]


def _page_items(page: Any) -> list[_Item]:
    """The tables and the text lines outside them on one page, in reading order (top to bottom)."""
    from pdfplumber.utils import extract_text

    tables = page.find_tables()
    boxes = [tuple(t.bbox) for t in tables]
    items: list[_Item] = []
    fills = _fills(page) if tables else []
    for table in tables:
        box = tuple(table.bbox)
        inside = [f for f in fills if _overlaps(f[0], box)]
        found = _Grid(table, [ch for ch in page.chars if _inside(ch, box)], inside)
        grid, spans, colours, downs = found.rows()
        if grid:
            items.append(_Item(box[1], table=grid, spans=spans, colours=colours, downs=downs))
        for line in extract_text(found.leftover()).split("\n"):
            if line.strip():  # text the cells did not take: after the table, never dropped
                items.append(_Item(box[3], text=line.strip()))
    outside = page.filter(lambda o: "x0" not in o or not any(_inside(o, b) for b in boxes))
    for line in outside.extract_text_lines(return_chars=False):
        text = line["text"].strip()
        if text and not PAGE_NUMBER.match(text):
            items.append(_Item(line["top"], text=text))
    items.sort(key=lambda it: (it.top, it.table is None))
    return items


def _fills(page: Any) -> list[tuple[Bbox, str | None]]:
    """The filled rectangles of a page that can shade a cell, in drawing order, with their colour as the
    spreadsheet readers write one (``FF00B050``); ``None`` for white, which paints a shade over (white
    is no fill to a reader). Rules drawn as thin filled bars and colours a reader cannot know (a
    pattern) are left out."""
    out: list[tuple[Bbox, str | None]] = []
    for r in page.rects:
        if not r.get("fill") or min(r["width"], r["height"]) < _RULE_WIDTH:
            continue
        colour = _hex(r.get("non_stroking_color"))
        if colour is not None:
            box = (float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
            out.append((box, None if looks_white(colour) else colour))
    return out


def _hex(colour: Any) -> str | None:
    """A PDF fill colour (grey, RGB or CMYK, each 0–1) as ``FFRRGGBB``; ``None`` for any other kind."""
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not all(isinstance(v, (int, float)) for v in colour):
        return None
    v = [min(1.0, max(0.0, float(x))) for x in colour]
    if len(v) == 1:
        r = g = b = v[0]
    elif len(v) == 3:
        r, g, b = v
    elif len(v) == 4:
        c, m, y, k = v
        r, g, b = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    else:
        return None
    return "FF" + "".join(f"{round(255 * x):02X}" for x in (r, g, b))


def _overlaps(a: Bbox, b: Bbox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _overprinted(chars: list[dict[str, Any]]) -> bool:
    """Tell whether some character is printed twice within half a point (simulated bold).

    pdfplumber's ``dedupe_chars`` is slow on a full page, and most pages need none of it.
    """
    seen: set[tuple[str, int, int]] = set()
    for ch in chars:
        text, top, x = ch["text"], round(ch["top"]), round(ch["x0"] * 2)  # x in half points
        if text.isspace():
            continue
        if any((text, top, x + dx) in seen for dx in (-1, 0, 1)):
            return True
        seen.add((text, top, x))
    return False


def _is_furniture(texts: list[str]) -> bool:
    """Tell whether the text between two table parts is only page furniture (numbers, running heads)."""
    return len(texts) <= _FURNITURE_LINES and all(len(t) <= _FURNITURE_CHARS for t in texts)


def _continues(cells: list[str], width: int) -> bool:
    """Tell whether the first row of a page's table continues the last row of the previous page.

    It does when its first two columns (No and the area/component) are empty, it has the previous
    table's width, no cell holds a short value of its own (a month mark, a percent), and its first
    text reads as the middle of a cell: a lower-case word (the rest of a sentence) or a bullet
    ("- Daftar hadir"). A capitalised text or a list label (``b.``) starts a new row: joining two
    real rows would lose an activity without a word, while a continuation left unjoined shows up
    as an extra row the user can see.
    """
    if len(cells) != width or len(cells) < 3 or cells[0].strip() or cells[1].strip():
        return False
    if any(_SHORT_VALUE.fullmatch(c.strip()) for c in cells):
        return False  # a mark or a number of its own (a month tick, "100"): the first part would hold it
    first = next((c.strip() for c in cells if c.strip()), None)
    if first is None or _ITEM_LABEL.match(first):
        return False
    return first[0].islower() or first[0] in _BULLETS


def _join(prev: RawRow, cells: list[str], page: int) -> None:
    """Append a continuation row's cells to the row it continues, keeping each cell's lines apart."""
    joined = []
    for c in range(max(len(prev.cells), len(cells))):
        a, b = prev.cell(c), cells[c] if c < len(cells) else ""
        joined.append(f"{a}\n{b}" if a and b else a or b)
    prev.cells = joined
    prev.raw = "\t".join(joined)
    prev.place = f"{prev.place}; lanjut hal. {page}"


class _Reader:
    """Walks the pages and keeps what is needed to join a table that runs over a page break, and to
    put back the month columns of a sheet printed wider than its pages (Excel prints the pages of
    the left columns, then those of the right ones)."""

    def __init__(self) -> None:
        self.rows: list[RawRow] = []
        self.head: list[list[str]] = []  # the first rows of the current table sequence, normalised
        self.last: RawRow | None = None  # the last table row emitted
        self.last_page = 0
        self.between: list[str] = []  # text lines since the last table row
        self.table: list[RawRow] = []  # the rows of the current table sequence
        self.parts: list[MonthPart] = []  # its month columns printed on pages of their own

    def add_text(self, text: str, page: int) -> None:
        self.rows.append(RawRow(len(self.rows) + 1, [text], text, place=f"hal. {page}", page=page))
        self.between.append(text)

    def finish(self, path: str) -> list[RawRow]:
        """Put back the month columns printed apart (see :mod:`~zi_eval.ra.readers.month_parts`) and
        return the rows."""
        if self.parts:
            attach(path, self.table, self.parts)
        return self.rows

    def add_table(
        self,
        grid: list[list[str]],
        spans: list[dict[int, int]],
        page: int,
        k: int,
        colours: list[dict[int, str]] | None = None,
        downs: list[tuple[MergedAbove, ...]] | None = None,
    ) -> None:
        shades = colours if colours is not None else [{} for _ in grid]
        over = downs if downs is not None else [() for _ in grid]
        part = month_part(self.table, grid, f"hal. {page}", page)
        if part is not None:
            self.parts.append(part)
            self.last_page = page
            self.between = []
            return
        prev = self.last  # the row a continuation on this page would belong to
        joinable = prev is not None and self.last_page == page - 1 and k == 1 and _is_furniture(self.between)
        if not joinable and (not self.head or len(self.head[0]) != len(grid[0])):
            # a table of another width starts a new sequence; one of the same width after a line of
            # text (an area heading drawn without borders) is the same table going on
            self.head = [[norm(c) for c in row] for row in grid[:HEADER_ROWS]]
            if not self.parts:  # month columns printed apart belong to the table before them
                self.table = []
        start = 0
        while (
            joinable
            and start < min(len(self.head), len(grid))
            and [norm(c) for c in grid[start]] == self.head[start]
        ):
            start += (
                1  # a repeated header (one to three rows): passed on, the continuation test looks past it
            )
        for j, (cells, merged, shaded, above) in enumerate(zip(grid, spans, shades, over, strict=True)):
            if joinable and j == start and prev is not None and _continues(cells, len(prev.cells)):
                _join(prev, cells, page)
                continue
            row = RawRow(
                len(self.rows) + 1,
                cells,
                "\t".join(cells),
                merged_from=merged,
                filled={c for c in shaded if not cells[c].strip()},
                colours=dict(shaded),
                merged_above=above,
                place=f"hal. {page}, tabel {k}, baris {j + 1}",
                page=page,
            )
            self.rows.append(row)
            self.table.append(row)
            self.last = row
        self.last_page = page
        self.between = []


def _open(path: str, data: bytes) -> Any:
    import pdfplumber

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds on broken or encrypted files
        if not raised_by_library(exc):
            raise
        raise _refusal(path, exc) from None


def _refusal(path: str, exc: BaseException) -> ZiError:
    """Say why a PDF cannot be read: a password, or damage (never a traceback)."""
    # pdfplumber wraps pdfminer's error (PdfminerException(PDFPasswordIncorrect())): look inside too
    inner = [exc, *exc.args, exc.__cause__, exc.__context__]
    what = " ".join(f"{type(e).__name__} {e}" for e in inner if isinstance(e, BaseException)).lower()
    if "password" in what or "encrypt" in what:
        return fail(path, None, "file", "a PDF without a password", "a password-protected PDF")
    cause = next((e for e in exc.args if isinstance(e, BaseException)), exc)
    detail = f"{type(cause).__name__}: {str(cause)[:120]}" if str(cause) else type(cause).__name__
    return fail(path, None, "file", "a readable PDF", f"a damaged PDF ({detail})")


def _without_watermark(page: Any) -> Any:
    """The page without a watermark's characters: text printed at a slant ("DRAFT", "SALINAN" across the
    page), or in letters three times the page's usual size in a pale colour. Read with the table, its
    letters became words of cells ("R Melaksanakan rapat …") and rows of their own (three activities
    "A" more, a probe)."""
    import statistics

    chars = page.chars
    if not chars:
        return page
    usual = statistics.median(ch["size"] for ch in chars)

    def watermark(ch: dict[str, Any]) -> bool:
        a, b = abs(ch["matrix"][0]), abs(ch["matrix"][1])
        slanted = min(a, b) > 0.2 * max(a, b)  # turned by neither 0 nor 90 degrees
        return slanted or ch["size"] >= 3 * usual and _pale(ch.get("non_stroking_color"))

    if not any(watermark(ch) for ch in chars):
        return page
    return page.filter(lambda o: o.get("object_type") != "char" or not watermark(o))


def _pale(colour: Any) -> bool:
    """A fill colour light enough for a watermark: grey or RGB at 0.6 or lighter, CMYK with little ink."""
    if not isinstance(colour, tuple | list) or not colour:
        return False
    values = [float(v) for v in colour if isinstance(v, int | float)]
    if len(values) == 4:  # CMYK: ink, not light
        return max(values) <= 0.4
    return bool(values) and min(values) >= 0.6


def read_pdf_rows(path: str, data: bytes) -> list[RawRow]:
    """Read a PDF's tables and the text around them into rows; a scan (no text at all) is refused."""
    pdf = _open(path, data)
    reader = _Reader()
    chars = 0
    n_pages = 0
    try:
        pages = pdf.pages
        n_pages = len(pages)
        if len(pages) > MAX_PDF_PAGES:
            raise fail(path, None, "file", f"a PDF of at most {MAX_PDF_PAGES} pages", f"{len(pages)} pages")
        for n, page in enumerate(pages, start=1):
            chars += len(page.chars)
            sideways = sum(1 for ch in page.chars if not ch["upright"])
            if sideways >= _SIDEWAYS_MIN and 2 * sideways > len(page.chars):
                # most of the page runs up or down as a viewer shows it (a landscape page printed
                # turned on a portrait sheet): its table would come out transposed, so it is
                # refused rather than misread. A page turned by /Rotate reads upright and is fine.
                raise fail(
                    path,
                    None,
                    "file",
                    "a PDF whose pages read upright (turn the sideways pages and save it again)",
                    f"page {n} reads sideways",
                )
            for ch in page.chars:  # a tick stored as a symbol-font code: read as the mark it shows
                ch["text"] = translate_char(ch["text"], ch.get("fontname"))
            k = 0
            # simulated bold prints each character twice, a hair apart: read it once, but only
            # within half a point (a double "ll" in a 4-point font is two letters)
            read = _without_watermark(page)
            chars_once = read.dedupe_chars(tolerance=_OVERPRINT) if _overprinted(read.chars) else read
            for item in _page_items(chars_once):
                if item.text is not None:
                    reader.add_text(item.text, n)
                elif item.table is not None and item.spans is not None:
                    k += 1
                    reader.add_table(item.table, item.spans, n, k, item.colours, item.downs)
            page.close()
            if len(reader.rows) > MAX_SHEET_ROWS:
                raise fail(path, None, "file", f"a PDF of at most {MAX_SHEET_ROWS} rows", f"more by page {n}")
    except ZiError:
        raise
    except Exception as exc:  # a page pdfminer cannot parse; a bug of ours goes on to exit 4
        if not raised_by_library(exc):
            raise
        raise _refusal(path, exc) from None
    finally:
        pdf.close()
    if chars == 0:
        raise fail(
            path, None, "file", "a PDF with a text layer (not a scan)", f"no text on any of {n_pages} pages"
        )
    return _mark_running(reader.finish(path))


#: A number that is no year (a page number, a count).
_PAGE_NO = re.compile(r"(?<!\d)(?!20\d\d(?!\d))\d+")


def _mark_running(rows: list[RawRow]) -> list[RawRow]:
    """Mark the text lines printed on two pages or more, page numbers aside ("Halaman 2 dari 5"): a running
    header or footer ("Rencana Aksi ZI 2024" left from last year's file), page furniture and no title, area
    heading or activity."""
    # page numbers aside, years kept: two plans' titles on two pages differ by their years
    key = {id(r): _PAGE_NO.sub("#", " ".join(r.cells[0].lower().split())) for r in rows if _is_line(r)}
    pages: dict[str, set[int]] = {}
    for r in rows:
        if id(r) in key and r.page is not None:
            pages.setdefault(key[id(r)], set()).add(r.page)
    return [replace(r, running=True) if id(r) in key and len(pages[key[id(r)]]) >= 2 else r for r in rows]


def _is_line(r: RawRow) -> bool:
    """A line of text outside the tables."""
    return len(r.cells) == 1 and bool(r.cells[0].strip()) and "tabel" not in (r.place or "")
