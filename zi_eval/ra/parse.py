"""Classify every row of a Rencana Aksi table and rebuild its activities (merged-cell semantics).

Rules (docs/architecture.md §2, and the shapes of documents-in-the-wild §1): headers are found by their
words (one to three rows), repeated headers skipped, a numbering row ``(1) (2) …`` is part of the
header; empty NO/area/kegiatan/sub-kegiatan cells inherit from the row above while the row
continues the same parent; a row with only an indicator and marks is its own activity line;
lettered lines under an activity ending in ':' or containing 'meliputi' are its sub-steps. Area
headings (a Roman numeral with an area name, a text merged across the row, a heading in a combined
"Area / Kegiatan" column, a section title right above a repeated header) set the area of the rows
under them; under a Roman area heading, numbered names in the area column are components whose
lettered indicators are the activities (shape A). Total rows and the signature block are their own
kinds. Every row gets exactly one kind; nothing in a row is dropped: cells of columns without a
role go to notes as ``HEADER: value``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field, replace

from zi_eval.ra.fills import Cell, GridFill, grid_fill, with_legend
from zi_eval.ra.layout import (
    SAMPLE_ROWS,
    SYMBOL_TICK,
    Layout,
    clean,
    find_header,
    is_mark,
    is_no_mark,
    is_numbering,
    is_volume,
    month_header,
    norm,
)
from zi_eval.ra.legend import ColourLegend
from zi_eval.ra.meta import narrative, unit_line
from zi_eval.ra.parts import Part, other_unit_titles, plan_parts, the_plan, why_skipped
from zi_eval.ra.rows import RawRow
from zi_eval.ra.timing import PLANNED_WORDS, REALISED_WORDS
from zi_eval.ra.vocabulary import Vocabulary, builtin_vocabulary

KINDS = (
    "activity",
    "substep",
    "realisation",
    "header",
    "title",
    "blank",
    "total",
    "signature",
    "skipped",
    "not_understood",
)
_LETTERED = re.compile(r"^\(?([a-zA-Z])[.)]\s+(\S.*)$", re.S)
_ROMAN = re.compile(r"^(?=[ivxlc]+$)(x{0,3})(ix|iv|v?i{0,3})$", re.I)
_LABEL = re.compile(r"^\s*([IVX]{1,4}|[A-H]|\d{1,2})\s*[.)]\s*(\S.*)$", re.S)
_HIER_LABEL = re.compile(r"^\s*(\d{1,2}|[ivx]{1,4}|[a-z])\s*[.)]\s+\S")
_NUMBERED_LINE = re.compile(r"^\s*(\d{1,2})\s*[.)]\s*(\S.*)$")
#: A month cell holding an "X" alone: a mark, unless its grid ticks months beside it ("√ : bulan
#: pelaksanaan, X : tidak ada kegiatan"; see :func:`_cross_legend`).
_CROSS = re.compile(r"[xX]")
#: A legend line for "X" ("X : tidak ada kegiatan", "X = rencana"): group 1 what it says.
_CROSS_LEGEND = re.compile(r"^\s*[xX]\s*[:=]\s*(.+)$")
#: Words of a legend saying a cell marks nothing.
_LEGEND_NO = re.compile(r"\b(?:tidak|tdk|bukan|tanpa|no|not|none|kosong|libur|batal)\b")
#: A Keterangan or status cell saying its row's activity was called off: "Dibatalkan", "Batal", "Tidak
#: dilaksanakan", "Ditiadakan", "Ditunda ke tahun 2026" (not "ditunda ke bulan Juli": moved, not off).
_CALLED_OFF = re.compile(
    r"^(?:kegiatan\s+)?(?:dibatalkan|batal|ditiadakan|dihapus|tidak\s+(?:jadi\s+)?dilaksanakan"
    r"|ditunda\s+(?:ke\s+)?tahun\b)"
)
#: Words of a bar saying the months under it are not scheduled ("Tidak dilaksanakan", "Ditunda").
_CANCELLED = re.compile(r"\b(?:tidak|batal|dibatalkan|ditunda|belum|tanpa)\b")
#: An item letter alone in the code column ("a", "b.") under its indicator's code.
_ITEM_LETTER = re.compile(r"[a-z][.)]?")
#: A step written under its kegiatan in the same column: "- Sosialisasi …", "• …", "a. …", "b) …".
_CHILD_MARK = re.compile(r"^\s*(?:[-–•*·▪]\s*|\(?[a-z][.)]\s+)\S")
#: A label that is a Roman numeral as well as a letter ("i.", "v)", "x."), and a list's first letter ("a.").
_ROMAN_LABEL = re.compile(r"^\s*\(?[ivx][.)]\s")
_FIRST_LETTER = re.compile(r"^\s*\(?a[.)]\s")
_BULLET = re.compile(r"^\s*(?:[-–•*·▪]|\d{1,2}[.)]|[a-z][.)])\s*")
_SIGNATURE_WORDS = ("ditetapkan", "ttd", "ketua", "kepala", "salinan", "nip", "tanggal", "sekretaris", "pada")
#: A place and the date a signature opens with, before its year: "Palopo, 6 Januari" (the month's name is
#: group 1); also the plan's year where nothing else names it (``ra.build.signed_on``).
PLACE_DATE = r"[A-Z][A-Za-z .'-]{1,40},\s*(?:\d{1,2}\s+)?([A-Za-z]+)"
_SIGNATURE_START = re.compile(
    r"^(kepala|ketua|sekretaris|plt\.?|plh\.?|pj\.?)\s.{0,80},$"
    r"|^(mengetahui|menyetujui|disetujui|ditetapkan di|disahkan|ttd|t\.t\.d|nip\b|a\.n\.?\s|an\.\s)"
    rf"|^{PLACE_DATE}\s+\d{{4}}$",
    re.I,
)
#: "KEPALA KANTOR" without its comma: an upper-case title line of a few words.
_SIGNATURE_TITLE = re.compile(r"^(KEPALA|KETUA|SEKRETARIS|PLT\.?|PLH\.?)(\s+[A-Z.]+){1,7}$")
_TOTAL = re.compile(
    r"^(jumlah|total|jml|sub ?total)( (kegiatan|seluruhnya|keseluruhan|per bulan|perbulan|bulan|anggaran"
    r"|biaya|dana|rencana aksi|kegiatan per bulan|kegiatan perbulan|pagu|realisasi))*$"
)
#: A text that breaks off: it ends with a word that needs more after it ("… melalui apel pagi dan").
_DANGLING = re.compile(
    r"(?:\b(?:dan|serta|atau|dan/atau|yang|untuk|kepada|dengan|dalam|pada|oleh|di|ke|dari|bagi|terhadap"
    r"|melalui|sebagai|secara|guna|sesuai|beserta|tentang|mengenai)|[,/&-])\s*$",
    re.I,
)
#: The start of a text that carries on the row above: "(lanjutan)", "lanjutan:", "…", or a lower-case
#: word that joins ("dan pelaporan …", "kepada pimpinan"); a lower-case noun ("rapat koordinasi") may
#: start a sub-kegiatan of its own and is left alone.
_CONTINUES = re.compile(
    r"^(?:(\(?lanjutan\)?:?|\.{2,}|…)|(?:dan|serta|atau|yang|untuk|kepada|dengan|dalam|pada|oleh|di|ke|dari"
    r"|bagi|terhadap|melalui|sebagai|secara|guna|sesuai|beserta)\b)"
)
#: A sub-total names what it adds up ("Sub Total Manajemen Perubahan", "Subtotal Area I"): never an activity.
_SUBTOTAL = re.compile(r"^(sub ?total|sub ?jumlah|jumlah sub ?total)\b")
#: "Jumlah Area Penataan Tatalaksana", "Total Manajemen Perubahan": a total row when the rest names an area.
_TOTAL_OF = re.compile(r"^(?:jumlah|total|jml)\s+(?:area\s+)?(.+)$")
#: "Jumlah Area I", "Total Area 3": a total row of an area named by its number.
_TOTAL_OF_NUMBER = re.compile(r"^(?:jumlah|total|jml)\s+(?:kegiatan\s+)?area\s+(?:[ivx]{1,3}|[1-6])$")
#: A number, a percent or an amount of money in a total row ("12", "100%", "Rp 15.000.000,00").
_AMOUNT = re.compile(r"(?:rp\.?\s*)?[\d.,%\s]+(?:,-)?", re.I)


@dataclass
class Finding:
    """Something the importer noticed and what it did about it."""

    code: str
    line: int
    sheet: str | None
    column: int | None  # 1-based
    value: str
    action: str
    #: the action in English, for a message whose English text shows it (``--lang en``)
    action_en: str = ""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "code": self.code,
            "line": self.line,
            "sheet": self.sheet,
            "column": self.column,
            "value": self.value,
            "action": self.action,
        }
        if self.action_en:
            out["action_en"] = self.action_en
        return out


@dataclass
class ParsedSubstep:
    label: str
    text: str
    months: tuple[int, ...]
    row: RawRow


@dataclass
class ParsedActivity:
    no: str | None
    program: str | None
    kegiatan: str | None
    sub: str | None
    indikator: str | None
    months: tuple[int, ...]
    row: RawRow
    notes: list[str] = field(default_factory=list)  # what the importer did (Source.notes)
    substeps: list[ParsedSubstep] = field(default_factory=list)
    output: str | None = None
    evidence: tuple[str, ...] = ()
    pic: str | None = None
    budget: str | None = None
    realisation: str | None = None
    remarks: list[str] = field(default_factory=list)  # Activity.notes: KETERANGAN, "HEADER: value"
    keterangan: str | None = None  # the notes column's text (KETERANGAN), read for months when none is marked
    timing: str | None = None
    months_by_number: bool = False  # the timing column's header names months by number ("BULAN KE-")
    code: tuple[str, str, str] | None = None  # (header, code as written, item letter of the next column)
    filled: tuple[int, ...] = ()  # months counted from a fill colour without text
    #: LKE hierarchy labels of the row when the plan has no code column, as (header, text) in
    #: column order: ``1. Manajemen Perubahan`` | ``i. Penyusunan Tim Kerja`` | ``a. Unit kerja …``
    labels: tuple[tuple[str, str], ...] = ()

    @property
    def opens_substeps(self) -> bool:
        text = (self.sub or self.kegiatan or "").strip()
        return text.endswith(":") or "meliputi" in text.lower()


@dataclass
class LineRecord:
    """What one source row was taken to be."""

    line: int
    sheet: str | None
    kind: str
    reason: str
    activity: int | None = None  # index into activities
    span: int = 1


@dataclass
class Parsed:
    activities: list[ParsedActivity]
    lines: list[LineRecord]
    findings: list[Finding]
    title_rows: list[RawRow]
    layouts: list[Layout] = field(default_factory=list)
    has_schedule: bool = False


#: A row's label saying it holds the realisation of the plan row above it ("Realisasi", "R", "Capaian").
_REALISED_LABEL = re.compile(rf"(?:{REALISED_WORDS}|real|r|actual)(?: kegiatan| \(r\))?")
#: A plan row's label in a grid of plan and realisation rows ("Rencana", "T", "Target", "P").
_PLANNED_LABEL = re.compile(rf"(?:{PLANNED_WORDS}|t|p|renc)(?: kegiatan| \(t\))?")


def _is_blank(row: RawRow) -> bool:
    return all(not c.strip() for c in row.cells)


def _is_table_row(row: RawRow) -> bool:
    return sum(1 for c in row.cells if c.strip()) >= 2 or (
        len(row.cells) >= 3 and any(c.strip() for c in row.cells)
    )


#: A schedule column's header naming months by their numbers: "BULAN", "BULAN KE-", "BULAN PELAKSANAAN".
_MONTH_NUMBER_HEADER = re.compile(r"^(?:bulan|bln)(?: ke)?(?: pelaksanaan)?$")

#: A weight, budget or count beside a heading's name: "10%", "12,5 %", "Rp 5.000.000", "4".
_AMOUNT = re.compile(r"(?:rp\.?\s?)?\d[\d.,]*\s?%?", re.I)
#: A month cell holding a percentage: "25%", "12,5 %", "0%".
_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")
#: The label of a heading row in the numbering column: ``A``, ``B.``, ``IV``, ``2.``.
_HEADING_LABEL = re.compile(r"[A-Za-z]\.?|[IVXivx]{1,4}\.?|\d{1,2}\.?")


def _texts(row: RawRow) -> list[tuple[int, str]]:
    """The row's non-empty cells (a value spread over merged columns once), cleaned."""
    return [(i, clean(c)) for i, c in enumerate(row.cells) if clean(c) and i not in row.merged_from]


