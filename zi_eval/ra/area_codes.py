"""Area codes a plan writes instead of names ("MP", "PT", "PSDM", "PA", "PKPP"), read by their initials.

Real plans often fill the area column with a code made of the area name's initials. The codes are
not all unambiguous: "PP" is the initials of Penguatan Pengawasan, of Pelayanan Publik and of
Penataan Peraturan; "PPP" of Peningkatan Pelayanan Publik and of Penataan Peraturan Perundangan.
So a code is read only when the plan's codes, taken together, leave it one area: each code names a
different area, and a plan whose codes all fit the six ZI areas is read as a ZI plan (its "PP" is
then Penguatan Pengawasan when "PKPP" or "PPP" already names Pelayanan Publik). A code that keeps
two readings stays unknown, as before (the importer says so).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from zi_eval.io.words import norm
from zi_eval.models.rubric import RaArea, Rubric
from zi_eval.ra.parse import strip_label

#: A cell that is only a code: two to six letters, perhaps after the word "area" ("Area MP").
_CODE = re.compile(r"^(?:area )?([a-z]{2,6})$")
#: Acronyms inside an area's name that a code keeps whole ("Penataan SDM" is PSDM).
_WHOLE = frozenset({"sdm", "asn"})
#: Words a code leaves out ("Penataan dan Penguatan Organisasi" is PPO).
_SKIPPED = frozenset({"dan", "di", "yang"})
#: More readings than this for one plan's codes is no reading at all (a plan has at most eight areas).
_MAX_READINGS = 10_000


def code_of(text: str) -> str | None:
    """The area code ``text`` is (``"mp"`` for "MP", "Area MP", "I. MP"), or ``None``."""
    m = _CODE.match(norm(strip_label(text)))
    return m.group(1) if m else None


def zi_areas_of_code(text: str, rubric: Rubric) -> set[str] | None:
    """The ZI areas a code written in capitals ("PAK", "AREA MP", "PP") can stand for, alone (a folder
    name, where no other code of a plan narrows it): ``None`` when ``text`` is no such code, else every
    ZI area whose name's initials it is (two or more: the code is ambiguous; none: it names no area)."""
    raw = strip_label(text).strip()
    if not re.fullmatch(r"(?:AREA\s+)?[A-Z]{2,6}", raw):
        return None
    code = code_of(raw)
    return {ra.area for ra in _codes(rubric).get(code or "", []) if ra.area is not None}


def initials(name: str) -> str | None:
    """The code of an area name: each word's first letter, whole acronyms kept ("penataan sdm" → psdm)."""
    words = [w for w in norm(name).split() if w not in _SKIPPED]
    if len(words) < 2:
        return None
    return "".join(w if w in _WHOLE else w[0] for w in words)


def _codes(rubric: Rubric) -> dict[str, list[RaArea]]:
    """Each code the rubric's RA area names and aliases give, with the areas it can stand for."""
    table: dict[str, list[RaArea]] = rubric.derived("ra_area_codes", _build)
    return table


def _build(rubric: Rubric) -> dict[str, list[RaArea]]:
    table: dict[str, list[RaArea]] = {}
    for ra in rubric.ra_areas:
        for name in (ra.name, *ra.aliases):
            code = initials(name)
            if code and ra not in table.setdefault(code, []):
                table[code].append(ra)
    return table


def _readings(
    codes: list[str], options: dict[str, list[RaArea]], named: frozenset[str] = frozenset()
) -> list[dict[str, RaArea]]:
    """Every way to give each code one of its areas, a code of several readings never taking an area
    another code has, nor one the plan names in words (``named``: ZI area ids); two codes of one
    reading each may name one area ("PA" and "PAK" in one plan)."""
    fixed = {c: options[c][0] for c in codes if len(options[c]) == 1}
    open_codes = [c for c in codes if len(options[c]) > 1]
    out: list[dict[str, RaArea]] = []

    def walk(i: int, chosen: dict[str, RaArea]) -> None:
        if len(out) > _MAX_READINGS:
            return
        if i == len(open_codes):
            out.append(dict(chosen))
            return
        taken = {id(a) for a in chosen.values()}
        for ra in options[open_codes[i]]:
            if id(ra) not in taken and ra.area not in named:
                chosen[open_codes[i]] = ra
                walk(i + 1, chosen)
                del chosen[open_codes[i]]

    if all(options[c] for c in codes):
        walk(0, dict(fixed))
    return out if len(out) <= _MAX_READINGS else []


@dataclass
class AreaCodes:
    """What :func:`coded_areas` read: each area text that is a code with one reading, and the plan's codes."""

    read: dict[str, RaArea] = field(default_factory=dict)  # the text as written -> its area
    #: a text that is a code the plan's codes leave two or more readings -> those readings
    readings: dict[str, list[RaArea]] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)  # the plan's codes as written, sorted


def coded_areas(
    programs: Iterable[str], rubric: Rubric, area_of: Callable[[str], tuple[str | None, bool]]
) -> AreaCodes:
    """Read the area texts of a plan that are only codes, when the plan's codes leave each one area.

    ``programs`` are the plan's area texts; ``area_of(text)`` is what a name or an alias of an area
    reads in a text (``(area id, recognised)``, as :func:`zi_eval.models.ra_area.map_ra_area`): such a text
    is no code ("SDM" is an alias), and the ZI area it names is no reading of a code of several.
    """
    by_code: dict[str, list[str]] = {}
    named: set[str] = set()
    for text in dict.fromkeys(programs):
        area, recognised = area_of(text)
        if recognised:
            named.update([area] if area else [])
        elif (code := code_of(text)) is not None:
            by_code.setdefault(code, []).append(text)
    table = _codes(rubric)
    known = sorted(c for c in by_code if c in table)
    if not known:
        return AreaCodes()
    zi_only = {c: [a for a in table[c] if a.area is not None] for c in known}
    readings = _readings(known, zi_only, frozenset(named)) if all(zi_only.values()) else []
    if not readings:  # not a plan of the six ZI areas (a code only a Reform Birokrasi area has, or too many)
        readings = _readings(known, {c: table[c] for c in known}, frozenset(named))
    out = AreaCodes(written=sorted({t.strip() for c in known for t in by_code[c]}))
    for code in known:
        areas = {id(r[code]): r[code] for r in readings}
        if len(areas) == 1:
            ra = next(iter(areas.values()))
            out.read.update({text: ra for text in by_code[code]})
        else:  # said with its readings (every area the code's initials give when no reading is left)
            options = list(areas.values()) or table[code]
            out.readings.update({text: options for text in by_code[code]})
    return out
