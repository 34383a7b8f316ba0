"""Where one table of rows (a sheet, or a whole Word or PDF document) holds more than one plan, and
which part is the plan.

Units publish documents holding last year's plan before this year's, a plan "sebagai pembanding"
after it, a monitoring report ("LAPORAN MONITORING …", "CAPAIAN …") under the plan with the same
activities. Read as one table, their activities were merged into one unit:
twice the activities, the months of two years, and the first title's year.

A part starts at a title: the text rows (blank rows among them) between two tables, a table header
right under them (or the table going on in the first one's columns, a second plan typed into a copy
of the table without its header row). It starts a part when

- it heads a report or a comparison (:func:`is_report`) where the part before is a plan, or a plan
  where that part is a report;
- it is worded as the document's first title (the same words, :data:`SAME_TITLE` of them at least,
  years and numbers aside) but names another year (not one the first title names too), or a revision
  ("REVISI RENCANA AKSI …", "RENCANA AKSI PERUBAHAN …").

Nothing else starts a part: a section title naming a year in passing ("… mengacu Perjanjian Kinerja
Tahun 2024"), one title per area table, a sentence ("Rencana aksi pada tahun 2024 telah …"), a title
seen at two page breaks (a running header or footer) or a line with a page number.

Of the parts, the plan is the part of the year asked (``--year``, a comparison too when it is the
only part of that year), else the latest year's; reports and comparisons are never the plan while a
plan is there; of a plan and its revision, the revision. Every other part is skipped, and said.

Two units' plans in one document (a regional office's compilation) start no part: a title naming the
unit otherwise is far more often the same plan going on ("KANTOR IMIGRASI PARE-PARE" under "… KELAS II
TPI PAREPARE", "PN SIDRAP" under "PENGADILAN NEGERI SIDENRENG RAPPANG", "KANTOR PUSAT DJP"). A plan
title with its own header naming a unit the first title does not name (:func:`other_unit`) is said
instead (:func:`other_unit_titles`), and its rows read with the plan.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from zi_eval.io.words import YEAR_IN_TEXT
from zi_eval.ra.layout import Layout, norm
from zi_eval.ra.meta import OFFICE_SHORT_NAMES, narrative, title_year, unit_line
from zi_eval.ra.rows import RawRow

#: A title about the plan ("RENCANA AKSI", "RA ZI"): reports and comparisons here are reports on it.
_PLAN = re.compile(r"\brencana (?:kerja |tindak )?aksi\b|\bra\b|\baction plan\b")
#: A title that starts by naming a report ("LAPORAN MONITORING …", "CAPAIAN RENCANA AKSI …").
_REPORT_START = re.compile(
    r"^(?:lampiran\s+\S+\s+)?(?P<doc>(?:matriks|matrik|form|formulir|tabel|lembar)\s+)?"
    r"(?:laporan|monitoring|monev|capaian|pencapaian|realisasi|progres|progress|kemajuan|pemantauan"
    r"|tindak lanjut|hasil evaluasi|hasil monitoring|hasil pemantauan|hasil pelaksanaan|status pelaksanaan"
    r"|evaluasi pelaksanaan|evaluasi rencana|evaluasi)\b"
)
#: "PELAKSANAAN RENCANA AKSI … SAMPAI DENGAN BULAN JUNI 2025": the plan's implementation up to a date
#: (without one, "PELAKSANAAN RENCANA AKSI ZI TAHUN 2025" may be the plan itself).
_DONE_SO_FAR = re.compile(r"^pelaksanaan\b")
_COMPARISON = re.compile(r"\bpembanding\b|\bperbandingan\b")
#: A reporting period named as one ("TRIWULAN III", "SEMESTER I", "TW 2", "s.d. Juni"), not "Monitoring
#: Triwulan" in general.
_ONE_PERIOD = re.compile(
    r"\b(?:triwulan|tw|semester)\s?(?:i{1,3}|iv|[1-4])\b|\bs\.?\s?d\.?\s+[a-z]+|\b(?:sampai dengan|hingga)\s+(?:bulan\s+)?"
    r"(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b"
)
_ZI = re.compile(r"\bzi\b|\bzona integritas\b")
_YEAR = re.compile(r"\b20\d\d\b")
#: A revised plan: "REVISI RENCANA AKSI …", "RENCANA AKSI PERUBAHAN …", "PERUBAHAN RENCANA AKSI …".
_REVISION = re.compile(
    r"\brevisi\b|\bpemutakhiran\b|\brencana (?:kerja |tindak )?aksi \(?perubahan\b|^perubahan rencana (?:kerja )?aksi\b"
)
#: "RENCANA AKSI … DAN CAPAIAN TRIWULAN I": a report word with a reporting period.
_REPORT_WORD = re.compile(
    r"\b(?:laporan|monitoring|monev|capaian|pencapaian|realisasi|progres|progress|kemajuan|pemantauan)\b"
)
_PERIOD = re.compile(r"\b(?:triwulan|tw\s?(?:[1-4]|i{1,3}|iv)|semester)\b")
#: A sheet named as a report ("Monev TW I", "Realisasi", "TW 2").
_REPORT_SHEET = re.compile(_REPORT_START.pattern + r"|" + _PERIOD.pattern)
#: A line of page furniture: a page number ("Halaman 2", "2 dari 5", "- 3 -").
_PAGE_NUMBER = re.compile(r"\b(?:hal|halaman|page)\.?\s?\d|\b\d{1,3}\s(?:dari|of)\s\d|^\W*\d{1,3}\W*$")
#: The share of words two titles have in common (of all their words) to be worded alike.
SAME_TITLE = 0.75
_LEAD = re.compile(r"^\W*(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+")


@dataclass(frozen=True)
class Part:
    """Rows ``start:end`` of one plan (or report) and its title."""

    start: int
    end: int
    title: tuple[str, ...]  # its title lines (the first part's: the rows before the first header)
    year: int | None
    report: bool
    revision: bool = False  # a revised plan, which replaces the plan before it
    unit: str | None = None  # the unit its title names

    @property
    def label(self) -> str:
        """The title as one line, for a finding."""
        return " ".join(self.title)


def _lines(title: Sequence[str]) -> list[str]:
    """The title lines that are no sentence and no page furniture, normalised, numbering taken off."""
    return [
        _LEAD.sub("", norm(t))
        for t in title
        if t.strip() and not _sentence(t) and not _PAGE_NUMBER.search(norm(t))
    ]


def _sentence(line: str) -> bool:
    """A sentence, not a title: a preamble's (long, or several sentences), or mostly lower-case words."""
    words = [w for w in line.split() if w[:1].isalpha()]
    lower = sum(1 for w in words if w[:1].islower())
    return narrative(line) or (len(words) > 6 and lower * 2 > len(words))