#: The LKE's two components as a plan heads its areas with them ("A. PENGUNGKIT", "KOMPONEN HASIL").
_COMPONENT = re.compile(r"(komponen )?(pengungkit|hasil)")


def _is_roman(text: str) -> bool:
    s = text.strip().rstrip(".").strip()
    return bool(s) and bool(_ROMAN.match(s))


def _row_colour(r: RawRow, month_cols: Container[int]) -> str | None:
    """The colour the row's text cells are shaded with, when they all share one: the row is banded
    (a "zebra" table shades every second row whole), and a month cell of that colour is no mark."""
    seen = {r.colours.get(c) for c, text in enumerate(r.cells) if c not in month_cols and text.strip()}
    if len(seen) == 1:
        (colour,) = seen
        return colour
    return None


def strip_label(text: str) -> str:
    """An area or component name without its ``I.`` / ``A.`` / ``1.`` label."""
    m = _LABEL.match(text)
    return clean(m.group(2)) if m else clean(text)


def _lines(raw: str) -> list[str]:
    """The items of a list cell, cleaned, without bullets (``- SK Tim`` → ``SK Tim``).

    In a bulleted cell a line without a bullet continues the item above (a wrapped line); in a
    cell without bullets every line is an item, except a line starting in lower case, which
    continues the one above (a PDF or Word cell wraps long items).
    """
    lines = [ln for ln in raw.replace("\r", "\n").split("\n") if clean(ln)]
    bulleted = any(_BULLET.match(ln) for ln in lines)
    out: list[str] = []
    for ln in lines:
        starts = bool(_BULLET.match(ln)) if bulleted else not clean(ln)[:1].islower()
        text = clean(_BULLET.sub("", ln, count=1))
        if not text:
            continue
        if out and not starts:
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _numbered_items(cell: str) -> list[str] | None:
    """A cell's numbered list ("1. Pembentukan …\n2. Monitoring …": its items, numbered 1, 2, … in order),
    or None for any other cell (a line that is no next item continues the item above it)."""
    if not cell.lstrip()[:1].isdigit():
        return None  # most cells: no list (read for every cell of every row, so told at once)
    items: list[str] = []
    for ln in cell.replace("\r", "\n").split("\n"):
        if not ln.strip():
            continue
        m = _NUMBERED_LINE.match(ln)
        if m and int(m.group(1)) == len(items) + 1:
            items.append(m.group(2).strip())
        elif items:
            items[-1] += "\n" + ln.strip()
        else:
            return None
    return items or None


def split_parallel_lists(rows: list[RawRow]) -> tuple[list[RawRow], list[Finding]]:
    """Each row whose cells list the same numbered items side by side (one Word row per area: "1. Tim
    Kerja\n2. Monev" beside "1. Januari\n2. Maret, Juni") as one row per item, and what was split.

    Read as one row, the items became one activity ("Tim Kerja; Monev") with the months of both. Two cells
    at least must list the same number of items; a cell holding one text (the area, the number) is given to
    every item; the rows made carry the source row's line, the first its span and the others none. Cells
    listing one item each ("1. Reviu SOP" beside "1. Februari - April") lose the number.
    """
    out: list[RawRow] = []
    findings: list[Finding] = []
    for r in rows:
        lists = {c: items for c, t in enumerate(r.cells) if (items := _numbered_items(t)) is not None}
        sizes = {len(items) for items in lists.values()}
        if len(lists) < 2 or len(sizes) != 1:
            out.append(r)
            continue
        (n,) = sizes
        for k in range(n):
            cells = [lists[c][k] if c in lists else t for c, t in enumerate(r.cells)]
            out.append(replace(r, cells=cells, raw="\t".join(cells), span=r.span if k == 0 else 0))
        if n == 1:
            continue  # "1. Reviu SOP" beside "1. Februari - April": one item each, its number dropped
        findings.append(
            Finding(
                "IMPORT_ROW_SPLIT",
                r.line,
                r.sheet,
                None,
                " | ".join(lists[min(lists)])[:80],
                f"sel-sel baris ini memuat {n} butir bernomor berdampingan: dibaca sebagai {n} kegiatan, "
                "butir ke-k dari tiap sel menjadi kegiatan ke-k",
                f"the cells of this row list {n} numbered items side by side: read as {n} activities, the k-th "
                "item of each cell making the k-th activity",
            )
        )
    return out, findings


def _kegiatan_text(raw: str) -> str:
    """A kegiatan cell; a numbered list ("1. …\\n2. …") keeps every item, joined by "; "."""
    lines = [ln for ln in raw.replace("\r", "\n").split("\n") if ln.strip()]
    if len(lines) >= 2 and all(_NUMBERED_LINE.match(ln) for ln in lines):
        return "; ".join(clean(_NUMBERED_LINE.match(ln).group(2)) for ln in lines)  # type: ignore[union-attr]
    return clean(raw)


def _is_signature(row: RawRow) -> bool:
    texts = _texts(row)
    if not texts or len(texts) > 2 or any(is_mark(t) for _, t in texts):
        return False
    return bool(_SIGNATURE_START.match(texts[0][1]) or _SIGNATURE_TITLE.match(texts[0][1]))


#: A heading of notes under a plan's table: "Catatan:", "Keterangan :", "NB:" (alone, or before a note).
_NOTE_HEADING = re.compile(r"^\s*(catatan|keterangan|ket|nb|note|notes)\s*:", re.I)


#: A heading that numbers its area instead of naming it: "AREA 1", "Area II", "AREA KE-3".
_AREA_BY_NUMBER = re.compile(r"area (?:ke ?)?(?:\d{1,2}|[ivx]{1,4})")


def _is_note_heading(row: RawRow) -> bool:
    """A row opening notes under the table: one text, "Catatan:" alone or before its note, no marks."""
    texts = _texts(row)
    return len(texts) == 1 and bool(_NOTE_HEADING.match(texts[0][1])) and not is_mark(texts[0][1])


def _signature_text(text: str) -> bool:
    """A line of a signature block ("Belopa, 9 Januari 2025", "KEPALA KANTOR,", "NIP …")."""
    return bool(_SIGNATURE_START.match(text) or _SIGNATURE_TITLE.match(text))


def _is_total(row: RawRow, is_area: Callable[[str], bool]) -> bool:
    """A total row: "JUMLAH", "Total Anggaran", "Sub Total …" (of anything), "Jumlah Area <an area>"."""
    texts = _texts(row)
    # a signature block beside the table shares rows with it: its lines are no words of the total row
    words = [t for _, t in texts if not is_mark(t) and not _AMOUNT.fullmatch(t) and not _signature_text(t)]
    if len(words) != 1:
        return False
    text = norm(words[0])
    if _TOTAL.match(text) or _SUBTOTAL.match(text) or _TOTAL_OF_NUMBER.match(text):
        return True
    of_area = _TOTAL_OF.match(text)
    return bool(of_area) and is_area(of_area.group(1))  # type: ignore[union-attr]


def parse_rows(
    rows: list[RawRow],
    vocab: Vocabulary | None = None,
    overrides: dict[str, str] | None = None,
    is_area: Callable[[str], bool] | None = None,
    year: int | None = None,
    colours: ColourLegend | None = None,
) -> Parsed:
    """Classify ``rows`` (one sheet or one text file) and rebuild activities and sub-steps.

    ``is_area`` tells whether a text names an RA area (the rubric's aliases); ``overrides`` maps a
    role to the header text of the column the user chose for it (``--column ROLE=HEADER``); ``year``,
    the plan year when known, chooses the block of months headed by it ("Jadwal 2025" beside
    "Jadwal 2024"); ``colours``, the document's colour legend (:mod:`zi_eval.ra.legend`), takes the
    fills it says mark what was done out of the months.
    """
    vocab = vocab or builtin_vocabulary()
    header_at = _header_finder(rows, vocab, overrides, year)
    header_idx = next((i for i in range(len(rows)) if not _is_blank(rows[i]) and header_at(i)), None)
    if header_idx is None:
        return _parse_table(rows, header_at, header_idx, is_area, year, colours=colours)
    parts = plan_parts(rows, header_idx, header_at, _lone_text, _names_area(is_area))
    if len(parts) > 1:
        header = rows[header_idx : header_idx + header_at(header_idx).rows]  # type: ignore[union-attr]
        plan = the_plan(parts, year)
        parsed = _the_plan_only(rows, parts, plan, header, vocab, overrides, is_area, year, colours)
    else:
        plan = parts
        parsed = _parse_table(rows, header_at, header_idx, is_area, year, colours=colours)
    if parts[0].report and len(parts) == 1:
        first = next(r for r in rows if not _is_blank(r))
        parsed.findings.append(
            Finding(
                "IMPORT_OTHER_PLAN",
                first.line,
                first.sheet,
                None,
                parts[0].label[:80],
                "judulnya laporan atau pembanding, bukan rencana: tabelnya dibaca sebagai rencana; periksa",
                "its title names a report or a comparison, not a plan: its table is read as the plan; check it",
            )
        )
    # a title naming another unit in the rows read: said, not cut (see ra/parts.py)
    for at, unit, first_unit in other_unit_titles(
        rows, header_idx, header_at, _lone_text, _names_area(is_area)
    ):
        if any(p.start <= at < p.end for p in plan):
            parsed.findings.append(
                Finding(
                    "IMPORT_OTHER_UNIT",
                    rows[at].line,
                    rows[at].sheet,
                    None,
                    unit,
                    f"judul ini menyebut unit lain dari judul pertama ({first_unit}): barisnya dibaca bersama "
                    "rencana ini; bila ini rencana unit lain, pisahkan dokumennya",
                    f"this title names another unit than the first title ({first_unit}): its rows are read with "
                    "the plan; if it is another unit's plan, split the document",
                )
            )
    return parsed


def table_header(
    rows: list[RawRow],
    vocab: Vocabulary | None = None,
    overrides: dict[str, str] | None = None,
    year: int | None = None,
) -> list[RawRow]:
    """The header rows of the first table in ``rows`` (none when no header is found)."""
    header_at = _header_finder(rows, vocab or builtin_vocabulary(), overrides, year)
    for i, r in enumerate(rows):
        if not _is_blank(r) and (lay := header_at(i)) is not None:
            return rows[i : i + lay.rows]
    return []


