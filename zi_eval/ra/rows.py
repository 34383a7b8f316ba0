"""Turn a source document into numbered rows of cells: the interface every plan reader returns.

Text, TSV, CSV and Markdown are split here; spreadsheets, PDF and Word documents are read by the
modules of :mod:`zi_eval.ra.readers`. The format is told from the content first, then the name.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from zi_eval.errors import fail
from zi_eval.io.sheets import MAX_SHEET_COLS, MAX_SHEET_ROWS, OLE2_MAGIC, check_zip
from zi_eval.io.textfile import decode_text, read_bytes

__all__ = [
    "MAX_SHEET_COLS",
    "MAX_SHEET_ROWS",
    "Document",
    "MergedAbove",
    "RawRow",
    "detect_format",
    "read_document",
    "read_text_rows",
]

#: The zip-bomb and member check (zi_eval.io.packages.check_zip), under the name older imports use.
_check_zip = check_zip


#: A page number on its own line (a PDF's, a Word footer's) ("- 3 -", "Hal. 3", "3 dari 10"): page furniture, not plan content.
#: A bare number has at most three digits: "2025" alone on a line is the plan's year, not a page.
PAGE_NUMBER = re.compile(
    r"^[-–—\s]*((hal(aman)?|page)\.?\s*\d{1,4}|\d{1,3})(\s*(dari|of|/)\s*\d{1,4})?[-–—\s]*$", re.I
)


@dataclass(frozen=True)
class MergedAbove:
    """A merged range reaching down over a row from a row above: its columns (0-based, inclusive) and what
    its first cell shows there, its text and its fill (``filled``: empty and filled, a Gantt bar)."""

    first: int
    last: int
    text: str
    colour: str | None = None
    filled: bool = False


@dataclass
class RawRow:
    """One source line (text), sheet row (spreadsheets), table row or paragraph (PDF, DOCX) split into cells.

    ``line`` is the 1-based line or sheet row; in a PDF or DOCX, which have no lines, it counts the
    rows read from the document and ``place`` says where the row is. Rows of one logical table
    share ``sheet`` (a sheet name; ``None`` for text, PDF and DOCX: one table over all pages).
    """

    line: int
    cells: list[str]
    raw: str
    sheet: str | None = None
    col_offset: int = 0  # xlsx: 0-based index of column A
    span: int = 1  # how many physical lines the row covers (CSV with quoted newlines)
    merged_from: dict[int, int] = field(default_factory=dict)  # column -> column holding the merged value
    filled: set[int] = field(default_factory=set)  # xlsx: columns of empty cells with a fill colour
    colours: dict[int, str] = field(default_factory=dict)  # xlsx, docx: each filled cell's colour
    hidden: bool = False  # sheets: the sheet hides this row
    hidden_cols: frozenset[int] = frozenset()  # sheets: the columns the sheet hides
    #: sheets: merged ranges that start in a row above and cover this one; their cells here are empty
    #: (a kegiatan merged down is filled down by the parser), a month merged down is read through them
    merged_above: tuple[MergedAbove, ...] = ()
    unread: dict[int, str] = field(default_factory=dict)  # xlsx: column -> formula without result / error
    place: str | None = None  # PDF/DOCX: where the row is ("hal. 3, tabel 1, baris 5", "paragraf 2")
    page: int | None = None  # PDF: the page the row starts on (for Source.page)
    hidden_text: tuple[str, ...] = ()  # DOCX: text the author hid (w:vanish), left out of the cells
    #: xlsx, DOCX: the columns whose text is struck through, all of it (a cancelled activity, a withdrawn mark)
    struck: frozenset[int] = frozenset()
    #: page furniture: a Word page header, a PDF line printed on several pages (a running header or footer)
    running: bool = False
    #: the source keeps each character's font (xlsx, ods, Word, PDF: a symbol font's code is read as the
    #: mark it shows); ``False`` for text, CSV and .xls, where a Wingdings tick stays its code ("ü")
    fonts_known: bool = True

    def above(self, col: int) -> MergedAbove | None:
        """The merged range reaching down over column ``col`` of this row from a row above, or ``None``."""
        return next((m for m in self.merged_above if m.first <= col <= m.last), None)

    def cell(self, idx: int | None) -> str:
        if idx is None or idx < 0 or idx >= len(self.cells):
            return ""
        return self.cells[idx]


@dataclass
class Document:
    """A source document read into rows, with what was detected about it."""

    name: str
    format: str
    encoding: str | None
    rows: list[RawRow]
    sheets: list[str] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)  # sheets the workbook hides from its reader


#: Formats read into rows; the others detected are refused with a hint (save as .docx or PDF).
SPREADSHEETS = ("xlsx", "xls", "ods")
REFUSED = ("doc", "odt", "rtf", "encrypted")
_BY_SUFFIX = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".doc": "doc",
    ".odt": "odt",
    ".rtf": "rtf",
}
#: The file names whose format their suffix tells (the rest are read as text, by their content).
DOCUMENT_SUFFIXES = tuple(_BY_SUFFIX)


def _zip_format(data: bytes, suffix: str) -> str:
    """Tell an Office Open XML or OpenDocument file by its members (a .docx renamed .xlsx is a docx)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError, EOFError):
        return _BY_SUFFIX.get(suffix, "xlsx")  # a broken zip: its reader says what is wrong
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names:
        if b"opendocument.spreadsheet" in mimetype:
            return "ods"
        if b"opendocument.text" in mimetype:
            return "odt"
    return _BY_SUFFIX.get(suffix, "xlsx")


