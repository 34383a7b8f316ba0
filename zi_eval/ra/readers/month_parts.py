"""Month columns set apart from their plan table, put back beside its rows.

A plan wider than its page is cut in two: Excel prints the pages of the left columns, then those
of the right ones (a PDF whose last pages hold only ``Jul … Des``), and a unit typing its plan in
Word often makes a second table for the second half-year under a line such as "Jadwal Pelaksanaan
(lanjutan)". Either way the second part holds only month columns, later than the table's own, at
most with the table's first columns printed again at their left (Excel's "columns to repeat at
left": ``No | Kegiatan``), and one row per row of the table. Read as a table of its own, every
activity came out twice, once with each half-year. :func:`month_part` tells such a part from a
table of its own; :func:`attach` puts the parts' columns back at the right of the table's rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zi_eval.errors import fail
from zi_eval.io.words import norm
from zi_eval.ra.rows import RawRow
from zi_eval.ra.timing import NAME_TO_MONTH

#: Most rows of a table's header (a header a PDF repeats on every page has as many).
HEADER_ROWS = 3


def month_cells(cells: list[str]) -> dict[int, int]:
    """The columns of a row that name a month (``Jan``, ``Juli``), with their month."""
    out = {}
    for c, text in enumerate(cells):
        m = NAME_TO_MONTH.get(norm(text).rstrip("."))
        if m is not None:
            out[c] = m
    return out


def month_header(grid: list[list[str]]) -> tuple[int, dict[int, int]] | None:
    """The first of a table's top rows that names two months or more: its index and its month columns."""
    for i, cells in enumerate(grid[:HEADER_ROWS]):
        months = month_cells(cells)
        if len(months) >= 2:
            return i, months
    return None


@dataclass
class MonthPart:
    """A table holding only month columns (see the module's text), cut to its month columns."""

    where: str  # where it was, as a row's place says it: "hal. 3" (PDF), "tabel 2" (Word)
    page: int | None  # the PDF page it was printed on; None: a Word table (``where`` says which)
    months: dict[int, int]  # column -> month
    header: list[str]  # its month headers as written
    rows: list[list[str]]  # its rows below its header
    #: per row: the colour of each shaded cell, by its place among the month columns (Word shading)
    colours: list[dict[int, str]] = field(default_factory=list)
    #: the table's columns written again at the months' left: (the table's column, the part's row texts)
    lead: list[tuple[int, list[str]]] = field(default_factory=list)


def month_part(
    table: list[RawRow],
    grid: list[list[str]],
    where: str,
    page: int | None = None,
    colours: list[dict[int, str]] | None = None,
    after: bool = False,
) -> MonthPart | None:
    """Read ``grid`` as month columns of ``table`` set apart, or return ``None`` (a table of its own).

    It is when its header names only months, after the last month ``table``'s own header names; at
    their left a row-number column may stand, or ``table``'s first columns with their own headers;
    with ``after``, columns after the months go with them (a Word plan's "Jul … Des | Keterangan": the
    caller then checks that the rows pair, :func:`pairs`). ``colours`` gives each of ``grid``'s rows'
    shaded cells (column -> colour), kept for the columns taken.
    """
    found = month_header(grid)
    if found is None or not table:
        return None
    at, months = found
    own = month_header([r.cells for r in table[:HEADER_ROWS]])
    if own is None or min(months.values()) <= max(own[1].values()):
        return None
    named = [c for c, text in enumerate(grid[at]) if text.strip()]
    last = max(months)
    right = [c for c in named if c > last and c not in months] if after else []
    extra = [c for c in named if c not in months and c not in right]
    again = _repeats_left(table, grid[: at + 1], extra, own[0]) if extra else []
    if extra and extra != [0] and again is None:
        return None  # other headers beside the months: a table of its own
    lead = [(theirs, [row[c] if c < len(row) else "" for row in grid[at + 1 :]]) for c, theirs in again or []]
    if right and (right != list(range(last + 1, last + 1 + len(right))) or not lead):
        return None  # columns after the months, not next to them, or rows no column pairs: its own table
    cols = [*sorted(months), *right]
    cut = [[row[c] if c < len(row) else "" for c in cols] for row in grid[at:]]
    shades = [
        {j: got[c] for j, c in enumerate(cols) if c in got} for got in (colours or [{}] * len(grid))[at + 1 :]
    ]
    return MonthPart(where, page, months, cut[0], cut[1:], shades, lead)


