"""Read a table of links (an LKE sheet with its Data Dukung column, or rows of item → link) into records.

Two shapes are read:

- **An LKE-shaped workbook** (a header naming Jawaban with Bobot/Pilihan Jawaban/Nilai): the LKE reader
  (:mod:`zi_eval.lke.reader`) finds its rows and items; each evidence cell is then split into one
  record per link or line (:mod:`zi_eval.evidence.links`).
- **A plain table**: a header row naming an item column (``Kode``, ``Kode LKE``, ``Butir``, ``No``, or
  the question) and a link column (``Link``, ``URL``, ``Tautan``, ``Data Dukung``, ``Bukti``), and
  optionally a title (``Judul``, ``Nama Dokumen``, ``Keterangan``), a date (``Tanggal``) and months
  (``Bulan``). Items are read in any notation units write (:func:`zi_eval.lke.codes.item_refs`). An
  item cell merged down over several rows is each row's. A column naming one document beside the
  row's links ("Perjanjian kinerja individu" beside ``=HYPERLINK(url; "Lihat")``) describes them: it
  titles the first link when the link names nothing itself ("Lihat", "Buka", "Link": see
  :func:`zi_eval.evidence.absent.says_nothing`), and is not reported as named without a link.

Every row is accounted for: a row with a link whose item cannot be read, or fits two items, is a
finding naming sheet and row, never dropped in silence. A row with neither link nor item is a heading;
a row with an item and no link claims nothing (the item's gap is flagged by the evaluation).

One link is one record, whichever rows name it: the same URL listed under two items supports both.
Ids are made from the link (the URL, the path, or for a name without a link the name), so the same
table always gives the same ids, and moving a row does not change them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zi_eval.errors import InputError, fail
from zi_eval.evidence.absent import denies_evidence, has_nowhere_link
from zi_eval.evidence.links import Link, name_of, opens_folder, split_links
from zi_eval.evidence.result import EvidenceScan
from zi_eval.evidence.table_columns import Header, find_header, link_text
from zi_eval.io.hyperlinks import cell_with_link, sheet_hyperlinks
from zi_eval.io.sheets import Sheet, read_sheets, spreadsheet_kind
from zi_eval.io.textfile import read_bytes
from zi_eval.io.words import YEAR_IN_TEXT, clean, norm
from zi_eval.lke.codes import item_refs
from zi_eval.lke.columns import find_columns, letter
from zi_eval.lke.reader import LkeWorkbook, read_lke_workbook
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Evidence
from zi_eval.ra.timing import month_numbers, parse_timing

#: A Status cell saying the row's document is not there yet: "Belum", "Belum ada (dokumen)", "Belum
#: diupload ke drive", "Tidak tersedia", "Proses", "Dalam penyusunan", "Menyusul". Not "Belum
#: diverifikasi", "Tidak sesuai", "x".
_STATUS_ABSENT = re.compile(
    r"^(?:(?:belum|blm|tidak|tdk)(?:"
    r"$|\s+(?:tersedia|diunggah|diupload|di upload|upload|lengkap|dibuat)\b.*"  # "Belum diupload ke drive"
    r"|\s+ada(?:$|\s+(?:data|dokumen|dokumennya|datanya|berkas|file|bukti|link|tautan)\b.*))"  # not "… revisi"
    r"|(?:masih\s+|dalam\s+|sedang\s+)?(?:proses|on progress|penyusunan|pengumpulan)$"  # not "Proses selesai"
    r"|(?:sedang|masih|akan)\s+(?:disusun|dibuat|diproses|diupload|diunggah)$"
    r"|menyusul|kosong|nihil)$"
)


#: A folder link named for items of this many indicators or more is the unit's root or area folder.
SHARED_FOLDER_INDICATORS = 3


def _record_id(key: str) -> str:
    return "link-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


@dataclass
class _Builder:
    """Records being gathered, one per link, with the findings of rows that could not be read."""

    table: Path
    base: Path
    rubric: Rubric
    hyperlinks: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    own: list[Evidence] = field(default_factory=list)  # records a zi-eval workbook carries whole
    findings: list[dict[str, Any]] = field(default_factory=list)
    links: int = 0
    refused: int = 0
    #: record key -> the link cells naming it ("daftar.xlsx:Sheet1!E3")
    where: dict[str, list[str]] = field(default_factory=dict)
    #: (sheet, column) -> row -> the first cell of the merged range covering that cell
    _covered: dict[tuple[str, int], dict[int, tuple[int, int]]] = field(default_factory=dict)

    def cell(self, sheet: Sheet, row: int, col: int) -> str:
        """A link cell's text, with the address it hides behind its text (a hyperlink) added, unless the
        text says the evidence is not there ("belum ada" typed over a link: Excel keeps the link).

        A cell a range merged down covers shows the range's first cell (see :meth:`origin`)."""
        row, col = self.origin(sheet, row, col)
        text = sheet.text(row, col)
        target = None if denies_evidence(text) else self.hyperlinks.get(sheet.name, {}).get((row, col))
        return cell_with_link(text, target)

    def origin(self, sheet: Sheet, row: int, col: int) -> tuple[int, int]:
        """The first cell of a range merged down column ``col`` that covers ``(row, col)`` and leaves it
        empty, else the cell itself: a link merged down beside two items is shown beside both, and a
        sheet reader holds it in the first. A covered cell that holds a value of its own keeps it (a
        merge over a whole sheet hides nothing here)."""
        covered = self._covered.get((sheet.name, col))
        if covered is None:
            covered = self._covered[(sheet.name, col)] = {
                r: (r0, c0)
                for r0, c0, r1, _ in sheet.merged
                if c0 == col and r1 > r0
                for r in range(r0 + 1, r1 + 1)
                if not sheet.text(r, col).strip()
            }
        return covered.get(row, (row, col))

    def finding(self, code: str, where: str, row: int, **kw: Any) -> None:
        self.findings.append({"code": code, "path": self.table.name, "line": row, "value": where, **kw})

    def place(self, raw: str) -> tuple[str | None, str | None]:
        """The path of a local link relative to the unit's folder, or the finding code refusing it."""
        if re.match(r"^[A-Za-z]:[\\/]", raw) and not Path(raw).is_absolute():
            return None, "EVIDENCE_TABLE_PATH_OUTSIDE"  # a Windows drive read on another system
        p = Path(raw.replace("\\", "/"))
        target = p if p.is_absolute() else self.table.parent / p
        base = self.base.resolve()
        resolved = target.resolve()
        if base != resolved and base not in resolved.parents:
            return None, "EVIDENCE_TABLE_PATH_OUTSIDE"
        if not resolved.is_file():
            return None, "EVIDENCE_TABLE_PATH_MISSING"
        return resolved.relative_to(base).as_posix(), None

    def add(
        self, links: list[Link], codes: tuple[str, ...], where: str, row: int, extra: dict[str, Any]
    ) -> None:
        """Record the links of one row as supporting ``codes``."""
        named = extra.get("title")
        for n, link in enumerate(links):
            self.links += 1
            if link.url is None and link.path is None:
                # a document's name with no link nor file ("SK Tim ZI"): a checklist of what is
                # required reads like this, and none of it is evidence that exists
                self.refused += 1
                self.finding("EVIDENCE_TABLE_NO_LINK", where, row, theirs=clean(link.title or "")[:80])
                continue
            path: str | None = None
            if link.path is not None:
                path, refused = self.place(link.path)
                if refused is not None:
                    self.refused += 1
                    self.finding(refused, where, row, theirs=link.path, ours=str(self.base))
                    continue
            title = link.title
            if title is None and named:
                title = named if len(links) == 1 else f"{named} ({n + 1})"
            if title is None:
                title = name_of(link.url or link.path or "")
            key = link.url or (f"path:{path}" if path else f"title:{norm(title)}")
            rec = self.records.get(key)
            if rec is None:
                rec = self.records[key] = {
                    "id": _record_id(key),
                    "title": clean(title)[:200] or key[:200],
                    "kind": "tautan" if link.url else "dokumen",
                    "path": path,
                    "url": link.url,
                    "date": extra.get("date"),
                    "months": set(),
                    "supports": [],
                }
            rec["months"] |= set(extra.get("months", ()))
            rec["supports"] += [c for c in codes if c not in rec["supports"]]
            self.where.setdefault(key, []).append(where)

    def unshare_folders(self) -> None:
        """A folder link named for items of three indicators or more (the unit's root folder pasted on
        every row) shows no item's own document: it supports none of them, and is said. One indicator's
        folder for its items (``P.1.i`` for P.1.i.a and P.1.i.b), or one document's folder for two
        indicators (a survey's for P.6.iv.a and H.II.a), is kept."""
        for key, rec in self.records.items():
            if not rec["url"] or not opens_folder(rec["url"]):
                continue
            indicators = sorted({self.rubric.items[c].indicator.code for c in rec["supports"]})
            if len(indicators) < SHARED_FOLDER_INDICATORS:
                continue  # one survey's folder for P.6.iv.a and H.II.a is shared by design
            cells = self.where[key]
            self.findings.append(
                {
                    "code": "EVIDENCE_TABLE_FOLDER_SHARED",
                    "path": self.table.name,
                    # "daftar.csv:csv!D2, D3, D4 …": the first cell whole, the next by their address
                    "value": ", ".join([cells[0], *(c.rsplit("!", 1)[-1] for c in cells[1:3])])
                    + (" …" if len(cells) > 3 else ""),
                    "theirs": rec["url"][:80],
                    "ours": ", ".join(indicators),
                    "what": str(len(indicators)),
                }
            )
            rec["supports"] = []

    def scan(self, files: int) -> EvidenceScan:
        self.unshare_folders()
        recs = tuple(
            Evidence(**{**r, "months": tuple(sorted(r["months"])), "supports": tuple(r["supports"])})
            for r in self.records.values()
        )
        return EvidenceScan((*self.own, *recs), self.findings, files=files, skipped=self.refused)