def _ole2_format(data: bytes, suffix: str) -> str:
    """Tell old binary Word from old Excel by the stream names in the OLE2 directory."""
    head = data[: 1024 * 1024]
    if "EncryptedPackage".encode("utf-16-le") in head:
        return "encrypted"  # a password-protected .docx/.xlsx is an OLE2 file around the package
    if "WordDocument".encode("utf-16-le") in head:
        return "doc"
    if "Workbook".encode("utf-16-le") in head or "Book".encode("utf-16-le") in head:
        return "xls"
    return _BY_SUFFIX.get(suffix, "xls") if suffix in (".doc", ".xls") else "xls"


_HTML_TABLE = re.compile(r"<\s*table\b", re.I)
_HTML_CELL = re.compile(r"<\s*t[dh]\b", re.I)


def detect_format(data: bytes, suffix: str) -> str:
    """Detect the format of a plan from its content first, then its name.

    One of ``pdf``, ``docx``, ``xlsx``, ``xls``, ``ods``, ``html``, ``markdown``, ``tsv``, ``csv``, ``text``,
    or a format that is refused with a hint: ``doc``, ``odt``, ``rtf``, ``encrypted``.
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data, suffix)
    if data.startswith(OLE2_MAGIC):
        return _ole2_format(data, suffix)
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if suffix in (".xlsx", ".xlsm") or (suffix in _BY_SUFFIX and b"\x00" in data[:4096]):
        return _BY_SUFFIX[suffix]  # binary, yet not what its name says: its reader reports that
    text, _ = decode_text(data[:65536])
    if _HTML_TABLE.search(text) and _HTML_CELL.search(text):
        return "html"  # a web application's export, often named .xls
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return "text"
    pipe = sum(1 for ln in lines if ln.lstrip().startswith("|") and ln.count("|") >= 3)
    tabs = sum(1 for ln in lines if "\t" in ln)
    if pipe >= 2 and pipe >= tabs:
        return "markdown"
    if tabs >= 2:
        return "tsv"
    semis = sum(1 for ln in lines if ln.count(";") >= 4)
    commas = sum(1 for ln in lines if ln.count(",") >= 4)
    if suffix == ".csv" or max(semis, commas) >= max(2, len(lines) // 3):
        return "csv"
    return "text"


_MD_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _split_markdown(line: str) -> list[str]:
    s = line.strip()
    if not s.startswith("|"):
        return [line]
    s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.strip().replace("\\|", "|") for c in cells]


def read_text_rows(text: str, fmt: str) -> list[RawRow]:
    """Split decoded text into rows; every physical line belongs to exactly one row."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if fmt == "csv":
        return _csv_rows(lines)
    rows = []
    aligned = _aligned_cells(lines) if fmt == "text" else {}
    i = 0
    while i < len(lines):
        start, ln = i, lines[i]
        i += 1
        if fmt == "markdown" and ln.lstrip().startswith("|"):
            cells = ["---"] if _MD_SEP.match(ln) else _split_markdown(ln)
        elif "\t" in ln:
            cells, i = _tab_row(lines, start)
            ln = "\n".join(lines[start:i])
        elif start in aligned:
            cells, i = aligned[start]
            ln = "\n".join(lines[start:i])
        else:
            cells = [ln]
        rows.append(RawRow(start + 1, cells, ln, span=i - start, fonts_known=False))
    return rows


