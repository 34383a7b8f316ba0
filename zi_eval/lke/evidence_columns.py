"""Read an LKE item row's evidence: its evidence column, and the links in the columns right of it.

The evidence column (Data Dukung, Link Bukti) holds one record per row. Units that have several links
put the second and later ones in the columns to its right, under no header, as zi-eval's own export
does (the titles in N, one link per record in O, P, …); the evidence cell itself then often says only
"Terlampir" or "-". Those columns are read as more evidence of the same row, but only for cells that
are a link or a document's file name: free text beside the table (a note, a TPI's comment) is never
evidence. A workbook zi-eval wrote names every record in its evidence column already, so its link
columns are not read again.
"""

from __future__ import annotations

import re

from zi_eval.evidence.absent import names_no_evidence
from zi_eval.evidence.links import name_of, split_links
from zi_eval.io.location import column_letter
from zi_eval.io.sheets import Sheet, cell_text
from zi_eval.lke.columns import Columns, header_line, role_of
from zi_eval.models.unit import Evidence

_URL = re.compile(r"^https?://\S+$")


def columns_beside(sheet: Sheet, cols: Columns) -> list[int]:
    """The columns right of the evidence column that hold more of it: unheaded, or headed as evidence
    ("Link Bukti 2", a "Data Dukung" merged over them), up to the first column named otherwise."""
    ev = cols.roles.get("evidence")
    if ev is None:
        return []
    first = cols.header_row - cols.header_rows + 1
    lines = [header_line(sheet, r, sheet.width) for r in range(first, cols.header_row + 1)]
    taken = set(cols.roles.values()) | set(cols.answers)
    out = []
    for c in range(ev + 1, sheet.width):
        head = " ".join(ln[c] for ln in lines if ln[c]).strip()
        if c in taken or head and role_of(head) != "evidence":
            break
        out.append(c)
    return out


def row_evidence(
    sheet: Sheet, row: int, key: str, cell: str, beside: list[int], named: bool = False
) -> tuple[list[Evidence], list[tuple[int, Evidence]]]:
    """The records of item ``key``'s row (0-based ``row``): that of its evidence ``cell`` (none when the
    cell is empty or names no evidence: the caller says so), and ``(column, record)`` for each link or
    file name in the columns ``beside`` it (from :func:`columns_beside`). ``named``: the cell names
    records by title (zi-eval's own workbook), whatever the title says."""
    own: list[Evidence] = []
    if cell and (named or not names_no_evidence(cell)):
        url = cell if _URL.match(cell) else None
        kind = "tautan" if url else "dokumen"
        own.append(Evidence(id=f"wb-{row + 1}", title=cell[:200], kind=kind, url=url, supports=(key,)))
    more: list[tuple[int, Evidence]] = []
    for c in beside:
        links = [x for x in split_links(cell_text(sheet.value(row, c))) if x.url or x.path]
        for k, x in enumerate(links, start=1):
            # a file name is its own title (a person looks for it by that name); a bare link is named
            # by the last meaningful part of its address
            title = x.path if x.path else x.title or name_of(x.url or "")
            record = Evidence(
                id=f"wb-{row + 1}-{column_letter(c)}" + (f"-{k}" if k > 1 else ""),
                title=(title or "")[:200],
                kind="tautan" if x.url else "dokumen",
                url=x.url,
                supports=(key,),
            )
            more.append((c, record))
    return own, more