def _report_line(line: str) -> bool:
    """A title line naming a report or a comparison: "Sebagai pembanding, …", a line starting with a report
    word about the plan ("CAPAIAN RENCANA AKSI …", "MATRIKS MONITORING …", "LAPORAN MONITORING TRIWULAN
    I"), or the plan with a report word and a period ("RENCANA AKSI … DAN CAPAIAN TRIWULAN I"). A section
    heading ("Monitoring Triwulan", "LAPORAN MONITORING DAN EVALUASI") is none."""
    start = _REPORT_START.match(line)
    plan = _PLAN.search(line)
    # "CAPAIAN KINERJA ZI … TRIWULAN III 2025", "Evaluasi Triwulan II Tahun 2025": one period's report
    dated = bool(_ONE_PERIOD.search(line) and (_YEAR.search(line) or _ZI.search(line)))
    return bool(
        _COMPARISON.search(line)
        or (start and (start["doc"] or plan or dated or ("laporan" in start[0] and _PERIOD.search(line))))
        or (plan and dated and _DONE_SO_FAR.match(line))
        or (plan and _REPORT_WORD.search(line) and _PERIOD.search(line))
    )


def is_report(title: Sequence[str]) -> bool:
    """Whether title lines head a report on the plan or a comparison, not the plan: a line names one
    (:func:`_report_line`) and none is the plan's own title ("RENCANA AKSI …" naming no report: a running
    header "Laporan Pelaksanaan Rencana Aksi …" over it is page text). "RENCANA AKSI DAN REALISASI …" is
    the plan with a column for what was done; "AREA V … Peningkatan Capaian Kinerja", "Monitoring dan
    Evaluasi Pembangunan ZI" are section titles."""
    lines = _lines(title)
    reports = [ln for ln in lines if _report_line(ln)]
    return bool(reports) and not any(_PLAN.match(ln) for ln in lines if ln not in reports)


