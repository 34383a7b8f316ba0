"""Where something is in an input file, written one way for every problem, finding and flag.

A person goes back to the document to check: a text file by its line (``plan.txt:103``), a
spreadsheet by its sheet and cell (``lke.xlsx:LKE!F21``, a whole row ``lke.xlsx:LKE!21``, a whole
sheet ``lke.xlsx:LKE``), a PDF or Word document by the place the reader found the row in
(``plan.pdf:hal. 3, tabel 1, baris 5``), whose running row count means nothing to a reader.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Location", "column_index", "column_letter"]


def column_letter(col: int) -> str:
    """Spreadsheet column letter of a 0-based column index (0 → A, 26 → AA)."""
    out = ""
    n = col + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


def column_index(letters: str | bytes) -> int:
    """0-based column index of spreadsheet column letters (A → 0, AA → 26); the inverse of :func:`column_letter`."""
    n = 0
    for ch in letters.encode("ascii") if isinstance(letters, str) else letters:
        n = n * 26 + (ch - 64)
    return n - 1


@dataclass(frozen=True)
class Location:
    """A file and, as far as it has them, a sheet, a line or sheet row, a column or a described place.

    ``line`` is 1-based (a text line or a sheet row); ``column`` is 0-based (a spreadsheet column
    index, written as its letter); ``cells`` is a range as written (``A12:F12``); ``place`` is what
    a PDF/DOCX reader says of a row.
    """

    file: str
    line: int | None = None
    sheet: str | None = None
    column: int | None = None
    place: str | None = None
    cells: str | None = None

    def __str__(self) -> str:
        if self.place:
            return f"{self.file}:{self.place}"
        if self.sheet:
            if self.cells:
                return f"{self.file}:{self.sheet}!{self.cells}"
            if not self.line:
                return f"{self.file}:{self.sheet}"
            col = column_letter(self.column) if self.column is not None else ""
            return f"{self.file}:{self.sheet}!{col}{self.line}"
        return f"{self.file}:{self.line}" if self.line else self.file