def _items(codes: tuple[str, ...], rubric: Rubric) -> tuple[str, ...]:
    """Item codes of a reference; an indicator named without its item letter stands for all its items."""
    out: list[str] = []
    for c in codes:
        if c in rubric.items:
            out.append(c)
        else:
            out += [k for k, f in rubric.items.items() if f.indicator.code == c]
    return tuple(dict.fromkeys(out))


def _ambiguous(codes: tuple[str, ...]) -> bool:
    """``1.i.a`` read as both Pemenuhan and Reform (``P.1.i.a`` and ``R.1.i.a``): the table did not say which."""
    places = [tuple(c.split(".")[1:3]) for c in codes]
    return len(set(places)) < len(places) and len({c[0] for c in codes}) > 1


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = clean(str(value or ""))
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text[:10], fmt).date()
        except ValueError:
            continue
    return None


def _row_extra(sheet: Sheet, r: int, roles: dict[str, int], unread: list[tuple[int, str]]) -> dict[str, Any]:
    """A row's title, date and months; a date or month cell that names no month is put in ``unread``
    (its column and text): a record without months covers the whole year."""
    extra: dict[str, Any] = {}
    if "title" in roles:
        extra["title"] = clean(sheet.text(r, roles["title"])) or None
    if "date" in roles:
        day = _date(sheet.value(r, roles["date"]))
        if day is not None:
            extra["date"] = day
            extra["months"] = (day.month,)
        else:  # "12 Januari 2025", "Maret 2025": the month is still worth having
            extra["months"] = _months(sheet, r, roles["date"], unread)
    if "months" in roles:
        extra["months"] = (*extra.get("months", ()), *_months(sheet, r, roles["months"], unread))
    return extra


