"""Read an LKE workbook (xlsx, xls, ods or csv; any copy a unit has) into a unit; never trust its formulas.

The sheet is the one whose rows match the most rubric items (with the sheets holding the LKE's other
parts, when it is cut into sheets); its columns are found by their
header words (:mod:`zi_eval.lke.columns`), its rows by their meaning (:mod:`zi_eval.lke.match`)
and its answers read leniently but reported (:mod:`zi_eval.lke.answers`, :mod:`zi_eval.lke.build`). Values the workbook
computed itself (the Nilai column) are kept only to tell the assessor where their spreadsheet
disagrees with the rubric. Too little understood is refused (exit 3), never scored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from zi_eval.errors import InputError, NoLkeItems, ZiError, fail
from zi_eval.io.hyperlinks import sheet_hyperlinks
from zi_eval.io.location import Location
from zi_eval.io.sheets import Sheet, read_sheets, spreadsheet_kind
from zi_eval.io.textfile import read_bytes
from zi_eval.io.words import YEAR_IN_TEXT, clean, norm, slug
from zi_eval.lke.answers import parse_number
from zi_eval.lke.build import UnitParts, build_unit, title_unit, title_year
from zi_eval.lke.columns import UNIT_ANSWER, Columns, find_columns, letter
from zi_eval.lke.layout import entities
from zi_eval.lke.match import CODE_LABEL, LABEL, SHORT_CODE, Claim, Match, SheetRow, match_rows
from zi_eval.lke.merged_answers import spread_answers, spread_evidence
from zi_eval.lke.unit_sheets import read_unit_sheets
from zi_eval.messages import msg
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Hasil, Unit, UnitInfo
from zi_eval.scoring.linking import link_unit
from zi_eval.scoring.values import value_item

TOLERANCE = 1e-6
_LEAD = re.compile(r"^((?:[A-Za-z]{1,4}|\d{1,2})[.)]|[-–•])\s+(\S.*)$")


@dataclass
class Candidate:
    """One sheet read as an LKE: its header, columns, rows and their matches."""

    sheet: Sheet
    columns: Columns
    rows: list[SheetRow]
    matches: dict[int, Match]
    #: unmatched rows that are what another row was matched to (0-based row -> the claim)
    claims: dict[int, Claim] = field(default_factory=dict)

    @property
    def items(self) -> int:
        return sum(1 for m in self.matches.values() if m.key.startswith("item:"))

    @cached_property
    def year(self) -> int | None:
        """The year the sheet's name names ("LKE 2024"), else its title ("Tahun 2025")."""
        years = [int(y) for y in YEAR_IN_TEXT.findall(self.sheet.name)]
        return max(years) if years else title_year(self.sheet, self.columns)

    @cached_property
    def codes(self) -> frozenset[str]:
        """The items this sheet holds rows of (their own row, a count row or a total row)."""
        return frozenset(
            m.key.partition(":")[2].partition("/")[0]
            for m in self.matches.values()
            if m.key.startswith(("item:", "input:", "sum:"))
        )