#: Words by which a document says it is about a ZI plan, beside the plan's and the zone's names.
_ZI_NAMED = re.compile(r"\bwbk\b|\bwbbm\b|\bintegrity zone\b|\breformasi birokrasi\b")


def names_a_zi_plan(text: str) -> bool:
    """Whether a text (a title, a sheet's name, a column header) names an action plan or the Zona
    Integritas (``rencana aksi``, ``RA``, ``ZI``, ``WBK``, …); normalised here."""
    words = norm(text)
    return bool(_PLAN.search(words) or _ZI.search(words) or _ZI_NAMED.search(words))


def is_report_sheet(name: str, title: Sequence[str]) -> bool:
    """Whether a sheet holds a report: its title says so, or, when its title names no plan, its name."""
    if _PLAN.search(" ".join(_lines(title))):
        return is_report(title)
    return bool(_REPORT_SHEET.search(norm(name)))


#: Short forms titles write for words of the plan's name ("ZI", "RA").
_SHORT_FORMS = {"zi": ("zona", "integritas"), "ra": ("rencana", "aksi")}
#: Words a plan's full title adds to its short form: "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU
#: WBK", "… DI LINGKUNGAN …" (with the unit's name, see :func:`_alike`).
_TITLE_FILLER = frozenset(
    """pembangunan menuju wbk wbbm wilayah bebas dari korupsi birokrasi bersih dan melayani di lingkungan pada
    unit kerja satuan satker tahun penguatan peningkatan""".split()  # noqa: SIM905 (words read best as words)
)


def _words(lines: Sequence[str]) -> set[str]:
    words = {w for ln in lines for w in ln.split() if not any(ch.isdigit() for ch in w)}
    for short in words & _SHORT_FORMS.keys():
        words.discard(short)
        words.update(_SHORT_FORMS[short])
    return words


def _alike(a: Sequence[str], b: Sequence[str], unit: str | None = None) -> bool:
    """Title ``a`` worded as ``b`` (years and numbers aside): most words shared, or one a short form of
    the other naming the plan.

    ``a`` short: "RENCANA AKSI TAHUN 2025" under "RENCANA AKSI … BALAI CONTOH TAHUN 2024" (not "TAHUN
    ANGGARAN 2026" in a plan over two years). ``b`` short: "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS /
    BALAI CONTOH TAHUN 2025" under "Rencana Aksi ZI Tahun 2024", when what ``a`` adds is only the unit's
    name (``unit``, read from its title as written) and words of the plan's full name (not "RENCANA
    AKSI TINDAK LANJUT LHE ZI …", a plan of another kind).
    """
    x, y = _words(a), _words(b)
    if not (x and y):
        return False
    short = len(x) >= 2 and x <= y and bool(_PLAN.search(" ".join(a)))
    if not short and len(y) >= 2 and y < x and _PLAN.search(" ".join(b)):
        short = (x - y) <= _words([norm(unit)] if unit else []) | _TITLE_FILLER
    return len(x & y) >= SAME_TITLE * len(x | y) or short