def _months(sheet: Sheet, r: int, col: int, unread: list[tuple[int, str]]) -> tuple[int, ...]:
    """The months a Bulan or Tanggal cell names: in words ("Maret", "April-Juni", "TW II", "03/2025")
    or as month numbers ("3", "3, 6")."""
    text = clean(sheet.text(r, col))
    if not text or text in ("-", "–"):
        return ()
    timing = parse_timing(text)
    months = timing.months if timing.understood else month_numbers(text) or ()
    if not months or timing.unread and timing.understood:
        unread.append((col, text))
    return months


_LETTER = re.compile(r"^\(?[a-z][.)]?$")


def _from_context(texts: list[str], headings: list[str], rubric: Rubric) -> tuple[str, ...]:
    """Items a row names once the heading rows above it are read with it, or ``()``.

    "a." under an indicator row ("A.1.I.i Penyusunan Tim Kerja") is that indicator's item a; "1.i.a"
    under a "PEMENUHAN" heading is Pemenuhan's. Only whole item codes, and only one reading, count: a
    heading must settle the row, never widen it to a whole indicator.
    """
    for t in (t for t in texts if t):
        letter_only = bool(_LETTER.match(t.lower()))
        # the nearest heading first (a later section overrides an earlier one); a lone letter belongs to
        # the indicator row right above it, never to one further up
        for h in reversed(headings[-1:] if letter_only else headings):
            found = item_refs(h, rubric, extra=t) if letter_only else item_refs(f"{h} / {t}", rubric)
            if found and not _ambiguous(found) and all(c in rubric.items for c in found):
                return found
    return ()


