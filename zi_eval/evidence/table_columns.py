"""Find a links table's header row and the role of each column from its header words.

Like :mod:`zi_eval.lke.columns` for the LKE sheet: columns are never taken by letter. The header row
is the row, among the first rows of a sheet, that names an item column and a link column and the most
roles; every column naming links is kept ("Link 1", "Link 2", a "Data Dukung" column of names beside
a "Link" column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zi_eval.io.sheets import Sheet
from zi_eval.io.words import norm

#: How many rows from the top of a sheet may hold the header.
HEADER_SCAN = 40

#: role -> header words (normalised, whole words). Roles are tried in this order: a link's own words
#: first ("Link Dokumen" is a link), then a date's ("Tanggal Dokumen"), then a title's ("Nama Data
#: Dukung" is a title), and the words that also name a document's kind ("Data Dukung", "Bukti") last.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "link": ("link", "url", "tautan", "hyperlink", "lokasi berkas", "lokasi file", "path"),
    # whether the evidence is there ("Status": Ada / Belum ada / Proses); not a checker's status
    # ("Status Verifikasi TPI": :data:`_NOT_STATUS`)
    "status": ("status", "ketersediaan", "keberadaan"),
    "date": ("tanggal", "tgl", "date"),
    "months": ("bulan", "periode", "waktu", "month", "months"),
    "title": (
        "judul",
        "nama dokumen",
        "nama data dukung",
        "nama berkas",
        "nama file",
        "nama bukti",
        "uraian data dukung",
        "jenis dokumen",
        "dokumen",
        "keterangan",
        "title",
        "document",
        "description",
    ),
    "code": ("kode lke", "kode butir", "kode", "butir", "nomor butir", "no butir", "code", "item"),
    "question": ("pertanyaan", "komponen", "kriteria", "indikator", "sub indikator", "uraian", "question"),
    "evidence": ("data dukung", "bukti dukung", "bukti", "eviden", "evidence"),
}
#: A status column that is the checkers' (verification, assessment, review), not the evidence's own.
_NOT_STATUS = re.compile(
    r"\b(?:verifikasi|validasi|penilaian|dinilai|nilai|tpi|tpn|evaluasi|reviu|review|catatan)\b"
)
#: "No" names the item column only as the whole header cell (it also starts "Nomor SK").
_NUMBER = ("no", "nomor", "no urut")


def role_of(text: str) -> str | None:
    """The role a plain table's header cell names, or ``None``."""
    t = norm(text)
    if not t or len(t) > 40:
        return None
    if t in _NUMBER:
        return "number"
    words = f" {t} "
    if _NOT_STATUS.search(t):
        words = words.replace(" status ", " ")  # "Status Verifikasi TPI": the checkers' work, no role
    for role, phrases in ROLE_WORDS.items():
        if any(f" {p} " in words for p in phrases):
            return role
    return None


@dataclass
class Header:
    """A plain table's header row, the 0-based column of each role, and every column holding links."""

    row: int
    roles: dict[str, int] = field(default_factory=dict)
    links: list[int] = field(default_factory=list)  # "Link 1", "Link 2"; a names column beside them

    def item_columns(self) -> list[int]:
        return [self.roles[r] for r in ("code", "number", "question") if r in self.roles]

    def key_columns(self) -> list[int]:
        """The columns that name the item (a "No" column only when there is nothing else: it counts rows)."""
        named = [self.roles[r] for r in ("code", "question") if r in self.roles]
        return named or self.item_columns()


def find_header(sheet: Sheet) -> Header | None:
    """The header row and column roles of a plain links table, or ``None`` when the sheet has none."""
    best: Header | None = None
    for r in range(min(HEADER_SCAN, len(sheet.rows))):
        roles: dict[str, int] = {}
        links: list[int] = []
        for c in range(sheet.width):
            role = role_of(sheet.text(r, c))
            if role in ("link", "evidence"):
                links.append(c)
            if role is not None and role not in roles:
                roles[role] = c
        if "link" not in roles and "evidence" in roles:
            roles["link"] = roles.pop("evidence")
        cand = Header(r, roles, links)
        if "link" in roles and cand.item_columns() and (best is None or len(roles) > len(best.roles)):
            best = cand
    return best


def link_text(cells: list[str]) -> str:
    """The links of a row held in several columns as one cell's text.

    A column of names beside a column of links, line for line ("1. SK Tim / 2. Notulen" and two URLs),
    is paired line by line, so each link keeps its name; otherwise the columns follow one another.
    """
    filled = [c for c in cells if c.strip()]
    if len(filled) == 2:
        a, b = (c.strip().splitlines() for c in filled)
        if len(a) == len(b) > 1:
            return "\n".join(f"{x}\n{y}" for x, y in zip(a, b, strict=True))
    return "\n".join(filled)