#: Words a plan table's header line holds (text lined up with spaces, as a PDF viewer copies a table).
_HEADER_WORDS = re.compile(
    r"(?<![a-z])(?:no|kegiatan|uraian|rencana aksi|langkah|waktu|jadwal|bulan|pic|penanggung ?jawab|area|"
    r"program|indikator|output|keluaran|target|sasaran|keterangan|pelaksana|sub ?kegiatan)(?![a-z])",
    re.I,
)
#: How far (characters) a field may start from its column's start, and a cut from a column's edge.
_ALIGN_SLACK = 3
_CUT_SLACK = 8


def _aligned_cells(lines: list[str]) -> dict[int, tuple[list[str], int]]:
    """Cells of the rows of a table lined up with spaces (text copied from a PDF: ``No   Kegiatan   Waktu``),
    each with the line after it, by its first line's index; no tab, no pipe. Nothing without a header line.

    A header line holds three fields or more, two spaces apart, two of them a plan header's words; its
    fields' starts are the columns. Every later line whose fields start on columns is cut at the columns,
    at the space nearest each column's start when a text runs past it ("Februari s.d. April Kasubag
    Umum"); a line that does not fit (a sentence, a signature) stays one cell. Under a header starting with
    "No", a line with the number column empty right under a row holds that row's cells wrapped onto the
    next line ("Pembentukan Tim Kerja" over "Zona Integritas"): it is joined to the row, cell by cell.
    """
    out: dict[int, tuple[list[str], int]] = {}
    starts: list[int] | None = None
    numbered = False
    row: int | None = None  # the row wrapped lines join
    for i, line in enumerate(lines):
        if "\t" in line:  # a tab-separated line is read by its tabs; its columns are not ours to guess
            starts, row = None, None
            continue
        fields = [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]
        if len(fields) >= 3 and sum(1 for _, f in fields if _HEADER_WORDS.fullmatch(f.strip())) >= 2:
            starts = [at for at, _ in fields]
            numbered = fields[0][1].strip().lower().rstrip(".") in ("no", "nomor")
            out[i], row = ([f for _, f in fields], i + 1), None
            continue
        if starts is None or not fields:
            row = None
            continue
        if not all(any(abs(at - s) <= _ALIGN_SLACK for s in starts) for at, _ in fields) or _across(
            fields, starts
        ):
            row = None
            continue
        cells = _cut(line, starts)
        if numbered and not cells[0] and row is not None:
            joined, _ = out[row]
            out[row] = (
                [f"{a}\n{b}" if a and b else a or b for a, b in zip(joined, cells, strict=True)],
                i + 1,
            )
            continue
        out[i] = (cells, i + 1)
        row = i
    return out


def _across(fields: list[tuple[int, str]], starts: list[int]) -> bool:
    """Whether a line is one text running across the columns (a sentence, a signature's place and date)
    rather than a cell: a lone field reaching past the next column's start."""
    if len(fields) != 1:
        return False
    at, text = fields[0]
    nxt = [s for s in starts if s > at + _ALIGN_SLACK]
    return bool(nxt) and at + len(text) > nxt[0] + _ALIGN_SLACK


