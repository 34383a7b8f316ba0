"""Read what a data-dukung file's name says: its title, its months and date, its area; make its record id.

Only names are read here (no file is opened). Choices:

- **Extension**: the part after the last dot when it looks like one (two to five letters or digits,
  one a letter at least, not a Roman numeral; or a known longer one, ``gsheet``): ``1.i.a SK Tim``,
  ``P.1.i.a`` and ``P.1.ii`` have none, ``SK Tim.pdf`` has ``pdf``.
- **Title**: the name without its extension, ``_`` and ``-`` read as spaces (a ``-`` between two digits
  stays: it is a date), what copying added removed (``(1)``, ``- Copy``, ``Copy of``), the leading item
  reference removed (``1.i.a``, ``P.1.i.a``, ``A.1.I.i.a``, ``1.a``, ``a.``, BPS's ``PPA1A1``) or number
  (``1. Undangan``), white space collapsed. A name that is nothing but a reference keeps it as its title.
- **Months**: dates (``12-01-2025``, ``12.01.2025``, ``2025-01-12``, ``20250112``: day-month-year as
  Indonesians write them, or ISO), a year and month (``2025-01``, ``01-2025``), month names and their
  common abbreviations (:data:`zi_eval.ra.timing.MONTH_NAMES`, a range ``Januari - Maret`` counts every
  month between), quarters (``TW I``, ``Triwulan II``, ``Q3``: their three months) and semesters
  (``Semester 1``, ``Smt II``: six months). A month named inside a named quarter or semester is the one
  meant (``TW I Maret`` = 3), as in :mod:`zi_eval.ra.timing`. Recurrence words (``bulanan``) and month
  numbers (``B3``) are NOT read in file names: in a name they label a series, not a month.
  A month word followed by a person's name is the name's first word, not a month (``ttd Agus Salim``,
  ``Notulen - Mei Lestari``): a capitalised word after it that is no time, status or month word
  (:data:`_NOT_A_NAME`), unless a day number or a year stands beside it (``12 Mei 2025``); so is a
  month word after an honorific (``an. Agus``, ``Bu Juni``). In a name written all in capitals a
  name cannot be told from the words around it: the month counts.
- **Date**: set when the name holds exactly one full date.
- **Id**: a slug of the relative path (its last 60 characters when longer) and 8 hex digits of the
  SHA-1 of the relative path (Unicode NFC, ``/`` separators), so it is the same on every scan and on
  every system and two files never share one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from zi_eval.io.words import YEAR_IN_TEXT, clean, norm
from zi_eval.models.rubric import Rubric
from zi_eval.ra.area_codes import zi_areas_of_code
from zi_eval.ra.timing import NAME_TO_MONTH, quarter_months, semester_months

_ROMAN_NUMERALS = frozenset(("ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"))
#: Extensions longer than five characters that data dukung uses (shortcuts, Apple documents).
_LONG_EXTENSIONS = frozenset(("gsheet", "gslides", "gdrawing", "webloc", "numbers", "keynote", "markdown"))
_EXTENSION = re.compile(r"^(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,5}$")
_MONTH_ALT = "|".join(sorted(NAME_TO_MONTH, key=len, reverse=True))
_DATE_TOKEN = re.compile(
    r"(?P<iso>(?<!\d)(?P<iy>20\d{2})[-_.](?P<im>\d{1,2})[-_.](?P<id>\d{1,2})(?!\d))"
    r"|(?P<dmy>(?<!\d)(?P<dd>\d{1,2})[-_.](?P<dm>\d{1,2})[-_.](?P<dy>20\d{2})(?!\d))"
    r"|(?P<compact>(?<!\d)(?P<cy>20\d{2})(?P<cm>[01]\d)(?P<cd>[0-3]\d)(?!\d))"
    # "Undangan 15032025": day, month, year run together (after year-first, which starts with 20)
    r"|(?P<dcompact>(?<!\d)(?P<xd>[0-3]\d)(?P<xm>[01]\d)(?P<xy>20\d{2})(?!\d))"
    # "Rapat 15-03-25": a two-digit year, read only as a plausible one (2015-2039), with dashes only
    # (dots number documents: "SOP 01.03.15")
    r"|(?P<dmy2>(?<![\d.-])(?P<ed>\d{1,2})-(?P<em>\d{1,2})-(?P<ey>1[5-9]|[23]\d)(?![\d.-]))"
    # "31 Des 24", "Des'24", "Des-24": a month's name with a two-digit year
    rf"|(?P<mword>(?<![A-Za-z])(?P<wd>\d{{1,2}}\s+)?(?i:(?P<wm>{_MONTH_ALT}))"
    r"(?:(?(wd)\s+|['’-])|['’-])(?P<wy>[1-3]\d)(?![\d.]))"
    # "Bulan 5", "Bulan ke-5", "Bulan 1-3", "Bulan 1 s.d. 3": months by their numbers
    r"|(?P<bulan>(?<![A-Za-z])(?i:bulan)\s?(?:(?i:ke)\s?-?\s?)?(?P<bn>1[0-2]|0?[1-9])"
    # a range in words may end in its year ("Bulan 1 s.d. 3-2025"); "Bulan 2-6-2025" is a date
    r"(?:\s*(?i:s\.?\s?d\.?|s/d|sampai|hingga)\s*(?P<bw>1[0-2]|0?[1-9])(?:[-_/](?P<by>20\d{2}))?(?!\d)"
    r"|\s*(?:-|–)\s*(?P<bm>1[0-2]|0?[1-9]))?(?![\d.,]|[-_/]\d))"
    r"|(?P<ym>(?<!\d)(?P<yy>20\d{2})[-_.](?P<ymm>[01]?\d)(?![-_.]?\d))"
    r"|(?P<my>(?<![\d.-])(?P<mym>[01]?\d)[-_.](?P<myy>20\d{2})(?!\d))"
)
#: "-", "s.d.", "s/d", "sampai" between two numerals of one quarter or semester word
_UPTO = r"\s*(?:-|s\s?d|s\.\s?d\.?|s/d|sampai|hingga)\s*"
_WORD_TOKEN = re.compile(
    rf"(?P<month>(?<![a-z])(?:{_MONTH_ALT})(?![a-z]))"
    # a Roman numeral must stand apart from the word ("TW I", "TW-II"; not "Twi", "Semi"); a digit may touch
    r"|(?P<quarter>(?<![a-z])(?:triwulan|tri wulan|triw|trw|tw|kuartal|quarter|q)"
    r"(?:\s?[-.]?\s?(?:ke\s?-?\s?)?(?P<qd>[1-4])|[\s.-]+(?:ke\s?-?\s?)?(?P<qn>iv|iii|ii|i))"
    # "TW I-II", "TW 1 s.d. 3": a range of quarters under one word
    rf"(?:{_UPTO}(?P<qe>iv|iii|ii|i|[1-4]))?(?![a-z0-9]))"
    r"|(?P<semester>(?<![a-z])(?:semester|smt|smstr|sem)"
    r"(?:\s?[-.]?\s?(?:ke\s?-?\s?)?(?P<sd>[12])|[\s.-]+(?:ke\s?-?\s?)?(?P<sn>ii|i))"
    rf"(?:{_UPTO}(?P<se>ii|2))?(?![a-z0-9]))"
    r"|(?P<range>(?<![a-z])(?:s\s?d|s\.\s?d\.?|s/d|sd|sampai|hingga|to)(?![a-z])|(?<= )-(?= ))"
)
_DASH = re.compile(r"(?<!\d)\s*[-–—]\s*|\s*[-–—]\s*(?!\d)")
#: What comes before a person's name ("an. Agus Salim", "Bu Juni", "Pak Mei"): a month word after it is a name.
_PERSON_BEFORE = re.compile(r"(?<![a-z])(?:a\.?\s?n|bu|ibu|pak|bapak|sdr|sdri|sdra|oleh|dr|ir|hj)\.?\s*$")
#: A word after a month word that makes it a person's first name ("Agus Salim", "Mei Lestari"): a
#: capitalised word (first letter alone upper case) that is none of these, nor a month's name.
_NAME_WORD = re.compile(r"[A-Z][a-z]+")
_NOT_A_NAME_WORDS = (
    # time words ("Juni Minggu 2"), what a copy's name adds ("Mei Final"), joining words, and the
    # kinds of document a name may go on with ("Rapat Mei Notulen")
    "bulan tahun tanggal tgl hari minggu pekan periode triwulan semester kuartal quarter tw tahap senin "
    "selasa rabu kamis jumat sabtu final revisi rev fix draft draf baru terbaru update lengkap scan copy "
    "salinan asli ttd signed dan s sd sampai hingga to and ke laporan notulen notulensi foto dokumentasi "
    "rapat kegiatan undangan daftar absensi rekap surat"
)
_NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())
#: What comes before a document's number ("No 12-2025", "Nomor: 3/2025"): digits after it date nothing.
_NUMBER_BEFORE = re.compile(r"(?<![A-Za-z])(?:no|nomor|nmr|nr)\.?\s*:?\s*$", re.IGNORECASE)
#: What comes before a version's number ("versi 1.2.25", "v1.2.25", "Rev. 2.1.24").
_VERSION_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:v|ver|versi|version|rev|revisi|revisi ke|edisi|draft|draf|sop)\.?\s*-?\s*$",
    re.IGNORECASE,
)
_QUARTER = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
#: Item references a name may start with (``1.i.a``, ``P.1.i.a``, ``A.1.I.i.a``, ``1.a``, ``a.``).
_LEADING_REF = re.compile(
    r"^\s*(?:"
    r"[PRH]\s?\.\s?(?:\d{1,2}|[IVX]{1,4})(?:\s?\.\s?(?:[ivx]{1,4}|[a-z])){1,2}"
    r"|A\s?\.\s?[12]\s?\.\s?(?:[IVX]{1,4}|\d{1,2})\s?\.\s?[ivx]{1,4}(?:\s?[.\s]\s?[a-z])?"
    r"|B\s?\.\s?(?:I{1,2}|[12])(?:\s?\.\s?[a-z])?"
    r"|\d{1,2}\s?\.\s?(?:[ivx]{1,4}\s?\.\s?)?[a-z]"
    r"|[a-z]\s?[.)]"
    r"|\d{1,2}\s?[.)](?=\s)"  # "1. Undangan", "2) Daftar Hadir": the file's number in its folder
    r"|P[PR][A-F][1-9][A-H]\d{0,2}"  # a BPS question id, "PPA1A1 SK Tim"
    r")(?![A-Za-z0-9])[\s.)\-:]*",
    re.IGNORECASE,
)
_AREA_WORD = re.compile(r"^area\s?(\d{1,2}|[ivx]{1,4})\b")
_LABEL = re.compile(r"^(?:\d{1,2}|[ivx]{1,4}|[a-z])\s")


def split_extension(name: str) -> tuple[str, str]:
    """Split a file name into its stem and its extension (lower case, ``""`` when it has none)."""
    stem, dot, ext = name.rpartition(".")
    known = ext.lower() in _LONG_EXTENSIONS
    if dot and stem.strip() and (known or _EXTENSION.match(ext)) and ext.lower() not in _ROMAN_NUMERALS:
        return stem, ext.lower()
    return name, ""


def readable(text: str) -> str:
    """Read ``_`` and ``-`` as spaces (a ``-`` between digits stays) and collapse white space."""
    text = text.replace("_", " ")
    text = re.sub(r"(?<!\d)-|-(?!\d)", " ", text)
    return clean(text)


#: What copying a file adds to its name: "(1)", " - Copy", "Salinan dari", "Copy of".
_COPY = re.compile(
    r"^(?:copy of|salinan(?: dari)?)\s+|\s*(?:\(\d{1,3}\)|-?\s*(?:copy|salinan)(?:\s*\(\d{1,3}\))?)\s*$",
    re.IGNORECASE,
)


def title_of(stem: str) -> str:
    """Return the title a file name (without extension) gives: readable, without its leading reference
    and without what copying added ("(1)", "- Copy", "Copy of")."""
    text = _COPY.sub("", stem).strip() or stem
    text = readable(_COPY.sub("", text).strip() or text)
    rest = _LEADING_REF.sub("", text, count=1).strip()
    return rest or text or stem


@dataclass(frozen=True)
class NameTime:
    """The months a name speaks of, and its date when it holds exactly one full date."""

    months: tuple[int, ...] = ()
    date: dt.date | None = None
    #: the years the name speaks of (in dates, or alone: "SK Tim 2023", "Arsip 2023-2024")
    years: tuple[int, ...] = ()


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


#: A Google Drive download's time stamp ("drive-download-20250712T031415Z-001"): when the folder was
#: downloaded, not when its documents were made.
_DRIVE_STAMP = re.compile(r"\d{8}T\d{6}Z(?:-\d{1,3})?", re.IGNORECASE)


def months_in(text: str) -> NameTime:
    """Read the months (and a single full date) a file or folder name names; ``NameTime()`` if none."""
    text = _DRIVE_STAMP.sub(" ", text)
    years = tuple(sorted({int(y) for y in YEAR_IN_TEXT.findall(text)}))
    dates: list[dt.date] = []
    named: set[int] = set()
    spoken: set[int] = set()  # the years of the dates read (and of "Des'24")
    for m in _DATE_TOKEN.finditer(text):
        if _NUMBER_BEFORE.search(text[: m.start()]):
            continue  # "Nota Dinas No 12-2025": a document's number, not its month
        if m.group("dmy2") and _VERSION_BEFORE.search(text[: m.start()]):
            continue  # "Pedoman versi 1.2.25": a version, not a date
        found: dt.date | None = None
        if m.group("iso"):
            found = _valid(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        elif m.group("dmy"):
            day, month, year = int(m.group("dd")), int(m.group("dm")), int(m.group("dy"))
            found = _valid(year, month, day) or _valid(year, day, month)  # month-day-year from software
        elif m.group("compact"):
            found = _valid(int(m.group("cy")), int(m.group("cm")), int(m.group("cd")))
        elif m.group("dcompact"):
            found = _valid(int(m.group("xy")), int(m.group("xm")), int(m.group("xd")))
        elif m.group("dmy2"):
            found = _valid(2000 + int(m.group("ey")), int(m.group("em")), int(m.group("ed")))
        elif m.group("mword"):
            month, year = NAME_TO_MONTH[m.group("wm").lower()], 2000 + int(m.group("wy"))
            spoken.add(year)
            if m.group("wd"):
                found = _valid(year, month, int(m.group("wd")))
            named.add(month)
        elif m.group("bulan"):
            first, last = int(m.group("bn")), int(m.group("bm") or m.group("bw") or m.group("bn"))
            if m.group("by"):
                spoken.add(int(m.group("by")))
            named.update(range(first, last + 1) if first <= last else (first, last))
        elif m.group("ym"):
            if 1 <= int(m.group("ymm")) <= 12:
                named.add(int(m.group("ymm")))
        elif m.group("my") and 1 <= int(m.group("mym")) <= 12:
            named.add(int(m.group("mym")))
        if found is not None:
            dates.append(found)
            named.add(found.month)
            spoken.add(found.year)  # "Undangan 20241230": a date's year, though no year stands alone
    # dashes between words stand alone, so that "Januari-Maret" reads as a range (dates were read above)
    cased = _DASH.sub(" - ", text.replace("_", " "))
    words = cased.lower()
    if len(words) != len(cased):  # a letter whose lower case is longer ("İ"): no case to read
        cased = words
    period: set[int] = set()
    last_month: int | None = None
    last_quarter: int | None = None
    pending = False
    for m in _WORD_TOKEN.finditer(f" {words} "):
        if m.group("range"):
            pending = last_month is not None or last_quarter is not None
            continue
        if m.group("month") and _PERSON_BEFORE.search(f" {words} "[: m.start()]):
            continue  # "an. Agus Salim", "Bu Juni Astuti": a person's name, not a month
        if m.group("month") and _first_name(f" {cased} ", m.start(), m.end()):
            continue  # "ttd Agus Salim", "Notulen - Mei Lestari": a person's name, not a month
        if m.group("month"):
            month = NAME_TO_MONTH[m.group("month")]
            if pending and last_month is not None:
                wrap = month < last_month  # "November - Februari" runs over the new year
                named.update(range(last_month, 13) if wrap else range(last_month, month + 1))
                named.update(range(1, month + 1) if wrap else ())
            named.add(month)
            last_month, pending = month, False
        elif m.group("quarter"):
            q = m.group("qd") or m.group("qn")
            qn = int(q) if q.isdigit() else _QUARTER[q]
            first = last_quarter if pending and last_quarter is not None and last_quarter < qn else qn
            if m.group("qe"):  # "TW I-II"
                qe = m.group("qe")
                qn = max(qn, int(qe) if qe.isdigit() else _QUARTER[qe])
            for k in range(first, qn + 1):  # "TW I s.d. TW III" is the first three quarters
                period.update(quarter_months(k))
            last_quarter, pending = qn, False
        elif m.group("semester"):
            s = m.group("sd") or m.group("sn")
            period.update(semester_months(int(s) if s.isdigit() else len(s)))
            if m.group("se"):  # "Semester I-II": the whole year
                period.update(semester_months(2))
            pending = False
    months = named if named and (not period or named <= period) else named | period
    date = dates[0] if len(set(dates)) == 1 else None
    return NameTime(tuple(sorted(months)), date, tuple(sorted(set(years) | spoken)))


def _first_name(text: str, start: int, end: int) -> bool:
    """Tell whether the month word at ``text[start:end]`` starts a person's name ("Agus Salim").

    A capitalised word follows it that is no time, status or month word, and no day number or year
    stands on either side ("Mei Lestari 12 Mei 2025" still has its May, from the second "Mei").
    """
    before = text[:start].split()
    after = text[end:].split()
    if not after or text[end : end + 1] not in (" ", "\t"):
        return False  # a month at the end, or before punctuation ("Mei.", "Mei, Juni")
    if any(w.isascii() and w.isdigit() and (int(w) <= 31 or len(w) == 4) for w in (before[-1:] + after[:1])):
        return False  # "12 Mei", "Mei 2025": a date
    word = after[0].rstrip(".,;:)]")
    return (
        _NAME_WORD.fullmatch(word) is not None
        and word.lower() not in _NOT_A_NAME
        and word.lower() not in NAME_TO_MONTH
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(text)).strip("-")


def record_id(relative: str, as_written: bool = False) -> str:
    """Return the stable id of the file at ``relative`` (``/``-separated path under the scanned folder).

    The path is read in Unicode's composed form (NFC), so the same file scanned on macOS (which
    decomposes accents) and elsewhere keeps its id; ``as_written`` hashes the path as it is, for a
    second file whose name differs from another's only in that form (both are listed).
    """
    key = unicodedata.normalize("NFC", relative)
    exact = relative if as_written else key
    digest = hashlib.sha1(exact.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    slug = _slug(split_extension(key.rsplit("/", 1)[-1])[0] if "/" not in key else key.rsplit(".", 1)[0])
    if len(slug) > 60:
        cut = slug[-60:]
        slug = cut.split("-", 1)[1] if "-" in cut[:20] else cut
    slug = slug.strip("-")
    return f"{slug}-{digest}" if slug else f"ev-{digest}"


#: BPS's LKE question ids (``PPA1A`` = Pengungkit-Pemenuhan, area A = 1, indicator 1 = i, item A), with the
#: number of a piece of evidence after them (``PPA1A1``): one statistics agency numbers its data dukung so.
_BPS_ID = re.compile(r"(?<![A-Za-z0-9])P([PR])([A-F])([1-9])([A-H])(?:\d{1,2})?(?![A-Za-z0-9])")
_ROMAN_OF = {1: "i", 2: "ii", 3: "iii", 4: "iv", 5: "v", 6: "vi", 7: "vii", 8: "viii", 9: "ix"}


def bps_refs(text: str, rubric: Rubric) -> tuple[str, ...]:
    """Return the rubric items BPS question ids in ``text`` name (``PPA1A`` → P.1.i.a, ``PRA2A`` → R.1.ii).

    Upper case only (as BPS writes them), so ordinary words do not read as ids; a single-item
    indicator's item is written with ``A``; an id the rubric does not hold gives nothing.
    """
    out: list[str] = []
    for m in _BPS_ID.finditer(text):
        aspect, area, number, letter = m.groups()
        indicator = f"{aspect}.{ord(area) - ord('A') + 1}.{_ROMAN_OF[int(number)]}"
        code = f"{indicator}.{letter.lower()}"
        if code in rubric.items:
            out.append(code)
        elif letter == "A" and indicator in rubric.items:
            out.append(indicator)
    return tuple(dict.fromkeys(out))


def area_folder(segment: str, rubric: Rubric) -> tuple[str, bool] | None:
    """Return the ZI area a folder name names, and whether it is written as that area's folder.

    Written as the area's folder: ``AREA n``, or a label that is the area's own place in the LKE
    (``B. PENATAAN TATALAKSANA``, ``2. Penataan Tatalaksana``, ``II. Tatalaksana``). A bare name
    (``Pengawasan``) or a label of another place (``c. Pelayanan publik``: c is the third, Pelayanan
    Publik the sixth area) names the area without being written as its folder.
    """
    return _area_index(rubric)(segment)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _label_places(label: str) -> set[int]:
    """The places a label may count (``2``, ``ii``, ``b``: 2; ``i`` is 1 as a numeral, 9 as a letter)."""
    places = {int(label)} if label.isdigit() else set()
    if label in _ROMAN_OF.values():
        places.add(next(n for n, r in _ROMAN_OF.items() if r == label))
    if len(label) == 1 and label in _LETTERS:
        places.add(_LETTERS.index(label) + 1)
    return places


def _area_index(rubric: Rubric) -> Callable[[str], tuple[str, bool] | None]:
    def build(r: Rubric) -> Callable[[str], tuple[str, bool] | None]:
        number: dict[int, str] = {}
        for code, flat in r.items.items():
            head, num = code.split(".")[:2]
            if head == "P" and num.isdigit():
                number[int(num)] = flat.area
        place = {area: n for n, area in number.items()}
        names = {norm(a.name): a.id for a in r.areas if a.zi}
        # Hasil areas ("Pelayanan Publik yang Prima") start like a pengungkit area's alias: not an area here
        hasil = [norm(a.name) for a in r.areas if not a.zi]
        for ra in r.ra_areas:
            if ra.area is not None:
                names.update({norm(alias): ra.area for alias in ra.aliases})
        roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}

        def read(segment: str) -> tuple[str, bool] | None:
            words = norm(segment)
            m = _AREA_WORD.match(words)
            if m:
                tok = m.group(1)
                found = number.get(int(tok) if tok.isdigit() else roman.get(tok, 0))
                return (found, True) if found is not None else None
            coded = zi_areas_of_code(segment, r)
            if coded is not None and len(coded) == 1:
                return coded.pop(), True  # "PAK", "MP": an area's code is written as its folder
            label = _LABEL.match(words)
            rest = words[label.end() :] if label else words
            if any(rest.startswith(h) for h in hasil):
                return None
            for name, area in names.items():
                if rest == name or (rest.startswith(name + " ") and len(rest) <= len(name) + 25):
                    return area, label is not None and place.get(area) in _label_places(
                        label.group(0).strip()
                    )
            return None

        return read

    found: Callable[[str], tuple[str, bool] | None] = rubric.derived("evidence_area_folders", build)
    return found