def continues_table(rows: list[RawRow], header: list[RawRow]) -> bool:
    """Whether a sheet without a header of its own holds the rest of the table ``header`` heads (a plan
    printed over two sheets, "Hal1" and "Hal2"): its first row is numbered and every row is no wider than
    the header, and as wide as it less a few trailing empty columns."""
    body = [r for r in rows if not _is_blank(r)]
    if not body or not header:
        return False
    width = max(len(h.cells) for h in header)

    def used(r: RawRow) -> int:
        return max((c + 1 for c, t in enumerate(r.cells) if t.strip()), default=0)

    first = next((t for t in body[0].cells if t.strip()), "")
    return bool(re.fullmatch(r"\d{1,3}\.?", first.strip())) and all(
        width - 6 <= used(r) <= width for r in body if len(_texts(r)) > 1
    )


def _names_area(is_area: Callable[[str], bool] | None) -> Callable[[str], bool]:
    """Whether a heading names an RA area: ``is_area``, unless the text names a unit and not an area
    ("BAGIAN ORGANISASI DAN TATALAKSANA …", "MAL PELAYANAN PUBLIK KOTA X" are units; "RENCANA AKSI AREA II
    PENATAAN TATALAKSANA BALAI CONTOH" names area II)."""
    if is_area is None:
        return lambda _t: False
    area_of = is_area

    def names(text: str) -> bool:
        return area_of(text) and (unit_line([text]) is None or bool(re.search(r"\barea\b", norm(text))))

    return names


def _header_finder(
    rows: list[RawRow], vocab: Vocabulary, overrides: dict[str, str] | None, year: int | None
) -> Callable[[int], Layout | None]:
    """The table header starting at row ``i`` of ``rows``, if one does."""

    def header_at(i: int) -> Layout | None:
        # the header (up to three rows) and a few rows under it: they tell a timing column from months
        window = rows[i : i + 3 + SAMPLE_ROWS]
        return find_header(
            [r.cells for r in window],
            [r.merged_from for r in window],
            vocab,
            overrides,
            hidden=window[0].hidden_cols if window else (),
            year=year,
        )

    return header_at


def _lone_text(row: RawRow) -> str | None:
    """A row's text when it holds one alone (a paragraph, a title merged across, a key and its value
    "Tahun | : 2025"), ``""`` when blank, ``None`` for a row of several cells."""
    texts = _texts(row)
    return "" if not texts else texts[0][1] if len(texts) == 1 else _key_value(texts)


#: A key written beside its value: "Unit Kerja", "Tahun", "Satuan Kerja :", "Output :" (one to three
#: words; not a kegiatan ending in a colon: "Penyusunan dokumen ZI meliputi:").
_KEY = re.compile(r"[A-Za-z][A-Za-z/.]*(?:\s+[A-Za-z/.]+){0,2}\s*:?")
_NOT_KEY = re.compile(r"\b(?:meliputi|antara lain|berikut|terdiri|yaitu)\b", re.I)


def _key_value(texts: list[tuple[int, str]]) -> str | None:
    """ "Tahun : 2025" from the two cells "Tahun" and ": 2025" (or "Tahun :" and "2025"), else ``None``."""
    if len(texts) != 2:
        return None
    (_, key), (_, value) = texts
    if not _KEY.fullmatch(key) or _NOT_KEY.search(key) or not (key.endswith(":") or value.startswith(":")):
        return None
    return f"{key.rstrip(': ')} : {value.lstrip(': ')}"


def _the_plan_only(
    rows: list[RawRow],
    parts: list[Part],
    plan: list[Part],
    header: list[RawRow],
    vocab: Vocabulary,
    overrides: dict[str, str] | None,
    is_area: Callable[[str], bool] | None,
    year: int | None,
    colours: ColourLegend | None = None,
) -> Parsed:
    """Parse the parts that are the plan as one table; every row of the others is skipped, and each
    other part said (IMPORT_OTHER_PLAN). A plan without a header of its own (typed into a copy of the
    table without its header row) is read under ``header``, the document's first."""
    kept = [r for p in plan for r in rows[p.start : p.end]]
    header_at = _header_finder(kept, vocab, overrides, year)
    header_idx = next((i for i in range(len(kept)) if not _is_blank(kept[i]) and header_at(i)), None)
    lent: list[RawRow] = []
    if header_idx is None:
        at = next((i for i, r in enumerate(kept) if _lone_text(r) is None), len(kept))
        kept, lent = kept[:at] + header + kept[at:], header
        header_at = _header_finder(kept, vocab, overrides, year)
        header_idx = at
    parsed = _parse_table(kept, header_at, header_idx, is_area, year, colours=colours)
    for p in parts:
        if p in plan:
            continue
        part_rows = [x for x in rows[p.start : p.end] if all(x is not h for h in lent)]  # lent: the plan's
        why, *said = why_skipped(p, plan, year, sum(1 for x in part_rows if not _is_blank(x)))
        parsed.lines += [
            LineRecord(x.line, x.sheet, "blank", "", span=x.span)
            if _is_blank(x)
            else LineRecord(x.line, x.sheet, "skipped", why, span=x.span)
            for x in part_rows
        ]
        head = part_rows[0]
        parsed.findings.append(
            Finding("IMPORT_OTHER_PLAN", head.line, head.sheet, None, p.label[:80], *said[:2])
        )
    parsed.lines.sort(key=lambda x: x.line)
    return parsed


#: A table's month grid: its sheet and month columns (a header repeated on the next page has the same).
GridKey = tuple[str | None, tuple[tuple[int, tuple[int, ...]], ...]]


