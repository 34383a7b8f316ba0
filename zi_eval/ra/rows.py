"""Readers that turn a source document into numbered rows of cells, one per source line or sheet row."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from zi_eval.errors import fail
from zi_eval.io.textfile import decode_text, read_bytes

#: Most rows read from one worksheet; a larger sheet is refused (``ZI_EVAL_MAX_ROWS`` style limit).
MAX_SHEET_ROWS = 20_000
MAX_SHEET_COLS = 200
#: Most uncompressed bytes an xlsx may expand to (zip bomb guard).
MAX_XLSX_UNCOMPRESSED = 200 * 1024 * 1024


@dataclass
class RawRow:
    """One source line (text) or sheet row (xlsx) split into cells."""

    line: int
    cells: list[str]
    raw: str
    sheet: str | None = None
    col_offset: int = 0  # xlsx: 0-based index of column A
    span: int = 1  # how many physical lines the row covers (CSV with quoted newlines)
    merged_from: dict[int, int] = field(default_factory=dict)  # xlsx: column -> column holding the value
    filled: set[int] = field(default_factory=set)  # xlsx: columns of empty cells with a fill colour

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


def detect_format(data: bytes, suffix: str) -> str:
    """Detect ``xlsx``, ``markdown``, ``tsv``, ``csv`` or ``text`` from the content first, then the name."""
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"  # not a zip: reported by the xlsx reader
    text, _ = decode_text(data[:65536])
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
    for i, ln in enumerate(lines, start=1):
        if fmt == "markdown" and ln.lstrip().startswith("|"):
            cells = ["---"] if _MD_SEP.match(ln) else _split_markdown(ln)
        elif "\t" in ln:
            cells = ln.split("\t")
        else:
            cells = [ln]
        rows.append(RawRow(i, cells, ln))
    return rows


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
        rows.append(RawRow(start + 1, cells or [""], buf, span=i - start))
    return rows


def _check_zip(path: str, data: bytes) -> None:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise fail(path, None, "file", "an .xlsx workbook (a zip archive)", "not a zip file") from None
    total = sum(i.file_size for i in zf.infolist())
    if total > MAX_XLSX_UNCOMPRESSED:
        raise fail(
            path,
            None,
            "file",
            f"an .xlsx that unpacks to at most {MAX_XLSX_UNCOMPRESSED} bytes",
            f"{total} bytes",
        )
    if "xl/workbook.xml" not in zf.namelist():
        raise fail(path, None, "file", "an .xlsx workbook", "a zip without xl/workbook.xml")


def _text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx_rows(path: str, data: bytes) -> tuple[list[RawRow], list[str]]:
    """Read every sheet's rows; horizontally merged cells are spread across their columns."""
    import openpyxl

    _check_zip(path, data)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on broken files
        raise fail(path, None, "file", "a readable .xlsx workbook", f"{type(exc).__name__}: {exc}") from None
    rows: list[RawRow] = []
    names = []
    for ws in wb.worksheets:
        names.append(ws.title)
        max_row = ws.max_row or 0
        max_col = min(ws.max_column or 0, MAX_SHEET_COLS)
        if max_row > MAX_SHEET_ROWS:
            raise fail(path, None, f"sheet {ws.title!r}", f"at most {MAX_SHEET_ROWS} rows", f"{max_row} rows")
        spread: dict[tuple[int, int], tuple[str, int]] = {}
        for rng in ws.merged_cells.ranges:
            top = ws.cell(rng.min_row, rng.min_col).value
            for c in range(rng.min_col + 1, rng.max_col + 1):
                spread[(rng.min_row, c)] = (_text_of(top), rng.min_col - 1)
        for r_idx, row in enumerate(
            ws.iter_rows(min_row=1, max_row=max_row, max_col=max_col, values_only=True), 1
        ):
            cells = [_text_of(v) for v in row]
            merged: dict[int, int] = {}
            for c_idx in range(len(cells)):
                hit = spread.get((r_idx, c_idx + 1))
                if hit is not None:
                    cells[c_idx] = hit[0]
                    merged[c_idx] = hit[1]
            while cells and cells[-1] == "":
                cells.pop()
            rows.append(RawRow(r_idx, cells or [""], "\t".join(cells), sheet=ws.title, merged_from=merged))
    return rows, names


def read_document(path: str | Path) -> Document:
    """Read a Rencana Aksi source of any supported format into rows."""
    p = Path(path)
    data = read_bytes(p)
    fmt = detect_format(data, p.suffix.lower())
    if fmt == "xlsx":
        rows, sheets = read_xlsx_rows(str(path), data)
        return Document(p.name, fmt, None, rows, sheets)
    if (
        b"\x00" in data[:4096]
        and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
        and data[1:4:2] != b"\x00\x00"
    ):
        raise fail(str(path), None, "file", "a text table or an .xlsx workbook", "binary data")
    text, enc = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(p.name, fmt, enc, read_text_rows(text, fmt))