def _part(start: int, title: list[str]) -> Part:
    lines = _lines(title)
    revision = any(_REVISION.search(ln) for ln in lines)
    unit = unit_line([t for t in title if t.strip() and not _sentence(t)])
    return Part(start, -1, tuple(title), title_year(lines), is_report(title), revision, unit)


#: Words saying what kind of unit a name is, not which one ("KANTOR IMIGRASI KELAS I", "POLRES"): two
#: units' names are told apart by the rest ("MAKASSAR", "GOWA"; see :func:`other_unit`).
_UNIT_KIND = frozenset(
    """kantor balai besar dinas badan pusat kelas i ii iii iv ia ib iia iib kabupaten kab kota provinsi prov
    wilayah kanwil kementerian kemenkumham kemenag direktorat jenderal ditjen kepolisian resor polres polresta
    polsek sektor pengadilan negeri agama tinggi militer tata usaha rumah sakit umum daerah rsud lembaga
    pemasyarakatan lapas rutan cabang unit pelaksana teknis upt satuan kerja satker sekretariat inspektorat
    bagian bidang seksi sub pelayanan pajak pratama madya kpp imigrasi kanim statistik bps kejaksaan kejari
    kpu komisi pemilihan puskesmas kecamatan kec kelurahan desa dan di pada lingkungan republik indonesia
    ri the of office tpi kantah kppn bapas negara tahanan area manajemen perubahan penataan tatalaksana
    sistem sdm penguatan akuntabilitas kinerja pengawasan peningkatan kualitas publik zi""".split()  # noqa: SIM905
)
_CONTINUED = re.compile(r"\blanjutan\b|\bsambungan\b|\bcontinued\b")


def other_unit(title: Sequence[str], unit: str | None) -> bool:
    """Whether ``unit`` is another unit than the one title lines ``title`` name: the title names a unit,
    both names tell which unit they are (:func:`_named_enough`), and either they name two units sharing a
    place (:func:`_told_apart`) or none of the words saying which unit ``unit`` is (not the kind: "KANTOR
    IMIGRASI KELAS II TPI") is in the title, written together ("PARE-PARE", "PAREPARE") or short ("DJP":
    Direktorat Jenderal Pajak, "SIDRAP": Sidenreng Rappang)."""
    mine = unit_line(list(title))
    if not mine or not unit:
        return False
    theirs = norm(unit).split()
    ours = norm(mine).split()
    which = [w for w in theirs if w not in _UNIT_KIND]
    if not which or not (_named_enough(ours) and _named_enough(theirs)):
        return False
    if _told_apart(ours, theirs) or _other_place(ours, theirs) or _other_kind(ours, theirs):
        return True
    words = [w for ln in _lines(title) for w in ln.split()]
    glued = "".join(words)
    if any(w in words or w in glued or _short_for(w, words) for w in which) or "".join(which) in glued:
        return False
    # the first title's unit written short, the other one whole ("PN SIDRAP", then "… SIDENRENG RAPPANG")
    return not any(_short_for(w, theirs) for w in ours if w not in _UNIT_KIND)


def _other_place(ours: list[str], theirs: list[str]) -> bool:
    """Whether two units' names each name their city or regency, and not the same one ("KANTOR
    PERTANAHAN KABUPATEN SIDOARJO", "KANTOR PERTANAHAN KOTA SURABAYA II"): the first word after it."""

    def place(words: list[str]) -> str | None:
        at = next((i for i, w in enumerate(words[:-1]) if w in ("kota", "kabupaten", "kab")), None)
        return None if at is None else words[at + 1]

    mine, other = place(ours), place(theirs)
    return mine is not None and other is not None and mine != other