def _read_plain(sheet: Sheet, head: Header, b: _Builder) -> int:
    """Read the rows of a plain table; return how many rows carried a link.

    An item cell merged down over several rows (``P.2.i.b`` over A2:A4) is each row's item cell, whatever
    the other cells of those rows hold (an Uraian column naming each document). A row with links and
    empty item cells continues the item above it (a code written once for a group of rows, as a CSV
    export of a merged cell leaves it).
    """
    seen = 0
    link_col = head.links[0]
    item_cols = head.item_columns()
    headings: list[str] = []  # the rows without links above: sections, areas, indicators
    above: list[str] = []  # the item cells of the last row that had any
    above_at: list[tuple[int, int]] = []  # where they are
    for r in range(head.row + 1, len(sheet.rows)):
        cells = [b.cell(sheet, r, c) for c in head.links]
        cell = link_text(cells)
        if not cell:
            # the link put behind the document's name ("Kode etik pegawai" linked) and the link column
            # left empty: the name and its link are the row's link cell
            cells = _linked_elsewhere(sheet, r, head, b)
            cell = link_text(cells)
        # a row with links reads its item cells through a merge down (the range's first cell holds it)
        at = [b.origin(sheet, r, c) if cell else (r, c) for c in item_cols]
        texts = [clean(sheet.text(r0, c0)) for r0, c0 in at]
        keys = [clean(sheet.text(*(b.origin(sheet, r, c) if cell else (r, c)))) for c in head.key_columns()]
        if any(keys):
            above, above_at = texts, at
        elif cell:
            texts, at = above, above_at
        if not cell:
            # a heading, or an item with no link listed: nothing claimed, but it may name the rows below
            text = " ".join(t for t in texts if t)
            if text:
                headings = [*headings[-2:], text]
            continue
        seen += 1
        where = f"{b.table.name}:{sheet.name}!{letter(link_col)}{r + 1}"
        codes: tuple[str, ...] = ()
        for t in (*texts, " / ".join(t for t in texts if t)):
            codes = item_refs(t, b.rubric) if t else ()
            if codes:
                break
        if _ambiguous(codes):
            # "1.i.a" is Pemenuhan's or Reform's: the row's cells read together ("Reform / 1.i.a", a
            # Komponen column) may say which
            together = item_refs(" / ".join(t for t in texts if t), b.rubric)
            if together and not _ambiguous(together) and set(together) <= set(codes):
                codes = together
        if (not codes or _ambiguous(codes)) and headings:
            codes = _from_context(texts, headings, b.rubric) or codes
        shown = " | ".join(t for t in texts if t)[:80]
        if not codes:
            # the cells read for the item, by address and header: "A3 (Kode Butir), B3 (Uraian)"
            read = ", ".join(
                f"{letter(c0)}{r0 + 1} ({clean(sheet.text(head.row, c))})"
                for (r0, c0), c in zip(at, item_cols, strict=False)
            )
            b.finding("EVIDENCE_TABLE_ROW_UNREAD", where, r + 1, theirs=shown, what=read)
            continue
        if _ambiguous(codes):
            b.finding("EVIDENCE_TABLE_ROW_AMBIGUOUS", where, r + 1, theirs=shown, ours=", ".join(codes))
            continue
        items = _items(codes, b.rubric)
        for r0, c0 in dict.fromkeys(o for c in head.links if (o := b.origin(sheet, r, c)) != (r, c)):
            # a link merged down beside this row: read for its item too, and said (a merge can be a slip)
            b.finding(
                "EVIDENCE_TABLE_MERGED_LINK",
                where,
                r + 1,
                theirs=f"{letter(c0)}{r0 + 1}",
                ours=", ".join(items),
            )
        unread: list[tuple[int, str]] = []
        extra = _row_extra(sheet, r, head.roles, unread)
        if extra.get("title") is None and "question" in head.roles and "code" in head.roles:
            # the item is named by its code: a short description beside it names the document
            # ("SKP Pegawai 2025" beside a link shown as "Lihat"), where an LKE question does not
            words = clean(sheet.text(r, head.roles["question"]))
            if (
                re.search(r"[^\W\d_]", words)
                and len(words.split()) <= _TITLE_WORDS
                and not words.endswith("?")
            ):
                extra["title"] = words
        links = _row_links(cells)
        status = clean(sheet.text(r, head.roles["status"])) if "status" in head.roles else ""
        if _STATUS_ABSENT.match(norm(status)):
            # "Belum ada", "Proses" in a Status column, over a link (a folder made ready, a draft):
            # the row says its document is not there
            b.refused += max(len(links), 1)
            cell_at = f"{b.table.name}:{sheet.name}!{letter(head.roles['status'])}{r + 1}"
            b.finding("EVIDENCE_TABLE_STATUS_ABSENT", cell_at, r + 1, theirs=status[:80])
            continue
        if not links and has_nowhere_link(cell):
            b.refused += 1
            b.finding("EVIDENCE_TABLE_LINK_NOWHERE", where, r + 1, theirs=clean(cell)[:80])
        b.add(links, items, where, r + 1, extra)
        for c, text in unread:
            where = f"{b.table.name}:{sheet.name}!{letter(c)}{r + 1}"
            b.finding("EVIDENCE_TABLE_MONTH_UNREAD", where, r + 1, theirs=text[:80])
    return seen


