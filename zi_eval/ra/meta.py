"""Read unit metadata (name, year, decree number and date) from the title block of a plan."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import chain, pairwise

from zi_eval.io.words import slug
from zi_eval.ra.layout import MONTH_NAMES, clean

_REGION = ("kabupaten", "kota", "provinsi", "kab.", "kecamatan")
_SMALL = {"dan", "di", "dari", "ke", "yang", "atas"}
#: Short words of unit names that are words, not acronyms ("KAB. ", "KOTA" is longer anyway).
_WORDS = {"kab", "kec", "ibu", "tua", "air", "api", "bar", "tim", "pos", "bea"}
#: Acronyms of offices longer than three letters, kept in capitals ("BBPOM DI MAKASSAR", "KPPN MAROS").
_ACRONYMS = {"bbpom", "bpom", "kppn", "kpknl", "lpka", "ptun", "rsup", "rsud", "bpbd", "uptd", "bpjs"}
#: A class or rank written in Roman numerals ("KELAS III", "WILAYAH IV") stays in capitals.
_ROMAN_NUMERAL = re.compile(r"[IVX]+")
_MONTH = {name: m for m, names in MONTH_NAMES.items() for name in names}
#: The short names offices go by, in titles and in names ("KPU KABUPATEN LUWU", "KANTAH KAB. PANGKEP",
#: "LAPAS KELAS I MAKASSAR"): each opens a unit's name here and names its kind in
#: :mod:`zi_eval.ra.parts` (which has a few of its own, the courts' two letters among them).
OFFICE_SHORT_NAMES = frozenset(
    """balai bapas bawaslu bbpom bpom bps dinas kanim kantah kantor kejari kejati kpp kppn kpu kua lapas lpka
    polda polres polresta polsek ptun puskesmas rsud rutan""".split()  # noqa: SIM905
)
#: Words that open the name of a government unit in a title block: the offices' short names, more short
#: names units write in titles, and the words long names open with.
_UNIT_WORDS = (
    *sorted(OFFICE_SHORT_NAMES),
    "kanwil",
    "kpknl",
    "rupbasan",
    "dukcapil",
    "disdukcapil",
    "bappeda",
    "bpbd",
    "samsat",
    "rsup",
    "rsj",
    "bpn",
    "upt",
    "unit",
    "badan",
    "bagian",
    "biro",
    "direktorat",
    "imigrasi",
    "inspektorat",
    "kecamatan",
    "kejaksaan",
    "kelurahan",
    "kementerian",
    "kepolisian",
    "komisi",
    "lembaga",
    "loka",
    "madrasah",
    "mal pelayanan publik",
    "pangkalan",
    "pengadilan",
    "perwakilan",
    "politeknik",
    "pusat",
    "rumah sakit",
    "rumah tahanan",
    "satuan",
    "sekolah",
    "sekretariat",
    "stasiun",
    "universitas",
)
#: Unit words that name a unit only at the start of its name ("Satuan Polisi Pamong Praja"): inside a
#: line they are common words ("Kolom Output diisi volume dan satuan").
_FIRST_ONLY = frozenset({"satuan"})
#: Title lines about the document, not the unit.
_DOC_WORDS = re.compile(
    r"^(lampiran|rencana (kerja )?aksi|keputusan|nomor|tentang|tahun|pembangunan zona|zona integritas"
    r"|menuju|wilayah|ra\b|matriks|program kerja)",
    re.I,
)


@dataclass
class UnitMeta:
    """What the title block says about the unit."""

    name: str | None = None
    instansi: str | None = None
    short_id: str | None = None
    year: int | None = None
    #: the last year of a period the title names ("TAHUN 2024-2025"), whose first year is ``year``
    year_to: int | None = None
    decree: str | None = None
    decree_date: dt.date | None = None
    #: the predicate the title says the plan works towards, when it names one alone ("MENUJU WBBM")
    predicate: str | None = None


def _title(words: str) -> str:
    """Title-case a name written in capitals, keeping short acronyms (TPI, KPU, BPS, RI) as written."""
    out = []
    for i, w in enumerate(words.split()):
        lw = w.lower()
        if i and lw in _SMALL:
            out.append(lw)
        elif _ROMAN_NUMERAL.fullmatch(w) or (
            w.isupper() and w.isalpha() and (len(w) <= 3 and lw not in _WORDS or lw in _ACRONYMS)
        ):
            out.append(w)
        else:
            out.append(lw[:1].upper() + lw[1:])
    return " ".join(out)


#: Who signs a unit's decree ("KEPUTUSAN KEPALA KANTOR …", "KEPUTUSAN PLT. KETUA …"): the unit follows.
_SIGNER = re.compile(
    r"^(?:(?:PLT|PLH|PJ)\.?\s+)?(?:KEPALA|KETUA|DIREKTUR(?:\s+UTAMA)?|PIMPINAN|CAMAT|LURAH|REKTOR|KOMANDAN)\s+",
    re.I,
)
#: Units known by their acronym, which a decree writes out ("KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN
#: LUWU": "KPU Kabupaten Luwu"); other names are kept whole ("Kantor Pertanahan Kabupaten Gowa").
_KNOWN_ACRONYMS = {
    "komisi pemilihan umum": "KPU",
    "badan pusat statistik": "BPS",
    "badan pengawas pemilihan umum": "Bawaslu",
}


def _split_region(name: str) -> tuple[str, str]:
    low = name.lower()
    for word in _REGION:
        pos = low.find(" " + word + " ")
        if pos > 0:
            return name[:pos].strip(), name[pos:].strip()
    return name, ""


def _date(text: str) -> dt.date | None:
    m = re.search(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text)
    if not m:
        return None
    month = _MONTH.get(m.group(2).lower())
    if month is None:
        return None
    try:
        return dt.date(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None


def read_meta(lines: list[str]) -> UnitMeta:
    """Extract metadata from the title/preamble lines (cleaned text, in order)."""
    meta = UnitMeta()
    decree_year: int | None = None
    # a Markdown heading's marks ("## Balai Besar Contoh") are no part of its words
    text = [re.sub(r"^#{1,6}\s+", "", clean(x)) for x in lines if clean(x)]
    for i, ln in enumerate(text):
        up = ln.upper()
        if meta.name is None and up.startswith("KEPUTUSAN ") and "NOMOR" not in up and len(ln.split()) >= 3:
            # the unit is whoever decrees, not its head: "KEPUTUSAN KEPALA RUTAN KELAS IIB PINRANG"
            full = _title(_SIGNER.sub("", ln.split(" ", 1)[1]))
            body, region = _split_region(full)
            meta.instansi = body
            short = _KNOWN_ACRONYMS.get(body.lower(), body)
            meta.name = f"{short} {region}".strip()
            region_core = re.sub(r"^(kabupaten|kota|provinsi|kab\.)\s+", "", region, flags=re.I)
            meta.short_id = slug(f"{short} {region_core}")
        m = re.match(r"^NOMOR\s*:?\s*(\S+)\s+TAHUN\s+(\d{4})", up)
        if m and meta.decree is None:
            meta.decree = f"Keputusan Nomor {m.group(1)} Tahun {m.group(2)}"
            decree_year = int(m.group(2))
        if meta.decree_date is None and re.search(r"\btanggal\b", ln, re.I):
            meta.decree_date = _date(ln) or (_date(text[i + 1]) if i + 1 < len(text) else None)
    if meta.name is None:
        meta.name = unit_line(text)
    if meta.decree is None:
        meta.decree = _decree_line(text)
        # the plan's own decree in one line ("LAMPIRAN KEPUTUSAN … NOMOR … TAHUN 2025 TENTANG RENCANA AKSI
        # …"): its year, like a "NOMOR … TAHUN" line's, only when no title line names one
        dated = re.search(r"\bTahun (\d{4})$", meta.decree or "")
        if decree_year is None and dated:
            decree_year = int(dated.group(1))
    # the plan's own title names its year; a decree of December names the year before ("NOMOR : 12
    # TAHUN 2024" over "RENCANA AKSI … TAHUN 2025"): its year only when no title line names one
    titles = [ln for ln in text if not re.match(r"^NOMOR\b", ln, re.I)]
    meta.year = title_year(titles) or decree_year
    period = title_period(titles)
    if period is not None and (meta.year is None or meta.year == period[0]):
        meta.year, meta.year_to = period
    meta.predicate = _predicate(text)
    return meta


_WBBM = re.compile(r"\bWBBM\b|\bBIROKRASI BERSIH (?:DAN|&) MELAYANI\b", re.I)
_WBK = re.compile(r"\bWBK\b|\bBEBAS (?:DARI )?KORUPSI\b", re.I)


def _predicate(lines: list[str]) -> str | None:
    """WBBM when the title lines (not a preamble sentence) name it and not WBK ("… MENUJU WILAYAH
    BIROKRASI BERSIH DAN MELAYANI (WBBM)"); a plan "menuju WBK/WBBM" works towards WBK first."""
    title = [ln for ln in lines if not narrative(ln)]
    named = " ".join(title)
    return "WBBM" if _WBBM.search(named) and not _WBK.search(named) else None


def unit_line(lines: list[str]) -> str | None:
    """The unit's name from a title block ("KANTOR PERTANAHAN KABUPATEN X"), or ``None``.

    Of a letterhead's names, ministry's or office's over the unit's ("KEMENTERIAN HUKUM DAN HAM RI / KANTOR
    WILAYAH SULAWESI SELATAN / LAPAS KELAS I MAKASSAR", "DINAS KESEHATAN / UPT PUSKESMAS …"), the unit's:
    the most specific, down the lines.
    """
    last: tuple[int, str] | None = None  # the last office's line over the unit's, and its name
    # each line's unit worked out once, one line ahead: a letterhead goes down its offices ("DINAS
    # KESEHATAN" over "UPT PUSKESMAS SOMBA OPU")
    names = pairwise(chain(map(_unit_of, lines[:40]), [None]))
    for k, (name, under) in enumerate(names):
        if last is not None and k > last[0] + 3:
            break  # no more specific unit's line right under it: that office is the unit
        if name is None:
            continue
        if not _PARENT.match(name) and under is None:
            return _with_place(name, lines[k + 1] if k + 1 < len(lines) else "")
        if last is not None and _PARENT.match(name) and not _PARENT.match(last[1]):
            # the ministry under the unit ("… ZONA INTEGRITAS BALAI RISET … / Kementerian Kelautan dan
            # Perikanan", a running header): the unit above is the more specific
            continue
        last = (k, name)
    return last[1] if last is not None else None


#: A title line naming only a place: "KOTA PALOPO", "KABUPATEN LUWU UTARA", "PROVINSI SULAWESI SELATAN".
_PLACE_LINE = re.compile(r"(?:KOTA|KABUPATEN|KAB\.?|PROVINSI)\s+[A-Z][A-Z .'-]{1,40}", re.I)
_HAS_PLACE = re.compile(r"\b(?:kota|kabupaten|kab|provinsi)\b", re.I)


def _with_place(name: str, after: str) -> str:
    """A unit's name with the place a title writes on the next line ("RUMAH SAKIT UMUM DAERAH
    SAWERIGADING" / "KOTA PALOPO"), when the name holds none."""
    after = after.strip(" ,.")
    if _HAS_PLACE.search(name) or not _PLACE_LINE.fullmatch(after) or _unit_of(after) is not None:
        return name
    return f"{name} {_title(after) if after.isupper() else after}"


#: A ministry's, directorate general's, agency's or regional office's name, over a unit's in a letterhead
#: ("KEMENTERIAN KEUANGAN / DIREKTORAT JENDERAL PAJAK / KANTOR PELAYANAN PAJAK PRATAMA …", "BADAN
#: PENGAWAS OBAT DAN MAKANAN / BALAI BESAR POM DI MAKASSAR"); the unit when nothing more specific follows.
_PARENT = re.compile(
    r"^(?:kementerian|kementrian|kantor\s+wilayah|kanwil|direktorat\s+jenderal|ditjen|sekretariat\s+jenderal"
    r"|badan(?!\s+pusat\s+statistik)|kepolisian\s+negara|kepolisian\s+daerah|pengadilan\s+tinggi)\b",
    re.I,
)


def _unit_of(ln: str) -> str | None:
    """The unit named by one title line (see :func:`unit_line`), or ``None``."""
    if narrative(ln):
        return None
    # a key and its value: "Unit Kerja : Balai Contoh", "Satuan Kerja: …"
    ln = re.sub(
        r"^(?:nama\s+)?(?:unit(?:\s+kerja)?|satuan\s+kerja|satker|instansi)\s*:\s*", "", ln, flags=re.I
    )
    # a unit's code before its name: "400123 - KANTOR IMIGRASI …", "(400123) KANTOR …"
    ln = re.sub(r"^\(?\d{5,}\)?\s*[-–:]?\s*(?=[A-Za-z])", "", ln)
    # "LAMPIRAN KEPUTUSAN KEPALA KANTOR X": the unit is whoever decrees
    ln = re.sub(
        r"^LAMPIRAN\s*(?:I\s+)?:?\s*(?:SURAT\s+)?KEPUTUSAN\s+(?:KEPALA|KETUA|SEKRETARIS|DIREKTUR|PIMPINAN)?\s*",
        "",
        ln,
        flags=re.I,
    )
    # the name ends where the year ("TAHUN 2025", "T.A 2025", …) or the decree number starts
    before, *after = _YEAR_WORD.split(ln, maxsplit=1)
    body = re.sub(r"\b(?:NOMOR\b|NO\.).*$", "", before, flags=re.I).strip(" ,.-:")
    body = _PLAN_NAME.sub("", body).strip(" ,.-:")
    body = _LEAD_WORDS.sub("", body).strip(" ,.-:")
    body = re.sub(r"\s+20\d\d$", "", body)  # "RA ZI KPP PRATAMA BOGOR 2025": the year written bare
    if not body and after:  # "… MENUJU WBK TAHUN 2025 PADA KPP PRATAMA MEDAN BARAT": after the year
        body = re.sub(r"^\s*(?:PADA|DI\s+LINGKUNGAN|DI)\s+", "", after[-1], flags=re.I).strip(" ,.-:")
    low = body.lower()
    if not body or len(body) > 120 or _DOC_WORDS.match(low) or len(body.split()) < 2:
        return None  # "Balai" alone (cut before "NOMOR …") names no unit
    if not any(
        low.startswith(w) or w not in _FIRST_ONLY and f" {w} " in f" {low} "[:40] for w in _UNIT_WORDS
    ):
        return None
    if low.startswith("area "):
        # "AREA II PENATAAN TATALAKSANA BALAI CONTOH": the unit starts at its own word
        at = min(f" {low} ".find(f" {w} ") for w in _UNIT_WORDS if f" {w} " in f" {low} ")
        body = body[at:]
    return _title(body) if body.isupper() else body


#: The predicate a plan works towards, as titles write it: "WBK", "WBK/WBBM", "WBK DAN WBBM", "WILAYAH BEBAS
#: DARI KORUPSI (WBK) DAN WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM)".
_PREDICATE = (
    r"(?:WBK\s*(?:/|DAN|&)\s*WBBM|WBK|WBBM"
    r"|WILAYAH\s+BEBAS\s+(?:DARI\s+)?KORUPSI(?:\s*\(\s*WBK\s*\))?"
    r"(?:\s*(?:DAN|/|&)\s*WILAYAH\s+BIROKRASI\s+BERSIH\s+(?:DAN\s+)?MELAYANI(?:\s*\(\s*WBBM\s*\))?)?"
    r"|WILAYAH\s+BIROKRASI\s+BERSIH\s+(?:DAN\s+)?MELAYANI(?:\s*\(\s*WBBM\s*\))?)"
    r"(?:\s*\(\s*WBK\s*(?:/|DAN)?\s*(?:WBBM)?\s*\))?(?![A-Z])"
)
#: The plan's name before the unit's in a title line: "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS (ZI) MENUJU
#: WBK/WBBM PADA …", "RENCANA AKSI ZI …", "… ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI (WBK) DI
#: LINGKUNGAN …".
_PLAN_NAME = re.compile(
    r"^.*\b(?:ZONA INTEGRITAS|RENCANA (?:KERJA )?AKSI|RA(?=\s+ZI\b))\b(?:\s*\(\s*ZI\s*\)|\s+ZI\b)?"
    rf"(?:\s*(?:MENUJU\s+)?{_PREDICATE})?"
    r"(?:\s+(?:DI\s+LINGKUNGAN|PADA|DI|PEMBANGUNAN)\b)?\s*",
    re.I,
)


#: Words before a unit's name that are no part of it: "PADA PENGADILAN AGAMA …", "ZI RUTAN …" (after
#: "RENCANA AKSI PEMBANGUNAN"), "TIM ZI KANTOR …", "UNIT KERJA: KANTOR …", "SATUAN KERJA KANTOR …", "DI
#: KANTOR …" (a title line of its own, or what the plan's name leaves).
_LEAD_WORDS = re.compile(
    r"^(?:(?:PADA|DI\s+LINGKUNGAN|DI|ZI|TIM(?:\s+ZI|\s+KERJA)?|PEMBANGUNAN|(?:NAMA\s+)?UNIT\s+KERJA|SATUAN\s+KERJA"
    r"|SATKER)\s*:?\s+)+",
    re.I,
)


_DECREE = re.compile(
    r"\bKEPUTUSAN\b(?P<who>.*?)\bNOMOR\s*:?\s*(?P<no>[^\s,]+)(?:\s+TAHUN\s+(?P<year>\d{4}))?", re.I
)


def _decree_line(lines: list[str]) -> str | None:
    """The unit's own decree ("LAMPIRAN KEPUTUSAN KEPALA … NOMOR …"), never a regulation a sentence cites."""
    for ln in lines:
        m = _DECREE.search(ln)
        if m is None or narrative(ln) or re.search(r"\bperaturan\b|\bundang", m.group("who"), re.I):
            continue
        return f"Keputusan Nomor {m.group('no')}" + (f" Tahun {m.group('year')}" if m.group("year") else "")
    return None


def narrative(line: str) -> bool:
    """A sentence of a preamble or a note, not a title line: long (over 14 words) unless it reads as a long
    title (:func:`_long_title`); with two words only sentences have ("Rencana Aksi Ini Merupakan
    Penjabaran …", "Laporan Kegiatan Disampaikan Kepada Ketua …"); or several sentences (a full stop after
    a word, then a capital; "s.d. Juni", "Kab. Luwu", "Jl. Merdeka" are abbreviations, not the end of a
    sentence)."""
    if len(line.split()) > 14 and not _long_title(line):
        return True
    if _sentence_words(line) >= 2:
        return True
    return bool(re.search(r"[a-z]\.\s+[A-Z]", _ABBREVIATION.sub(" ", line)))


#: How a long title starts: "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI
#: (WBK) DAN … KANTOR …", "MATRIKS RENCANA AKSI …", "LAMPIRAN II RENCANA AKSI …".
_LONG_TITLE_START = re.compile(
    r"^\W*(?:LAMPIRAN\s+(?:[IVX]+\s+|\d+\s+)?)?(?:RENCANA\s+(?:KERJA\s+)?AKSI|ACTION\s+PLAN|PROGRAM\s+KERJA"
    r"|MATRIKS?|KEPUTUSAN|LAPORAN|MONITORING|MONEV|CAPAIAN|REALISASI|PROGRES|FORM(?:ULIR)?)\b",
    re.I,
)
#: Words of a sentence, never of a title ("RENCANA AKSI INI DISUSUN SEBAGAI PEDOMAN …", "… DISAMPAIKAN
#: KEPADA KETUA SETIAP TRIWULAN OLEH …"); passive verbs "di…kan" too (:data:`_PASSIVE`).
_SENTENCE_WORDS = frozenset(
    """ini itu disusun menyusun merupakan adalah sebagai menjadi bahwa maka telah akan agar berdasarkan
    ditindaklanjuti diterima dipantau dievaluasi dibuat kepada setiap melalui hasilnya sehingga karena
    apabila jika""".split()  # noqa: SIM905 (a list of words reads best as words)
)
_PASSIVE = re.compile(r"^di[a-z]{3,}kan$")
#: Small words a title in Title Case writes in lower case.
_TITLE_SMALL = frozenset(
    "dan di dari ke pada yang atas untuk dengan menuju serta oleh tentang nomor tanggal".split()  # noqa: SIM905
)


def _sentence_words(line: str) -> int:
    """How many words of ``line`` only sentences have (:data:`_SENTENCE_WORDS`, :data:`_PASSIVE`)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", line)]
    return sum(1 for w in words if w in _SENTENCE_WORDS or _PASSIVE.match(w))


def _long_title(line: str) -> bool:
    """A line over 14 words that is a title: it starts as one, its words are capitalised (small words
    aside), and none is a sentence's ("DALAM RANGKA …", "BERDASARKAN …", "HASIL EVALUASI … MENJADI
    DASAR …", "MONITORING … DILAKUKAN SETIAP TRIWULAN …" are sentences, in capitals too)."""
    if not _LONG_TITLE_START.match(line) or _sentence_words(line):
        return False
    big = [w for w in re.findall(r"[A-Za-z][\w/-]*", line) if w.lower() not in _TITLE_SMALL]
    return bool(big) and sum(1 for w in big if w[:1].isupper()) >= 0.9 * len(big)


#: Abbreviations titles write with a full stop: "s.d." (until), "a.n.", "u.p.", "dll.", "Kab.", "Kec.",
#: "Prov.", "Jl.", "No.", "Tgl.", titles of persons ("Dr.", "Drs.", "Ir.", "Hj.").
_ABBREVIATION = re.compile(
    r"\b(?:s\.\s?d|a\.\s?n|u\.\s?p|dll|dsb|dst|dkk|tgl|kab|kec|kel|prov|jl|no|nomor|tk|dr|drs|ir|hj|sdr|kep)\.",
    re.I,
)


#: How a title names the plan year: "TAHUN 2025", "TAHUN ANGGARAN 2026", "TA. 2025", "T.A 2025", "TH. 2025",
#: "Tahun : 2025" (a key and its value).
_YEAR_WORD = re.compile(
    r"\b(?:TAHUN(?: ANGGARAN)?\s*:?\s*|(?:FISCAL\s+)?YEAR\s*:?\s*|(?:T\.?\s?A|THN?)\.?\s*:?\s*)(\d{4})(?!\d)",
    re.I,
)
#: A title line about the plan itself, where a bare year is its year ("RENCANA AKSI ZI 2025",
#: "PERIODE JANUARI - DESEMBER 2025").
_PLAN_WORDS = re.compile(
    r"\b(?:RENCANA|AKSI|ZONA INTEGRITAS|ZI|WBK|WBBM|PERIODE|PROGRAM KERJA|ACTION PLAN)\b", re.I
)
#: A title line that is a year alone ("2025", "TA 2025", "T.A. 2025"), under the plan's title.
_YEAR_LINE = re.compile(r"(?:T\.?\s?A\.?\s*)?(20\d\d)", re.I)
_BARE_YEAR = re.compile(r"(?<![\d/.-])(20\d\d|2100)(?![\d/.-])")


#: Two years of one period: "2024-2025", "2024 – 2025", "2024/2025", "2024 s.d. 2025", "2024 s/d 2025",
#: "2024 sampai dengan 2025", "2024 hingga 2025", "2024 dan 2025".
_YEAR_RANGE = re.compile(
    r"(?<![\d/.-])(20\d\d)\s*(?:[-\u2013\u2014/]|s\.?\s?[/.]?\s?d\.?|sampai(?:\s+dengan)?|hingga|dan)\s*(20\d\d)(?![\d/.-])",
    re.I,
)


def title_period(lines: list[str]) -> tuple[int, int] | None:
    """The first and last year of a period the title block names for the plan ("PERIODE TAHUN 2024-2025"),
    or None.

    The line is a title line (not a sentence of the preamble, not a decree's number) that speaks of
    the plan or its year ("RENCANA AKSI …", "TAHUN …", "PERIODE …") or holds the period alone; the
    period spans at most three years (a strategic plan's "RENSTRA 2020-2024" is not the plan's).
    """
    for ln in lines:
        if narrative(ln) or re.search(r"\bnomor\b", ln, re.I):
            continue
        for m in _YEAR_RANGE.finditer(ln):
            first, last = int(m.group(1)), int(m.group(2))
            rest = (ln[: m.start()] + " " + ln[m.end() :]).strip(" :,.()")
            about_plan = _PLAN_WORDS.search(rest) or re.search(r"\b(?:TAHUN|T\.?\s?A|THN?)\b", rest, re.I)
            if first < last <= first + 2 and (about_plan or not rest) and not _STRATEGIC.search(rest):
                return first, last
    return None


#: Periods of other plans a title block may cite.
_STRATEGIC = re.compile(r"\b(?:RENSTRA|RPJMN?|RPJPN?|RENCANA STRATEGIS|ROAD ?MAP|GRAND DESIGN)\b", re.I)


def title_year(lines: list[str]) -> int | None:
    """The plan year from the title block, not the year of a cited regulation.

    ``TAHUN 2025`` (or ``TA. 2025``, ``TH. 2025``) in a title line first; else a bare year in a title
    line that speaks of the plan ("RENCANA AKSI ZONA INTEGRITAS 2025"); a preamble sentence counts
    only when no title line names one.
    """
    fallback = None
    for ln in lines:
        for m in _YEAR_WORD.finditer(ln):
            cited = re.search(r"\b(?:nomor|no\.)\s*:?\s*\S+\s*$", ln[: m.start()], re.I)
            if cited:
                continue
            if not narrative(ln):
                return int(m.group(1))
            fallback = fallback or int(m.group(1))
    for ln in lines:
        if narrative(ln) or not _PLAN_WORDS.search(ln) or re.search(r"\bnomor\b", ln, re.I):
            continue
        years = {int(y) for y in _BARE_YEAR.findall(ln)}
        if len(years) == 1:
            return years.pop()
    if fallback is None:
        alone = [int(y.group(1)) for ln in lines if (y := _YEAR_LINE.fullmatch(ln.strip()))]
        return alone[0] if alone else None
    return fallback