#: Kinds of unit named in one word with the place after it ("POLRES GOWA", "LAPAS MAROS"): a name of two
#: words is a unit's name only with one of these first (not "BAGIAN UMUM", a part of the unit).
_SHORT_KINDS = OFFICE_SHORT_NAMES | {"polrestabes", "pn", "pa"}
#: Kinds of which two units' names sharing their place hold one each: courts, prisons, police offices
#: (the long forms written as their short ones first, :data:`_KIND_FORMS`).
_KINDS_APART = (
    frozenset({"pn", "pa", "pm", "ptun"}),
    frozenset({"lapas", "rutan", "bapas", "lpka"}),
    frozenset({"polres", "polresta", "polrestabes", "polsek", "polda"}),
)
_KIND_FORMS = tuple(
    (re.compile(rf"\b{long}\b"), short)
    for long, short in {  # longest first: "kepolisian resor kota besar" before "kepolisian resor"
        "pengadilan negeri": "pn",
        "pengadilan agama": "pa",
        "pengadilan militer": "pm",
        "pengadilan tata usaha negara": "ptun",
        "lembaga pemasyarakatan": "lapas",
        "rumah tahanan": "rutan",
        "balai pemasyarakatan": "bapas",
        "lembaga pembinaan khusus anak": "lpka",
        "kepolisian resor kota besar": "polrestabes",
        "kepolisian resor kota": "polresta",
        "kepolisian resor": "polres",
        "kepolisian sektor": "polsek",
        "kepolisian daerah": "polda",
    }.items()
)
_DIRECTIONS = frozenset({"utara", "selatan", "timur", "barat", "tengah"})
#: Offices written long, by their short name (beside :data:`_KIND_FORMS`): what :func:`_other_kind` reads.
_OFFICE_FORMS = tuple(
    (re.compile(rf"\b{long}\b"), short)
    for long, short in {
        "kantor pelayanan perbendaharaan negara": "kppn",
        "kantor pelayanan pajak": "kpp",
        "komisi pemilihan umum": "kpu",
        "badan pengawas pemilihan umum": "bawaslu",
        "badan pusat statistik": "bps",
        "kantor imigrasi": "kanim",
        "kantor pertanahan": "kantah",
        "kejaksaan negeri": "kejari",
        "kejaksaan tinggi": "kejati",
        "kantor urusan agama": "kua",
        "rumah sakit umum daerah": "rsud",
        "rumah detensi imigrasi": "rudenim",
        "balai besar pengawas obat dan makanan": "bbpom",
        "balai pengawas obat dan makanan": "bpom",
    }.items()
)
#: Families of offices: two units' names of different families are two units, whatever place they
#: share ("PENGADILAN NEGERI PALOPO" and "KANTOR PELAYANAN PAJAK PRATAMA PALOPO").
_FAMILIES = (
    *_KINDS_APART,
    frozenset({"kpp"}),
    frozenset({"kppn"}),
    frozenset({"kpu"}),
    frozenset({"bawaslu"}),
    frozenset({"bps"}),
    frozenset({"kanim"}),
    frozenset({"kantah"}),
    frozenset({"kejari", "kejati"}),
    frozenset({"kua"}),
    frozenset({"puskesmas"}),
    frozenset({"rsud"}),
    frozenset({"rudenim"}),
    frozenset({"bpom", "bbpom"}),
)


def _other_kind(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two units' names each name a kind of office, and of two families (a court and a tax
    office; a police office and a prison): two units, though they share their place."""

    def families(words: Sequence[str]) -> set[int]:
        text = " ".join(words)
        for form, short in (*_KIND_FORMS, *_OFFICE_FORMS):
            text = form.sub(short, text)
        found = set(text.split())
        return {i for i, family in enumerate(_FAMILIES) if family & found}

    fa, fb = families(a), families(b)
    return bool(fa) and bool(fb) and not fa & fb


def _named_enough(words: Sequence[str]) -> bool:
    """A unit's name telling which unit it is: three words or more, or a kind of one word and a place."""
    return len(words) >= 3 or (len(words) == 2 and words[0] in _SHORT_KINDS)


