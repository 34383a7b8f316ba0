"""Find table headers by their words and the twelve month columns by numbers or month names."""

from __future__ import annotations

from dataclasses import dataclass

from zi_eval.io.words import clean, norm
from zi_eval.ra.timing import MONTH_NAMES

_NAME_TO_MONTH = {name: m for m, names in MONTH_NAMES.items() for name in names}

#: Cell contents that mark a month as scheduled.
MARKS = frozenset("✓✔√vVxX1●•")

__all__ = [
    "MARKS",
    "MONTH_NAMES",
    "Layout",
    "clean",
    "header_roles",
    "is_mark",
    "layout_from",
    "month_of",
    "norm",
]


def is_mark(cell: str) -> bool:
    """Tell whether a cell's content is a month mark (✓ ✔ √ v V x X 1 ● •, possibly repeated)."""
    s = clean(cell).replace(" ", "")
    return bool(s) and all(ch in MARKS for ch in s) and (s.count("1") in (0, len(s)))


def month_of(cell: str) -> int | None:
    """Return the month a header cell names (``1``…``12``, ``Jan``, ``Januari``…) or ``None``."""
    s = norm(cell)
    if s.isdigit() and 1 <= int(s) <= 12 and str(int(s)) == s:
        return int(s)
    return _NAME_TO_MONTH.get(s)


@dataclass(frozen=True)
class Layout:
    """Column roles of one table block (0-based indexes)."""

    no: int | None
    program: int | None
    kegiatan: int | None
    sub: int | None
    indikator: int | None
    months: tuple[int, ...]  # months[m - 1] is the column of month m
    width: int

    @property
    def text_columns(self) -> tuple[int, ...]:
        return tuple(
            c for c in (self.no, self.program, self.kegiatan, self.sub, self.indikator) if c is not None
        )


def month_columns(cells: list[str]) -> tuple[int, ...] | None:
    """Find twelve month headings in increasing columns (1..12 or month names)."""
    found: dict[int, int] = {}
    for idx, cell in enumerate(cells):
        m = month_of(cell)
        if m is not None and m not in found:
            found[m] = idx
    if len(found) == 12:
        cols = tuple(found[m] for m in range(1, 13))
        if all(a < b for a, b in zip(cols, cols[1:], strict=False)):
            return cols
    return None


def header_roles(cells: list[str]) -> dict[str, int] | None:
    """Return the column of each role named in a header row, or ``None`` if this is no header."""
    roles: dict[str, int] = {}
    for idx, cell in enumerate(cells):
        words = norm(cell)
        if not words:
            continue
        if words in ("no", "nomor", "no urut") and "no" not in roles:
            roles["no"] = idx
        elif ("program" in words or words.startswith("area")) and "program" not in roles:
            roles["program"] = idx
        elif "sub" in words and "kegiatan" in words and "sub" not in roles:
            roles["sub"] = idx
        elif ("kegiatan" in words or words == "rencana aksi") and "kegiatan" not in roles:
            roles["kegiatan"] = idx
        elif ("indikator" in words or "output" in words) and "indikator" not in roles:
            roles["indikator"] = idx
        elif any(w in words for w in ("pelaksanaan", "bulan", "jadwal", "waktu")) and "months" not in roles:
            roles["months"] = idx
    named = {k for k in roles if k != "months"}
    if ("kegiatan" in named or "sub" in named) and len(roles) >= 3:
        return roles
    return None


def layout_from(roles: dict[str, int], header: list[str], next_row: list[str] | None) -> tuple[Layout, bool]:
    """Build the layout from a header row and the row after it.

    Returns the layout and whether ``next_row`` is a month sub-header (to be skipped).
    """
    months = month_columns(header)
    uses_next = False
    if months is None and next_row is not None:
        months = month_columns(next_row)
        uses_next = months is not None
    if months is None:
        start = roles.get("months")
        if start is None:
            start = max(roles.values()) + 1
        months = tuple(range(start, start + 12))
    width = max(len(header), len(next_row) if uses_next and next_row else 0, months[-1] + 1)
    lay = Layout(
        roles.get("no"),
        roles.get("program"),
        roles.get("kegiatan"),
        roles.get("sub"),
        roles.get("indikator"),
        months,
        width,
    )
    return lay, uses_next