@dataclass
class LkeWorkbook:
    """What a workbook said: the unit built from its answers, and where each thing was found."""

    path: str
    sheet: str
    unit: Unit
    matched: dict[str, int] = field(default_factory=dict)  # entity key -> 1-based row
    stored: dict[str, tuple[int, float]] = field(default_factory=dict)  # entity key -> (row, Nilai)
    static: list[dict[str, Any]] = field(default_factory=list)
    header_row: int = 0  # 1-based (the last row of a two-row header)
    columns: dict[str, str] = field(default_factory=dict)  # role -> column letter
    rows: list[dict[str, Any]] = field(default_factory=list)  # {"row", "code", "how", "text"}
    lke_sheets: list[str] = field(default_factory=list)  # sheets with at least half the items matched
    sheets: dict[str, int] = field(default_factory=dict)  # sheet name -> items matched
    items_total: int = 0
    missing: list[str] = field(default_factory=list)  # item codes with no row
    mode: str = "claimed"  # the mode the workbook's own formulas compute (zi-eval's workbooks say which)
    own_sheets: dict[str, str] = field(default_factory=dict)  # the unit's own sheets zi-eval wrote, by role
    #: the other sheets read with :attr:`sheet` (an LKE cut into a Pengungkit and a Hasil sheet), in order
    more_sheets: list[str] = field(default_factory=list)
    #: their row maps (as :attr:`rows`, each row with its ``sheet``)
    more_rows: list[dict[str, Any]] = field(default_factory=list)
    #: the unit the sheet's title names (None: it names none; the unit's name is then its file's)
    named_unit: str | None = None

    def findings(self) -> list[dict[str, Any]]:
        return list(self.static)

    @property
    def items_matched(self) -> int:
        return sum(1 for k in self.matched if k.startswith("item:"))

    def compare(
        self,
        indicators: dict[str, float],
        area_aspect: dict[tuple[str, str], float],
        components: dict[str, float],
        total: float,
    ) -> list[dict[str, Any]]:
        """Findings for every indicator and total whose stored value differs from the engine's."""
        out = []
        col = self.columns.get("value", "L")
        for key, (row, theirs) in sorted(self.stored.items(), key=lambda kv: kv[1][0]):
            kind, _, ref = key.partition(":")
            ours: float | None = None
            if kind == "indicator":
                ours = indicators.get(ref)
            elif kind == "area":
                area, _, aspect = ref.partition("/")
                ours = area_aspect.get((area, aspect))
            elif kind == "aspect":
                comp, _, aspect = ref.partition("/")
                ours = (
                    sum(v for (_, a), v in area_aspect.items() if a == aspect)
                    if comp == "pengungkit"
                    else None
                )
            elif kind == "component":
                ours = components.get(ref)
            elif kind == "total":
                ours = total
            if ours is not None and abs(ours - theirs) > TOLERANCE:
                item = ref if kind == "indicator" else None
                out.append(_mismatch(self.path, self.sheet, col, row, ref, theirs, ours, item))
        return out

    def why(self, lang: str = "id") -> str:
        """Why this sheet was read (the most items matched), in ``lang``."""
        n = self.items_matched
        if self.more_sheets:
            return msg("lke_why_joined", lang, n=n, k=1 + len(self.more_sheets))
        if len(self.lke_sheets) > 1:
            names = ", ".join(self.lke_sheets)
            return msg("lke_why_many", lang, n=n, k=len(self.lke_sheets), names=names)
        return msg("lke_why_one", lang, n=n)

    def report(self, lang: str = "id") -> dict[str, Any]:
        """What the reader understood, for a person to check: sheet, header, columns, row map."""
        codes = [f["code"] for f in self.static]
        return {
            "file": Path(self.path).name,
            "sheet": self.sheet,
            "why": self.why(lang),
            "sheets": dict(self.sheets),
            "header_row": self.header_row,
            "columns": dict(self.columns),
            "more_sheets": list(self.more_sheets),
            "rows": [dict(r) for r in self.rows] + [dict(r) for r in self.more_rows],
            "counts": {
                "items": self.items_total,
                "matched": self.items_matched,
                "missing": len(self.missing),
                "unmatched": codes.count("IMPORT_WORKBOOK_UNMATCHED")
                + codes.count("IMPORT_WORKBOOK_ROW_TWICE"),
                "rows_matched": len(self.rows) + len(self.more_rows),
            },
            "missing": list(self.missing),
            "findings": [dict(f) for f in self.static],
        }


def _sheet_rows(sheet: Sheet, cols: Columns) -> list[SheetRow]:
    hier = cols.hierarchy
    tcol, acol = cols.roles.get("type"), cols.roles.get("answer")
    out = []
    for r in range(cols.first_data_row, len(sheet.rows)):
        cells = [clean(sheet.text(r, c)) for c in hier]
        labels = tuple(
            c for c in cells if c and (LABEL.match(c) or CODE_LABEL.fullmatch(c) or SHORT_CODE.fullmatch(c))
        )
        words = [c for c in cells if c and c not in labels]
        text = words[-1] if words else ""
        lead = _LEAD.match(text)
        if lead:  # "a. Unit kerja telah …", "A. PENGUNGKIT", "- Lainnya": the label written into the text
            labels, text = (*labels, lead.group(1)), lead.group(2)
        typ = clean(sheet.text(r, tcol)) if tcol is not None else ""
        ans = sheet.text(r, acol).strip() if acol is not None else ""
        out.append(SheetRow(r, text, labels, typ, bool(typ or ans)))
    return out


