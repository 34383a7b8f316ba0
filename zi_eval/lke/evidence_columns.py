"""Read an LKE item row's evidence: its evidence column, and the links in the columns right of it.

The evidence column (Data Dukung, Link Bukti) holds a row's records: a document's name, or links,
each named by the words before it ("SK Tim: https://…", the next link on the next line), read by the
rule a links table is read by (:func:`~zi_eval.evidence.links.split_links`). Units that have several
links also put the second and later ones in the columns to its right, under no header, as zi-eval's
own export does (the titles in N, one link per record in O, P, …); the evidence cell itself then often says only
"Terlampir" or "-". Those columns are read as more evidence of the same row, but only for cells that
are a link or a document's file name: free text beside the table (a note, a TPI's comment) is never
evidence. A workbook zi-eval wrote names every record in its evidence column already, so its link
columns are not read again (a title the unit typed there anew keeps the address it hides).

A cell often shows "Klik di sini", "Link" or "SK Tim ZI" and hides its address in a hyperlink (read by
:mod:`zi_eval.io.hyperlinks`): the cell is read as if the address had been typed after its text, its
text kept as the record's title when it names something. A hidden address that is no evidence (a
place in the workbook, an e-mail address) leaves the cell as its text says; so does a cell showing no
text at all (what a person cannot see is not claimed), unless it is a formula saved without its text
(a script wrote it; Excel shows some), and one saying its evidence is not there ("belum ada",
"menyusul", "-": Excel keeps a hyperlink when the text over it is typed anew). A cell whose text holds
a link of its own and hides another gives both: two records; an .ods cell whose words link to several
addresses gives a record each, named by its words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from zi_eval.evidence.absent import denies_evidence, names_no_evidence
from zi_eval.evidence.links import Link, name_of, split_links
from zi_eval.io.hyperlinks import cell_with_link, shows_address
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
    sheet: Sheet,
    row: int,
    key: str,
    cell: str,
    beside: list[int],
    named: bool = False,
    *,
    col: int | None = None,
    links: Mapping[tuple[int, int], str] | None = None,
) -> tuple[list[Evidence], list[tuple[int, Evidence]]]:
    """The records of item ``key``'s row (0-based ``row``): that of its evidence ``cell`` (none when the
    cell is empty or names no evidence: the caller says so), and ``(column, record)`` for each link or
    file name in the columns ``beside`` it (from :func:`columns_beside`). ``named``: the cell names
    records by title (zi-eval's own workbook), whatever the title says. ``links``: the addresses the
    sheet's cells hide behind their text, by 0-based ``(row, column)``; ``col``: the evidence column."""
    links = {} if links is None else links
    own: list[Evidence] = []
    more: list[tuple[int, Evidence]] = []
    behind = _hidden(cell, links.get((row, col)), _unsaved(sheet, row, col)) if col is not None else []
    hidden = behind[0] if behind else None
    if hidden is not None and not named and not _typed_links(cell, hidden):
        if len(behind) == 1:
            # "Klik di sini", "SK Tim ZI": the cell is its hidden link, its text the title when it names one
            title = cell if not names_no_evidence(cell) else _title(hidden)
            if hidden.title and "\n" in cell:
                title = hidden.title  # an .ods cell whose other linked words are no evidence (e-mail)
            own.append(_record(f"wb-{row + 1}", title, hidden, key))
        else:  # an .ods cell whose words link to several addresses: a record each, named by its words
            own += [_record(f"wb-{row + 1}" + _nth(k), _title(x), x, key) for k, x in enumerate(behind, 1)]
    else:
        if cell and (named or not names_no_evidence(cell)):
            own += _typed(row, key, cell, named, behind)
        if hidden is not None and not named and col is not None:
            # a link typed in the cell and another behind it: both are read, neither is the other
            own += [
                _record(f"wb-{row + 1}-{column_letter(col)}" + _nth(k), _title(x), x, key)
                for k, x in enumerate(behind, 1)
            ]
    found: list[tuple[int, str, Link]] = []  # (column, record id, link) of the cells beside
    for c in beside:
        text = cell_text(sheet.value(row, c))
        shows = (text.strip() and not denies_evidence(text)) or _unsaved(sheet, row, c)
        target = links.get((row, c)) if shows else None
        got = [_as_linked(x, target) for x in split_links(cell_with_link(text, target)) if x.url or x.path]
        found += [(c, f"wb-{row + 1}-{column_letter(c)}" + _nth(k), x) for k, x in enumerate(got, 1)]
    names = _names_of(cell, own, [x for _, _, x in found]) if not named and not behind else None
    if names is not None:
        own = []  # "SK Tim ZI" / "Notulen" in the cell, their links beside it: the names of those links
    for k, (c, record_id, x) in enumerate(found):
        # a file name is its own title (a person looks for it by that name); a bare link is named by
        # the words in the evidence cell that name it, else the last meaningful part of its address
        title = names[k] if names is not None else x.path if x.path else _title(x)
        more.append((c, _record(record_id, title, x, key)))
    return own, more


def _names_of(cell: str, own: list[Evidence], beside: list[Link]) -> list[str] | None:
    """The names an evidence cell gives the links beside it, one each in order, or ``None``: a cell
    naming documents without links ("SK Tim ZI", "Notulen" on the next line) beside as many bare links
    (no words of their own, no file), as units fill an LKE whose evidence column is too narrow for
    addresses. Any other cell is a record of its own (a document named, its links elsewhere)."""
    if not beside or len(own) != 1 or own[0].url is not None:
        return None
    entries = split_links(cell)
    if any(x.url or x.path for x in entries) or any(x.title or x.path for x in beside):
        return None
    names = [x.title for x in entries if x.title]
    return names if len(names) == len(beside) else None


def _typed(row: int, key: str, cell: str, named: bool, behind: list[Link]) -> list[Evidence]:
    """The records of what an evidence cell's text names, by the rule a links table is read by
    (:func:`~zi_eval.evidence.links.split_links`).

    - A cell with links typed in it gives a record per link, named by the words before it ("SK Tim:
      https://…" and a second link on the next line: two records), and one per document named on a
      line of its own beside them. Where the cell also hides links (``behind``), its other words are
      their names: only the typed links are its own records.
    - A cell naming documents without any link is one record, a document titled with the cell; a cell
      whose every line says there is no evidence ("belum ada", "menyusul") is none (the caller says so).
    - ``named``: zi-eval's own workbook, whose cell is one record's title (a title the unit typed there
      anew keeps the address hidden behind it), unless a link is typed in it ("SK baru: https://…").
    """
    hidden = behind[0] if behind else None
    found = split_links(cell)
    if named and not any(x.url for x in found):
        found = []  # the titles of the unit's records; a link typed in among them is read as anywhere
    if any(x.url for x in found):
        found = [x for x in found if x.url] if behind else found
        found = list(dict.fromkeys(found))  # the same link pasted twice is one record
        alone = len(found) == 1 and "\n" not in cell.strip()  # the cell is that link: its title as typed
        return [
            _record(f"wb-{row + 1}" + _nth(k), x.title or (cell if alone else _title(x)), x, key)
            for k, x in enumerate(found, 1)
        ]
    if not named and not found:
        return []
    url = cell if _URL.match(cell) else None
    if named and url is None and hidden is not None:
        # zi-eval's own workbook: a known title drops this record later
        url = hidden.url
    kind = "tautan" if url else "dokumen"
    return [Evidence(id=f"wb-{row + 1}", title=cell[:200], kind=kind, url=url, supports=(key,))]


def _unsaved(sheet: Sheet, row: int, col: int) -> bool:
    """Whether a cell is a formula saved without its result (a script wrote it): it shows text in Excel."""
    return sheet.unread.get((row, col), "").startswith("=")


def _nth(k: int) -> str:
    """The suffix of a cell's ``k``-th record id (1-based): none for the first, ``-2`` for the second."""
    return f"-{k}" if k > 1 else ""


def _hidden(cell: str, target: str | None, unsaved: bool = False) -> list[Link]:
    """The links a cell showing ``cell`` hides (none, one its text shows, or no evidence: ``[]``); more
    than one where an .ods cell's words link to several addresses (:class:`~zi_eval.io.hyperlinks.CellLinks`);
    ``unsaved``: the cell is a formula whose text was not saved (it shows some, unknown here)."""
    if target is None or not (cell.strip() or unsaved) or target in cell:
        return []  # a cell showing nothing claims nothing, whatever it hides
    if denies_evidence(cell):
        return []  # "belum ada" typed over a link: the cell says what it has, the link was left behind
    return [
        x for x in split_links(cell_with_link("", target)) if x.url or x.path
    ]  # "mailto:…" is no evidence


def _typed_links(cell: str, hidden: Link) -> bool:
    """Whether a cell's text holds a link other than the one it hides (a file's name is a title, not a
    link; "www.uji.go.id/zi" typed and made a link by the spreadsheet is the link it hides)."""
    return any(
        x.url and (hidden.url is None or not shows_address(x.url, hidden.url)) for x in split_links(cell)
    )


def _as_linked(x: Link, target: str | None) -> Link:
    """``x`` with the address the cell links to when its text shows it without a scheme ("www.…")."""
    if x.url and target and _URL.match(target) and x.url != target and shows_address(x.url, target):
        return replace(x, url=target)
    return x


def _title(x: Link) -> str:
    """Name a link by its words, else its file, else the last meaningful part of its address."""
    return x.title or x.path or name_of(x.url or "") or x.url or ""


def _record(record_id: str, title: str, x: Link, key: str) -> Evidence:
    """Make the record of link ``x`` of item ``key``: a link is a tautan, a file a dokumen."""
    return Evidence(
        id=record_id, title=title[:200], kind="tautan" if x.url else "dokumen", url=x.url, supports=(key,)
    )