def _kinds(words: Sequence[str]) -> set[str]:
    """A name's words with its kind written short (:data:`_KIND_FORMS`)."""
    text = " ".join(words)
    for form, short in _KIND_FORMS:
        text = form.sub(short, text)
    return set(text.split())


def _told_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two units' names (normalised words) name two units though they share their place: another
    kind of court, prison or police office ("PENGADILAN NEGERI MAKASSAR", "PENGADILAN AGAMA MAKASSAR"), or
    a direction after the place in one name only ("KPU KABUPATEN LUWU", "KPU KABUPATEN LUWU UTARA";
    "KPP MAKASSAR UTARA", "KPP MAKASSAR SELATAN")."""
    ka, kb = _kinds(a), _kinds(b)
    if any((kinds & ka) and (kinds & kb) and not kinds & ka & kb for kinds in _KINDS_APART):
        return True

    def after(words: Sequence[str], place: str) -> str | None:
        at = words.index(place) + 1
        return words[at] if at < len(words) else None

    for one, other in ((a, b), (b, a)):
        for place, nxt in zip(one, one[1:], strict=False):
            if (
                nxt in _DIRECTIONS
                and place not in _UNIT_KIND
                and place in other
                and after(other, place) != nxt
            ):
                return True
    return False


def _short_for(short: str, words: Sequence[str]) -> bool:
    """Whether ``short`` is made of the beginnings of consecutive ``words`` (small words skipped):
    "djp" of "direktorat jenderal pajak", "sidrap" of "sidenreng rappang", "pangkep" of "pangkajene dan
    kepulauan"."""
    if len(short) < 2 or len(short) > 10:
        return False
    big = [w for w in words if w not in ("dan", "di", "dari", "&")]

    def rest(s: str, k: int) -> bool:  # s made of prefixes of big[k], big[k + 1], …
        if not s:
            return True
        if k >= len(big):
            return False
        w = big[k]
        return any(w.startswith(s[:n]) and rest(s[n:], k + 1) for n in range(min(len(s), len(w)), 0, -1))

    return any(big[k].startswith(short[:1]) and rest(short, k) for k in range(len(big) - 1))


def _first_title(
    rows: Sequence[RawRow], first_header: int, lone_text: Callable[[RawRow], str | None]
) -> list[str]:
    """The lines of the document's first title: the lone texts over the first header, page text aside."""
    return [t for r in rows[:first_header] if (t := lone_text(r)) and not r.running]


def _titles(
    rows: Sequence[RawRow],
    first_header: int,
    header_at: Callable[[int], Layout | None],
    lone_text: Callable[[RawRow], str | None],
    is_area: Callable[[str], bool],
) -> list[tuple[int, list[str], bool, list[str]]]:
    """The titles between tables that may start a part: first row, lines, a header under it, and the
    lines normalised (:func:`_lines`). Running headers and footers and titles naming an area are none."""
    titles: list[
        tuple[int, list[str], bool]
    ] = []  # each title between tables: first row, lines, header under it
    run: list[int] = []  # the rows of lone texts (and blanks) since the last table row
    for i in range(first_header + 1, len(rows)):
        text = lone_text(rows[i])
        if text is None:
            run = []
            continue
        run.append(i)
        if i + 1 < len(rows) and lone_text(rows[i + 1]) is not None:
            continue  # the run goes on
        # the run ends here: a title when a table header comes right under it, from its first line
        # naming a plan, a report or a year (a signature block above it stays with the part before)
        texts = [(j, t) for j in run if (t := lone_text(rows[j])) and not rows[j].running]
        named = [  # a note over the title ("Catatan: rencana aksi ini dipantau …") is none
            j
            for j, t in texts
            if (_PLAN.search(norm(t)) or _REPORT_WORD.search(norm(t)) or title_year([t])) and not _sentence(t)
        ]
        # a table right under it: with its own header, or going on in the first table's columns (a
        # second plan typed into a copy of the table without its header row)
        if not named or i + 1 >= len(rows) or any(is_area(t) for j, t in texts if j >= named[0]):
            continue
        headed = header_at(i + 1) is not None
        # without a header of its own, only a title standing apart from the table's columns (a paragraph,
        # a line merged across or in the first column): a lone kegiatan row is no title
        if headed or all(_apart(rows[j]) for j, _ in texts if j >= named[0]):
            titles.append((named[0], [t for j, t in texts if j >= named[0]], headed))
    seen = Counter(" ".join(_words(_lines(t))) for _, t, _ in titles)
    first_lines = _lines(_first_title(rows, first_header, lone_text))
    out = []
    for start, title, headed in titles:
        lines = _lines(title)
        if not lines or seen[" ".join(_words(lines))] > 1 or set(lines) <= set(first_lines):
            continue  # no title, or a running header or footer (again on another page, or over the first title)
        out.append((start, title, headed, lines))
    return out


