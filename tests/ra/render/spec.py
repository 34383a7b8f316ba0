"""Describe a plan (the truth) and a layout (how it is drawn); derive the expected import from them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

#: Month header variants seen in real plans (documents-in-the-wild §1 B), twelve labels each.
MONTH_HEADERS: dict[str, tuple[str, ...]] = {
    "short": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"),
    "agu": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "agst": ("Jan", "Feb", "Mar", "Apr", "Mei", "Juni", "Juli", "Agst", "Sept", "Okt", "Nov", "Des"),
    "long": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "roman": ROMAN,
    "numbers": tuple(str(m) for m in range(1, 13)),
    "b": tuple(f"B{m}" for m in range(1, 13)),
    "english": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    #: One column per quarter: a mark means the quarter's three months (as "Triwulan I" does).
    "quarter": ("TW I", "TW II", "TW III", "TW IV"),
}

#: The column a field is drawn in, keyed by the Activity field it fills.
EXTRA_FIELDS = ("output", "pic", "budget", "evidence", "realisation", "notes")


@dataclass(frozen=True)
class Act:
    """One activity as the plan's author meant it (what a perfect importer returns)."""

    kegiatan: str
    sub_kegiatan: str | None = None
    indicator: str | None = None
    months: tuple[int, ...] = ()
    #: Free-text schedule as written; when set, ``months`` is what the phrase means.
    timing: str | None = None
    output: str | None = None
    pic: str | None = None
    budget: str | None = None
    evidence: tuple[str, ...] = ()
    realisation: str | None = None
    notes: str | None = None
    #: LKE code as written in the plan (``A.1.I.i`` + ``a``, ``P.1.i.a``) and the rubric code it means.
    lke_written: str | None = None
    lke_code: str | None = None
    #: Shape A: drawn on the component row itself, without a letter label.
    on_component_row: bool = False


@dataclass(frozen=True)
class Area:
    """An area as written in the plan and the ZI area id it means (None for non-ZI areas)."""

    name: str
    area_id: str | None
    acts: tuple[Act, ...]
    #: A reform area the rubric knows but does not score (Penataan Organisasi): no finding expected.
    reform_only: bool = False

    @property
    def unknown(self) -> bool:
        """Whether the importer must report the area as unknown (IMPORT_AREA_UNKNOWN)."""
        return self.area_id is None and not self.reform_only


@dataclass(frozen=True)
class Plan:
    """A whole plan: who wrote it, for which year, under which decree, and its areas."""

    unit: str
    year: int
    areas: tuple[Area, ...]
    decree: str | None = None
    place: str = "Belopa"
    signer: str = "ANDI MUHAMMAD YUSUF, S.H., M.H."
    nip: str = "19780512 200312 1 002"

    def activities(self) -> list[tuple[Area, Act]]:
        """Every activity with its area, in document order."""
        return [(a, act) for a in self.areas for act in a.acts]


@dataclass(frozen=True)
class Layout:
    """How a shape-B table is drawn (xlsx, docx, pdf, text): every option a real plan was seen with."""

    area_style: str = "column"  # column | heading | combined
    title_rows: int = 3  # 0..4; 4 adds the "LAMPIRAN KEPUTUSAN … NOMOR … TAHUN" line
    header_rows: int = 2  # 1, 2 (a merged "Jadwal Pelaksanaan" over the months) or 3 (quarters between)
    schedule_label: str = "Jadwal Pelaksanaan"
    months: str = "short"  # a MONTH_HEADERS key, or "text" for one free-text timing column
    #: None: the month cell is filled with a colour and holds no text; "mixed": a different mark per row.
    mark: str | None = "√"
    fill: str = "FFFF00"
    numbering: str | None = None  # None | "paren" ((1) (2) …) | "plain" (1 2 …)
    #: Extra columns as (field, header), in drawing order; those after ``extras_after`` follow the months.
    extras: tuple[tuple[str, str], ...] = ()
    extras_after: int = 99
    total_row: bool = False
    signature: bool = False
    blank_between_areas: bool = False
    #: Evidence lines as "- " bullets (needed in a PDF, where a wrapped line looks like a new one).
    evidence_bullets: bool = False
    #: Text as pasted from Word: non-breaking and trailing spaces, headers in odd case with double spaces.
    messy: bool = False
    #: Repeat the header (and numbering row) before every area after the first.
    header_per_area: bool = False
    heading_numbered: bool = True  # "I. MANAJEMEN PERUBAHAN" (heading), "1. …" (area column) or the name
    kegiatan_header: str = "KEGIATAN"
    sub_header: str = "SUB KEGIATAN"
    indicator_header: str = "INDIKATOR"
    area_header: str = "AREA PERUBAHAN"
    combined_header: str = "AREA PERUBAHAN / KEGIATAN"
    #: The header of the one free-text timing column (``months == "text"``).
    timing_label: str = "WAKTU PELAKSANAAN"