def _candidates(path: str, sheets: list[Sheet], rubric: Rubric) -> list[Candidate]:
    ents = entities(rubric)
    out = []
    for sheet in sheets:
        cols = find_columns(sheet)
        if cols is None:
            continue
        rows = _sheet_rows(sheet, cols)
        claims: dict[int, Claim] = {}
        year = _rows_year(path, sheet, cols)
        matches = match_rows(rows, ents, rubric, sheet.hidden_rows, year, claims)
        out.append(Candidate(sheet, cols, rows, matches, claims))
    return out


def _rows_year(path: str, sheet: Sheet, cols: Columns) -> int | None:
    """The year a sheet's rows are of ("this year" for a count row naming a year): the sheet's name's
    ("LKE 2024"), else its title's, else the file name's (as the unit's year is read)."""
    years = [int(y) for y in YEAR_IN_TEXT.findall(sheet.name)]
    if years:
        return max(years)
    year = title_year(sheet, cols)
    if year is None and (m := YEAR_IN_TEXT.search(Path(path).stem)) is not None:
        year = int(m.group(1))
    return year


@dataclass
class _Book:
    """A workbook's sheets, and what is needed to read the links behind their cells."""

    sheets: list[Sheet]
    data: bytes
    kind: str

    def links(self, sheet: str) -> dict[tuple[int, int], str]:
        """The addresses the cells of ``sheet`` hide behind their text (xlsx, xls, ods; none for a csv)."""
        return sheet_hyperlinks(self.data, self.kind).get(sheet, {})


def _load(path: str | Path) -> _Book:
    data = read_bytes(path)
    kind = spreadsheet_kind(data, Path(path).suffix.lower())
    if kind is None:
        raise fail(
            str(path), None, "file", "a spreadsheet (.xlsx, .xls, .ods or .csv)", "another kind of file"
        )
    return _Book(read_sheets(str(path), data, kind), data, kind)


def _lke_book(path: str | Path) -> _Book | None:
    """The workbook ``path`` when it is an LKE workbook (a sheet with an LKE header), else ``None``."""
    try:
        book = _load(path)
    except ZiError:
        return None  # the importer that takes the file says what is wrong with it
    return book if any(find_columns(s) is not None for s in book.sheets) else None


def looks_like_lke(path: str | Path) -> bool:
    """Tell an LKE workbook (a sheet with an LKE header: Jawaban with Bobot/Pilihan Jawaban/Nilai)."""
    return _lke_book(path) is not None


def read_if_lke(path: str | Path, rubric: Rubric, year: int | None = None) -> LkeWorkbook | None:
    """Read ``path`` as an LKE workbook when it is one (reading the file once), else ``None``; ``year``
    (the user's) overrides the year its title or name gives."""
    book = _lke_book(path)
    return None if book is None else _read(path, book, rubric, year)


def _refuse(path: str, rubric: Rubric, cands: list[Candidate], sheets: list[Sheet]) -> InputError:
    need = (len(rubric.items) + 1) // 2
    must = f"an LKE sheet with at least {need} of the rubric's {len(rubric.items)} items matched to rows"
    if not cands:
        names = ", ".join(repr(s.name) for s in sheets) or "none"
        got = f"no header row naming Jawaban with Bobot/Pilihan Jawaban/Nilai in sheets {names}"
        return fail(path, None, "sheet", must, got)
    best = max(cands, key=lambda c: c.items)
    cols = ", ".join(f"{k}={v}" for k, v in best.columns.letters().items())
    got = (
        f"sheet {best.sheet.name!r}: header row {best.columns.header_row + 1}, columns {cols}, "
        f"{best.items} items matched"
    )
    spread = [c for c in cands if c.items]
    if len(spread) > 1 and sum(c.items for c in spread) * 2 >= len(rubric.items):
        # an LKE cut into one tab per area: every tab is a part; together they are the LKE
        parts = ", ".join(f"{c.sheet.name!r} {c.items}" for c in spread)
        got += f"; the items are spread over {len(spread)} sheets ({parts}): put them on one sheet"
    return fail(path, best.columns.header_row + 1, "sheet", must, got)


