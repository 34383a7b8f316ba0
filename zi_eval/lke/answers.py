"""Turn what an assessor typed in an answer cell into the answer the rubric knows.

Cells come in any case (``ya``, ``YA``, ``c``), as ``1``/``0`` in a Ya/Tidak row, with
decimal commas (``3,85``) and as percentages written as text (``100.00%``). Each reading
says whether it changed what was written (the reader then reports the cell) or whether
the cell holds something outside the item's options (reported, and the item stays
unanswered: a guess would be a silent misread).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from zi_eval.io.sheets import cell_text
from zi_eval.io.words import norm
from zi_eval.models.rubric import Formula
from zi_eval.models.unit import COUNT_MAX

#: Cell contents that mean "not answered yet" (the official template's placeholder included).
UNANSWERED = {"", "blm diisi", "belum diisi", "-", "--", "n/a", "pilih", "pilih jawaban", "(pilih)"}
#: A spreadsheet error value typed or cached in a cell (#REF!, #DIV/0!, #N/A, #VALUE!): never an answer,
#: and never silently blank either.
_ERROR_VALUE = re.compile(r"^#(?:[A-Z0-9/]+[!?]|N/A)$", re.I)
#: An Indonesian whole number with thousands dots ("1.000", "12.500"), as a CSV or text cell holds it.
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
#: A yes in a Ya/Tidak row, as units write it: "Sudah" and "Ada" answer "Apakah telah …" and "Apakah
#: terdapat …" as "Belum" and "Tidak ada" answer them no (both are read, and reported as normalised).
_YES = {"ya", "y", "iya", "1", "true", "yes", "v", "✓", "✔", "√", "sudah", "ada", "sudah ada", "telah"}
_NO = {"tidak", "t", "0", "false", "no", "tdk", "tidak ada", "tdk ada", "belum", "belum ada", "blm"}
#: A count written with what it counts: "10 orang", "8 perubahan", "3 dokumen", "2 kali".
_COUNTED = re.compile(r"^(\d{1,10}(?:[.,]0+)?)\s*[A-Za-z][A-Za-z/ ]{0,24}$")
#: A count written as a word for none: "Nihil", "Tidak ada", "Nol", "Kosong".
_NONE_COUNTED = frozenset({"nihil", "nil", "nol", "tidak ada", "tdk ada", "kosong", "none"})
#: An option followed by what it means: "A: Jika …", "b. sebagian", "D - belum", "Ya, jika …",
#: "A (sudah)", "C / sebagian", "Ya = ada SK" (a separator, or a remark in brackets).
_LEADING_OPTION = re.compile(r"^([A-Za-z]{1,5})\s*[:.),–—/=(-]\s*\S")
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$")
#: What separates options listed in one cell: "A/B/C", "Ya / Tidak", "A, B, C", "B atau C", "A-B".
_OPTION_LIST = re.compile(r"\s*(?:[/,;|–—-]|\batau\b|\bor\b)\s*", re.I)
#: An index with the words around it: "3,75 (Sangat Baik)", "Nilai 3.6", "IPAK: 3,41 - Baik".
_WORDED_INDEX = re.compile(
    r"^(?:(?:nilai|indeks|index|skor|ipak|ipkp)\s*[:=]?\s*)?(\d+(?:[.,]\d+)?)"
    r"(?:\s*\([^()]*\)|\s*[-–—:]\s*[A-Za-z][A-Za-z ]*|\s+[A-Za-z][A-Za-z ]*)?$",
    re.I,
)
#: A share written as a part of a whole: "16 dari 20", "16 / 20", "16 of 20".
_PART_OF = re.compile(r"^(\d{1,7})\s*(?:dari|/|of)\s*(\d{1,7})$", re.I)


@dataclass(frozen=True)
class Reading:
    """One answer cell read: the value (``None`` = unanswered), and what the reading did."""

    value: Any
    changed: bool = False  # normalised: the cell said it differently
    bad: bool = False  # outside what the item accepts: reported, left unanswered


BLANK = Reading(None)


def is_blank(raw: Any) -> bool:
    """Tell whether a cell holds no answer (empty, a dash, the template's "Blm Diisi")."""
    return cell_text(raw).strip().lower() in UNANSWERED


def is_error_value(raw: Any) -> bool:
    """Tell whether a cell holds a spreadsheet error (``#REF!``, ``#DIV/0!``, ``#N/A``…)."""
    return isinstance(raw, str) and bool(_ERROR_VALUE.match(raw.strip()))


def parse_number(raw: Any) -> float | None:
    """A number from a cell: floats as they are, text with a decimal comma or point; else ``None``."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return float(raw) if math.isfinite(raw) else None
    t = str(raw).strip().replace(" ", "").replace("\u00a0", "")
    if not _NUMBER.match(t):
        return None
    if t.count(",") == 1 and "." not in t:
        t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def read_option(raw: Any, options: dict[str, float], criteria: dict[str, str] | None = None) -> Reading:
    """An option answer (``Ya``, ``A`` …) in any case; ``1``/``0`` in a Ya/Tidak row; an option's criterion
    written out instead of its letter (``criteria``: option -> its text, a drop-down listing the criteria)."""
    if is_blank(raw):
        return BLANK
    text = cell_text(raw).strip()
    key = text.rstrip(".)").lstrip("(").strip().casefold()  # "A.", "a)", "(b)"
    for opt in options:
        if opt.casefold() == key:
            return Reading(opt, changed=opt != text)
    parts = [x.strip().rstrip(".").casefold() for x in _OPTION_LIST.split(text) if x.strip()]
    if len(parts) > 1 and all(any(o.casefold() == x for o in options) for x in parts):
        # "A/B/C", "Ya/Tidak", "B atau C": the cell lists the options (a copy pre-filled with them),
        # it chooses none; it was read as the first
        return Reading(text, bad=True)
    lead = _LEADING_OPTION.match(text)
    head = lead.group(1).casefold() if lead else None
    if head is not None:  # a drop-down that lists the criteria: "A: Jika dengan prosedur …", "Ya, jika Tim …"
        for opt in options:
            if opt.casefold() == head:
                return Reading(opt, changed=True)
    meant = _criterion_meant(text, criteria or {})
    if meant is not None and meant in options:
        return Reading(meant, changed=True)
    if set(options) == {"Ya", "Tidak"}:
        # the whole cell in other words ("Sudah", "Tidak ada"), or its first word with a remark ("Ada (SK Tim)")
        for said in (key, head):
            if said in _YES:
                return Reading("Ya", changed=True)
            if said in _NO:
                return Reading("Tidak", changed=True)
    return Reading(text, bad=True)


def _criterion_meant(text: str, criteria: dict[str, str]) -> str | None:
    """The one option whose criterion the cell writes out: the whole of it, or its first words where the
    cell is cut short (25 characters at least), any case and punctuation. None when none or several fit."""
    said = norm(text)
    if len(said) < 12:
        return None
    whole = [opt for opt, crit in criteria.items() if norm(crit) == said]
    if len(whole) == 1:  # "Jika semua SOP … proses bisnis" is also the start of the option above it
        return whole[0]
    fits = [
        opt
        for opt, crit in criteria.items()
        if (c := norm(crit))
        and (said == c or (len(said) >= 25 and (c.startswith(said) or said.startswith(c))))
    ]
    return fits[0] if len(fits) == 1 else None


def read_survey(raw: Any, low: float = 0.0, high: float = 4.0) -> Reading:
    """A survey index (IPAK, IPKP) in ``[low, high]``, decimal comma allowed.

    The index may come with the words a report puts around it: ``3,75 (Sangat Baik)``,
    ``Nilai 3.6``, ``IPAK: 3,41 - Baik`` (read, and reported as changed).
    """
    if is_blank(raw):
        return BLANK
    n = parse_number(raw)
    worded = None if n is not None or not isinstance(raw, str) else _WORDED_INDEX.match(raw.strip())
    if worded:
        n = parse_number(worded.group(1))
    if n is None or not low <= n <= high:
        return Reading(cell_text(raw).strip(), bad=True)
    return Reading(n, changed=isinstance(raw, str) and ("," in raw or worded is not None))


def read_count(raw: Any) -> Reading:
    """A count (a non-negative whole number up to :data:`~zi_eval.models.unit.COUNT_MAX`; ``12,0``,
    ``"12"`` and ``"1.000"`` (one thousand) accepted, so are ``"10 orang"`` and ``"Nihil"`` (0), both
    reported as read; a NIP typed in the cell is refused)."""
    if is_blank(raw):
        return BLANK
    if isinstance(raw, str) and raw.strip().casefold() in _NONE_COUNTED:
        return Reading(0, changed=True)  # "Nihil": none at all (reported as read)
    counted = _COUNTED.match(raw.strip()) if isinstance(raw, str) else None
    if counted:  # "10 orang": the number, without what it counts (reported as read)
        got = read_count(counted.group(1))
        return Reading(got.value, changed=True) if not got.bad else Reading(raw.strip(), bad=True)
    if isinstance(raw, str) and _THOUSANDS.match(raw.strip()):
        # a count is a whole number: "1.000" in an Indonesian sheet is one thousand, never one
        whole = int(raw.strip().replace(".", ""))
        return Reading(whole, changed=True) if whole <= COUNT_MAX else Reading(raw.strip(), bad=True)
    n = parse_number(raw)
    if n is None or n < 0 or not float(n).is_integer() or n > COUNT_MAX:
        return Reading(cell_text(raw).strip(), bad=True)
    return Reading(int(n), changed=isinstance(raw, str) and "," in raw)


def read_percent(raw: Any) -> Reading:
    """A percentage as a fraction in [0, 1]: ``1``, ``0.85``, ``85%``, ``100.00%``, ``0,85``, ``85``.

    A number above 1 without a ``%`` sign is read as percentage points (85 → 0.85) and reported;
    anything outside 0–100% is refused.
    """
    if is_blank(raw):
        return BLANK
    text = cell_text(raw).strip()
    part = _PART_OF.match(text)
    if part:  # "16 dari 20", "16/20": the share itself
        num, den = int(part.group(1)), int(part.group(2))
        if den == 0 or num > den:
            return Reading(text, bad=True)
        return Reading(num / den, changed=True)
    has_sign = text.endswith("%")
    n = parse_number(text[:-1] if has_sign else raw)
    if n is None:
        return Reading(text, bad=True)
    if has_sign or n > 1:
        n = n / 100
    if not 0 <= n <= 1:
        return Reading(text, bad=True)
    return Reading(n, changed=isinstance(raw, str) or has_sign)


def counts_for_percent(formula: Formula, fraction: float) -> tuple[dict[str, int], bool]:
    """Counts that make ``formula`` give ``fraction`` (a unit file holds percentages only as counts).

    The first numerator (or ``previous``) input carries the share of a base of 100, 1,000 or
    10,000 (the smallest that is exact), every other denominator input 0. Returns the counts
    and whether the fraction had to be rounded to 1/10,000.
    """
    base = 10_000
    for b in (100, 1_000, 10_000):
        if abs(fraction * b - round(fraction * b)) < 1e-9:
            base = b
            break
    share = round(fraction * base)
    rounded = abs(fraction * base - share) >= 1e-9
    if formula.kind == "reduction":
        assert formula.previous is not None and formula.current is not None
        return {formula.previous: base, formula.current: base - share}, rounded
    counts = {k: 0 for k in (*formula.numerator, *formula.denominator)}
    counts[formula.numerator[0]] = share
    counts[formula.denominator[0]] = base
    return counts, rounded