def other_unit_titles(
    rows: Sequence[RawRow],
    first_header: int,
    header_at: Callable[[int], Layout | None],
    lone_text: Callable[[RawRow], str | None],
    is_area: Callable[[str], bool] = lambda _t: False,
) -> list[tuple[int, str, str]]:
    """Plan titles with a header of their own naming another unit than the first title (:func:`other_unit`):
    each one's first row, the unit it names and the first title's, once per unit named. The document may
    hold two units' plans; it is far more often one plan naming its unit otherwise, so this is said, not
    cut (see the module's notes)."""
    first_title = _first_title(rows, first_header, lone_text)
    mine = unit_line(first_title)
    out: list[tuple[int, str, str]] = []

    def tell(start: int, unit: str | None, words: str) -> None:
        """Keep a plan's title (``words``, normalised) when it names a unit other than the first title's
        and than those kept already (said once per unit)."""
        if (
            mine
            and unit
            and _PLAN.search(words)
            and other_unit(first_title, unit)
            and all(other_unit([u], unit) for _, u, _ in out)
        ):
            out.append((start, unit, mine))

    for start, title, headed, lines in _titles(rows, first_header, header_at, lone_text, is_area):
        unit = _part(start, title).unit
        words = " ".join(lines)
        if headed and not is_report(title) and not _CONTINUED.search(words):
            tell(start, unit, words)
    # a title over a header whose plan words are printed on every page (a PDF of one plan per page:
    # "RENCANA AKSI …" and "TAHUN 2025" read as running lines, only the unit's line differs)
    for i in range(first_header + 1, len(rows)):
        if lone_text(rows[i - 1]) is None or header_at(i) is None:
            continue  # the cheap test first: most rows have a table row above them
        start = i
        while start > first_header + 1 and lone_text(rows[start - 1]) is not None and i - start < 5:
            start -= 1
        lines = [t for j in range(start, i) if (t := lone_text(rows[j]))]
        unit = unit_line(lines)
        tell(start, unit, norm(" ".join(lines)))
    return sorted(out)


def plan_parts(
    rows: Sequence[RawRow],
    first_header: int,
    header_at: Callable[[int], Layout | None],
    lone_text: Callable[[RawRow], str | None],
    is_area: Callable[[str], bool] = lambda _t: False,
) -> list[Part]:
    """The parts of ``rows`` (one when it holds one plan), in order, covering every row.

    ``first_header`` is the index of the first table header; ``lone_text(row)`` is a row's text when
    it holds one text alone (a paragraph, a title merged across a sheet), ``None`` for a table row,
    ``""`` for a blank row. A title naming an area (``is_area``) heads a section of the plan, whatever
    else it says ("IV. PENGUATAN AKUNTABILITAS (CAPAIAN KINERJA TRIWULAN I - IV)").
    """
    first_title = _first_title(rows, first_header, lone_text)
    parts = [_part(0, first_title)]
    first_lines = _lines(first_title)
    first_years = set(YEAR_IN_TEXT.findall(" ".join(first_lines)))
    for start, title, headed, lines in _titles(rows, first_header, header_at, lone_text, is_area):
        new, last = _part(start, title), parts[-1]
        alike = _alike(lines, first_lines, new.unit)
        # a year the first title names too ("TAHUN 2025-2026", then "… TAHUN 2026") is the same plan's
        other_year = alike and new.year is not None and last.year not in (None, new.year)
        other_year = other_year and str(new.year) not in first_years
        revised = alike and new.revision and not new.report
        if (new.report != last.report and headed) or other_year or revised:
            parts.append(new)
    return [
        replace(p, end=parts[k + 1].start if k + 1 < len(parts) else len(rows)) for k, p in enumerate(parts)
    ]


