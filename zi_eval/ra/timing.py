"""Read the months of a free-text schedule ("Januari s/d Desember 2021", "TW III") and month headers.

Choices a reader of a plan must know (each is tested in ``tests/ra/test_timing.py``):

- A quarter (``Triwulan I``, ``TW III``, ``Q2``, ``Kuartal 3``) is its three months: TW I = 1, 2, 3 …
  TW IV = 10, 11, 12. A semester is its six months (``Semester II`` = 7..12).
- A recurring schedule is the months the work is due: ``setiap bulan`` / ``bulanan`` / ``sepanjang
  tahun`` = 1..12; ``setiap triwulan`` / ``triwulanan`` / ``per triwulan`` = 3, 6, 9, 12 (the month
  in which each quarter's report falls due); ``setiap semester`` = 6, 12.
- A quarter, semester or recurrence next to named months describes them: ``Juni 2025 (TW II)`` = 6,
  ``TW II: April, Mei`` = 4, 5 (months after a quarter or a recurrence and a colon are no label),
  ``Februari s/d Desember (setiap bulan)`` = 2..12; a quarter naming none of the months is its three
  months (``TW I; Juni (TW II)`` = 1, 2, 3, 6); a recurrence sharing no month with them
  (``Jan, Apr, Jul, Okt (setiap triwulan)``) keeps the named months and reports the recurrence unread.
  The lines of a cell are one schedule (``TW I:`` over ``Januari, Februari`` = 1, 2).
- Months after ``kecuali`` (``except``, ``tidak termasuk``), up to a bracket or ``;``, are left out:
  ``Januari - Desember (kecuali Juni)`` = every month but June. An exception that cannot be read
  (``kecuali bulan puasa``), or that names months the schedule does not hold, keeps the months and is
  reported in ``unread``.
- The same moment of every quarter or semester is a recurrence: ``setiap akhir triwulan`` (or
  ``akhir triwulan``, ``tiap akhir TW``) = 3, 6, 9, 12, ``awal triwulan`` = 1, 4, 7, 10, ``setiap
  akhir semester`` = 6, 12; ``setiap awal bulan`` = 1..12 (``awal bulan`` alone says no month).
- ``awal tahun`` = 1, ``pertengahan tahun`` = 6, ``akhir tahun`` = 12 (one month each: the plan
  names a moment, not a span); so are ``akhir Triwulan III`` = 9, ``awal Semester II`` = 7 and
  ``pertengahan TW II`` = 5.
- A range whose end comes before its start wraps over the new year: ``Oktober – Februari`` =
  10, 11, 12, 1, 2 (the calendar months named; ``years`` says which years the text names, so the
  caller can tell a plan that runs into the next year).
- A dash between two months is a range (``Maret - Mei``), but a dash that starts a line, or dashes
  chaining three or more months (``- Maret 2021 - Juni 2021 - September 2021``), are bullets of a list.
- Dates are day-month-year as Indonesians write them (``12-01-2025``, ``12/01/2025``), or ISO
  (``2025-01-12``); only their month counts.
- Words after a colon that follows a schedule are a label (``Januari 2021 : Monev SOP``); words in
  a list fragment without any schedule (``Juni, sesuai kebutuhan``) are returned in ``unread``.
- A range that opens the schedule without a start (``s.d. Februari``, ``sampai dengan Juni``) runs
  from the start of the plan year: ``s.d. Februari`` = 1, 2. A range with a missing end (``Juni 2025
  s.d. selesai``), or without a start after another schedule (``Maret, s/d Desember``), keeps the
  month it names and reports the open range in ``unread``: the months it would cover are not guessed.
- Text with no schedule (``sesuai kebutuhan``, ``insidental``, ``-``, ``tahunan``) is
  ``understood=False`` with the text in ``unread``; never a guess.

Every pattern is a flat alternation scanned once (no nested quantifiers), so time is linear in the
length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zi_eval.io.words import norm

#: Words naming what was done, not what is planned (a realisation row, column, heading or line), and words
#: naming the plan beside them: each reader of the plan adds the labels its place takes ("R", "T").
REALISED_WORDS = "realisasi|capaian|progres|progress"
PLANNED_WORDS = "rencana|target|plan"

#: Month names, abbreviations and common spellings (Indonesian and English) by month number.
MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("jan", "januari", "january", "janu"),
    2: ("feb", "febr", "februari", "february", "peb", "pebr", "pebruari", "febuari", "feburari"),
    3: ("mar", "maret", "march", "mrt"),
    4: ("apr", "april", "aprl"),
    5: ("mei", "may"),
    6: ("jun", "juni", "june"),
    7: ("jul", "juli", "july"),
    8: ("agu", "agt", "ags", "agst", "agus", "agustus", "aug", "august", "agts"),
    9: ("sep", "sept", "september", "sepember", "septembar"),
    10: ("okt", "oct", "oktober", "october", "oktb"),
    11: ("nov", "nop", "november", "nopember", "novemb"),
    12: ("des", "dec", "desember", "december", "desem", "dsember"),
}
#: Every month name and abbreviation written (lower case) -> its month.
NAME_TO_MONTH = {name: m for m, names in MONTH_NAMES.items() for name in names}

ALL_MONTHS = tuple(range(1, 13))
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_ROMAN |= {"xi": 11, "xii": 12}


@dataclass(frozen=True)
class Timing:
    """The months a schedule text names, the years it names, and what could not be read."""

    months: tuple[int, ...]  # sorted, unique, 1..12
    years: tuple[int, ...]  # every 4-digit year named in the text (e.g. 2021)
    understood: bool  # False: no schedule could be read; months == ()
    unread: tuple[str, ...]  # fragments that were not understood (for a finding), () if none
    #: ranges that run over the new year ("Agustus s/d Juni"): their months are read as one year's
    wraps: tuple[str, ...] = ()
    #: the first and last month of each such range (8, 6), in the order of ``wraps``
    wrap_months: tuple[tuple[int, int], ...] = ()


def quarter_months(q: int) -> tuple[int, ...]:
    """Return the three months of quarter ``q`` (1..4)."""
    return (3 * q - 2, 3 * q - 1, 3 * q)


def semester_months(s: int) -> tuple[int, ...]:
    """Return the six months of semester ``s`` (1..2)."""
    return tuple(range(6 * s - 5, 6 * s + 1))


def _alt(words: list[str]) -> str:
    # Longest first so "januari" wins over "jan"; letters may touch digits ("Jan2021") but not letters.
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH_RE = _alt(list(NAME_TO_MONTH))
_NUMERAL = r"(?:ke\s?-?\s?)?(?:iv|iii|ii|i|\d{1,2})"
_TOKEN = re.compile(
    r"(?P<iso>(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))"
    r"|(?P<dmy>(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?!\d))"
    r"|(?P<my>(?<![\d/.-])(?:0?[1-9]|1[0-2])[-/.](?:19|20)\d{2}(?![\d/.-])"
    r"|(?<![\d/.-])(?:19|20)\d{2}[-/](?:0[1-9]|1[0-2])(?![\d/.-]))"
    r"|(?P<year>(?<!\d)(?:19|20)\d{2}(?!\d))"
    r"|(?P<monthly>(?<![a-z])(?:(?:setiap|tiap|per)\s{1,3}(?:bulan|bln|hari|minggu|pekan)|bulanan|harian"
    r"|mingguan|sebulan\s{1,3}sekali|(?:selama\s{1,3})?12\s?bulan|sepanjang\s{1,3}tahun"
    r"|(?:setiap|tiap|per)\s{1,3}(?:awal|akhir|pertengahan)\s{1,3}(?:bulan|bln)"
    r"|(?:awal|akhir|pertengahan)\s{1,3}(?:setiap|tiap)\s{1,3}(?:bulan|bln)"
    r"|monthly|weekly|daily|every\s{1,3}(?:month|week|day)"
    r"|all\s{1,3}year(?:\s{1,3}round)?)(?![a-z]))"
    r"|(?P<quarterly>(?<![a-z])(?:(?:setiap|tiap|per)\s{1,3}(?:triwulan|tw|kuartal|quarter|3\s?bulan|tiga\s{1,3}bulan)"
    r"|(?:3|tiga)\s?bulan\s{1,3}sekali|triwulanan|quarterly)(?![a-z]))"
    r"|(?P<halfyearly>(?<![a-z])(?:(?:setiap|tiap|per)\s{1,3}(?:semester|6\s?bulan|enam\s{1,3}bulan)"
    r"|(?:6|enam)\s?bulan\s{1,3}sekali|semesteran|semi-?annual(?:ly)?)(?![a-z]))"
    r"|(?P<yearpos>(?<![a-z])(?:awal|akhir|pertengahan|tengah|mid|end\s{1,3}of|beginning\s{1,3}of|start\s{1,3}of)"
    r"(?:\s{1,3}|-)(?:tahun|year)(?![a-z]))"
    r"|(?P<periodpos>(?<![a-z])(?:awal|akhir|pertengahan|tengah|end\s{1,3}of|beginning\s{1,3}of"
    r"|start\s{1,3}of|mid)\s{1,3}(?:(?:triwulan|tri\s?wulan|tw|kuartal|quarter|q)\s?[-.]?\s?"
    r"(?:ke\s?-?\s?)?(?P<pqn>iv|iii|ii|i|[1-4])|(?:semester|smt|sem)\s?[-.]?\s?(?:ke\s?-?\s?)?"
    r"(?P<psn>ii|i|[12]))(?![a-z0-9]))"
    r"|(?P<moments>(?<![a-z])(?:(?:setiap|tiap|per|masing-masing|masing2)\s{1,3})?"
    r"(?P<at>awal|akhir|pertengahan|tengah|end\s{1,3}of|beginning\s{1,3}of|start\s{1,3}of|mid)"
    r"\s{1,3}(?:(?:setiap|tiap|masing-masing|masing2|each|every)\s{1,3})?"
    r"(?P<of>triwulan|tri\s?wulan|tw|kuartal|quarter|semester|smt|sem)(?![a-z])"
    r"(?!\s?[-.]?\s?(?:ke\s?-?\s?)?(?:iv|iii|ii|i|[1-4])(?![a-z0-9]))"
    r"(?!\s{1,3}(?:ini|itu|tersebut|berjalan|berikutnya|depan|lalu)(?![a-z])))"
    r"|(?P<quarter>(?<![a-z])(?:triwulan|tri\s?wulan|triw|trw|tw|kuartal|quarter|q|trimester)\s?[-.]?\s?"
    r"(?:ke\s?-?\s?)?(?P<qn>iv|iii|ii|i|[1-4])(?![a-z0-9]))"
    r"|(?P<semester>(?<![a-z])(?:semester|smt|smstr|sem)\s?[-.]?\s?(?:ke\s?-?\s?)?(?P<sn>ii|i|[12])(?![a-z0-9]))"
    r"|(?P<bulanke>(?<![a-z])(?:bulan|bln|b)\s?-?\s?(?:ke\s?-?\s?)?(?P<bn>1[0-2]|0?[1-9])(?![a-z0-9]))"
    rf"|(?P<month>(?<![a-z])(?:{_MONTH_RE})(?![a-z])\.?)"
    r"|(?P<range>(?<![a-z])(?:s\s?/\s?d|s\s?\.\s?d|sd|sampai\s{1,3}dengan|sampai|hingga|until|through|to|thru)"
    r"(?![a-z])\.?)"
    r"|(?P<dash>[-–—‐‑−~])"
    rf"|(?P<numeral>(?<![a-z0-9]){_NUMERAL}(?![a-z0-9]))"
    r"|(?P<sep>[,;&\n•●▪◦·*]|(?<![a-z])(?:dan|and|serta)(?![a-z]))"
    r"|(?P<colon>:)"
    r"|(?P<word>[a-z0-9]+)"
)
# Words that carry no schedule but need not be reported when a fragment holds nothing else.
_FILLER = frozenset(
    ("bulan", "bln", "tahun", "thn", "minggu", "ke", "tanggal", "tgl", "pada", "mulai", "di", "dalam")
) | frozenset(("pelaksanaan", "dilaksanakan", "waktu", "jadwal", "target", "ta", "tw", "s", "d"))
_MAX_FRAGMENT = 120


@dataclass
class _Atom:
    kind: str  # month | quarter | semester | bulanke | date | recurring
    first: int
    last: int
    months: tuple[int, ...]

    @property
    def rangeable(self) -> bool:
        return self.kind != "recurring"


def _span(a: _Atom, b: _Atom) -> tuple[int, ...]:
    if b.last >= a.first:
        return tuple(range(a.first, b.last + 1))
    return tuple(range(a.first, 13)) + tuple(range(1, b.last + 1))  # wraps over the new year


def _atom(kind: str, months: tuple[int, ...]) -> _Atom:
    return _Atom(kind, months[0], months[-1], months)


def _date_month(text: str, iso: bool) -> int | None:
    parts = [int(p) for p in re.split(r"[-/.]", text)]
    if iso:
        return parts[1] if 1 <= parts[1] <= 12 and 1 <= parts[2] <= 31 else None
    day, month = parts[0], parts[1]
    if 1 <= month <= 12 and 1 <= day <= 31:
        return month
    if 1 <= day <= 12 and 1 <= month <= 31:  # month-day-year, as English software writes it
        return day
    return None


def _numeral(text: str) -> int | None:
    s = re.sub(r"^ke\s?-?\s?", "", text)
    return int(s) if s.isdigit() else _ROMAN.get(s)


def _read_atom(m: re.Match[str]) -> _Atom | None:
    kind = m.lastgroup
    text = m.group(0)
    if kind == "month":
        return _atom("month", (NAME_TO_MONTH[text.rstrip(".")],))
    if kind in ("iso", "dmy"):
        month = _date_month(text, kind == "iso")
        return _atom("date", (month,)) if month else None
    if kind == "my":  # "03/2025", "2025-03": a month of a year, as a spreadsheet formats one
        return _atom("date", (next(int(p) for p in re.split(r"[-/.]", text) if len(p) <= 2),))
    if kind == "quarter":
        return _atom("quarter", quarter_months(_numeral(m.group("qn")) or 1))
    if kind == "semester":
        return _atom("semester", semester_months(_numeral(m.group("sn")) or 1))
    if kind == "bulanke":
        return _atom("bulanke", (int(m.group("bn")),))
    if kind == "monthly":
        return _Atom("recurring", 1, 12, ALL_MONTHS)
    if kind == "quarterly":
        return _Atom("recurring", 3, 12, (3, 6, 9, 12))
    if kind == "halfyearly":
        return _Atom("recurring", 6, 12, (6, 12))
    if kind == "moments":  # "setiap akhir triwulan": the last month of every quarter
        return _moments(m)
    if kind == "periodpos":  # "akhir Triwulan III" is its last month, "awal Semester II" its first
        q, sem = m.group("pqn"), m.group("psn")
        span = quarter_months(_numeral(q) or 1) if q else semester_months(_numeral(sem) or 1)
        word = text.split()[0]
        at = (
            0
            if word in ("awal", "beginning", "start")
            else -1
            if word in ("akhir", "end")
            else len(span) // 2
        )
        return _atom("month", (span[at],))
    if kind == "yearpos":
        word = text.split()[0].split("-")[0]
        month = 1 if word in ("awal", "beginning", "start") else 12 if word in ("akhir", "end") else 6
        return _atom("month", (month,))
    return None


def _moments(m: re.Match[str]) -> _Atom:
    """Read "setiap akhir triwulan" (3, 6, 9, 12), "awal triwulan" (1, 4, 7, 10), "tiap akhir semester"
    (6, 12): the same moment of every quarter or semester, a recurrence."""
    of, at = m.group("of"), m.group("at").split()[0]
    length = 6 if of in ("semester", "smt", "sem") else 3
    offset = (
        0 if at in ("awal", "beginning", "start") else length - 1 if at in ("akhir", "end") else length // 2
    )
    months = tuple(range(1 + offset, 13, length))
    return _Atom("recurring", months[0], months[-1], months)


def _inherit(prev: _Atom | None, text: str) -> _Atom | None:
    """Read a bare numeral after a quarter, semester or month number (``TW I–IV``, ``Semester I, II``)."""
    n = _numeral(text)
    if prev is None or n is None:
        return None
    if prev.kind == "quarter" and 1 <= n <= 4:
        return _atom("quarter", quarter_months(n))
    if prev.kind == "semester" and 1 <= n <= 2:
        return _atom("semester", semester_months(n))
    if prev.kind == "bulanke" and 1 <= n <= 12:
        return _atom("bulanke", (n,))
    return None


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets aligned with the text
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _shorten(fragment: str) -> str:
    s = " ".join(fragment.split())
    return s if len(s) <= _MAX_FRAGMENT else s[: _MAX_FRAGMENT - 1] + "…"


def _dash_is_bullet(tokens: list[tuple[str, _Atom | None, int, int]], low: str) -> bool:
    """Tell whether dashes in this line are list bullets rather than a range.

    They are when the line starts with one, or when dashes chain three or more schedules with no other
    separator between them (a range has two ends).
    """
    if low.lstrip().startswith(("-", "–", "—", "•")):
        return True
    kinds = [(k, a) for k, a, _, _ in tokens if k not in ("year", "word", "numeral") or a is not None]
    chain = 0
    for i, (k, _) in enumerate(kinds):
        if k == "dash" and 0 < i < len(kinds) - 1 and kinds[i - 1][1] and kinds[i + 1][1]:
            chain += 1
            if chain >= 2:
                return True
        elif k != "dash" and kinds[i][1] is None:
            chain = 0  # a comma, "dan" or a range word ends the chain
    return False


@dataclass
class _Read:
    """What the lines of a cell name, before a period or recurrence next to named months qualifies them."""

    named: set[int] = field(default_factory=set)  # months named by name, date or number
    periods: list[set[int]] = field(default_factory=list)  # each named quarter, semester or range of them
    recurring: set[int] = field(default_factory=set)
    recurring_text: list[str] = field(default_factory=list)
    #: periods written as the heading of the months after them ("TW I: April", "TW I-II: Mei"): their
    #: places in ``periods``, with the heading as written
    headings: list[tuple[range, str]] = field(default_factory=list)


def _read_line(
    line: str,
    got: _Read,
    years: set[int],
    unread: list[str],
    wraps: list[tuple[str, int, int]] | None = None,
    written: str | None = None,
) -> bool:
    """Read one line into ``got``/``years``; report fragments without a schedule; say if any was read."""
    low = _lower(line)
    tokens: list[tuple[str, _Atom | None, int, int]] = []
    prev: _Atom | None = None
    for m in _TOKEN.finditer(low):
        kind = m.lastgroup or "word"
        atom = _read_atom(m)
        if kind == "numeral":
            atom = _inherit(prev, m.group(0))
        if kind == "year":
            years.add(int(m.group(0)))
        elif atom is not None and atom.kind == "date":
            years.update(int(p) for p in re.split(r"[-/.]", m.group(0)) if len(p) == 4)
        if atom is not None:
            prev = atom  # a list keeps the kind of its first member ("TW I, II dan III")
        tokens.append((kind, atom, m.start(), m.end()))
    bullets = _dash_is_bullet(tokens, low)
    read_any = False
    fragment_start = 0
    fragment_atoms = 0
    fragment_words: list[str] = []
    last: _Atom | None = None
    pending = False

    periods_from = len(got.periods)
    open_at: int | None = None  # where a range word with no start ("s/d Desember") or no end began
    from_start = False  # that range word opens the schedule: it runs from January

    def close(end: int) -> None:
        nonlocal fragment_atoms, fragment_words, fragment_start, open_at
        if labelled and not fragment_atoms:
            pass  # "Januari 2025: rapat, evaluasi": the label goes on, it names no schedule
        elif not fragment_atoms and any(w not in _FILLER and not w.isdigit() for w in fragment_words):
            unread.append(_shorten(line[fragment_start:end].strip(" -–—•:")))
        elif open_at is not None:  # "Juni 2025 s.d. selesai": the range has no month at its end
            unread.append(_shorten(line[open_at:end].strip(" -–—•:,;")))
        fragment_atoms, fragment_words, open_at = 0, [], None

    named, recurring, recurring_text = got.named, got.recurring, got.recurring_text
    before = "sep"
    # after "Januari 2025:" comes a label of that schedule ("Monev SOP"), up to the next separator:
    # its words are not read ("laporan TW IV" names no month of the plan), and fragments after it
    # that name no schedule either go on with it; the next schedule ("; Juli 2025: …") is read
    in_label = labelled = False
    for at, (kind, atom, start, end) in enumerate(tokens):
        kind_before, before = before, kind
        if in_label and atom is not None and _opens_entry(tokens, at):
            # "Januari 2025 : seleksi Februari 2025 : penetapan" (the lines of a cell joined): the
            # next schedule with its own label ends this label
            close(start)  # inside a label nothing is unread: the label goes on to here
            in_label, fragment_start = False, start
        if kind == "colon" and read_any and fragment_atoms:
            if (
                last is not None
                and (last.kind in _PERIODS or not last.rangeable)
                and _months_follow(tokens, at, low)
            ):
                if last.kind in _PERIODS:
                    heading = line[fragment_start:start].strip(" -–—•:,;")
                    got.headings.append((range(periods_from, len(got.periods)), heading))
                continue  # "TW II: April, Mei, Juni", "Setiap triwulan: Maret, Juni": the months, not a label
            close(start)
            in_label = labelled = True
            continue
        if kind == "sep" or (kind == "dash" and bullets):
            close(start)
            in_label = False
            fragment_start = end
            pending = False
            continue
        if in_label:
            continue
        if atom is not None:
            labelled = False
        if kind in ("range", "dash"):
            pending = last is not None and fragment_atoms > 0
            if kind == "range" and kind_before != "numeral":  # "1 s/d 15 Januari" spans days, not months
                open_at = start
                # "s.d. Februari" opening the schedule runs from the plan year's start: January
                from_start = not (fragment_atoms or named or got.periods or recurring) and all(
                    w in _FILLER or w.isdigit() for w in fragment_words
                )
            continue
        if atom is not None:
            if not atom.rangeable:
                recurring.update(atom.months)
                recurring_text.append(line[start:end])
            elif pending and last is not None and last.rangeable:
                if last.kind in _PERIODS and atom.kind in _PERIODS:
                    got.periods.append(set(_span(last, atom)))
                else:
                    named.update(_span(last, atom))
                if atom.last < last.first and wraps is not None:
                    # the line as written, with its exception ("Juli 2025 - Juni 2026 (kecuali Desember)")
                    wraps.append((_shorten((written or line).strip()), last.first, atom.last))
            elif open_at is not None and from_start:
                named.update(_span(_atom("month", (1,)), atom))
            elif atom.kind in _PERIODS:
                if not fragment_atoms:
                    periods_from = len(got.periods)  # the periods this fragment names start here
                got.periods.append(set(atom.months))
                if (
                    fragment_atoms
                    and low[:start].rstrip().endswith("(")
                    and low[end:].lstrip().startswith(")")
                ):
                    # "Juni (TW II)": the period in brackets after months says which period they fall in
                    got.headings.append((range(len(got.periods) - 1, len(got.periods)), line[start:end]))
            else:
                named.update(atom.months)
            if open_at is not None and not fragment_atoms and not from_start:
                unread.append(_shorten(line[open_at:end]))  # "Maret, s/d Desember": from when is not said
            last, pending, read_any, open_at, from_start = atom, False, True, None, False
            fragment_atoms += 1
            continue
        if kind in ("word", "numeral"):
            fragment_words.append(low[start:end])
    else:
        close(len(line))
    return read_any


_PERIODS = ("quarter", "semester")


def _opens_entry(tokens: list[tuple[str, _Atom | None, int, int]], at: int) -> bool:
    """Whether the schedule at ``tokens[at]`` has a label of its own: a colon right after it (or after
    its year): "Februari 2025 : penetapan"."""
    for kind, _, _, _ in tokens[at + 1 : at + 3]:
        if kind == "colon":
            return True
        if kind != "year":
            return False
    return False


def _months_follow(tokens: list[tuple[str, _Atom | None, int, int]], at: int, low: str) -> bool:
    """Whether months come right after the colon at ``tokens[at]`` ("TW II: April, Mei, Juni", "Semester I:
    bulan Maret"), rather than a label ("TW I: laporan")."""
    for i in range(at + 1, len(tokens)):  # no slice: a copy of the rest at every colon is quadratic
        kind, atom, start, end = tokens[i]
        if atom is not None:
            return atom.kind in ("month", "date", "bulanke")
        if kind != "word" or low[start:end] not in _FILLER:
            return False
    return False


def _combine(got: _Read, unread: list[str]) -> set[int]:
    """Merge what a cell names; a period or recurrence next to named months describes them.

    "Juni 2025 (TW II)" and "TW II: Juni" are June, not the whole quarter; a quarter naming none of the
    months ("TW I; Juni (TW II)") is its three months. "Februari s/d Desember (setiap bulan)" is
    February to December. A recurrence that shares no month with the named ones ("Januari, setiap
    triwulan") is reported as unread rather than guessed.
    """
    named, recurring = got.named, got.recurring
    headed: set[int] = set()
    if named:
        for places, heading in got.headings:
            headed.update(places)
            if not named & set().union(*(got.periods[i] for i in places)):
                # "TW I: April": the months written under periods outside them are the schedule;
                # the heading that disagrees with them is said, not added to them
                unread.append(_shorten(heading))
    periods = [p for i, p in enumerate(got.periods) if i not in headed and not p & named]
    explicit = named.union(*periods)
    if not recurring:
        return explicit
    if not explicit:
        return recurring
    shared = explicit & recurring
    if not shared:
        unread.extend(_shorten(t) for t in got.recurring_text)
    return shared or explicit


#: Words that make a named month a bound rather than the month itself.
_QUALIFIER = re.compile(
    r"\b(?:sebelum|setelah|sesudah|mulai|sejak|paling lambat|selambat-lambatnya)\b",
    re.I,
)


#: Months written as their numbers: "1", "1, 2", "3; 6; 9; 12", "2-4", "5 s.d 12", "1 dan 7".
_MONTH_NO = r"(?:1[0-2]|0?[1-9])"
_UNTIL = r"\s*(?:-|–|s\.?\s?d\.?|sampai(?: dengan)?)\s*"
_NUMBERS = re.compile(rf"\s*{_MONTH_NO}(?:\s*(?:,|;|/|&|dan)\s*{_MONTH_NO}|{_UNTIL}{_MONTH_NO})*\s*\.?")
_RANGE = re.compile(rf"({_MONTH_NO}){_UNTIL}({_MONTH_NO})")


def month_numbers(text: str) -> tuple[int, ...] | None:
    """The months a cell writes as numbers from 1 to 12 ("1, 2", "2-4", "5 s.d 12"), under a header that
    names months by number ("BULAN KE-"); ``None`` when the cell holds anything else."""
    low = (text or "").lower()
    if not _NUMBERS.fullmatch(low):
        return None
    months: set[int] = set()
    for a, b in _RANGE.findall(low):
        if int(a) > int(b):
            return None  # "12-2": a range across the new year is no list of this year's months
        months.update(range(int(a), int(b) + 1))
    months.update(int(x) for x in re.findall(_MONTH_NO, _RANGE.sub(" ", low)))
    return tuple(sorted(months))


#: "kecuali Juni", "except July": the months after it, up to a bracket or ";", are left out.
_EXCEPT = re.compile(
    r"(?<![a-z])(?:kecuali|except(?:\s{1,3}for)?|excluding|tidak\s{1,3}termasuk)(?![a-z])(?P<body>[^()\[\];\n]*)",
    re.I,
)


def _leave_out(
    months: set[int], excepts: list[tuple[str, str]], years: set[int], unread: list[str]
) -> set[int]:
    """The months left when those named after "kecuali" are taken out ("Januari - Desember (kecuali Juni)").

    An exception whose months cannot be read ("kecuali hari libur"), or that names a month the schedule
    does not hold ("Januari - Juni kecuali Agustus"), keeps the months and is reported in ``unread``.
    """
    for phrase, body in excepts:
        got = _Read()
        own: list[str] = []  # what the exception holds besides months
        read = _read_line(body, got, years, own)
        out = _combine(got, own)
        left = months - out
        if read and not own and out <= months and left:
            months = left
        else:
            unread.append(_shorten(phrase.strip()))
    return months


#: A line of a timing cell saying when the activity was done, under the line of when it is planned
#: ("Rencana: April 2025" over "Realisasi: Desember 2025"): no schedule.
_REALISED_LINE = re.compile(
    rf"\s*(?:{REALISED_WORDS}|terealisasi|actual)(?![a-z])\s*(?:[:=\-–—]|bulan\b)", re.I
)


#: The same within a line, up to the end or to the next plan label: "Rencana: Januari 2025 Realisasi:
#: Desember 2025" (an importer joins a cell's lines).
_REALISED_PART = re.compile(
    rf"(?<![a-z])(?:{REALISED_WORDS}|terealisasi|actual)\s*[:=]"
    rf".*?(?=(?<![a-z])(?:{PLANNED_WORDS}|jadwal)\s*[:=]|$)",
    re.I,
)
#: A plan label in a line ("Rencana:", "Target:").
_PLAN_LABEL = re.compile(rf"(?<![a-z])(?:{PLANNED_WORDS}|jadwal)\s*[:=]", re.I)


def parse_timing(text: str) -> Timing:
    """Read the months and years a free-text schedule names; list what could not be read."""
    got = _Read()
    years: set[int] = set()
    unread: list[str] = []
    wraps: list[tuple[str, int, int]] = []
    excepts: list[tuple[str, str]] = []
    read_any = False
    for line in re.split(r"\r\n|\r|\n|\u2028|\u2029", text or ""):
        if _REALISED_LINE.match(line) and not _PLAN_LABEL.search(line):
            continue  # "Realisasi: Desember 2025" on a line of its own: done, not planned
        line = _REALISED_PART.sub(" ", line)  # … or after the plan on one line (a cell's lines joined)
        if line.strip():
            # "Januari - Desember (kecuali Juni)": the exception is read apart, then taken out
            excepts += [(m.group(0), m.group("body")) for m in _EXCEPT.finditer(line)]
            rest = _EXCEPT.sub("", line)
            # the lines of a cell are one schedule: "TW I:" over "Januari, Februari" is those two months
            read_any = _read_line(rest, got, years, unread, wraps, line) or read_any
            # "Sebelum Juni", "Mulai Maret": the month is read, but the words around it change what
            # it means (before, from on); they are listed so that the importer says so
            unread += [m.group(0) for m in _QUALIFIER.finditer(line)]
    months = _combine(got, unread)
    if read_any and excepts:
        months = _leave_out(months, excepts, years, unread)
    if not read_any:
        stripped = _shorten(text or "")
        return Timing((), tuple(sorted(years)), False, (stripped,) if stripped else ())
    return Timing(
        tuple(sorted(months)),
        tuple(sorted(years)),
        True,
        tuple(unread),
        tuple(w[0] for w in wraps),
        tuple((w[1], w[2]) for w in wraps),
    )


_HEADER_QUARTER = re.compile(
    r"(?:triwulan|tw|kuartal|quarter|q|trimester)\s?(?:ke\s?)?(iv|iii|ii|i|[1-4])", re.ASCII
)
_HEADER_SEMESTER = re.compile(r"(?:semester|smt|smstr)\s?(?:ke\s?)?(ii|i|[12])", re.ASCII)
_HEADER_MONTH_NO = re.compile(r"(?:bulan|bln|b)\s?(?:ke\s?)?(1[0-2]|0?[1-9])", re.ASCII)
_HEADER_NAME_YEAR = re.compile(r"([a-z]+)(?:\s?(?:19|20)?\d{2})?", re.ASCII)


#: A header over a group of columns naming quarters or semesters ("TRIWULAN", "Target per Triwulan",
#: "SEMESTER"), or one of them ("TRIWULAN II", "Smt 1"): group 1 the kind, group 2 which one.
_GROUP_PERIOD = re.compile(
    r"\b(triwulan|tri wulan|tw|kuartal|quarter|trimester|semester|smt|smstr)\b(?:\s?(?:ke\s?)?(iv|iii|ii|i|[1-4])\b)?",
    re.ASCII,
)


def group_period(cell: str) -> tuple[str, int | None] | None:
    """What a group header over numbered columns names: ``("quarter", None)`` for "TRIWULAN" (the
    columns under it are quarters 1–4), ``("quarter", 2)`` for "TRIWULAN II" (its months 1–3),
    likewise ``"semester"``; ``None`` for any other header ("BULAN KE-", "JADWAL")."""
    found = _GROUP_PERIOD.search(norm(cell))
    if found is None:
        return None
    kind = "semester" if found.group(1) in ("semester", "smt", "smstr") else "quarter"
    which = _numeral(found.group(2)) if found.group(2) else None
    if which is not None and which > (2 if kind == "semester" else 4):
        return None
    return kind, which


def header_number(cell: str) -> int | None:
    """A header cell that is a bare number, Arabic or Roman ("3", "III"), else ``None``."""
    s = norm(cell)
    if s.isdigit() and len(s) <= 2:
        return int(s)
    return _ROMAN.get(s)


#: A month header Excel stored as a date (``2025-01-01``, ``2025-01-01T00:00:00``).
_HEADER_DATE = re.compile(r"\d{4}-(\d{2})-01(?:[T ]00:00(?::00)?)?")


def month_header(cell: str) -> tuple[int, ...] | None:
    """Return the months a month COLUMN header names, or ``None`` when the cell is no month header.

    Reads ``Jan``/``Januari``/``Agt``, ``Jan 2025``, ``1``..``12``, ``B1``..``B12``, ``Bulan ke-3``,
    Roman ``I``..``XII`` (only call this on a row already known to be a month header row: a
    Roman ``I`` is month 1 here), ``TW I``/``Triwulan II``/``Q3`` (the quarter's three months) and
    ``Semester I`` (six months).
    """
    if "(" in cell or "[" in cell:  # a numbering row "(1) (2) … (20)" is no month header
        return None
    iso = _HEADER_DATE.fullmatch(cell.strip())
    if iso:  # "Jan-25" typed in Excel is stored as a date: the first of that month
        return (int(iso.group(1)),) if 1 <= int(iso.group(1)) <= 12 else None
    s = norm(cell)
    if not s or len(s) > 30:
        return None
    if s.isdigit():
        return (int(s),) if 1 <= int(s) <= 12 and len(s) <= 2 else None
    if s in _ROMAN:
        return (_ROMAN[s],)
    for pattern, read in (
        (_HEADER_QUARTER, lambda n: quarter_months(n) if 1 <= n <= 4 else None),
        (_HEADER_SEMESTER, lambda n: semester_months(n) if 1 <= n <= 2 else None),
        (_HEADER_MONTH_NO, lambda n: (n,) if 1 <= n <= 12 else None),
    ):
        found = pattern.fullmatch(s)
        if found:
            number = _numeral(found.group(1))
            return read(number) if number is not None else None
    found = _HEADER_NAME_YEAR.fullmatch(s)
    if found and found.group(1) in NAME_TO_MONTH:
        return (NAME_TO_MONTH[found.group(1)],)
    return None