#: A description beside an item's code this short names its document (an LKE question is longer).
_TITLE_WORDS = 10


def _linked_elsewhere(sheet: Sheet, r: int, head: Header, b: _Builder) -> list[str]:
    """The cell of row ``r`` naming its document (the description, Uraian, else the title column) when it
    hides a web link (a hyperlink on the document's name), as its text with its link; none otherwise.
    Other links are not evidence: a Dasar Hukum's regulation, a PIC's e-mail, a template or an example
    ("Template", "Contoh format")."""
    hidden = b.hyperlinks.get(sheet.name, {})
    for role in ("question", "title"):
        col = head.roles.get(role)
        if col is None or col in head.links:
            continue
        target = hidden.get((r, col))
        text = sheet.text(r, col)
        if target is None or not re.match(r"https?://", target, re.IGNORECASE) or denies_evidence(text):
            continue
        if _TEMPLATE.search(norm(text)):
            continue
        return [cell_with_link(text, target)]
    return []


#: Words naming a form to fill or an example, not a document of the unit's.
_TEMPLATE = re.compile(r"\b(?:template|templat|contoh|format|form isian|blanko)\b")


def _row_links(cells: list[str]) -> list[Link]:
    """The links of a row's link columns; a column naming one document beside the links describes them.

    That column ("Perjanjian kinerja individu" beside ``=HYPERLINK(url; "Lihat")``) titles the row's
    first link when the link has no name of its own (as a name on the line above a link names it), and
    is no document named without a link: a row whose link is recorded is not also said to have none.
    Otherwise the columns are read as :func:`~zi_eval.evidence.table_columns.link_text` joins them.
    """
    filled = [c for c in cells if c.strip()]
    parsed = [split_links(c) for c in filled]
    linked = [any(x.url is not None or x.path is not None for x in p) for p in parsed]
    names = [p for p, has in zip(parsed, linked, strict=True) if p and not has]
    if not any(linked) or len(names) != 1 or len(names[0]) != 1:
        return split_links(link_text(cells))
    links = [x for p, has in zip(parsed, linked, strict=True) if has for x in p]
    first = links[0]
    if first.title is None:
        links[0] = Link(names[0][0].title, first.url, first.path)
    return links