def _unread_answers(
    path: str | Path, sheet: Sheet, cols: Columns, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Findings for answer cells that hold a formula without a saved result, or an error value.

    Such cells read as empty; the item is then unanswered, which must be said, never silent.
    """
    col = cols.roles["answer"]
    out = []
    for r in rows:
        if r["kind"] in ("component", "aspect", "area", "indicator", "total"):
            continue
        what = sheet.unread.get((r["row"] - 1, col))
        if what is not None:
            out.append(
                {
                    "code": "IMPORT_WORKBOOK_CELL_UNREAD",
                    "line": r["row"],
                    "item": r.get("code"),
                    "theirs": what,
                    "source": str(Location(Path(path).name, r["row"], sheet.name, col)),
                }
            )
    return out


def read_lke_workbook(path: str | Path, rubric: Rubric, year: int | None = None) -> LkeWorkbook:
    """Read answers, counts, surveys and evidence links from an LKE workbook into a unit."""
    return _read(path, _load(path), rubric, year)


def _read(path: str | Path, book: _Book, rubric: Rubric, year: int | None = None) -> LkeWorkbook:
    """Read ``book`` (of ``path``): choose the LKE sheet (and the sheets holding its other parts), build
    the unit, say what was read differently."""
    sheets = book.sheets
    cands, good, best, more = _choose_sheets(str(path), sheets, rubric)
    read = [best, *more]
    # a workbook zi-eval wrote carries the rest of the unit in its own sheets (meta, plan, evidence);
    # its evidence cells name those records by title, whatever the title says
    # (never an LKE sheet itself: a copy whose answer column is headed "Isian" beside "Nilai" has the
    # Unit sheet's "Isian | Nilai" header)
    own = read_unit_sheets([s for s in sheets if all(s is not c.sheet for c in read)], str(path), rubric)
    built = [_built(path, book, best, own is not None, rubric, year=year)]
    built += [_built(path, book, c, own is not None, rubric, built[0][2].unit) for c in more]
    # an item is missing when no sheet read holds it (each sheet says so of the items it lacks)
    missing = set.intersection(*(set(p.missing) for p, _, _ in built))
    wb = LkeWorkbook(
        str(path), best.sheet.name, _joined([u for _, _, u in built], [c.sheet.name for c in read])
    )
    wb.sheets = {c.sheet.name: c.items for c in cands}
    wb.items_total = len(rubric.items)
    wb.header_row = best.columns.header_row + 1
    wb.columns = best.columns.letters()
    wb.lke_sheets = [c.sheet.name for c in good]
    wb.more_sheets = [c.sheet.name for c in more]
    wb.named_unit = title_unit(best.sheet, best.columns)
    wb.static += _sheet_chosen(path, wb, read, cands)
    wb.static += _sheets_joined(path, read)
    for c, (parts, merged, _) in zip(read, built, strict=True):
        wb.static += _answer_columns(path, c)
        wb.static += merged
        wb.static += [
            f
            for f in parts.findings
            if f["code"] != "IMPORT_WORKBOOK_ITEM_MISSING" or (c is best and f["item"] in missing)
        ]
        wb.static += _unread_answers(path, c.sheet, c.columns, parts.row_map)
        wb.static += _hidden_rows(path, c.sheet, parts.row_map)
        if own is None:
            # zi-eval's own workbooks compute Nilai in their mode (0 for an item without evidence when
            # evidenced): their totals are compared after scoring, in that mode. An answer read otherwise
            # than written ('B.', 'Ya (SK …)') is said already: the workbook's formula, reading it as
            # written, disagrees for that reason
            normalised = {f["line"] for f in parts.findings if f["code"] == "IMPORT_WORKBOOK_NORMALISED"}
            rows = [r for r in parts.row_map if r["row"] not in normalised]
            wb.static += _item_values(path, c.sheet, c.columns, rows, wb.unit, rubric)
        wb.matched = {**parts.matched, **wb.matched}
    first = built[0][0]
    wb.stored = first.stored  # the sums written on the sheet read first (compared by its row numbers)
    wb.rows = first.row_map
    wb.more_rows = [
        {"sheet": c.sheet.name, **r} for c, (p, _, _) in zip(more, built[1:], strict=True) for r in p.row_map
    ]
    wb.missing = [c for c in first.missing if c in missing]
    if own is not None:
        read_alone = wb.unit
        wb.unit, wb.mode, wb.own_sheets = own.apply(wb.unit, rubric), own.mode, dict(own.sheets)
        if "evidence" in best.columns.roles:
            wb.static += _evidence_not_in_column(path, best, first.row_map, read_alone, wb.unit, rubric)
    return wb


def _evidence_not_in_column(
    path: str | Path, c: Candidate, row_map: list[dict[str, Any]], read: Unit, unit: Unit, rubric: Rubric
) -> list[dict[str, Any]]:
    """IMPORT_WORKBOOK_EVIDENCE_ELSEWHERE: in zi-eval's own workbook, an item row whose evidence cell
    (column N as it writes it) is empty while the unit's other sheets ("Catatan Jawaban", "Data
    Dukung") still give the item evidence. The links are counted (they are removed on those sheets),
    and the workbook's own formulas, reading column N, give the item 0 in evidenced mode: the two
    disagree, so it is said."""
    column = c.columns.letters()["evidence"]
    shown = {code for code, a in read.answers.items() if a.evidence}
    by_item = link_unit(unit, rubric).evidence_by_item
    out = []
    for r in row_map:
        code = r["code"]
        if r["kind"] != "item" or code in shown or rubric.items[code].item.hasil_field is not None:
            continue
        ids = sorted(by_item.get(code, ()))
        if ids:
            out.append(
                {
                    "code": "IMPORT_WORKBOOK_EVIDENCE_ELSEWHERE",
                    "line": r["row"],
                    "source": str(
                        Location(Path(path).name, r["row"], c.sheet.name, cells=f"{column}{r['row']}")
                    ),
                    "item": code,
                    "theirs": ", ".join(ids)[:120],
                }
            )
    return out


def _built(
    path: str | Path,
    book: _Book,
    c: Candidate,
    names_records: bool,
    rubric: Rubric,
    info: UnitInfo | None = None,
    year: int | None = None,
) -> tuple[UnitParts, list[dict[str, Any]], Unit]:
    """One LKE sheet read into a unit: its parts (findings, row map, stored values), the findings of its
    merged cells, and the unit (``info``: the unit's, read from the first sheet)."""
    parts = UnitParts(
        str(path),
        c.sheet,
        c.columns,
        c.rows,
        c.matches,
        names_records=names_records,
        claims=c.claims,
        year=year,
    )
    parts.links = book.links(c.sheet.name)  # "Klik di sini" hiding its address
    parts.spread, merged = spread_answers(path, c.sheet, c.columns.roles["answer"], c.matches)
    if "evidence" in c.columns.roles:
        parts.spread_evidence, merged_ev = spread_evidence(
            path, c.sheet, c.columns.roles["evidence"], c.matches
        )
        merged += merged_ev
    return parts, merged, build_unit(parts, rubric, info)


def _joined(units: list[Unit], sheets: list[str]) -> Unit:
    """The units read from the sheets of one LKE as one: the first sheet's, with the answers, Hasil values
    and evidence of the others added (their evidence ids prefixed with their sheet's name: each sheet
    numbers its records by its own rows). Rows a sheet repeats from a sheet before it keep the first
    sheet's answers and records."""
    first = units[0]
    if len(units) == 1:
        return first
    answers, evidence, hasil = dict(first.answers), list(first.evidence), first.hasil.model_dump()
    for k, (unit, sheet) in enumerate(zip(units[1:], sheets[1:], strict=True), 1):
        prefix = slug(sheet)
        if len(prefix) > 40:  # ids are at most 120 characters; a long sheet name (.ods) is cut, kept apart
            prefix = f"{prefix[:36]}-{k}"
        renamed = {e.id: f"{prefix}-{e.id}" for e in unit.evidence}
        # a record of rows repeated from a sheet before (items answered there) is that sheet's record
        # again: kept once, unless something this sheet adds cites it
        done = set(answers)
        cited = {i for c, a in unit.answers.items() if c not in done for i in a.evidence}
        cited.update(unit.hasil.evidence)
        evidence += [
            e.model_copy(update={"id": renamed[e.id]})
            for e in unit.evidence
            if e.id in cited or not e.supports or not set(e.supports) <= done
        ]
        for code, a in unit.answers.items():
            if code not in answers:
                answers[code] = a.model_copy(
                    update={"evidence": tuple(renamed.get(i, i) for i in a.evidence)}
                )
        for key, value in unit.hasil.model_dump().items():
            if key == "evidence":
                hasil[key] = (*hasil[key], *(renamed.get(i, i) for i in value))
            elif hasil[key] is None:
                hasil[key] = value
    return Unit(unit=first.unit, answers=answers, evidence=tuple(evidence), hasil=Hasil(**hasil))


def _choose_sheets(
    path: str, sheets: list[Sheet], rubric: Rubric
) -> tuple[list[Candidate], list[Candidate], Candidate, list[Candidate]]:
    """Every sheet with an LKE header, those matching at least half the items, the best of them, and the
    sheets holding the LKE's other parts (:func:`_other_parts`).

    An LKE cut into sheets (Pengungkit | Hasil, Pemenuhan | Reform | Hasil, one sheet per area) is read
    whole: the sheet matching most items first, then each visible sheet holding items no sheet before it
    holds and few that one does (a copy of a part is no part). No sheet and no parts together matching
    half the items: refused.
    """
    cands = _candidates(path, sheets, rubric)
    good = [c for c in cands if c.items * 2 >= len(rubric.items)]
    best = _best_sheet(good) if good else max(cands, key=lambda c: c.items, default=None)
    if best is None:
        raise _refuse(path, rubric, cands, sheets)
    more = _other_parts(cands, best)
    if len(best.codes.union(*(c.codes for c in more))) * 2 < len(rubric.items):
        refused = _refuse(path, rubric, cands, sheets)
        # no row is an item: the header only looked like an LKE's (a plan's "Bobot" and "Penanggung Jawab")
        raise NoLkeItems(refused.problems) if not any(c.items for c in cands) else refused
    return cands, good, best, more


def _other_parts(cands: list[Candidate], best: Candidate) -> list[Candidate]:
    """The visible sheets, in tab order, of ``best``'s year (or naming none), holding items that ``best``
    and the parts before them do not (more than half of a sheet's items new: not a copy of a part already
    read; the items it repeats are read from the sheet read first)."""
    covered, out = set(best.codes), []
    for c in cands:
        codes = c.codes
        if (
            c is best
            or c.sheet.hidden
            or not codes
            or (best.year is not None and c.year not in (None, best.year))
        ):
            continue
        if len(codes - covered) * 2 > len(codes):
            out.append(c)
            covered |= codes
    return out


def _sheets_joined(path: str | Path, read: list[Candidate]) -> list[dict[str, Any]]:
    """IMPORT_WORKBOOK_SHEETS_JOINED when the LKE was read from several sheets: which, and how many
    items each gave."""
    if len(read) < 2:
        return []
    return [
        {
            "code": "IMPORT_WORKBOOK_SHEETS_JOINED",
            "line": read[0].columns.header_row + 1,
            "source": str(Location(Path(path).name, sheet=read[0].sheet.name)),
            "theirs": ", ".join(f"'{c.sheet.name}' ({len(c.codes)})" for c in read),
        }
    ]


def _best_sheet(good: list[Candidate]) -> Candidate:
    """Of the sheets matching most items (nine in ten of the most at least: copies of one LKE), a
    visible one before a hidden one, then the latest year its name names ("LKE 2024" | "LKE 2025":
    last year's copy is kept beside this year's, often to its left), then the most items matched;
    then the unit's own before an evaluator's (:func:`_whose`); of equals the leftmost tab (``max``
    keeps the first)."""
    top = max(c.items for c in good)
    near = [c for c in good if c.items * 10 >= top * 9]

    def rank(c: Candidate) -> tuple[bool, int, int, int]:
        return (not c.sheet.hidden, c.year or 0, _whose(c.sheet.name), c.items)

    return max(near, key=rank)


#: Words of a sheet's name saying an evaluator filled it: the TPI's, the TPN's, an inspectorate's review.
_EVALUATOR_SHEET = re.compile(
    r"\b(?:tpi|tpn|evaluator|penilai|verifikator|verifikasi|reviu|review|kemenpan\w*)\b"
)


def _whose(name: str) -> int:
    """1 for a sheet its name says is the unit's own ("Penilaian Mandiri Unit"), -1 for an evaluator's
    ("Hasil Penilaian TPI"), else 0: of two copies of the LKE the unit's own answers are scored, as of
    two answer columns (:data:`~zi_eval.lke.columns.UNIT_ANSWER`), whichever tab comes first."""
    words = norm(name)
    if _EVALUATOR_SHEET.search(words):
        return -1
    return 1 if UNIT_ANSWER.search(words) else 0


def _sheet_chosen(
    path: str | Path, wb: LkeWorkbook, read: list[Candidate], cands: list[Candidate]
) -> list[dict[str, Any]]:
    """IMPORT_WORKBOOK_SHEET_CHOSEN when other sheets hold LKE rows too: which one was read, and which were
    not (last year's copy, a copy of a part, a revised part: a person must know which was scored)."""
    best = read[0]
    ignored = [c.sheet.name for c in cands if c.items and all(c is not r for r in read)]
    if not ignored:
        return []
    return [
        {
            "code": "IMPORT_WORKBOOK_SHEET_CHOSEN",
            "line": wb.header_row,
            "source": str(Location(Path(path).name, sheet=best.sheet.name)),
            "theirs": best.sheet.name,
            "ours": str(best.items),
            "what": ", ".join(ignored),
        }
    ]


def _answer_columns(path: str | Path, best: Candidate) -> list[dict[str, Any]]:
    """IMPORT_WORKBOOK_ANSWER_COLUMNS when more than one answer column is filled: which one was scored."""
    cols, sheet = best.columns, best.sheet
    header_row = cols.header_row + 1
    filled = [
        c
        for c in cols.answers
        if c == cols.roles["answer"]
        or any(sheet.text(r, c).strip() for r in range(cols.first_data_row, len(sheet.rows)))
    ]
    if len(filled) < 2:
        return []
    # two answer columns (the unit's and the TPI's, or last year's): say which one was scored
    chosen = cols.roles["answer"]
    return [
        {
            "code": "IMPORT_WORKBOOK_ANSWER_COLUMNS",
            "line": header_row,
            "source": str(Location(Path(path).name, header_row, best.sheet.name, chosen)),
            "theirs": ", ".join(f"{letter(c)} '{cols.headers.get(c, '')}'" for c in filled),
            "ours": f"{letter(chosen)} '{cols.headers.get(chosen, '')}'",
        }
    ]


def _hidden_rows(path: str | Path, sheet: Sheet, row_map: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """IMPORT_WORKBOOK_HIDDEN_ROWS when item rows were hidden: read, and a person must know it."""
    hidden = [r for r in row_map if r["kind"] == "item" and r["row"] - 1 in sheet.hidden_rows]
    if not hidden:
        return []
    # a hidden row can be last year's copy of an item
    return [
        {
            "code": "IMPORT_WORKBOOK_HIDDEN_ROWS",
            "line": hidden[0]["row"],
            "source": str(Location(Path(path).name, hidden[0]["row"], sheet.name)),
            "theirs": ", ".join(f"{r['row']} ({r['code']})" for r in hidden)[:200],
        }
    ]


def _mismatch(
    path: str | Path, sheet: str, col: str, row: int, what: str, theirs: float, ours: float, item: str | None
) -> dict[str, Any]:
    """IMPORT_WORKBOOK_MISMATCH: the workbook stores ``theirs`` in cell ``col``/``row`` where the rubric
    gives ``ours``."""
    return {
        "code": "IMPORT_WORKBOOK_MISMATCH",
        "line": row,
        "source": str(Location(Path(path).name, row, sheet, cells=f"{col}{row}")),
        "what": what,
        "theirs": f"{theirs:.4f}",
        "ours": f"{ours:.4f}",
        "item": item,
    }


def _item_values(
    path: str | Path, sheet: Sheet, cols: Columns, row_map: list[dict[str, Any]], unit: Unit, rubric: Rubric
) -> list[dict[str, Any]]:
    """IMPORT_WORKBOOK_MISMATCH for each item row whose Nilai (typed, or a formula's saved result) is not
    the value its answer gives by the rubric: "1" typed on every item, C answers included. The score
    is the answers', as always; the finding says where the workbook's own sums cannot be trusted.

    Only items answered by an option (Ya/Tidak, A–E) are compared: a percentage's or a survey's Nilai
    is written on other scales by copies in the wild.
    """
    col = cols.roles.get("value")
    if col is None:
        return []
    out = []
    for r in row_map:
        flat = rubric.items.get(r["code"]) if r["kind"] == "item" else None
        if flat is None or flat.item.options is None or flat.item.hasil_field is not None:
            continue
        theirs = parse_number(sheet.value(r["row"] - 1, col))
        valued = value_item(flat.item, r["code"], unit)
        if theirs is not None and valued.value is not None and abs(valued.value - theirs) > TOLERANCE:
            what = f"{r['code']} ({valued.answer})"
            out.append(
                _mismatch(path, sheet.name, letter(col), r["row"], what, theirs, valued.value, r["code"])
            )
    return out