@dataclass
class Expected:
    """What the importer must return for a fixture, as plain data (written next to it as JSON)."""

    activities: list[dict[str, Any]]
    areas: int
    findings: list[str] = field(default_factory=list)
    year: int | None = None
    unit_name: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "activities": self.activities,
            "n_activities": len(self.activities),
            "n_areas": self.areas,
            "findings": sorted(self.findings),
            "year": self.year,
            "unit_name": self.unit_name,
        }


def numbered_items(text: str) -> str:
    """Join the items of a numbered list ("1. …\\n2. …") with "; ", as the importer must."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return "; ".join(re.sub(r"^\d+[.)]\s*", "", ln) for ln in lines)


def expected_activity(
    area: Area | None, act: Act, drawn: set[str], kegiatan: str | None = None
) -> dict[str, Any]:
    """The activity a perfect importer returns, given which fields the layout drew."""

    def keep(name: str, value: Any) -> Any:
        return value if name in drawn else None

    return {
        "ra_area": area.name if area is not None else None,
        "area": area.area_id if area is not None else act_area_from_code(act),
        "kegiatan": kegiatan if kegiatan is not None else act.kegiatan,
        "sub_kegiatan": keep("sub", act.sub_kegiatan),
        "indicators": [act.indicator] if act.indicator and "indicator" in drawn else [],
        "months": list(act.months) if "months" in drawn else [],
        "timing": keep("timing", act.timing),
        "output": keep("output", act.output),
        "pic": keep("pic", act.pic),
        "budget": keep("budget", act.budget),
        "expected_evidence": list(act.evidence) if "evidence" in drawn else [],
        "realisation": keep("realisation", act.realisation),
        "notes": keep("notes", act.notes),
        "lke": [act.lke_code] if act.lke_code and "lke" in drawn else [],
    }


_AREA_BY_NUMBER = {
    "1": "manajemen-perubahan",
    "2": "penataan-tatalaksana",
    "3": "penataan-sdm",
    "4": "penguatan-akuntabilitas",
    "5": "penguatan-pengawasan",
    "6": "pelayanan-publik",
}


def act_area_from_code(act: Act) -> str | None:
    """The ZI area an LKE code names (``P.1.i.a`` → manajemen-perubahan)."""
    if not act.lke_code:
        return None
    return _AREA_BY_NUMBER.get(act.lke_code.split(".")[1])


def expected_b(plan: Plan, layout: Layout) -> Expected:
    """The expected import of a shape-B table drawn with ``layout``."""
    drawn = {"sub", "indicator", "months"} | {f for f, _ in layout.extras}
    if layout.months == "text":
        drawn |= {"timing"}
    acts = [expected_activity(area, act, drawn) for area, act in plan.activities()]
    findings = ["IMPORT_AREA_UNKNOWN"] if any(a.unknown for a in plan.areas) else []
    return Expected(
        acts,
        len(plan.areas),
        findings,
        year=plan.year if layout.title_rows >= 1 else None,
        unit_name=plan.unit if layout.title_rows >= 3 else None,
    )


def with_acts(area: Area, acts: list[Act]) -> Area:
    """The same area holding other activities."""
    return replace(area, acts=tuple(acts))


MIXED_MARKS = ("√", "v", "✓", "x", "1", "V")


def marks_of(lay: Layout) -> tuple[str, ...]:
    """The mark texts a layout draws (empty for fill colours)."""
    if lay.mark is None:
        return ()
    return MIXED_MARKS if lay.mark == "mixed" else (lay.mark,)


def month_marks(act: Act, months: str) -> list[bool]:
    """Which month columns carry a mark for an activity under a month-header variant."""
    if months == "quarter":
        return [any(m in act.months for m in range(3 * q + 1, 3 * q + 4)) for q in range(4)]
    return [m in act.months for m in range(1, 13)]