def _repeats_left(
    table: list[RawRow], head: list[list[str]], extra: list[int], own_at: int
) -> list[tuple[int, int]] | None:
    """The header columns ``extra`` of a part as ``table``'s columns written again, in their order and with
    the same headers (each column's header rows read together), left of its months ("No | Kegiatan"
    repeated from "No | Area | Kegiatan | …"): (the part's column, the table's) each; None when they are not."""
    if extra != list(range(len(extra))):
        return None
    mine = [r.cells for r in table[: own_at + 1]]

    def words(rows: list[list[str]], c: int) -> str:
        return norm(" ".join(r[c] for r in rows if c < len(r)))

    theirs = [words(mine, c) for c in range(max(map(len, mine), default=0))]
    at = -1
    out = []
    for c in extra:
        here = words(head, c)
        if not here or here not in theirs[at + 1 :]:
            return None
        at = theirs.index(here, at + 1)
        out.append((c, at))
    return out


def _body(table: list[RawRow]) -> tuple[RawRow, list[RawRow], list[RawRow]]:
    """A table's header (the row naming its months), its copies further down, and its rows under it."""
    own = month_header([r.cells for r in table[:HEADER_ROWS]])
    at = own[0] if own else 0
    header = table[at]
    again = [norm(c) for c in header.cells]
    repeated = [r for r in table[at + 1 :] if [norm(c) for c in r.cells] == again]
    body = [r for r in table[at + 1 :] if not any(r is h for h in repeated)]
    return header, repeated, body


def pairs(table: list[RawRow], part: MonthPart) -> bool:
    """Whether ``part``'s rows pair with ``table``'s, one for one: as many, and the columns it writes
    again (No, Kegiatan) holding the same texts where both hold one. Two tables of two half-years' own
    activities ("No | Kegiatan | Jan … Jun", then others under "No | Kegiatan | Jul … Des") do not."""
    body = _body(table)[2]
    if len(part.rows) != len(body):
        return False
    for col, texts in part.lead:
        for row, text in zip(body, texts, strict=True):
            mine = norm(row.cells[col]) if col < len(row.cells) else ""
            if mine and norm(text) and mine != norm(text):
                return False
    return True


def attach(path: str, table: list[RawRow], parts: list[MonthPart]) -> None:
    """Put ``parts``' month columns at the right of ``table``'s rows, in place; refuse parts whose rows are
    not as many as the table's (the rows would be guessed: a PDF's pages; a Word table is joined only
    when it :func:`pairs`).

    The table's header (the row naming its months) and its copies further down (a header repeated
    on each page) get the parts' headers; every row under it gets a part row's cells, in order. Parts
    with the same months continue down the rows; parts with later months start again at the top.
    """
    header, repeated, body = _body(table)
    # the parts' columns start after the table's widest row (a row may end early: its last cells empty)
    width = max(len(r.cells) for r in table)
    groups: dict[tuple[int, ...], list[MonthPart]] = {}
    for part in parts:
        groups.setdefault(tuple(sorted(part.months.values())), []).append(part)
    for months in sorted(groups):
        got = groups[months]
        extra = [row for part in got for row in part.rows]
        shades = [shade for part in got for shade in (part.colours or [{}] * len(part.rows))]
        if len(extra) != len(body):
            raise fail(
                path,
                None,
                "file",
                "a plan printed with all its columns on each page (fit to one page wide), or the spreadsheet itself",
                f"month columns {months[0]}–{months[-1]} printed apart from page {got[0].page} on: "
                f"{len(extra)} rows beside {len(body)} rows of activities",
            )
        for head in (header, *repeated):
            head.cells = [*_padded(head.cells, width), *got[0].header]
        for row, cells, shade in zip(body, extra, shades, strict=True):
            row.cells = [*_padded(row.cells, width), *cells]
            for j, colour in shade.items():
                row.colours[width + j] = colour
                if not cells[j].strip():
                    row.filled.add(width + j)
        width += len(got[0].header)
    wheres = ", ".join(dict.fromkeys(p.where for p in parts))
    for row in (header, *repeated, *body):
        row.raw = "\t".join(row.cells)
        row.place = f"{row.place}; kolom bulan {wheres}"


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))