#: The id the LKE reader gives the records of one evidence cell (``wb-<row>``, ``wb-<row>-<k>`` for its
#: k-th link, ``-x`` when renamed; ``wb-<row>-<column>`` for a link hidden behind a cell that shows another,
#: the evidence column's letter).
_CELL_RECORD = r"^wb-(\d+)(?:-{col})?(?:-\d+)?(?:-x)*$"


def _read_lke(wb: LkeWorkbook, sheets: list[Sheet], b: _Builder) -> int:
    """Split the evidence cells of an LKE workbook (one record per link); every cell with links is accounted for.

    Item rows are the LKE reader's (it names each cell's record ``wb-<row>``); an indicator row's links
    support the indicator's items, a count row's its item; any other row with links is a finding. A
    workbook zi-eval wrote carries the unit's own records (its Data Dukung sheet): they are taken whole,
    ids and all, and the cells naming them are not read again (their links to items through answers
    are ``zi-eval merge``'s to copy).
    """
    sheet = next(s for s in sheets if s.name == wb.sheet)
    col_letter = wb.columns.get("evidence")
    if col_letter is None:
        # an LKE without its Data Dukung column holds no links: saying "no evidence" would be a wrong answer
        cols = ", ".join(f"{k}={v}" for k, v in wb.columns.items())
        raise fail(
            str(b.table),
            wb.header_row,
            "columns",
            "an LKE sheet with a Data Dukung / Link Bukti column",
            f"sheet {wb.sheet!r} with columns {cols}",
        )
    col = next(c for c in range(max(sheet.width, 1)) if letter(c) == col_letter)
    codes: dict[int, tuple[str, ...]] = {}
    cell_record = re.compile(_CELL_RECORD.format(col=col_letter))  # the cell's records are split here again
    for e in wb.unit.evidence:
        cell_row = cell_record.match(e.id)
        if cell_row is not None:
            codes[int(cell_row.group(1))] = e.supports
        else:
            b.own.append(e)  # a workbook zi-eval wrote carries the unit's records whole: taken as they are
    # rows with links in the columns beside their evidence cell (``wb-<row>-<column>``, taken above)
    beside = {
        int(hit.group(1)) for e in b.own if (hit := re.match(rf"^wb-(\d+)-(?!{col_letter}\b)[A-Z]+\b", e.id))
    }
    texts: dict[int, str] = {}
    named: set[int] = set()  # item rows whose cell only names the workbook's own records (taken above)
    for m in wb.rows:
        texts[m["row"]] = m["text"]
        if m["row"] not in codes and m["kind"] in ("indicator", "input", "sum"):
            codes[m["row"]] = (str(m["code"]).partition("/")[0],)
        elif m["row"] not in codes and m["kind"] == "item" and b.own:
            named.add(m["row"])
    seen = 0
    items_of = {m["row"]: str(m["code"]) for m in wb.rows if m["kind"] == "item"}
    for r in range(wb.header_row, len(sheet.rows)):
        r0, c0 = b.origin(sheet, r, col)
        if (r0, c0) != (r, col):
            # a cell merged down from a row above: read there, for every item it covers (the LKE
            # reader gave its records to them), and said here for this row's item
            if r + 1 in items_of and sheet.text(r0, c0).strip():
                where = f"{b.table.name}:{sheet.name}!{col_letter}{r + 1}"
                b.finding(
                    "EVIDENCE_TABLE_MERGED_LINK",
                    where,
                    r + 1,
                    theirs=f"{col_letter}{r0 + 1}",
                    ours=items_of[r + 1],
                )
            continue
        cell = b.cell(sheet, r, col).strip()
        if not cell:
            continue
        seen += 1
        row = r + 1
        if row in named:
            continue
        where = f"{b.table.name}:{sheet.name}!{col_letter}{row}"
        items = _items(codes.get(row, ()), b.rubric)
        if items:
            links = split_links(cell)
            if row in beside:  # "SK Tim ZI" in the cell, links beside it: a name, not a link missing
                links = [x for x in links if x.url or x.path]
            b.add(links, items, where, row, {})
            continue
        # a row the reader matched to no item (a stray note, a heading): its links are said, not lost
        text = texts.get(row) or " ".join(
            t for c in range(min(col, sheet.width)) if (t := clean(sheet.text(r, c)))
        )
        cells = f"{letter(0)}{row}:{letter(col - 1)}{row}" if col > 0 else f"{col_letter}{row}"
        b.finding("EVIDENCE_TABLE_ROW_UNREAD", where, row, theirs=text[:80], what=cells)
    return seen