def _parse_table(
    rows: list[RawRow],
    header_at: Callable[[int], Layout | None],
    header_idx: int | None,
    is_area: Callable[[str], bool] | None,
    year: int | None,
    grids: dict[GridKey, tuple[GridFill, RawRow]] | None = None,
    crossed: dict[GridKey, RawRow] | None = None,
    rising: dict[GridKey, RawRow] | None = None,
    colours: ColourLegend | None = None,
) -> Parsed:
    """Classify the rows of one plan (see :func:`parse_rows`), its first header at ``header_idx``.

    The rows are read once with every fill a mark; when a month grid turns out painted whole
    (:mod:`zi_eval.ra.fills`), they are read again with its background (``grids``), and that is said.
    Likewise a grid whose rows tick months beside "X" cells is read again with "X" marking no month
    (``crossed``: its first such row), and that is said. A grid whose month cells hold percentages
    that only grow ("0% | 25% | 25% | 50% …", a cumulative target) is read again with a month
    scheduled where its percentage rises (``rising``: its first such row), and that is said.
    """
    area_of = is_area or (lambda _t: False)
    heads_area = _names_area(is_area)  # a title line naming an area, not a unit
    lines: list[LineRecord] = []
    findings: list[Finding] = []
    acts: list[ParsedActivity] = []
    if header_idx is None:
        for r in rows:
            kind = "blank" if _is_blank(r) else "title"
            lines.append(
                LineRecord(
                    r.line, r.sheet, kind, "no table header found" if kind == "title" else "", span=r.span
                )
            )
        return Parsed(acts, lines, findings, [r for r in rows if not _is_blank(r)])
    # a colour legend under the table ("Keterangan warna:", then a swatch and its words) is no activity
    legend_rows = colours.rows if colours is not None else frozenset()
    last_table = max(
        (
            i
            for i, r in enumerate(rows)
            if i >= header_idx and _is_table_row(r) and (r.sheet, r.line) not in legend_rows
        ),
        default=header_idx,
    )
    state = _State(area_of)
    state.grid_fills = {key: fill for key, (fill, _) in (grids or {}).items()}
    state.crossed = frozenset(crossed or {})
    state.rising = frozenset(rising or {})
    grids_said: set[GridKey] = set()
    crosses_said: set[GridKey] = set()
    rises_said: set[GridKey] = set()
    title_rows = [r for r in rows[:header_idx] if not _is_blank(r)]
    # a section title right above the first header ("Manajemen Perubahan") names the first area; a title
    # naming it ("RENCANA AKSI AREA I MANAJEMEN PERUBAHAN … TAHUN 2025") stays a title too
    heading: RawRow | None = None
    named = [r for r in title_rows[-2:] if len(_texts(r)) == 1 and heads_area(_texts(r)[0][1])]
    if named:
        # the last title line, or the one above it ("AREA I MANAJEMEN PERUBAHAN" over "BALAI CONTOH TAHUN
        # 2025", or over "Target: Terwujudnya WBK"), names the first area
        heading = named[-1]
        state.set_area(_texts(heading)[0][1])
        if not _PLAN_TITLE.search(norm(_texts(heading)[0][1])):
            title_rows.remove(heading)
    for r in rows[:header_idx]:
        kind = "blank" if _is_blank(r) else "title"
        why = "before the table" if kind == "title" else ""
        if r is heading:
            kind, why = (
                ("title", "title naming the first area") if r in title_rows else ("header", "area heading")
            )
        lines.append(LineRecord(r.line, r.sheet, kind, why, span=r.span))
    layouts: list[Layout] = []
    signed = noted = False
    first_after: RawRow | None = None  # the row right under the first header (a page may repeat it too)
    i = header_idx
    while i <= last_table:
        r = rows[i]
        lay = header_at(i) if not _is_blank(r) else None
        if lay is not None:
            state.layout = lay
            state.grid = (r.sheet, tuple(sorted(lay.months.items())))
            layouts.append(lay)
            signed = noted = False
            if grids and state.grid in grids and state.grid not in grids_said:
                grids_said.add(state.grid)
                findings.append(_grid_finding(*grids[state.grid], min(lay.months) + 1))
            if crossed and state.grid in crossed and state.grid not in crosses_said:
                crosses_said.add(state.grid)
                findings.append(_cross_finding(crossed[state.grid], min(lay.months) + 1))
            if rising and state.grid in rising and state.grid not in rises_said:
                rises_said.add(state.grid)
                rise_row = rising[state.grid]
                shown = " | ".join(clean(rise_row.cell(c)) for c in sorted(lay.months))
                findings.append(
                    Finding(
                        "IMPORT_CUMULATIVE_MONTHS",
                        rise_row.line,
                        rise_row.sheet,
                        min(lay.months) + 1,
                        shown[:80],
                        "bulan dijadwalkan hanya saat persentasenya naik dari bulan sebelumnya",
                        "a month is scheduled only where its percentage rises over the month before",
                    )
                )
            for col, text, month in lay.guessed_months():
                findings.append(
                    Finding(
                        "IMPORT_MONTH_HEADER_GUESSED",
                        r.line,
                        r.sheet,
                        col + 1,
                        text[:40],
                        f"kolom {col + 1} dibaca sebagai bulan {month} (dari urutan kolom bulan di sekitarnya)",
                        f"column {col + 1} read as month {month} (from the order of the month columns around it)",
                    )
                )
            order = lay.months_out_of_order()
            if order is not None:
                first, last, run = order
                findings.append(
                    Finding(
                        "IMPORT_MONTHS_OUT_OF_ORDER",
                        r.line,
                        r.sheet,
                        first + 1,
                        run,
                        f"kolom {first + 1}–{last + 1}: setiap kolom dibaca sebagai bulan yang ditulis di kepalanya, semuanya pada tahun rencana",
                        f"columns {first + 1}–{last + 1}: each column is read as the month its header names, all in the plan year",
                    )
                )
            if lay.unsure_group is not None:
                col, seen = lay.unsure_group
                last = max(lay.months) + 1
                findings.append(
                    Finding(
                        "IMPORT_MONTH_GROUP_UNSURE",
                        r.line,
                        r.sheet,
                        col + 1,
                        lay.headers.get(col, "")[:40],
                        f"kolom {col + 1}–{last} dibaca sebagai dua belas kolom bulan seperti judulnya, tetapi "
                        f"isinya bukan hanya tanda ({seen[:40]!r}): periksa bulan kegiatan; tulis jadwal "
                        "sebagai tanda di kolom bulan saja, atau sebagai kata di satu kolom ini saja",
                        f"columns {col + 1}–{last} are read as twelve month columns as the header says, but they "
                        f"hold more than marks ({seen[:40]!r}): check the activities' months; write the "
                        "schedule either as marks in month columns or as words in this one column",
                    )
                )
            left = lay.months_left_out()
            if left:
                heads = " | ".join(dict.fromkeys(lay.headers[c].split(" / ")[0] for c in left))
                lo, hi = left[0] + 1, left[-1] + 1
                read = f"{min(lay.months) + 1}–{max(lay.months) + 1}"
                reasons = {w for _, _, w in lay.skipped}
                if "hidden" in reasons:
                    said = (
                        f"kolom {lo}–{hi} bernama bulan tetapi disembunyikan: blok bulan yang terlihat (kolom "
                        f"{read}) yang dibaca sebagai jadwal, tanda di blok tersembunyi disimpan di catatan",
                        f"columns {lo}–{hi} are named by months but hidden: the visible block of months (columns "
                        f"{read}) is read as the schedule, marks in the hidden block are kept in the notes",
                    )
                elif "realised" in reasons:
                    said = (
                        f"kolom {lo}–{hi} bernama bulan di bawah judul realisasi: blok bulan rencana (kolom "
                        f"{read}) yang dibaca sebagai jadwal, tanda di blok realisasi disimpan di catatan",
                        f"columns {lo}–{hi} are named by months under a realisation heading: the planned block "
                        f"(columns {read}) is read as the schedule, marks in the realisation block are kept in the notes",
                    )
                elif "year" in reasons:
                    said = (
                        f"kolom {lo}–{hi} bernama bulan tahun lain: blok bulan tahun rencana (kolom {read}) yang "
                        "dibaca sebagai jadwal, tanda di blok ini disimpan di catatan",
                        f"columns {lo}–{hi} are named by months of another year: the plan year's block (columns "
                        f"{read}) is read as the schedule, marks in this one are kept in the notes",
                    )
                else:
                    said = (
                        f"kolom {lo}–{hi} juga bernama bulan tetapi bukan jadwal: hanya blok "
                        "bulan pertama yang dibaca, tanda di blok ini disimpan di catatan",
                        f"columns {lo}–{hi} are named by months too but are no schedule: only "
                        "the first block of months is read, marks in this one are kept in the notes",
                    )
                findings.append(Finding("IMPORT_MONTHS_NOT_READ", r.line, r.sheet, lo, heads[:80], *said))
            for k in range(lay.rows):
                h = rows[i + k]
                lines.append(LineRecord(h.line, h.sheet, "header", "table header", span=h.span))
            i += lay.rows
            if len(layouts) == 1:
                first_after = rows[i] if i <= last_table else None
            elif (
                first_after is not None
                and i <= last_table
                and rows[i].cells == first_after.cells
                and not _titled(rows, i - lay.rows)
            ):
                # a page repeating the header's rows and the first row under them ("I | MANAJEMEN
                # PERUBAHAN" marked as a header row too): that row is the header's, not a new heading
                # (a new table under a title of its own starts its first area again)
                lines.append(LineRecord(rows[i].line, rows[i].sheet, "header", "repeated with the header"))
                i += 1
            continue
        signed = signed and not _table_like(r, state)
        noted = noted and not _table_like(r, state)
        if _is_blank(r):
            lines.append(LineRecord(r.line, r.sheet, "blank", "", span=r.span))
        elif (signed and not _table_like(r, state)) or (acts and _is_signature(r)):
            signed = True  # until a row that is clearly part of a table
            lines.append(LineRecord(r.line, r.sheet, "signature", "signature block", span=r.span))
        elif (noted or acts and _is_note_heading(r)) and not _section_title(
            rows, i, last_table, header_at, heads_area
        ):
            # "Catatan:" under the table, then "1 | Jadwal dapat berubah …": notes, no activities (until
            # a row that is clearly part of a table)
            noted = True
            lines.append(LineRecord(r.line, r.sheet, "signature", "note under the table", span=r.span))
        elif r.running and heads_area(_texts(r)[0][1]):
            # an area heading printed again at the top of the next page its table runs onto
            state.set_area(_texts(r)[0][1])
            lines.append(LineRecord(r.line, r.sheet, "header", "area heading", span=r.span))
        elif r.running:
            lines.append(LineRecord(r.line, r.sheet, "header", "running header or footer", span=r.span))
        elif _key_value(_texts(r)) is not None and not state._marked(r):
            lines.append(
                LineRecord(r.line, r.sheet, "title", "a key and its value (title block)", span=r.span)
            )
        elif _is_rule(r) or is_numbering(r.cells):
            lines.append(LineRecord(r.line, r.sheet, "header", "separator or column numbers", span=r.span))
        elif _is_total(r, area_of):
            lines.append(LineRecord(r.line, r.sheet, "total", "total row", span=r.span))
        elif (other := _table_header_row(r, state, bool(acts))) is not None:
            if other:  # month names outside this table's month columns, or another table's column
                # headers ("NO | BULAN | AGENDA RAPAT" under the plan): a second table starts here
                end = next(
                    (j for j in range(i + 1, last_table + 1) if header_at(j) is not None), last_table + 1
                )
                lines.append(LineRecord(r.line, r.sheet, "skipped", "header of another table", span=r.span))
                skipped = [x for x in rows[i + 1 : end] if not _is_blank(x)]
                for x in rows[i + 1 : end]:
                    kind = "blank" if _is_blank(x) else "skipped"
                    lines.append(
                        LineRecord(
                            x.line,
                            x.sheet,
                            kind,
                            "" if kind == "blank" else "row of another table",
                            span=x.span,
                        )
                    )
                findings.append(
                    Finding(
                        "IMPORT_OTHER_TABLE",
                        r.line,
                        r.sheet,
                        None,
                        " | ".join(t for _, t in _texts(r))[:80],
                        f"tabel lain mulai di baris ini (judul kolomnya tidak sama dengan tabel rencana): "
                        f"{len(skipped)} barisnya tidak dijadikan kegiatan",
                        f"another table starts at this row (its column headers are not the plan table's): "
                        f"its {len(skipped)} rows are not made activities",
                    )
                )
                i = end
                continue
            lines.append(LineRecord(r.line, r.sheet, "header", "month header repeated", span=r.span))
        elif _month_numbers_only(r, state):
            lines.append(LineRecord(r.line, r.sheet, "header", "month numbers", span=r.span))
        elif _section_title(rows, i, last_table, header_at, heads_area):
            # a title of two lines ("RENCANA AKSI AREA II PENATAAN TATALAKSANA" over "BALAI CONTOH TAHUN
            # 2025"): the line naming the area names it
            text = _texts(r)[0][1]
            above = _lone_text(rows[i - 1]) if i > header_idx else None
            if narrative(text):  # a note over the table ("Kegiatan pada area berikut dilaksanakan …")
                if above and heads_area(above):
                    state.set_area(above)
                    lines.append(LineRecord(r.line, r.sheet, "header", "area heading", span=r.span))
                else:
                    lines.append(LineRecord(r.line, r.sheet, "signature", "note over the table", span=r.span))
            else:
                state.set_area(above if not heads_area(text) and above and heads_area(above) else text)
                lines.append(LineRecord(r.line, r.sheet, "header", "area heading", span=r.span))
        else:
            nxt = next((x for x in rows[i + 1 : last_table + 1] if not _is_blank(x)), None)
            lines.append(state.take(r, acts, findings, nxt))
        i += 1
    for r in rows[max(i, last_table + 1) :]:
        if _is_blank(r):
            lines.append(LineRecord(r.line, r.sheet, "blank", "", span=r.span))
        else:
            words = norm(r.raw)
            why = "after the table" + ("" if any(w in words for w in _SIGNATURE_WORDS) else " (closing text)")
            lines.append(LineRecord(r.line, r.sheet, "signature", why, span=r.span))
    has_schedule = any(lay.months or "schedule" in lay.roles for lay in layouts)
    if grids is None:
        painted = {
            key: (fill, state.grid_first[key])
            for key, cells in state.grid_cells.items()
            if (fill := grid_fill(cells)) is not None
        }
        for key, cells in state.grid_cells.items() if colours is not None else ():
            # the legend names a colour for what was done ("kuning = realisasi"): its fills mark no month
            assert colours is not None
            done = frozenset(c for row in cells for c, _ in row if c and colours.marks_done(c))
            if done:
                base = painted.get(key)
                fill = with_legend(base[0] if base else None, cells, done, colours.text, colours.said(done))
                painted[key] = (fill, state.grid_first[key])
        legend = _cross_legend(rows)
        mixed = {key: r for key, (r, full) in state.grid_mixed.items() if legend or legend is None and full}
        if painted or mixed or state.grid_rising:
            # a month grid painted whole: read again, its background marking no month; a grid ticking
            # months beside "X" cells: read again, the "X" marking none; a grid of growing percentages:
            # read again, a month marked where its percentage rises
            return _parse_table(
                rows, header_at, header_idx, is_area, year, painted, mixed, dict(state.grid_rising), colours
            )
    return Parsed(acts, lines, findings, title_rows, layouts, has_schedule)


def _cross_legend(rows: list[RawRow]) -> bool | None:
    """What a legend line says of "X" in a month grid: True for "no activity" ("X : tidak ada
    kegiatan"), False for a mark ("X : rencana pelaksanaan"), None without a legend.

    Without one, an "X" is "no activity" only in a grid whose rows fill every month cell with a tick or
    an "X" (the X fills what is not ticked); where the ticks and the X's leave cells empty, both mark
    months ("v" one month, "x" another: a plan marks with whatever sign is at hand). Read as a mark,
    an X in every month not ticked gave each activity all twelve months.
    """
    for r in rows:
        for _, text in _texts(r):
            legend = _CROSS_LEGEND.match(text)
            if legend:
                return bool(_LEGEND_NO.search(norm(legend.group(1))))
    return None


def _cross_finding(first: RawRow, column: int) -> Finding:
    """Say that a grid's "X" cells were read as months without activity."""
    return Finding(
        "IMPORT_CROSS_NO_MARK",
        first.line,
        first.sheet,
        column,
        "X",
        "sel bulan berisi tanda √ dan X: X dibaca sebagai 'tidak ada kegiatan' bulan itu",
        "the month cells hold both ticks and X: X is read as 'no activity' that month",
    )