def _cut(line: str, starts: list[int]) -> list[str]:
    """``line`` cut into one cell per column (``starts``), each cut moved to the space nearest it when a
    word runs over a column's start."""
    cuts = [0]
    for s in starts[1:]:
        at = s
        if 0 < s < len(line) and not line[s - 1].isspace() and not line[s].isspace():
            spaces = [
                j
                for j in range(max(cuts[-1] + 1, s - _CUT_SLACK), min(len(line), s + _CUT_SLACK))
                if line[j] == " "
            ]
            if spaces:
                at = min(spaces, key=lambda j: abs(j - s))
        cuts.append(max(at, cuts[-1]))
    cuts.append(max(len(line), cuts[-1]))
    return [line[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]


def _tab_row(lines: list[str], start: int) -> tuple[list[str], int]:
    """The cells of the tab-separated row at ``lines[start]`` and the line after it.

    Excel saves (and copies) a cell holding a line break or a quote as a quoted field ("Reviu SOP\n
    layanan"): such a row runs over several lines until its quotes balance (bounded), and is read as
    CSV with tabs. A row with no field starting with a quote is split as written (a quote inside a
    text, 'Kegiatan "Jumat Bersih"', is text).
    """
    line = lines[start]
    if not any(f.startswith('"') for f in line.split("\t")):
        return line.split("\t"), start + 1
    end = start + 1
    while line.count('"') % 2 == 1 and end < len(lines) and end - start < 50:
        line += "\n" + lines[end]
        end += 1
    if line.count('"') % 2 == 1:  # never closed: the quote was text
        return lines[start].split("\t"), start + 1
    try:
        cells = next(csv.reader(io.StringIO(line), delimiter="\t"), [])
    except csv.Error:
        return lines[start].split("\t"), start + 1
    return cells or [""], end


def _csv_rows(lines: list[str]) -> list[RawRow]:
    sample = "\n".join(lines[:50])
    delim = ";" if sample.count(";") > sample.count(",") else ","
    rows: list[RawRow] = []
    i = 0
    while i < len(lines):
        start = i
        buf = lines[i]
        i += 1
        # a quoted cell may run over several lines: join until quotes balance (bounded)
        while buf.count('"') % 2 == 1 and i < len(lines) and i - start < 50:
            buf += "\n" + lines[i]
            i += 1
        try:
            cells = next(csv.reader(io.StringIO(buf), delimiter=delim), [])
        except csv.Error:
            cells = [buf]
        rows.append(RawRow(start + 1, cells or [""], buf, span=i - start, fonts_known=False))
    return rows


_REFUSED_GOT = {
    "doc": "an old binary Word document (.doc)",
    "odt": "an OpenDocument text (.odt)",
    "rtf": "a Rich Text document (.rtf)",
    "encrypted": "a password-protected Office file",
}


def read_document(path: str | Path) -> Document:
    """Read a Rencana Aksi source of any supported format into rows."""
    # imported here: the readers build RawRow from this module
    from zi_eval.ra.readers import read_docx_rows, read_html_rows, read_pdf_rows, read_sheet_rows

    p = Path(path)
    data = read_bytes(p)
    fmt = detect_format(data, p.suffix.lower())
    if fmt in REFUSED:
        must = "an unencrypted plan" if fmt == "encrypted" else "a plan saved as .docx, PDF or a spreadsheet"
        raise fail(str(path), None, "file", must, _REFUSED_GOT[fmt])
    if fmt in SPREADSHEETS:
        rows, sheets, hidden = read_sheet_rows(str(path), data, fmt)
        return Document(p.name, fmt, None, rows, sheets, hidden)
    if fmt == "pdf":
        return Document(p.name, fmt, None, read_pdf_rows(str(path), data))
    if fmt == "docx":
        return Document(p.name, fmt, None, read_docx_rows(str(path), data))
    if (
        b"\x00" in data[:4096]
        and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
        and data[1:4:2] != b"\x00\x00"
    ):
        raise fail(str(path), None, "file", "a text table, a spreadsheet, a PDF or a .docx", "binary data")
    text, enc = decode_text(data)
    if fmt == "html":
        return Document(p.name, fmt, enc, read_html_rows(str(path), text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(p.name, fmt, enc, read_text_rows(text, fmt))