def _apart(row: RawRow) -> bool:
    """A row standing apart from a table's columns: a paragraph, a text merged across, or in the first column."""
    filled = [c for c, text in enumerate(row.cells) if text.strip()]
    return len(row.cells) == 1 or bool(row.merged_from) or filled[:1] == [0]


def the_plan(parts: list[Part], year: int | None) -> list[Part]:
    """The parts that are the plan: the parts of ``year`` when there are (a comparison too, when asked
    for by its year); else of the plans (not reports, when a plan is there), those of the latest year
    named (and those naming none), the last revision among them."""
    if year is not None and any(p.year == year for p in parts):
        mine = [p for p in parts if p.year == year]
        return [p for p in mine if not p.report] or mine
    plans = [p for p in parts if not p.report] or parts[:1]
    latest = max((p.year for p in plans if p.year is not None), default=None)
    # a plan part naming no year goes on the plan before it ("RENCANA AKSI (lanjutan)" after a report)
    chosen = [p for p in plans if p.year in (latest, None)] if latest is not None else plans[:1]
    revisions = [p for p in chosen if p.revision]
    return revisions[-1:] if revisions else chosen


def why_skipped(part: Part, plan: list[Part], year: int | None, rows: int) -> tuple[str, str, str]:
    """Why ``part`` (of ``rows`` rows) is not read while ``plan`` is: the line reason, and the finding's
    action in Indonesian and English."""
    years = sorted({p.year for p in plan if p.year is not None})
    read_id = f"rencana tahun {years[-1]}" if years else "rencana di bagian pertama"
    read_en = f"the {years[-1]} plan" if years else "the plan in the first part"
    if year is not None and year not in years:
        read_id += f" (tidak ada bagian tahun {year})"
        read_en += f" (no part is of {year})"
    if part.report:
        return (
            "a report or comparison, not the plan",
            f"laporan atau pembanding, bukan rencana: {rows} barisnya tidak dijadikan kegiatan ({read_id} yang dibaca)",
            f"a report or a comparison, not the plan: its {rows} rows are not made activities ({read_en} is read)",
        )
    if any(p.revision for p in plan) and not part.revision and part.year in (None, *years):
        return (
            "the plan before its revision",
            f"rencana semula; revisinya ({plan[-1].label[:80]}) yang dibaca: {rows} baris rencana semula tidak dibaca",
            f"the plan as first written; its revision ({plan[-1].label[:80]}) is read: the {rows} rows of the "
            "first version are not",
        )
    if part.year is not None and part.year not in years:
        return (
            f"another plan ({part.year})",
            f"rencana tahun {part.year} juga ada di dokumen ini: {rows} barisnya tidak dibaca, {read_id} yang "
            f"dibaca; pakai --year {part.year} untuk membaca rencana ini",
            f"the document holds the {part.year} plan too: its {rows} rows are not read, {read_en} is; give "
            f"--year {part.year} to read that one",
        )
    return (
        "another part of the document",
        f"bagian lain dokumen: {rows} barisnya tidak dibaca, {read_id} yang dibaca; periksa",
        f"another part of the document: its {rows} rows are not read, {read_en} is; check it",
    )
