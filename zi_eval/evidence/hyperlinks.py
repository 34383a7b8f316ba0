"""Read the hyperlinks behind xlsx cells: a cell showing "SK Tim" or "Klik di sini" often hides the URL.

The cell values (read by :mod:`zi_eval.io.sheets`) hold only the text a person sees; the address is a
hyperlink of the sheet or a ``=HYPERLINK("url", "text")`` formula. Both are read here, only when the
workbook has any (a quick look at the sheet XML first), so a table of plain URLs costs nothing more.
"""

from __future__ import annotations

import io
import re
import zipfile
from urllib.parse import unquote

#: ``=HYPERLINK("https://…", "SK Tim")`` (either argument separator, any case).
_FORMULA = re.compile(r'HYPERLINK\(\s*"([^"]+)"', re.IGNORECASE)


def _has_links(data: bytes) -> bool:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = [n for n in zf.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        return any(b"<hyperlink" in (body := zf.read(n)) or b"HYPERLINK(" in body.upper() for n in names)
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def cell_with_link(text: str, target: str | None) -> str:
    """The cell's text with the address it links to on a line of its own (its name stays on the line above)."""
    if not target or target in text:
        return text
    if not re.match(r"^(?:https?|file|mailto):", target, re.IGNORECASE):
        target = unquote(target)  # a relative link to a file next to the table: "Data%20Dukung/SK.pdf"
    return f"{text}\n{target}" if text.strip() else target


def xlsx_hyperlinks(data: bytes) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet name -> 0-based ``(row, col)`` -> the address a cell links to (xlsx only; ``{}`` when none)."""
    if not _has_links(data):
        return {}
    import openpyxl  # only for a workbook that has links: hyperlinks are not in the read-only mode

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=False)
    except Exception:  # the values were read already; a workbook openpyxl cannot open just has no links here
        return {}
    out: dict[str, dict[tuple[int, int], str]] = {}
    for ws in wb.worksheets:
        found: dict[tuple[int, int], str] = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.hyperlink is not None and cell.hyperlink.target:
                    found[(cell.row - 1, cell.column - 1)] = cell.hyperlink.target
                elif isinstance(cell.value, str) and cell.value.startswith("="):
                    m = _FORMULA.search(cell.value)
                    if m:
                        found[(cell.row - 1, cell.column - 1)] = m.group(1)
        if found:
            out[ws.title] = found
    return out