def _grid_finding(fill: GridFill, first: RawRow, column: int) -> Finding:
    """Say how the fills of a painted month grid were read: by its legend, its background, or none."""
    if fill.legend:
        done = fill.done_label
        return Finding(
            "IMPORT_FILL_LEGEND",
            first.line,
            first.sheet,
            column,
            fill.legend[:80],
            f"sel bulan berwarna {done} menandai realisasi menurut keterangan warna, bukan rencana: tidak "
            "dihitung sebagai bulan rencana",
            f"month cells filled {done} mark what was done by the colour legend, not the plan: not counted as "
            "planned months",
        )
    if fill.background is not None:
        others = ", ".join(c for c, _ in fill.colours if c != fill.background)
        rest = f"tanda tertulis dan warna lain ({others})" if others else "tanda tertulis"
        rest_en = f"the written marks and the other colours ({others})" if others else "the written marks"
        return Finding(
            "IMPORT_FILL_BACKGROUND",
            first.line,
            first.sheet,
            column,
            fill.background,
            f"sel bulan tabel berwarna {'seluruhnya' if fill.whole else 'berselang-seling'} ({fill.shares()}); "
            f"warna {fill.background}, yang mengisi sel di sekitar tanda lain, dibaca sebagai latar tabel, bukan "
            f"tanda bulan: bulan dihitung dari {rest}",
            f"the table's month cells are filled {'whole' if fill.whole else 'in stripes'} ({fill.shares()}); "
            f"{fill.background}, the colour around the other marks, is read as the table's background, not as a "
            f"month mark: months are counted from {rest_en}",
        )
    return Finding(
        "IMPORT_FILL_UNSURE",
        first.line,
        first.sheet,
        column,
        fill.shares()[:80],
        f"hampir seluruh sel bulan tabel berwarna ({fill.shares()}) dan warna latar tabel tidak dapat "
        "dibedakan dari warna tanda bulan: warna isian tidak dihitung sebagai bulan; beri tanda (√) pada "
        "bulan rencana atau kosongkan warna sel bulan yang tidak direncanakan",
        f"nearly every month cell of the table is filled ({fill.shares()}) and the table's background "
        "colour cannot be told from the colour marking months: no fill colour is counted as a month; mark "
        "the planned months with a sign (√) or clear the fill of the months not planned",
    )


#: A cell of a separator line: a Markdown rule with its alignment colons ("---", ":--:", "-:").
_RULE_CELL = re.compile(r":?-+:?")


def _is_rule(r: RawRow) -> bool:
    """A separator line: every filled cell is a rule (``|---|:-:|``), as a Markdown table writes under its header."""
    filled = [c.strip() for c in r.cells if c.strip()]
    ruled = all(_RULE_CELL.fullmatch(c) for c in filled)
    return bool(filled) and ruled and any(":" in c or len(c) >= 3 for c in filled)


def _table_like(r: RawRow, state: _State) -> bool:
    """A row with month marks or three texts is part of a table, even after a signature-like line."""
    lay = state.layout
    marked = lay is not None and any(is_mark(r.cell(c)) for c in lay.months)
    return marked or len(_texts(r)) >= 3


def _month_names_row(r: RawRow, state: _State) -> bool | None:
    """A row naming six months or more in words and marking none: ``None`` when it is not such a row,
    ``False`` when the names stand over this table's month columns (a header repeated in another
    shape), ``True`` when they stand elsewhere (the header of another table: a recap under the plan)."""
    lay = state.layout
    if lay is None or any(is_mark(c) for c in r.cells):
        return None
    # cells naming one month each ("Semester II" in a timing column names six, and is a schedule)
    named = {
        col: ms
        for col, c in enumerate(r.cells)
        if c.strip()
        and any(ch.isalpha() for ch in c)
        and (ms := month_header(c)) is not None
        and len(ms) == 1
    }
    if len({ms[0] for ms in named.values()}) < 6:
        return None
    return any(lay.months.get(col) != ms for col, ms in named.items())


def _not_placed(r: RawRow, findings: list[Finding], why: str, action: str, action_en: str) -> LineRecord:
    """A row made no activity, said (IMPORT_ROW_NOT_PLACED) and accounted for in the line map."""
    findings.append(
        Finding("IMPORT_ROW_NOT_PLACED", r.line, r.sheet, None, clean(r.raw)[:80], action, action_en)
    )
    return LineRecord(r.line, r.sheet, "not_understood", why, span=r.span)


def _table_header_row(r: RawRow, state: _State, under_plan: bool) -> bool | None:
    """A header row met inside the table: ``True`` for another table's (:func:`_other_header`, once the
    plan has rows; :func:`_month_names_row`), ``False`` for this table's repeated, else ``None``."""
    if under_plan and _other_header(r, state):
        return True
    return _month_names_row(r, state)


#: A template's example or instruction in a row's text: "(contoh)", "Contoh: Rapat …", "Misalnya: …",
#: "(diisi dengan nama kegiatan)". Not "Contoh penerapan budaya kerja" (an activity about examples).
_EXAMPLE = re.compile(
    r"^\(?\s*(?:contoh|misal(?:nya)?|example|e\.g\.)\s*\)?\s*(?::|$)|^\(\s*diisi\b[^)]*\)$", re.I
)
#: Where a Word row is: "tabel 2, baris 1" (group 1 the table).
_TABLE_PLACE = re.compile(r"^tabel (\d+), baris \d+$")
#: The first column's header of a table: "NO", "No.", "Nomor", "No Urut".
_NO_HEADER = re.compile(r"^(?:no|nomor|no urut)$")


def _other_header(r: RawRow, state: _State) -> bool:
    """A row of another table's column headers under the plan ("JADWAL RAPAT TIM ZI", then "NO | BULAN |
    AGENDA RAPAT"): "NO" first, two headers or more after it, no mark, no number, and not this table's
    own headers repeated (a page repeating part of the header). Read as a plan row, the header and
    every row under it became activities."""
    lay = state.layout
    texts = [t for _, t in _texts(r)]
    if lay is None or len(texts) < 3 or not _NO_HEADER.match(norm(texts[0])):
        return False
    rest = texts[1:]
    if any(is_mark(t) or _AMOUNT.fullmatch(t) for t in rest):
        return False
    own = {norm(h) for head in lay.headers.values() for h in head.split(" / ")}
    return not all(norm(t) in own for t in rest)


def _month_numbers_only(r: RawRow, state: _State) -> bool:
    """A repeated row of month numbers or names with no text in the table's text columns."""
    lay = state.layout
    if lay is None or state.texts(r):
        return False
    filled = [c for c in r.cells if c.strip()]
    return len(set(filled)) >= 3 and all(month_header(c) is not None for c in filled)


#: A title about the plan: "RENCANA AKSI …", a year.
_PLAN_TITLE = re.compile(r"\brencana (?:kerja |tindak )?aksi\b|\baction plan\b|\b20\d\d\b")
#: What a page adds between two parts of one table: a page number ("- 2 -", "Halaman 1 dari 2"), a
#: running header naming the plan ("Rencana Aksi ZI Tahun 2024 - Balai Contoh"), "Lanjutan …": no
#: section title (it became the area of every row on the next page).
_PAGE_NOISE = re.compile(
    r"^\d{1,3}$|^(?:hal|halaman|page)\s?\d|\b(?:halaman|hal)\s\d{1,3}\s(?:dari|of)\s\d"
    r"|^lanjutan(?:$|\s(?:lampiran|rencana|tabel|dari|halaman|hal)\b)"
    r"|\bbersambung\b|\bcontinued\b|\brencana aksi\b.*\b20\d\d\b|\b20\d\d\b.*\brencana aksi\b"
)


def _titled(rows: list[RawRow], header: int) -> bool:
    """Whether the header at ``header`` has a title of its own right above it (text, not a table row;
    blank rows and running headers between): a new table, not a page break repeating the header."""
    j = header - 1
    while j >= 0 and (_is_blank(rows[j]) or rows[j].running):
        j -= 1
    return j >= 0 and _lone_text(rows[j]) is not None


def _section_title(
    rows: list[RawRow],
    i: int,
    last: int,
    header_at: Callable[[int], Layout | None],
    is_area: Callable[[str], bool],
) -> bool:
    """A single text right above a repeated header (blank rows between) titles the next section.

    Not a lettered line ("a. Menetapkan …"): a sub-step that ends a page sits right above the header
    the next page repeats, and is no title; nor page text, unless it names an area ("RENCANA AKSI AREA
    II PENATAAN TATALAKSANA … TAHUN 2025" over each area's table).
    """
    texts = _texts(rows[i])
    if len(texts) != 1 or _LETTERED.match(texts[0][1]) or _is_note_heading(rows[i]):
        return False  # nor a note ("Catatan: … dipantau oleh Satuan Pengawasan Internal.")
    if _PAGE_NOISE.search(norm(texts[0][1])) and not is_area(texts[0][1]):
        return False
    j = i + 1
    while j <= last and _is_blank(rows[j]):
        j += 1
    return j <= last and header_at(j) is not None