def _sheets(path: Path) -> tuple[list[Sheet], dict[str, dict[tuple[int, int], str]]]:
    """The sheets of ``path`` and the addresses its cells link to (xlsx, xls, ods; none for a csv)."""
    data = read_bytes(path)
    kind = spreadsheet_kind(data, path.suffix.lower())
    if kind is None:
        raise fail(
            str(path), None, "file", "a table of links (.xlsx, .xls, .ods or .csv)", "another kind of file"
        )
    sheets = read_sheets(str(path), data, kind)
    return sheets, sheet_hyperlinks(data, kind)


def read_links_table(
    path: Path, rubric: Rubric, *, unit_dir: Path | None = None, year: int | None = None
) -> EvidenceScan:
    """Read a table of links into evidence records; local paths are kept relative to ``unit_dir``.

    ``unit_dir`` is the folder of the unit file the records go into (default: the table's folder); a
    path outside it, or to no file, is refused with a finding. ``files`` counts the rows that carry
    links, ``skipped`` the links refused. A table whose shape is not understood exits 3. Link columns
    headed by years ("Link 2024 | Link 2025") are read for ``year`` (the unit's), else the latest
    year; the others are said (:func:`_one_year`).
    """
    path = Path(path)
    sheets, links = _sheets(path)
    b = _Builder(path, unit_dir if unit_dir is not None else path.parent, rubric, links)
    lke_error: InputError | None = None
    if any(find_columns(s) is not None for s in sheets):
        try:
            wb = read_lke_workbook(path, rubric)
            return b.scan(_read_lke(wb, sheets, b))
        except InputError as exc:
            # an LKE header with too few items (a plain table with an answer column), or an LKE with no
            # Data Dukung column (its links may be on a sheet of their own): the plain reader tries next
            lke_error = exc
    heads = [(s, h) for s in sheets if (h := find_header(s)) is not None]
    if not heads:
        if lke_error is not None:
            raise lke_error
        raise fail(
            str(path),
            None,
            "header",
            "a header row naming an item column (Kode, Butir, No, Pertanyaan) and a link column "
            "(Link, URL, Tautan, Data Dukung, Bukti), or an LKE sheet",
            "no such row in sheets " + ", ".join(repr(s.name) for s in sheets),
        )
    rows = sum(_read_plain(s, _one_year(s, h, b, year), b) for s, h in heads)
    return b.scan(rows)


def _one_year(sheet: Sheet, head: Header, b: _Builder, year: int | None) -> Header:
    """``head`` with only the link columns of one year, when its link columns are headed by two years or
    more ("Link 2024 | Link 2025": last year's evidence beside this year's); each column left out is said.

    The year read is ``year`` (the unit's) when a column names it, else the latest. A link column naming
    no year stays (a names column beside the links)."""
    years = {c: {int(y) for y in YEAR_IN_TEXT.findall(sheet.text(head.row, c))} for c in head.links}
    named = {min(ys) for ys in years.values() if len(ys) == 1}
    if len(named) < 2:
        return head
    keep = year if year in named else max(named)
    out = [c for c in head.links if not years[c] or years[c] == {keep}]
    for c in head.links:
        if c not in out:
            where = f"{b.table.name}:{sheet.name}!{letter(c)}{head.row + 1}"
            header = clean(sheet.text(head.row, c))[:80]
            b.finding("EVIDENCE_TABLE_OTHER_YEAR", where, head.row + 1, theirs=header, ours=str(keep))
    roles = dict(head.roles)
    if roles.get("link") not in out and out:
        roles["link"] = out[0]
    return Header(head.row, roles, out)
