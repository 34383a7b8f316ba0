"""Turn parsed rows into a unit file and an import report that accounts for every source line."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from zi_eval.errors import fail
from zi_eval.io.location import Location, column_letter
from zi_eval.io.words import YEAR_IN_TEXT, slug
from zi_eval.lke.codes import item_refs
from zi_eval.models.ra_area import map_ra_area
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import YEAR_MAX, YEAR_MIN, Activity, LkeLink, Source, Substep, Unit, UnitInfo
from zi_eval.ra.area_codes import AreaCodes, coded_areas
from zi_eval.ra.layout import Layout, month_of, norm
from zi_eval.ra.legend import colour_legend
from zi_eval.ra.meta import UnitMeta, read_meta
from zi_eval.ra.parse import (
    PLACE_DATE,
    Finding,
    LineRecord,
    Parsed,
    ParsedActivity,
    continues_table,
    parse_rows,
    split_parallel_lists,
    strip_label,
    table_header,
)
from zi_eval.ra.parts import is_report_sheet, names_a_zi_plan
from zi_eval.ra.rows import Document, RawRow, read_document
from zi_eval.ra.sheet_choice import other_plans
from zi_eval.ra.timing import NAME_TO_MONTH, Timing, month_numbers, parse_timing
from zi_eval.ra.vocabulary import Vocabulary, phrase_key


@dataclass
class ImportResult:
    """A unit built from a plan document, with the per-line report and the findings."""

    unit: Unit
    document: Document
    lines: list[LineRecord]
    findings: list[Finding]
    meta: UnitMeta = field(default_factory=UnitMeta)
    #: the column map of each table read (role -> header as written), in document order; its words (a
    #: column without a header, the month columns) in Indonesian, as the report writes them
    columns: list[dict[str, str]] = field(default_factory=list)
    #: the same maps with those words in English (what ``--lang en`` shows)
    columns_en: list[dict[str, str]] = field(default_factory=list)

    def column_maps(self, lang: str) -> list[dict[str, str]]:
        """The column maps with their words in ``lang``."""
        return self.columns_en if lang == "en" and self.columns_en else self.columns

    def location(self, f: Finding, file: str | None = None) -> Location:
        """Where a finding is, as a person finds it in the document (``file`` defaults to its name).

        A PDF or Word row is named by the place its reader gave it (page, table, row), not by the
        running row count the importer keeps in ``line``.
        """
        place = self._places().get((f.sheet, f.line)) if f.line else None
        column = f.column - 1 if f.column and f.sheet is not None else None
        return Location(file or self.document.name, f.line or None, f.sheet, column, place)

    def _places(self) -> dict[tuple[str | None, int], str]:
        got: dict[tuple[str | None, int], str] | None = getattr(self, "_place_map", None)
        if got is None:
            got = {(r.sheet, r.line): r.place for r in self.document.rows if r.place}
            object.__setattr__(self, "_place_map", got)
        return got

    def counts(self) -> dict[str, int]:
        """Number of source lines of each kind."""
        c: Counter[str] = Counter()
        for rec in self.lines:
            c[rec.kind] += rec.span
        return dict(sorted(c.items()))

    def report(self) -> dict[str, Any]:
        """The import report as plain data (what ``--report`` writes)."""
        return {
            "source": self.document.name,
            "format": self.document.format,
            "encoding": self.document.encoding,
            "sheets": self.document.sheets,
            "unit": self.unit.unit.id,
            "activities": len(self.unit.activities),
            "substeps": sum(len(a.substeps) for a in self.unit.activities),
            "counts": self.counts(),
            "columns": self.columns,
            "findings": [f.as_dict() for f in self.findings],
            "lines": [
                {
                    "line": r.line,
                    "sheet": r.sheet,
                    "kind": r.kind,
                    "reason": r.reason,
                    "span": r.span,
                    "activity": self.unit.activities[r.activity].id if r.activity is not None else None,
                }
                for r in self.lines
            ],
        }


#: The longest unit id made from a name, before its year (ids are at most 120 characters).
MAX_ID_BASE = 100


def _source(doc: Document, row: RawRow, notes: list[str]) -> Source:
    if row.sheet is not None:
        cells = f"A{row.line}:{column_letter(max(len(row.cells), 1) - 1)}{row.line}"
        return Source(
            file=doc.name, line=row.line, sheet=row.sheet, cells=cells, raw=row.raw, notes=tuple(notes)
        )
    # PDF and Word rows say where they are on the page ("hal. 2, tabel 1, baris 3"); text files need no more
    return Source(
        file=doc.name,
        line=row.line,
        cells=row.place,
        page=row.page,
        raw=row.raw,
        notes=tuple(notes),
    )


#: The words a schedule is written in, besides month names and numbers: what a note may hold to be one.
_SCHEDULE_WORDS = frozenset(
    {
        *("setiap", "tiap", "per", "bulan", "tahun", "triwulan", "tw", "semester", "smt", "kuartal"),
        *("minggu", "pekan", "s", "d", "sd", "sampai", "dengan", "hingga", "mulai", "awal", "akhir"),
        *("pertengahan", "dan", "i", "ii", "iii", "iv"),
    }
)


def _all_schedule(text: str) -> bool:
    """Whether a note is a schedule and nothing else: its words are month names, numbers, Roman numerals
    and the words of :data:`_SCHEDULE_WORDS` ("Setiap bulan", "Desember 2025", "Triwulan I s.d. IV")."""
    words = norm(text).split()
    return bool(words) and all(w in NAME_TO_MONTH or w in _SCHEDULE_WORDS or w.isdigit() for w in words)


def _notes_months(p: ParsedActivity, plan_year: int | None, findings: list[Finding]) -> tuple[int, ...]:
    """The months an activity's notes column (KETERANGAN) names when it marks none: "Setiap bulan",
    "Desember 2025" written there instead of in the month grid. Only a note that is all schedule
    (read whole, naming no other year than the plan's) gives months, and it is said."""
    text = p.keterangan or ""
    if not _all_schedule(text):
        return ()  # "Evaluasi Juni", "Realisasi Maret", "Laporan bulanan": a note naming a month
    t = parse_timing(text)
    if not t.understood or t.unread or not t.months or any(y != plan_year for y in t.years):
        return ()
    shown = ", ".join(map(str, t.months))
    findings.append(
        Finding(
            "IMPORT_TIMING_FROM_NOTES",
            p.row.line,
            p.row.sheet,
            None,
            text[:80],
            f"tidak ada bulan yang ditandai; bulan {shown} dibaca dari keterangan",
            f"no month is marked; month(s) {shown} are read from the notes",
        )
    )
    return t.months


def _timing_months(
    p: ParsedActivity, plan_year: int | None, findings: list[Finding]
) -> tuple[tuple[int, ...], list[str]]:
    """The months a free-text schedule names, with findings for what could not be read."""
    text = p.timing or ""
    t = parse_timing(text)
    numbered = month_numbers(text) if p.months_by_number else None
    if numbered:  # "1, 2", "3, 6, 9, 12", "2-4" under "BULAN KE-"
        t = Timing(numbered, t.years, True, ())
    notes: list[str] = []
    if not t.understood or t.unread:
        unread = "; ".join(t.unread)[:80]
        action, action_en = (
            (
                "jadwal tidak terbaca: tidak ada bulan, teks disimpan di timing",
                "no month; the text is kept in timing",
            )
            if not t.understood
            else (
                f"bagian jadwal tidak terbaca ({unread}), bulan lain dipakai",
                f"the part '{unread}' is not read, the other months are kept",
            )
        )
        findings.append(
            Finding("IMPORT_TIMING_UNREAD", p.row.line, p.row.sheet, None, text[:80], action, action_en)
        )
        notes.append(action)
    other = [y for y in t.years if plan_year is not None and y != plan_year]
    months = t.months
    if other:
        years = ", ".join(map(str, other))
        action = f"jadwal menyebut tahun {years}, rencana untuk tahun {plan_year}"
        english = f"the schedule names {years}, the plan is for {plan_year}"
        if plan_year in t.years and len(t.years) == 2 and len(t.wraps) == 1 and t.wraps[0] == text.strip():
            # "Juli 2025 - Juni 2026" alone: the plan year's part of the range, not all twelve months
            first, last = t.wrap_months[0]
            ours = range(first, 13) if plan_year == min(t.years) else range(1, last + 1)
            months = tuple(m for m in t.months if m in ours) or t.months
            action += f": hanya bulan {months[0]}–{months[-1]} tahun {plan_year} yang dipakai"
            english += f": only months {months[0]}–{months[-1]} of {plan_year} are used"
        elif months and plan_year not in t.years:
            # "Agustus 2024" in a 2025 plan: a slip of the year, or last year's activity carried over
            shown = ", ".join(map(str, months))
            action += f": bulan {shown} tetap dijadwalkan pada tahun {plan_year}; periksa tahunnya"
            english += f": month(s) {shown} are still scheduled in {plan_year}; check the year"
        findings.append(
            Finding("IMPORT_TIMING_YEAR", p.row.line, p.row.sheet, None, text[:80], action, english)
        )
        notes.append(action)
    elif t.wraps:  # "Agustus s/d Juni": the months after the new year are read as this year's
        action = "rentang melewati akhir tahun: bulan sesudah Desember dibaca sebagai bulan tahun rencana"
        findings.append(Finding("IMPORT_TIMING_WRAPS", p.row.line, p.row.sheet, None, text[:80], action))
        notes.append(action)
    return months, notes


def _links(p: ParsedActivity, rubric: Rubric, findings: list[Finding]) -> tuple[LkeLink, ...]:
    """LKE links read from the plan's code column (``how: code``); an unknown code is a finding."""
    if p.code is None:
        return _label_links(p, rubric, findings)
    header, text, letter = p.code
    written = f"{text} {letter}".strip()
    codes: list[str] = []
    for ref in item_refs(text, rubric, letter or None):
        # an indicator code (no item letter) links every item of the indicator
        codes += [ref] if ref in rubric.items else [c for c in rubric.items if c.startswith(ref + ".")]
    if len(codes) > 1 and len({c.split(".")[0] for c in codes}) > 1:
        action = f"kode LKE ambigu ({' / '.join(codes)}): tidak ada tautan"
        codes = []
    else:
        action = f"kode LKE di kolom {header!r} tidak dikenali: tidak ada tautan"
    if not codes:
        findings.append(Finding("IMPORT_CODE_UNKNOWN", p.row.line, p.row.sheet, None, written[:80], action))
    return tuple(LkeLink(code=c, how="code", reason=f"{header}: {written!r}") for c in codes)


def _label_links(p: ParsedActivity, rubric: Rubric, findings: list[Finding]) -> tuple[LkeLink, ...]:
    """An LKE link from area / pilar / sub-pilar label columns, when they name exactly one item."""
    if not p.labels:
        return ()
    written = " / ".join(text for _, text in p.labels)
    refs = [c for c in item_refs(written, rubric) if c in rubric.items]
    if len(refs) != 1:
        if len(p.labels) >= 3:
            action = "label area/pilar/sub-pilar tidak menunjuk satu butir LKE: tidak ada tautan"
            findings.append(
                Finding("IMPORT_CODE_UNKNOWN", p.row.line, p.row.sheet, None, written[:80], action)
            )
        return ()
    headers = " / ".join(h for h, _ in p.labels if h)
    return (LkeLink(code=refs[0], how="code", reason=f"{headers}: {written!r}"),)


_AREA_NUMBER = re.compile(r"^(?:area (?:ke ?)?)?(\d{1,2}|[ivx]{1,4})$")
_ROMAN_AREA = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def numbered_areas(programs: list[str | None], rubric: Rubric) -> dict[str, str]:
    """Area labels written as numbers ("Area II", "AREA 3", "4" in an area column): the ZI areas in the LKE's order (I
    Manajemen Perubahan … VI Pelayanan Publik), when no label in the plan numbers beyond them.

    A plan numbering the eight Reform Birokrasi areas ("Area 8") follows another order: then no
    number is read, and its areas stay unknown (said), rather than guessed.
    """
    found: dict[str, int] = {}
    for text in programs:
        m = _AREA_NUMBER.match(norm(text or ""))
        if m:
            token = m.group(1)
            found[text or ""] = int(token) if token.isdigit() else _ROMAN_AREA.get(token, 99)
    order = [a.id for a in rubric.zi_areas]
    if not found or max(found.values()) > len(order) or min(found.values()) < 1:
        return {}
    return {text: order[n - 1] for text, n in found.items()}


def _activity(
    doc: Document,
    n: int,
    p: ParsedActivity,
    rubric: Rubric,
    findings: list[Finding],
    plan_year: int | None = None,
    numbered: dict[str, str] | None = None,
    coded: AreaCodes | None = None,
) -> Activity:
    area, known = map_ra_area(p.program, rubric)
    if p.program and not known and numbered and p.program in numbered:
        area, known = numbered[p.program], True
        name = next(a.name for a in rubric.zi_areas if a.id == area)
        action = f"nomor area dibaca menurut urutan LKE: {name}"
        findings.append(Finding("IMPORT_AREA_BY_NUMBER", p.row.line, p.row.sheet, None, p.program, action))
    if p.program and not known and coded and p.program in coded.read:
        ra = coded.read[p.program]
        area, known = ra.area, True
        action = f"dibaca sebagai {ra.name} (kode area rencana ini: {', '.join(coded.written)})"
        findings.append(Finding("IMPORT_AREA_BY_CODE", p.row.line, p.row.sheet, None, p.program, action))
    if p.program and not known:
        options = coded.readings.get(p.program) if coded else None
        if options:  # a code with more than one reading among this plan's codes
            names = " / ".join(ra.name for ra in options)
            findings.append(
                Finding("IMPORT_AREA_CODE_AMBIGUOUS", p.row.line, p.row.sheet, None, p.program, names)
            )
        else:
            action = "area RA tidak dikenal: area ZI dibiarkan kosong"
            findings.append(Finding("IMPORT_AREA_UNKNOWN", p.row.line, p.row.sheet, None, p.program, action))
    subs = tuple(
        Substep(label=s.label, text=s.text, months=s.months, source=_source(doc, s.row, []))
        for s in p.substeps
    )
    notes = list(p.notes)
    months = p.months
    if p.timing and not months:
        months, more = _timing_months(p, plan_year, findings)
        notes += more
    elif not months and p.keterangan:
        months = _notes_months(p, plan_year, findings)
        if months:
            notes.append(f"bulan dibaca dari keterangan '{p.keterangan[:60]}'")
    if p.filled:
        action = f"bulan {', '.join(map(str, p.filled))} dihitung dari warna isian sel tanpa teks"
        findings.append(Finding("IMPORT_FILLED_MONTH", p.row.line, p.row.sheet, None, "", action))
        notes.append(action)
    links = _links(p, rubric, findings)
    if area is None and not p.program and links:
        # the plan names no area: the area of the LKE item it is keyed to
        areas = {rubric.items[link.code].area for link in links if link.code in rubric.items}
        area = areas.pop() if len(areas) == 1 else None
    return Activity(
        id=f"ra{n:03d}",
        ra_area=p.program or "",
        area=area,
        kegiatan=p.kegiatan,
        sub_kegiatan=p.sub,
        indicators=(p.indikator,) if p.indikator else (),
        months=months,
        substeps=subs,
        lke=links,
        timing=p.timing,
        output=p.output,
        expected_evidence=p.evidence,
        pic=p.pic,
        budget=p.budget,
        realisation=p.realisation,
        notes="; ".join(p.remarks) or None,
        source=_source(doc, p.row, notes),
    )


def _plan_findings(
    acts: tuple[Activity, ...], parsed: Parsed, rubric: Rubric, coded: AreaCodes | None = None
) -> list[Finding]:
    """Findings about the plan as a whole: areas not read, kegiatan named like areas, no schedule."""
    out: list[Finding] = []
    if not acts:
        return out
    known_non_zi = {norm(a) for ra in rubric.ra_areas if ra.area is None for a in (ra.name, *ra.aliases)}
    missing = [a for a in acts if a.area is None and norm(strip_label(a.ra_area)) not in known_non_zi]
    missing = [a for a in missing if not (a.ra_area and map_ra_area(a.ra_area, rubric)[1])]
    missing = [a for a in missing if not (coded and a.ra_area in coded.read)]  # a code read as a non-ZI area
    if len(missing) * 4 > len(acts):
        first = missing[0].source
        out.append(
            Finding(
                "IMPORT_AREA_MISSING",
                first.line if first and first.line else 1,
                first.sheet if first else None,
                None,
                f"{len(missing)}/{len(acts)}",
                f"{len(missing)} dari {len(acts)} kegiatan tanpa area ZI: kolom atau judul area tidak terbaca",
            )
        )
    names = {norm(x) for ra in rubric.ra_areas for x in (ra.name, *ra.aliases)}
    for a in acts:
        if a.kegiatan and norm(strip_label(a.kegiatan)) in names:
            src = a.source
            out.append(
                Finding(
                    "IMPORT_KEGIATAN_IS_AREA",
                    src.line if src and src.line else 1,
                    src.sheet if src else None,
                    None,
                    a.kegiatan[:80],
                    "teks kegiatan sama dengan nama area: mungkin judul area yang terbaca sebagai kegiatan",
                )
            )
    # month cells with something unreadable in them are said already (IMPORT_UNKNOWN_MARK, …_CELL_UNREAD)
    # (… and fills whose background could not be told, IMPORT_FILL_UNSURE)
    unread = any(
        f.code in ("IMPORT_UNKNOWN_MARK", "IMPORT_CELL_UNREAD", "IMPORT_FILL_UNSURE") for f in parsed.findings
    )
    if acts and any(lay.months for lay in parsed.layouts) and not any(a.months for a in acts) and not unread:
        out.append(
            Finding(
                "IMPORT_MONTHS_UNMARKED",
                1,
                None,
                None,
                "",
                "kolom bulan ada tetapi tidak satu bulan pun bertanda pada kegiatan mana pun; warna isian "
                "terbaca dari .xlsx, .xls, .ods dan Word, tidak dari PDF: pakai berkas aslinya atau beri "
                "tanda (√) pada bulannya",
                "the plan has month columns but no month is marked for any activity; fill colours are read "
                "from .xlsx, .xls, .ods and Word, not from PDF: use the original file or mark the months "
                "with a sign (√)",
            )
        )
    if not parsed.has_schedule and not any(a.months for a in acts):
        out.append(
            Finding(
                "IMPORT_NO_SCHEDULE",
                1,
                None,
                None,
                "",
                "rencana tanpa jadwal (tidak ada kolom bulan atau waktu): semua kegiatan tanpa bulan",
            )
        )
    return out


#: Sheets that explain how to fill the plan in, or show an example: never the plan itself.
_GUIDE_SHEET = re.compile(
    r"petunjuk|contoh|cara pengisian|panduan|instruksi|example|template|format isian", re.I
)
_SHEET_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def _schedule_year(layouts: list[Layout]) -> int | None:
    """The one year the headers over the month columns name ("Waktu Pelaksanaan / Tahun 2025 / Jan"),
    when the title names none; ``None`` when they name none or several, or a table has other blocks of
    months (then the block read was chosen without knowing the year: it cannot name it)."""
    if any(lay.skipped for lay in layouts):
        return None
    years = {
        int(y)
        for lay in layouts
        for c in lay.months
        for y in YEAR_IN_TEXT.findall(lay.headers.get(c, ""))
        if YEAR_MIN <= int(y) <= YEAR_MAX
    }
    return years.pop() if len(years) == 1 else None


def _year_of_period(first: int, last: int) -> Finding:
    """IMPORT_YEAR_RANGE: the title names a period of years ("TAHUN 2024-2025") and its first year was
    taken; the months of a plan evaluated for another year of the period would all be wrong."""
    return Finding(
        "IMPORT_YEAR_RANGE",
        1,
        None,
        None,
        f"{first}-{last}",
        f"judul menyebut periode {first}-{last}: tahun {first} diambil; beri --year {last} bila rencana "
        f"dinilai untuk tahun {last}",
        f"the title names the period {first}-{last}: {first} taken; give --year {last} if the plan is "
        f"evaluated for {last}",
    )


#: The date a plan is signed on, on a line of its own: "Ditetapkan di Palopo, 6 Januari 2025",
#: "Makassar, 02 Jan 2025", "Palopo,   Januari 2025".
_SIGNED = re.compile(rf"^(?:(?:ditetapkan|dibuat|disahkan)\s+di\s+)?{PLACE_DATE}\.?\s+(20\d\d)\s*$", re.I)


def signed_on(rows: list[RawRow]) -> tuple[int, str] | None:
    """The year of the date a plan is signed on (a line holding only a place and a date, as a signature
    block opens) and that line; the last such line (a signature comes after the table), or None."""
    found = None
    for r in rows:
        texts = [c.strip() for c in r.cells if c.strip()]
        if len(texts) == 1 and (m := _SIGNED.match(texts[0])) and month_of(m.group(1)) is not None:
            found = (int(m.group(2)), texts[0])
    return found


def _year_assumed(
    name: str,
    title_year: int | None,
    findings: list[Finding],
    signed: tuple[int, str] | None = None,
    sheets: list[str] | None = None,
) -> int:
    """The plan year when neither ``--year`` nor the title gives one: the file name's, else the one year
    the names of the sheets read give ("RA ZI 2025"), else the year of the date it is signed on, else this
    year's, always said (IMPORT_YEAR_ASSUMED): a wrong year moves every month the plan schedules."""
    in_name = [int(y) for y in YEAR_IN_TEXT.findall(name)]
    in_sheets = {int(y) for s in sheets or [] for y in YEAR_IN_TEXT.findall(s)}
    if in_name:
        year, where_id, where_en = in_name[-1], "nama berkas", "the file name"
    elif len(in_sheets) == 1:
        (year,) = in_sheets
        where_id, where_en = "nama sheet-nya", "its sheet's name"
    elif signed is not None:
        year = signed[0]
        where_id, where_en = (
            f"tanggal penetapannya ('{signed[1][:60]}')",
            f"the date it is signed on ('{signed[1][:60]}')",
        )
    else:
        year, where_id, where_en = dt.date.today().year, "tahun berjalan", "the current year"
    title = f" (judul menyebut {title_year})" if title_year is not None else ""
    title_en = f" (the title says {title_year})" if title_year is not None else ""
    findings.append(
        Finding(
            "IMPORT_YEAR_ASSUMED",
            1,
            None,
            None,
            str(year),
            f"rencana tidak menyebut tahun yang dapat dipakai{title}: tahun {year} diambil dari {where_id}; "
            "beri --year bila salah",
            f"the plan names no usable year{title_en}: {year} taken from {where_en}; give --year if wrong",
        )
    )
    return year


def _row_text(r: RawRow) -> str:
    """A title row's text: a title merged across the row is one text, not the same words once per column."""
    return " ".join(c for i, c in enumerate(r.cells) if i not in r.merged_from)


def _sheets_to_skip(
    doc: Document, sheets: list[str | None], parsed: list[Parsed], year: int | None
) -> dict[str | None, str]:
    """Sheets whose activities are not the plan, with the reason: hidden sheets, instruction or example
    sheets, monitoring reports ("Monev TW I", a sheet titled "LAPORAN CAPAIAN …"), and the plans of other years when sheets are named by year ("RA 2024", "RA 2025")."""
    with_acts = [s for s, p in zip(sheets, parsed, strict=True) if s is not None and p.activities]
    by_sheet = dict(zip(sheets, parsed, strict=True))
    if len(with_acts) < 2:
        return {}
    skip: dict[str | None, str] = {}
    for s in with_acts:
        if s in doc.hidden_sheets:
            skip[s] = "sheet tersembunyi di buku kerja; tidak dibaca sebagai rencana"
        elif _GUIDE_SHEET.search(s):
            skip[s] = "sheet petunjuk atau contoh; tidak dibaca sebagai rencana"
        elif is_report_sheet(s, [_row_text(r) for r in by_sheet[s].title_rows]):
            skip[s] = (
                "laporan monitoring, capaian atau pembanding, bukan rencana; tidak dibaca sebagai rencana"
            )
    rest = [s for s in with_acts if s not in skip]
    years = {s: int(m.group(1)) for s in rest if s is not None and (m := _SHEET_YEAR.search(s))}
    if len(set(years.values())) >= 2:
        keep = year if year in years.values() else max(years.values())
        for s, y in years.items():
            if y != keep:
                skip[s] = f"rencana tahun {y}; dibaca sheet tahun {keep}"
    if len(skip) == len(with_acts):
        return {}  # never skip every plan: then the reader reads them all and says what it found
    return skip


def _read_continued_sheets(
    groups: dict[str | None, list[RawRow]],
    parsed: list[Parsed],
    vocabulary: Vocabulary | None,
    columns: dict[str, str] | None,
    is_area: Callable[[str], bool],
    year: int | None,
) -> None:
    """Read a sheet without a header of its own that continues the table of the sheet before it ("Hal2"
    under "Hal1"'s header) under that header, and say so (IMPORT_SHEET_CONTINUED); in place.

    Its rows were taken for a title block: the activities on it were lost, nothing said.
    """
    names = list(groups)
    for k in range(1, len(names)):
        sheet, before = names[k], names[k - 1]
        if sheet is None or parsed[k].layouts or not parsed[k - 1].activities:
            continue
        header = table_header(groups[before], vocabulary, columns, year)
        rows = groups[sheet]
        if not continues_table(rows, header):
            continue
        # the header read as if written on this sheet (lines 0, -1 …: not this sheet's lines, dropped)
        borrowed = [replace(h, sheet=sheet, line=j - len(header) + 1) for j, h in enumerate(header)]
        got = parse_rows([*borrowed, *rows], vocabulary, columns, is_area, year)
        if not got.activities:
            continue
        got.lines = [x for x in got.lines if x.line > 0]
        first = next(r for r in rows if r.cells and any(t.strip() for t in r.cells))
        got.findings.append(
            Finding(
                "IMPORT_SHEET_CONTINUED",
                first.line,
                sheet,
                None,
                str(sheet),
                f"sheet ini tanpa judul kolom melanjutkan tabel sheet '{before}' (kolom dan nomor yang sama): "
                f"{len(got.activities)} kegiatannya dibaca dengan judul kolom sheet itu",
                f"this sheet has no column headers and goes on with sheet '{before}''s table (the same columns "
                f"and numbering): its {len(got.activities)} activities are read under that sheet's headers",
            )
        )
        parsed[k] = got


def _merge_sheets(
    sheets: list[str | None],
    parsed: list[Parsed],
    skipped: dict[str | None, str],
    said: dict[str | None, Finding] | None = None,
) -> Parsed:
    """The sheets' tables as one (activities numbered on), the skipped sheets' lines kept as skipped.

    ``skipped`` sheets are said as such (IMPORT_SHEET_SKIPPED), ``said`` ones with their own warning
    (another plan: :func:`~zi_eval.ra.sheet_choice.other_plans`).
    """
    merged = Parsed([], [], [], [])
    said = said or {}
    for sheet, p in zip(sheets, parsed, strict=True):
        if sheet in skipped or sheet in said:
            warning = said.get(sheet)
            reason = warning.action if warning is not None else skipped[sheet]
            merged.lines += [LineRecord(x.line, x.sheet, "skipped", reason, None, x.span) for x in p.lines]
            merged.findings.append(
                warning or Finding("IMPORT_SHEET_SKIPPED", 1, sheet, None, str(sheet), skipped[sheet])
            )
            continue
        offset = len(merged.activities)
        merged.activities += p.activities
        merged.lines += [
            LineRecord(
                x.line, x.sheet, x.kind, x.reason, None if x.activity is None else x.activity + offset, x.span
            )
            for x in p.lines
        ]
        merged.findings += p.findings
        merged.title_rows += p.title_rows
        merged.layouts += p.layouts
        merged.has_schedule = merged.has_schedule or p.has_schedule
    return merged


def import_plan(
    path: str | Path,
    rubric: Rubric,
    unit_name: str | None = None,
    year: int | None = None,
    vocabulary: Vocabulary | None = None,
    columns: dict[str, str] | None = None,
) -> ImportResult:
    """Import a Rencana Aksi document; never raises on content, only on unreadable files.

    ``vocabulary`` replaces the built-in header words (see :func:`load_vocabulary`); ``columns``
    maps a role to the header of the column to use for it (``--column ROLE=HEADER``).
    """
    doc = read_document(path)
    rows, split = split_parallel_lists(doc.rows)
    groups: dict[str | None, list[RawRow]] = {}
    for r in rows:
        groups.setdefault(r.sheet, []).append(r)

    def is_area(text: str) -> bool:
        return map_ra_area(strip_label(text), rubric)[1]

    parsed = [parse_rows(rows, vocabulary, columns, is_area, year) for rows in groups.values()]
    own_table = [bool(p.layouts) for p in parsed]
    _read_continued_sheets(groups, parsed, vocabulary, columns, is_area, year)
    skipped = _sheets_to_skip(doc, list(groups), parsed, year)
    # a colour legend of the plan: on a sheet read as the plan (under the table, in its header) or on a
    # sheet of its own, holding no table (another table's legend, "Capaian IKU", is that table's)
    colours = colour_legend(
        r
        for (sheet, rows), p in zip(groups.items(), parsed, strict=True)
        if sheet not in skipped and (p.activities or not p.layouts)
        for r in rows
    )
    if colours is not None:
        parsed = [
            parse_rows(rows, vocabulary, columns, is_area, year, colours)
            if mine and sheet not in skipped
            else p
            for (sheet, rows), p, mine in zip(groups.items(), parsed, own_table, strict=True)
        ]
    said = other_plans(
        [s for s in groups if s not in skipped],
        [p for s, p in zip(groups, parsed, strict=True) if s not in skipped],
        lambda p: [_row_text(r) for r in p.title_rows],
        unit_name,
    )
    merged = _merge_sheets(list(groups), parsed, skipped, said)
    # the body's title before a page header's letterhead ("… Tahun 2024" left in the header of last
    # year's file): the header names the unit or the year only when the body does not
    # and the title of a sheet holding activities before another sheet's (a "Petunjuk" sheet first: its
    # instructions name no unit)
    planned = {s for s, p in zip(groups, parsed, strict=True) if p.activities}
    titles = sorted(merged.title_rows, key=lambda r: (r.running, r.sheet not in planned))
    meta = read_meta([_row_text(r) for r in titles])
    findings = split + merged.findings
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        raise fail("--year", None, "year", f"a year from {YEAR_MIN} to {YEAR_MAX}", str(year))
    # a title that names another era ("UNDANG-UNDANG DASAR TAHUN 1945") names no plan year
    title_year = meta.year if meta.year is not None and YEAR_MIN <= meta.year <= YEAR_MAX else None
    if year is None and title_year is not None and any(lay.skipped for lay in merged.layouts):
        # blocks of months ("Jadwal 2024" | "Jadwal 2025") were chosen before the title gave the plan
        # year: choose again by it in the sheets that have them (their findings are made again too)
        parsed = [
            parse_rows(rows, vocabulary, columns, is_area, title_year, colours)
            if any(lay.skipped for lay in p.layouts)
            else p
            for rows, p in zip(groups.values(), parsed, strict=True)
        ]
        merged = _merge_sheets(list(groups), parsed, skipped, said)
        findings = split + merged.findings
    the_year = (
        year
        or title_year
        or _schedule_year(merged.layouts)
        or _year_assumed(
            doc.name,
            meta.year,
            findings if merged.activities else [],
            signed_on(doc.rows),
            [
                s
                for s, p in zip(groups, parsed, strict=True)
                if s is not None and s not in skipped and p.activities
            ],
        )
    )
    if year is None and meta.year_to is not None and the_year == meta.year and merged.activities:
        findings.append(_year_of_period(the_year, meta.year_to))
    numbered = numbered_areas([p.program for p in merged.activities], rubric)
    coded = coded_areas(
        [p.program for p in merged.activities if p.program], rubric, lambda t: map_ra_area(t, rubric)
    )
    acts = tuple(
        _activity(doc, i + 1, p, rubric, findings, the_year, numbered, coded)
        for i, p in enumerate(merged.activities)
    )
    findings += _plan_findings(acts, merged, rubric, coded)
    findings += _hidden_row_findings(merged.activities, acts)
    findings += _hidden_text_findings(doc)
    for role, header in (columns or {}).items():
        if not any(
            lay.roles.get(role) is not None
            and phrase_key(lay.headers.get(lay.roles[role], "")).endswith(phrase_key(header))
            for lay in merged.layouts
        ):
            findings.append(
                Finding(
                    "IMPORT_COLUMN_UNUSED",
                    1,
                    None,
                    None,
                    f"{role}={header}",
                    "tidak ada kolom dengan judul itu: pilihan --column tidak dipakai",
                )
            )
    if not acts:
        findings.append(
            Finding(
                "IMPORT_NO_ACTIVITY",
                1,
                None,
                None,
                doc.name,
                "tidak ada tabel rencana aksi (NO, KEGIATAN, SUB KEGIATAN, INDIKATOR, BULAN)",
                "no action-plan table (NO, KEGIATAN, SUB KEGIATAN, INDIKATOR, BULAN)",
            )
        )
    titled = any(_row_text(r).strip() for r in titles)  # a bare table says nothing of what it is
    if (
        acts
        and titled
        and not any(a.area for a in acts)
        and not _names_the_plan(titles, list(groups), merged.layouts)
    ):
        findings.append(
            Finding(
                "IMPORT_NOT_A_PLAN",
                1,
                None,
                None,
                doc.name,
                "judul, nama sheet dan judul kolomnya tidak menyebut rencana aksi atau Zona Integritas, dan tak "
                f"satu pun dari {len(acts)} kegiatannya berada di area ZI: mungkin ini bukan rencana aksi ZI "
                "(anggaran, rencana kerja, kalender kegiatan); periksa",
                "its titles, sheet names and column headers name no action plan and no Zona Integritas, and "
                f"none of its {len(acts)} activities lies in a ZI area: it may be no ZI action plan (a "
                "budget, a work plan, a calendar); check it",
            )
        )
    name = unit_name or meta.name
    if name is None:
        name = Path(doc.name).stem
        if acts:
            findings.append(
                Finding(
                    "IMPORT_NAME_FROM_FILE",
                    1,
                    None,
                    None,
                    name,
                    "nama unit tidak ada di judul dokumen: diambil dari nama berkas (pakai --unit-name)",
                )
            )
    base = slug(unit_name) if unit_name else (meta.short_id or slug(name))
    if len(base) > MAX_ID_BASE:  # an id is at most 120 characters: a long file or unit name is cut at a word
        base = base[: MAX_ID_BASE + 1].rsplit("-", 1)[0] or base[:MAX_ID_BASE]
    unit_id = base if base.endswith(str(the_year)) else f"{base}-{the_year}"
    info = UnitInfo(
        id=unit_id,
        name=name,
        instansi=meta.instansi,
        year=the_year,
        decree=meta.decree,
        decree_date=meta.decree_date,
        **({"target_predicate": meta.predicate} if meta.predicate else {}),
    )
    unit = Unit(unit=info, activities=acts)
    layouts = merged.layouts
    return ImportResult(
        unit,
        doc,
        merged.lines,
        findings,
        meta,
        [lay.column_map() for lay in layouts],
        [lay.column_map("en") for lay in layouts],
    )


def _names_the_plan(titles: list[RawRow], sheets: list[str | None], layouts: list[Layout]) -> bool:
    """Whether the document says anywhere, in a title, a sheet's name or a header, that it is a ZI action
    plan (:func:`~zi_eval.ra.parts.names_a_zi_plan`)."""
    texts = [_row_text(r) for r in titles] + [s for s in sheets if s]
    texts += [h for lay in layouts for h in lay.headers.values()]
    return any(map(names_a_zi_plan, texts))


def _hidden_row_findings(parsed: list[ParsedActivity], acts: tuple[Activity, ...]) -> list[Finding]:
    """One finding per sheet whose hidden rows became activities: kept, but a person must check them."""
    by_sheet: dict[str | None, list[tuple[int, str]]] = {}
    for p, a in zip(parsed, acts, strict=True):
        if p.row.hidden:
            by_sheet.setdefault(p.row.sheet, []).append((p.row.line, a.id))
    return [
        Finding(
            "IMPORT_HIDDEN_ROWS",
            rows[0][0],
            sheet,
            None,
            ", ".join(str(line) for line, _ in rows)[:80],
            "kegiatan dari baris tersembunyi: " + ", ".join(act for _, act in rows)[:120],
        )
        for sheet, rows in by_sheet.items()
    ]


def _hidden_text_findings(doc: Document) -> list[Finding]:
    """One finding for the Word text the author hid (w:vanish): left out, since Word neither shows nor
    prints it (a hidden tick is no month), but said, with where the first of it is."""
    rows = [r for r in doc.rows if r.hidden_text]
    if not rows:
        return []
    texts = [t for r in rows for t in r.hidden_text]
    first = rows[0]
    return [
        Finding(
            "IMPORT_HIDDEN_TEXT",
            first.line,
            first.sheet,
            None,
            " | ".join(texts)[:80],
            f"{len(texts)} teks tersembunyi di {len(rows)} baris (tidak tampil dan tidak tercetak di Word) "
            "tidak dibaca; tampilkan teksnya bila termasuk rencana",
            f"{len(texts)} hidden texts in {len(rows)} rows (Word neither shows nor prints them) are not "
            "read; unhide the text if it belongs to the plan",
        )
    ]


def why_no_plan(result: ImportResult) -> str:
    """Say why a document gave no activity: what was found instead (for the exit-3 message)."""
    doc = result.document
    tables = [r for r in doc.rows if sum(1 for c in r.cells if c.strip()) >= 2]
    if doc.format == "pdf" and not tables:
        return (
            "a PDF with text but no ruled table (save the plan as .docx/.xlsx, or print it with cell borders)"
        )
    if not tables:
        return f"no table in {len(doc.rows)} lines of text"
    return f"{len(tables)} table rows, but no header naming KEGIATAN/RENCANA AKSI/URAIAN with a schedule, area or indicator"