class _State:
    """Fill-down state while walking the rows of the table."""

    def __init__(self, is_area: Callable[[str], bool]) -> None:
        self.is_area = is_area
        self.layout: Layout | None = None
        self.no: str | None = None
        self.program: str | None = None
        self.kegiatan: str | None = None
        self.sub: str | None = None
        self.component: str | None = None  # shape A: the numbered component under a Roman area
        self.roman_area = False
        self.parent: ParsedActivity | None = None
        self.labels: dict[int, str] = {}  # column -> the last hierarchy label written in it
        self.group: tuple[str, str] | None = None  # (number, kegiatan) of a kegiatan heading over steps
        self.code_head: str | None = None  # the last LKE code of the code column that is no item letter
        self.grid: GridKey | None = None  # the month grid of the table being read
        #: the month grids painted whole, and what their fills are taken to be (second reading)
        self.grid_fills: dict[GridKey, GridFill] = {}
        #: what the month cells of each grid's activity and sub-step rows show, and its first such row
        self.grid_cells: dict[GridKey, list[list[Cell]]] = {}
        self.grid_first: dict[GridKey, RawRow] = {}
        #: the month grids whose "X" says "no activity" (second reading), and the first row of each grid
        #: marking months with both a tick and an "X", with whether one such row fills every month cell
        #: with one or the other (first reading)
        self.crossed: frozenset[GridKey] = frozenset()
        #: grids of cumulative percentages (see _parse_table) and the first row that shows one
        self.rising: frozenset[GridKey] = frozenset()
        self.grid_rising: dict[GridKey, RawRow] = {}
        self.grid_mixed: dict[GridKey, tuple[RawRow, bool]] = {}

    def _opens_group(self, r: RawRow, no: str, keg: str, nxt: RawRow | None) -> bool:
        """Whether the unmarked kegiatan row ``r`` heads steps written under it in its own column:
        the next row is numbered under its number ("1.1" under "1") or bulleted/lettered without a
        number. Only a row with nothing but its number and kegiatan (no output, no person in charge)."""
        if nxt is None or self.layout is None:
            return False
        if _CHILD_MARK.match(keg) and not (
            _ROMAN_LABEL.match(keg) and _FIRST_LETTER.match(self.cell(nxt, "kegiatan"))
        ):
            return (
                False  # a lettered step itself; but "i. Penyusunan Tim Kerja" over "a. …" is a Roman heading
            )
        own = {c for c, _ in _texts(r)} - set(self.layout.months)
        if own - {self.layout.col("no"), self.layout.col("kegiatan"), self.layout.col("area")}:
            return False
        return self._is_child(nxt, (no, keg)) and not self.cell(nxt, "area")

    def set_area(self, text: str, roman: bool = False) -> None:
        self.program = strip_label(text)
        self.no = None
        self.kegiatan = self.sub = self.component = None
        self.roman_area = roman
        self.parent = None
        self.group = None

    def raw(self, r: RawRow, role: str) -> str:
        """The cell of ``role`` as written; a value spread from a merged cell to its left is not its own."""
        lay = self.layout
        assert lay is not None
        col = lay.col(role)
        return "" if col is None or col in r.merged_from else r.cell(col)

    def cell(self, r: RawRow, role: str) -> str:
        return clean(self.raw(r, role))

    def texts(self, r: RawRow) -> list[str]:
        lay = self.layout
        assert lay is not None
        return [clean(r.cell(c)) for c in lay.text_columns if clean(r.cell(c))]

    def _merged_over(self, r: RawRow, acts: list[ParsedActivity]) -> int | None:
        """The last activity, when all its text cells are merged down over row ``r`` (which has no text of
        its own outside the month columns): each of its kegiatan, sub-kegiatan and indicator reaches down
        here. A row under a
        kegiatan merged over several sub-kegiatan rows, with an empty sub-kegiatan cell of its own, is
        none (whose marks they are is not known: said)."""
        lay = self.layout
        assert lay is not None
        if not acts or any(clean(t) for c, t in enumerate(r.cells) if c not in lay.months):
            return None  # a row saying what it is ("Realisasi" under "Rencana"): not the activity's plan
        last = acts[-1].row
        shown = 0
        for role in ("kegiatan", "sub", "indicator"):
            col = lay.col(role)
            text = clean(last.cell(col)) if col is not None else ""
            if col is None or not text:
                continue
            above = r.above(col)
            if above is None or clean(above.text) != text:
                return None
            shown += 1
        return len(acts) - 1 if shown else None

    def _struck_out(self, r: RawRow) -> str | None:
        """The activity's text when all of it is struck through (how a revised plan shows an activity
        called off), else ``None``."""
        if not r.struck:
            return None
        lay = self.layout
        assert lay is not None
        own = [c for role in ("kegiatan", "sub", "indicator") if (c := lay.col(role)) is not None]
        own = [c for c in own if c not in r.merged_from and r.cell(c).strip()]
        return clean(r.cell(own[0])) if own and all(c in r.struck for c in own) else None

    def _month_cell(self, r: RawRow, col: int) -> tuple[str, bool, str | None] | None:
        """What the month column ``col`` of the row shows (:meth:`_shown`), a fill of the grid's
        background (or of a grid whose background could not be told) shown as no fill."""
        shown = self._shown(r, col)
        fill = self.grid_fills.get(self.grid) if self.grid is not None else None
        if shown is not None and fill is not None and shown[2] in fill.no_mark:
            return shown[0], False, None
        return shown

    def _shown(self, r: RawRow, col: int) -> tuple[str, bool, str | None] | None:
        """What the month column ``col`` of the row shows: its text, whether it is empty and filled, and
        its fill colour; through a cell merged down over it from a row above (a mark or a Gantt bar over
        two activities marks both). ``None`` for a text merged in from a text column: no mark (it is
        said there)."""
        lay = self.layout
        assert lay is not None
        own = r.cell(col)
        above = None if own.strip() else r.above(col)
        if above is not None:
            if above.first not in lay.months:
                return None
            return above.text, above.filled or col in r.filled, above.colour or r.colours.get(col)
        if col in r.merged_from and r.merged_from[col] not in lay.months:
            return None
        return own, col in r.filled, r.colours.get(col)

    def _in_bar(self, r: RawRow, col: int) -> bool:
        """Whether month column ``col`` lies in a cell merged across two month columns or more."""
        lay = self.layout
        assert lay is not None
        origin = r.merged_from.get(col, col)
        if origin not in lay.months:
            return False
        return sum(1 for c in lay.months if c == origin or r.merged_from.get(c) == origin) >= 2

    def _rises(self, r: RawRow) -> dict[int, float] | None:
        """Each month column's percentage when every month cell of the row holds one and they never fall
        ("0% | 25% | 25% | 50% …"), else ``None``."""
        lay = self.layout
        assert lay is not None
        got: dict[int, float] = {}
        for col in sorted(lay.months):
            m = _PERCENT.fullmatch(clean(r.cell(col)))
            if m is None:
                return None
            got[col] = float(m.group(1).replace(",", "."))
        values = list(got.values())
        return got if len(values) >= 4 and values == sorted(values) else None

    def _record_grid(self, r: RawRow, banding: str | None) -> None:
        """Keep what the row's month cells show, for telling its grid's background (:mod:`zi_eval.ra.fills`):
        a cell shaded like the row's text (banding) counts as unfilled."""
        lay = self.layout
        if self.grid is None or lay is None or not lay.months:
            return
        cells: list[Cell] = []
        for col in sorted(lay.months):
            shown = self._shown(r, col)
            if shown is not None:
                text, _, colour = shown
                cells.append(
                    (None if colour == banding else colour, bool(text.strip()) and not is_no_mark(text))
                )
        if cells:
            self.grid_cells.setdefault(self.grid, []).append(cells)
            self.grid_first.setdefault(self.grid, r)

    def _months(
        self, r: RawRow, findings: list[Finding], notes: list[str], record: bool = False
    ) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The months marked in the row, and those among them marked only by a fill colour; with
        ``record``, what its month cells show is kept for telling the grid's background."""
        lay = self.layout
        assert lay is not None
        months: set[int] = set()
        filled: set[int] = set()
        banding = _row_colour(r, lay.months)
        if record:
            self._record_grid(r, banding)
        grid = self.grid
        rises = self._rises(r) if grid is not None else None
        if rises is not None and grid is not None and record and len(set(rises.values())) >= 3:
            self.grid_rising.setdefault(grid, r)  # "0% | 25% | 25% | 50% …": the grid's targets add up
        if rises is not None and grid in self.rising:
            before = 0.0
            for col, ms in sorted(lay.months.items()):
                if rises[col] > before:
                    months.update(ms)
                before = max(before, rises[col])
            return tuple(sorted(months)), ()
        crossed = self.grid in self.crossed
        called_off = self._struck_out(r) is not None  # the whole activity struck out: said once, as cancelled
        ticked = has_cross = False
        empty = 0  # month cells holding neither a tick nor an X
        for col, ms in sorted(lay.months.items()):
            shown = self._month_cell(r, col)
            if shown is None:
                continue
            cell, is_filled, colour = shown
            if _CROSS.fullmatch(cell.strip()):
                has_cross = True
                if crossed:  # "X : tidak ada kegiatan" beside the ticks (see _parse_table)
                    continue
            elif is_mark(cell):
                ticked = True
            else:
                empty += 1
            if not cell.strip() and col in r.unread:
                m = ms[0] if len(ms) == 1 else f"{ms[0]}–{ms[-1]}"
                action = f"bulan {m}: sel berisi {r.unread[col]} tanpa nilai terbaca; tidak dijadwalkan"
                findings.append(
                    Finding("IMPORT_CELL_UNREAD", r.line, r.sheet, col + 1, r.unread[col][:40], action)
                )
                continue
            if not cell.strip() or is_no_mark(cell):
                if is_filled and (banding is None or colour != banding):
                    filled.update(ms)
                continue
            if col in r.struck and col not in r.merged_from:
                # a mark struck through: withdrawn, the month is not scheduled (said, unless the whole
                # activity is struck out: that is said once, as cancelled)
                if not called_off:
                    m = ms[0] if len(ms) == 1 else f"{ms[0]}–{ms[-1]}"
                    findings.append(
                        Finding(
                            "IMPORT_UNKNOWN_MARK",
                            r.line,
                            r.sheet,
                            col + 1,
                            clean(cell)[:80],
                            f"tanda dicoret: bulan {m} tidak dijadwalkan",
                            f"the mark is struck through: month {m} not scheduled",
                        )
                    )
            elif is_mark(cell) or is_volume(cell):
                months.update(ms)
            elif self._in_bar(r, col) and not _CANCELLED.search(norm(cell)):
                # a cell merged across months with a label in it ("Januari - Desember", "Rapat"): a bar
                # of a Gantt chart, its months are the schedule whatever it says
                months.update(ms)
            elif not r.fonts_known and SYMBOL_TICK.fullmatch(clean(cell).replace(" ", "")):
                # "ü": Wingdings' tick (0xFC) read without its font (an .xls, a CSV or text copied from
                # it); "þ" its ticked box (0xFE), "Ö" the Symbol font's √ (0xD6). Nobody types them alone;
                # where fonts are known, a symbol font's code was read as its mark already
                months.update(ms)
                m = ms[0] if len(ms) == 1 else f"{ms[0]}–{ms[-1]}"
                findings.append(
                    Finding(
                        "IMPORT_SYMBOL_TICK",
                        r.line,
                        r.sheet,
                        col + 1,
                        clean(cell)[:10],
                        f"dibaca sebagai tanda, bulan {m} dijadwalkan",
                        f"read as a tick, month {m} scheduled",
                    )
                )
            elif colour is not None and (banding is None or colour != banding):
                # a shaded month cell with a word in it ("SK", "Jan"): shaded as the plan's other marks
                # are, and said as they are (IMPORT_FILLED_MONTH); the word is kept in the notes
                filled.update(ms)
                notes.append(f"kolom {col + 1} (bulan {ms[0]}) diarsir dan berisi {clean(cell)[:80]!r}")
            else:
                m = ms[0] if len(ms) == 1 else f"{ms[0]}–{ms[-1]}"
                action = f"bulan {m} tidak dijadwalkan; isi sel disimpan di sumber"
                english = f"month {m} not scheduled; the cell is kept in the source"
                if set(clean(cell)) == {"?"}:  # Excel's "CSV (ANSI)" writes a √ it cannot encode as "?"
                    action += " ('?' biasanya tanda √ yang hilang saat disimpan sebagai CSV ANSI: simpan sebagai CSV UTF-8)"
                    english += " ('?' is usually a √ lost when saved as ANSI CSV: save as CSV UTF-8)"
                findings.append(
                    Finding(
                        "IMPORT_UNKNOWN_MARK", r.line, r.sheet, col + 1, clean(cell)[:80], action, english
                    )
                )
                notes.append(
                    f"kolom {col + 1} (bulan {m}) berisi {clean(cell)[:80]!r}, bukan tanda: {action}"
                )
        if record and ticked and has_cross and self.grid is not None:
            first, full = self.grid_mixed.get(self.grid, (r, False))
            self.grid_mixed[self.grid] = (first, full or not empty)
        if months and set().union(*lay.months.values()) <= months | filled:
            # written marks and every other month cell shaded: the row is banded ("zebra" rows shade
            # the whole row), so its marks alone are its schedule
            return tuple(sorted(months)), ()
        only_fill = filled - months
        return tuple(sorted(months | filled)), tuple(sorted(only_fill))

    def _others(self, r: RawRow, findings: list[Finding], notes: list[str], act: ParsedActivity) -> None:
        """Keep every cell outside the text and month columns: role fields, notes, or a finding."""
        lay = self.layout
        assert lay is not None
        raw = lambda role: self.raw(r, role)  # noqa: E731
        act.output = clean(raw("output")) or None
        act.evidence = tuple(_lines(raw("evidence")))
        act.pic = clean(raw("pic")) or None
        act.budget = clean(raw("budget")) or None
        act.realisation = clean(raw("realisation")) or None
        sched = lay.roles.get("schedule")
        act.timing = clean(raw("schedule")) or None if sched is not None else None
        if act.timing is None and sched is not None and (down := r.above(sched)) is not None:
            # "Januari – Desember 2025" merged down over a component's a., b. rows: each row's schedule
            act.timing = clean(down.text) or None
        if act.timing is not None and sched is not None:
            # "BULAN KE-" over "1, 2", "3, 6, 9, 12", "2-4": the numbers are months
            act.months_by_number = bool(_MONTH_NUMBER_HEADER.match(norm(lay.headers.get(sched, ""))))
        elif "start" in lay.roles or "end" in lay.roles:
            # "MULAI | SELESAI" (month names or dates): the months from the one to the other
            start, end = clean(raw("start")), clean(raw("end"))
            act.timing = (f"{start} s.d. {end}" if start and end and start != end else start or end) or None
        if clean(raw("notes")):
            act.remarks.append(clean(raw("notes")))
            act.keterangan = clean(raw("notes"))
        code_col = lay.col("code")
        letter_col = None
        if code_col is not None and clean(r.cell(code_col)):
            nxt = clean(r.cell(code_col + 1))
            # ``A.1.I.i`` with its item letter in the next column: unheaded, or under the same
            # (merged) KODE header
            same = lay.headers.get(code_col + 1, "") in ("", lay.headers.get(code_col))
            letter = nxt if nxt and same and re.fullmatch(r"[a-z][.)]?", nxt) else ""
            letter_col = code_col + 1 if letter else None
            code = clean(r.cell(code_col))
            if _ITEM_LETTER.fullmatch(code) and self.code_head is not None:
                # "a" under an indicator heading row "A.1.I.i": the item of that indicator
                code, letter = self.code_head, code
            else:
                self.code_head = code
            act.code = (lay.headers.get(code_col, "KODE"), code, letter.rstrip(".)"))
        for col, header in sorted(lay.extra.items()):
            value = clean(r.cell(col))
            if _signature_text(header) or _signature_text(value):
                continue  # a signature block beside the table (it stays in the row's source text)
            if value and col not in r.merged_from and col != letter_col:
                act.remarks.append(f"{header}: {value}")
        if code_col is None:
            self._labels(r, act)
        used = set(lay.months) | set(lay.roles.values()) | set(lay.headers)
        for col, cell in enumerate(r.cells):
            if col in used or col == letter_col or not cell.strip() or col in r.merged_from:
                continue
            if not is_mark(cell):
                act.remarks.append(f"kolom {col + 1}: {clean(cell)}")
                continue
            after = bool(lay.months) and col > max(lay.months)
            where = "setelah kolom bulan ke-12" if after else "di luar kolom bulan"
            action = f"tanda di kolom {col + 1} ({where}) tidak dihitung sebagai bulan; disimpan di sumber"
            where_en = "after the 12th month column" if after else "outside the month columns"
            english = f"a mark in column {col + 1} ({where_en}) is not counted as a month; kept in the source"
            findings.append(
                Finding(
                    "IMPORT_MARK_OUTSIDE_MONTHS", r.line, r.sheet, col + 1, clean(cell)[:80], action, english
                )
            )
            notes.append(action + f": {clean(cell)[:80]!r}")

    def _labels(self, r: RawRow, act: ParsedActivity) -> None:
        """Follow the hierarchy labels written in the area, extra and indicator columns (filled down)."""
        lay = self.layout
        assert lay is not None
        cols = {c for c in (lay.col("area"), lay.col("indicator")) if c is not None} | set(lay.extra)
        for col in sorted(cols):
            text = clean(r.cell(col))
            if text and col not in r.merged_from:
                # a new text resets the labels of its column and those to its right (the levels below)
                self.labels = {c: t for c, t in self.labels.items() if c < col}
                if _HIER_LABEL.match(text):
                    self.labels[col] = text
        if len(self.labels) >= 2:
            act.labels = tuple((lay.headers.get(c, ""), t) for c, t in sorted(self.labels.items()))

    def _realisation_row(self, r: RawRow) -> bool:
        """Whether a row is the realisation of the activity above (a monitoring grid's second row per
        activity): its only words outside the month columns say so ("Realisasi", "R", "Capaian"). The plan
        row's own label ("Rencana", "T") is then no activity text (:meth:`_realised`)."""
        lay = self.layout
        assert lay is not None
        texts = [norm(t) for c, t in _texts(r) if c not in lay.months]
        return len(texts) == 1 and _REALISED_LABEL.fullmatch(texts[0]) is not None

    def _realised(self, r: RawRow, prev: ParsedActivity, findings: list[Finding]) -> LineRecord:
        """Keep a realisation row's marked months in the activity above (its schedule stays the plan's)."""
        lay = self.layout
        assert lay is not None
        label = next(t for c, t in _texts(r) if c not in lay.months)
        months, _ = self._months(r, [], [])
        shown = ", ".join(map(str, months)) or "-"
        said = f"realisasi: bulan {shown}"
        prev.realisation = f"{prev.realisation}; {said}" if prev.realisation else said
        for attr in ("sub", "indikator", "kegiatan"):  # "Rencana" labelling the plan row: no activity text
            if _PLANNED_LABEL.fullmatch(norm(getattr(prev, attr) or "")):
                setattr(prev, attr, None)
        findings.append(
            Finding(
                "IMPORT_REALISATION_ROW",
                r.line,
                r.sheet,
                None,
                label[:80],
                f"baris realisasi kegiatan di atasnya (bulan {shown}), bukan kegiatan baru: jadwalnya tetap "
                "baris rencana, realisasinya disimpan di kegiatan itu",
                f"the realisation row of the activity above (months {shown}), no new activity: its schedule "
                "stays the plan row's, the realisation is kept with that activity",
            )
        )
        return LineRecord(r.line, r.sheet, "realisation", "realisation of the activity above", span=r.span)

    def _code_heading(self, r: RawRow) -> bool:
        """Whether a row names an LKE indicator in the code column and nothing to do: no kegiatan or
        sub-kegiatan of its own, no month marked, no time (its items follow, one row per letter)."""
        lay = self.layout
        assert lay is not None
        code_col = lay.col("code")
        code = clean(r.cell(code_col)) if code_col is not None else ""
        if not code or _ITEM_LETTER.fullmatch(code) or self.cell(r, "kegiatan") or self.cell(r, "sub"):
            return False
        if self._marked(r) or ("schedule" in lay.roles and self.cell(r, "schedule")):
            return False
        self.code_head = code
        return True

    def _in_activity_column(self, r: RawRow, col: int) -> bool:
        """Whether a row's lone text sits in the kegiatan or sub-kegiatan column, as a table row's does
        ("Penyusunan Rencana Aksi ZI Tahun 2026", unscheduled), not across the row or in a line of its own."""
        lay = self.layout
        assert lay is not None
        return (
            len(r.cells) > 1
            and not r.merged_from
            and col in {lay.roles.get("kegiatan"), lay.roles.get("sub")} - {0}
        )

    def _marked(self, r: RawRow, filled: bool = True) -> bool:
        """Whether a month column of the row shows a mark (or, with ``filled``, a fill)."""
        lay = self.layout
        assert lay is not None
        shown = [self._month_cell(r, c) for c in lay.months]
        return any(s is not None and (is_mark(s[0]) or filled and s[1]) for s in shown)

    def _heading(self, r: RawRow, lay: Layout) -> str | None:
        """The area a heading row names, or ``None`` when the row is no area heading."""
        texts = [(c, t) for c, t in _texts(r) if c not in lay.months]  # marks are no heading's words
        no_col = lay.col("no")
        words = [(c, t) for c, t in texts if c == no_col or not _AMOUNT.fullmatch(t)]
        if len(words) < len(texts) and any(self.is_area(strip_label(t)) for c, t in words if c != no_col):
            # "I | Manajemen Perubahan | 10%": the area's weight, budget or count beside its name
            texts = words
        numbered = ""
        if len(texts) == 2 and texts[0][0] == no_col and _HEADING_LABEL.fullmatch(texts[0][1]):
            numbered = texts[0][1]
            texts = texts[1:]  # "A | MANAJEMEN PERUBAHAN" merged across: the label numbers the heading
        if len({t for _, t in texts}) != 1:
            return None
        col, text = texts[0]
        if self._marked(r, filled=False):
            # "I | MANAJEMEN PERUBAHAN" with marks: a heading whose marks sum up the activities under
            # it (an area name alone, after its Roman or letter number); any other marked row is a line
            number = self.cell(r, "no")
            heads = number != text and (_is_roman(number) or bool(re.fullmatch(r"[A-Ha-h]\.?", number)))
            return text if heads and self.is_area(strip_label(text)) else None
        spread = sum(1 for c in r.merged_from.values() if c == col)
        label = _LABEL.match(text)
        roman = bool(label) and _is_roman(label.group(1))  # type: ignore[union-attr]
        named = self.is_area(strip_label(text))
        if _COMPONENT.fullmatch(norm(strip_label(text))):
            return text  # "A | PENGUNGKIT", "B. HASIL": the LKE's components head the areas under them
        if col in lay.combined and "area" in lay.combined[col]:
            return text if (named or roman) else None
        # merged across most of the table (not a kegiatan merged over two or three columns)
        wide = spread + 1 >= max(3, lay.width // 2) or spread >= 2 and (named or roman)
        if wide or roman or (named and lay.col("area") is None):
            return text
        if col == lay.col("no") and lay.col("area") is None and not re.fullmatch(r"[\dIVXivx.()]+", text):
            # a name alone in the numbering column: a section heading, not a number
            return text
        if _AREA_BY_NUMBER.fullmatch(norm(text)) and not self.cell(r, "no") and lay.col("area") is None:
            # "AREA 1" alone in a row, no number, no mark: a heading numbering its area (read by the LKE's
            # order of areas, said), not an activity without months
            return text
        if _is_roman(numbered.rstrip(".")) and text.isupper() and lay.col("area") is None:
            # "VII | LAIN-LAIN" after the six areas' "I | MANAJEMEN PERUBAHAN" …: a section of its own,
            # which names no ZI area (its activities are said to lack one), not an activity of the sixth
            return text
        return None

    def _continuation(
        self, r: RawRow, acts: list[ParsedActivity], text: str, findings: list[Finding]
    ) -> LineRecord | None:
        """Join a row that only carries on the text of the row above ("(lanjutan) dan pelaporan …").

        A cell too narrow for its text wraps into a row of its own in some plans: one text in the
        kegiatan, sub-kegiatan or indicator column, starting in lower case or with "(lanjutan)", no
        number, no mark and nothing else in the row. Made an activity, it would be linked and scored
        as one. It is joined to the same column of the activity above, and said.
        """
        lay = self.layout
        assert lay is not None
        start = _CONTINUES.match(text)
        prev = acts[-1]
        broken = self._after_break(r, prev)
        if self._marked(r) or len(_texts(r)) != 1 and not broken:
            return None
        field = next(
            (
                f
                for f, role in (("kegiatan", "kegiatan"), ("sub", "sub"), ("indikator", "indicator"))
                if self.cell(r, role) == text
            ),
            None,
        )
        if field == "kegiatan" and self.component is not None and prev.sub:
            field = "sub"  # shape A: the action column is the sub-kegiatan under its component
        if field is None or not getattr(prev, field):
            return None
        if start is None and not _DANGLING.search(getattr(prev, field)) and not broken:
            return None  # neither this text carries on nor the one above breaks off ("… apel pagi dan")
        rest = text[start.end() :].strip() if start is not None and start.group(1) else text
        setattr(prev, field, f"{getattr(prev, field)} {rest}".strip())
        if broken:  # the rest of the row goes on too: its evidence lines, its other cells
            prev.evidence = (*prev.evidence, *_lines(self.raw(r, "evidence")))
        if field == "kegiatan" and self.kegiatan is not None:
            self.kegiatan = prev.kegiatan
        elif field == "sub" and self.sub is not None:
            self.sub = prev.sub
        prev.notes.append(f"baris {r.line}: teks disambung ke kegiatan di atasnya: {text[:80]!r}")
        findings.append(
            Finding(
                "IMPORT_ROW_JOINED",
                r.line,
                r.sheet,
                None,
                text[:80],
                "teks baris ini disambung ke kegiatan di atasnya, bukan kegiatan baru",
                "this row's text is joined to the activity above, not made a new activity",
            )
        )
        return LineRecord(
            r.line, r.sheet, "activity", "continues the row above", activity=len(acts) - 1, span=r.span
        )

    def _after_break(self, r: RawRow, prev: ParsedActivity) -> bool:
        """Whether ``r`` is the first row after a page or table break under an activity whose schedule
        it lacks: a row cut in two by the break (Word, PDF), its number, area, indicator and schedule
        left on the page before. Only in a plan that schedules its rows, only with nothing in those
        columns: made an activity, it was one without any month."""
        lay = self.layout
        assert lay is not None
        if not (lay.months or "schedule" in lay.roles) or not (prev.months or prev.timing):
            return False
        if any(self.cell(r, role) for role in ("no", "area", "indicator", "schedule")):
            return False
        before = prev.row
        if self.program != prev.program:
            return False  # an area heading came between: a row of the new area
        if r.page is not None and before.page is not None:
            return r.page != before.page
        here, there = _TABLE_PLACE.match(r.place or ""), _TABLE_PLACE.match(before.place or "")
        return bool(here and there and here.group(1) != there.group(1))

    def _is_child(self, r: RawRow, group: tuple[str, str] | None) -> bool:
        """Whether row ``r`` is a step of the kegiatan heading ``group`` (number, kegiatan) above it:
        numbered under its number ("1.1" under "1"), or unnumbered with a bullet or a letter ("- …",
        "a. …") in the kegiatan column."""
        if group is None:
            return False
        no, keg = self.cell(r, "no"), self.cell(r, "kegiatan")
        if not keg or self.cell(r, "sub"):
            return False
        if no:
            return bool(group[0]) and no.startswith(group[0].rstrip(".") + ".") and no != group[0]
        return bool(_CHILD_MARK.match(keg))

    def take(
        self, r: RawRow, acts: list[ParsedActivity], findings: list[Finding], nxt: RawRow | None = None
    ) -> LineRecord:
        lay = self.layout
        assert lay is not None
        alone = _texts(r)
        if (
            len(alone) == 1
            and _PAGE_NOISE.search(norm(alone[0][1]))
            and not self._marked(r, filled=False)
            and not self.is_area(alone[0][1])
            and not self._in_activity_column(r, alone[0][0])
        ):
            # a page number, a running header or "Lanjutan …" between two parts of the table: the
            # area and kegiatan go on (it became the area of every row after it)
            return LineRecord(
                r.line, r.sheet, "header", "page text between two parts of the table", span=r.span
            )
        if acts and self._realisation_row(r):
            return self._realised(r, acts[-1], findings)
        heading = self._heading(r, lay)
        if heading is not None:
            # "I | MANAJEMEN PERUBAHAN" merged across: as unmerged (shape A), numbered names in the area
            # column under it are components
            # the label in the No column ("I"), or heading the text merged over it ("I. MANAJEMEN PERUBAHAN")
            no_cell = self.cell(r, "no")
            m = _LABEL.match(no_cell) or _LABEL.match(heading)
            label = m.group(1) if m else no_cell
            self.set_area(heading, roman=_is_roman(label) or bool(re.fullmatch(r"[A-Ha-h]\.?", label)))
            return LineRecord(r.line, r.sheet, "header", "area heading", span=r.span)
        if self._code_heading(r):
            # "A.1.I.i | Penyusunan Tim Kerja" over "a | … | 1. Rapat …": the indicator the rows under it
            # name by their item letters, no activity (it took the kegiatan of the row above)
            return LineRecord(r.line, r.sheet, "header", "LKE indicator heading", span=r.span)
        no = self.cell(r, "no")
        prog = self.cell(r, "area")
        keg_raw = self.raw(r, "kegiatan")
        keg = clean(keg_raw)
        sub = self.cell(r, "sub")
        ind = self.cell(r, "indicator")
        area_col = lay.col("area")
        if area_col is not None and area_col == lay.col("kegiatan"):
            # a combined "Area / Kegiatan" column: in an activity row its text is the kegiatan
            prog, keg_raw = "", keg_raw
        else:
            keg = _kegiatan_text(keg_raw) if keg else ""
        texts = [t for t in (no, prog, keg, sub, ind) if t]
        notes: list[str] = []
        lettered = _LETTERED.match(sub or keg or "") if not (no or prog) and bool(sub) != bool(keg) else None
        if lettered and self.parent is not None and self.component is None:
            months, _ = self._months(r, findings, notes, record=True)
            text = clean(lettered.group(2)) + (f" — {ind}" if ind else "")
            self.parent.substeps.append(ParsedSubstep(lettered.group(1).lower(), text, months, r))
            self.parent.notes += notes
            return LineRecord(
                r.line,
                r.sheet,
                "substep",
                f"sub-step {lettered.group(1).lower()}",
                activity=acts.index(self.parent),
                span=r.span,
            )
        if any(_EXAMPLE.match(t) for t in (prog, keg, sub)):
            # a template's example row ("0 | (contoh) | Contoh: Rapat koordinasi | …"), left in: no activity
            return _not_placed(
                r,
                findings,
                "example row of a template",
                "baris contoh dari templat, bukan kegiatan rencana: tidak dijadikan kegiatan",
                "an example row of the template, no activity of the plan: not made an activity",
            )
        joined = (
            self._continuation(r, acts, keg or sub or ind, findings) if len(texts) == 1 and acts else None
        )
        if joined is not None:
            return joined
        if not texts:
            months, _ = self._months(r, findings, notes)
            owner = self._merged_over(r, acts) if months else None
            if owner is not None:
                # the activity's text cells merged down over this row: its marks here are the activity's
                # ("Reviu SOP" over two rows, Feb-Mar on the first and Apr on the second)
                act = acts[owner]
                act.months = tuple(sorted({*act.months, *months}))
                act.notes += notes
                return LineRecord(
                    r.line, r.sheet, "activity", "marks of the activity merged over this row", owner, r.span
                )
            why = "marks without any text" if months else "content outside the table's text columns"
            return _not_placed(
                r,
                findings,
                why,
                "baris tidak dijadikan kegiatan: "
                + ("tanda tanpa teks apa pun" if months else "isi di luar kolom teks tabel"),
                "row not made an activity: " + why,
            )
        combined = area_col is not None and area_col == lay.col("kegiatan")
        if no and _is_roman(no) and combined and keg and not (sub or ind) and not self._marked(r):
            # "II | Penataan Tata Laksana" in a combined "Area / Kegiatan" column
            self.set_area(keg)
            return LineRecord(r.line, r.sheet, "header", "area heading", span=r.span)
        lettered_area = (
            bool(no) and bool(re.fullmatch(r"[A-Ha-h]\.?", no)) and self.is_area(strip_label(prog))
        )
        if no and prog and (_is_roman(no) or lettered_area) and not (keg or sub or ind):
            # shape A: "I | MANAJEMEN PERUBAHAN" (or "A | MANAJEMEN PERUBAHAN") is an area heading
            self.set_area(prog, roman=True)
            return LineRecord(r.line, r.sheet, "header", "area heading", span=r.span)
        numbered = bool(re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\)", no))
        repeats_area = norm(strip_label(prog)) == norm(strip_label(self.program or ""))
        if (
            self.roman_area
            and prog
            and not _is_roman(no)
            and (numbered or not self.is_area(prog))
            and not repeats_area  # "1 | Manajemen Perubahan | …" under "I. MANAJEMEN PERUBAHAN": the area again
        ):
            # shape A: a numbered component under a Roman area heading names the kegiatan below it, even
            # when its name holds an area's word ("3. Pengawasan Disiplin Pegawai" under III. SDM); an
            # area changes with a Roman numeral
            self.component = strip_label(prog)
            self.kegiatan = self.sub = None
            if not (keg or sub or ind):
                return LineRecord(r.line, r.sheet, "header", "component heading", span=r.span)
            prog = ""
        months_marked = self._marked(r, filled=False)
        if self._is_child(r, self.group):
            # a step under a kegiatan heading: its kegiatan is the heading's, its own text the sub-kegiatan
            assert self.group is not None
            self.no, self.kegiatan, self.sub = no or self.no, self.group[1], keg
            keg, sub = "", keg
            no = prog = ""
        else:
            self.group = None
        if keg and not (sub or ind) and not months_marked and self._opens_group(r, no, keg, nxt):
            # "1 | Pembentukan Tim Kerja" over "1.1 | Penyusunan draf SK" or "- Sosialisasi …": no activity
            # of its own (it was one, without months), the kegiatan of the steps under it
            self.no, self.program = no or self.no, prog or self.program
            self.kegiatan, self.sub, self.group = keg, None, (no, keg)
            return LineRecord(r.line, r.sheet, "header", "kegiatan heading", span=r.span)
        if (no or prog) and not (keg or sub or ind) and not months_marked:
            # a program heading on its own row: it names the area for the rows below
            self.no, self.program = no or self.no, prog or self.program
            self.kegiatan = self.sub = None
            return LineRecord(r.line, r.sheet, "header", "program heading", span=r.span)
        if no or prog:
            self.no = no or self.no
            self.program = prog or self.program
            self.kegiatan = self.sub = None
        if self.component is not None and "sub" not in lay.roles:
            # under a component the action column (LANGKAH AKSI) is the sub-kegiatan
            self.kegiatan = self.component
            self.sub = keg or None
            letter = _LETTERED.match(ind)
            ind = clean(letter.group(2)) if letter else ind
        elif keg:
            self.kegiatan, self.sub = keg, (sub or None)
        elif sub:
            self.sub = sub
        months, filled = self._months(r, findings, notes, record=True)
        act = ParsedActivity(self.no, self.program, self.kegiatan, self.sub, ind or None, months, r, notes)
        act.filled = filled
        self._others(r, findings, notes, act)
        said = next(
            (x for x in (clean(self.raw(r, "notes")), act.realisation or "") if _CALLED_OFF.match(norm(x))),
            None,
        )
        if said is None and (said := self._struck_out(r)) is not None:
            how = "teksnya dicoret", "is struck through"
        else:
            how = "dinyatakan batal", "is said to be cancelled"
        if said is not None:
            # "Dibatalkan" in its Keterangan, or its text struck through: the plan no longer holds it
            name = (self.sub or self.kegiatan or "")[:60]
            findings.append(
                Finding(
                    "IMPORT_ACTIVITY_CANCELLED",
                    r.line,
                    r.sheet,
                    None,
                    said[:80],
                    f"kegiatan '{name}' {how[0]}: tidak dijadikan kegiatan rencana",
                    f"the activity '{name}' {how[1]}: not made an activity of the plan",
                )
            )
            return LineRecord(r.line, r.sheet, "skipped", "activity the plan says is cancelled", span=r.span)
        acts.append(act)
        self.parent = act if act.opens_substeps else None
        if keg and not (sub or ind) and self.group is None and self._opens_group(r, no, keg, nxt):
            # a kegiatan with a schedule of its own over steps numbered under it: it stays an activity
            # (its marks are kept), and the steps under it are its sub-kegiatan
            self.group = (no, keg)
        kind_reason = (
            "activity" if (keg or sub) else "indicator-only line inheriting kegiatan and sub-kegiatan"
        )
        return LineRecord(r.line, r.sheet, "activity", kind_reason, activity=len(acts) - 1, span=r.span)
