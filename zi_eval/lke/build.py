"""Build a unit from an LKE sheet's matched rows: answers, counts, hasil, evidence, unit name and year.

Every change the reading makes to what a cell says is a finding naming the cell: a normalised
answer, an answer outside the item's options (left unanswered), a percentage stored as counts,
a denominator row that disagrees with the sum of its detail rows, an item with no row at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zi_eval.errors import fail
from zi_eval.io.location import Location, column_letter
from zi_eval.io.sheets import Sheet, cell_text
from zi_eval.io.words import YEAR_IN_TEXT, norm, slug
from zi_eval.lke.answers import (
    Reading,
    counts_for_percent,
    is_blank,
    parse_number,
    read_count,
    read_option,
    read_percent,
    read_survey,
)
from zi_eval.lke.columns import Columns
from zi_eval.lke.evidence_columns import columns_beside, row_evidence
from zi_eval.lke.layout import TYPE_LABEL
from zi_eval.lke.match import Claim, Match, SheetRow
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import COUNT_MAX, Answer, Evidence, Hasil, Unit, UnitInfo
from zi_eval.ra.meta import unit_line
from zi_eval.scoring.values import counts_shown, ratio_value

#: What a count may be, as a refused count's finding shows it (language-neutral: whole numbers; "0–1000000000"
#: hid that 8.6 was refused for not being whole).
COUNT_SPAN = f"0, 1, 2 … {COUNT_MAX}"
#: Years the unit model accepts (2000–2100).
_YEAR = re.compile(r"\b(?:tahun|year|th\.?|ta\.?)\s*(20\d\d|2100)\b", re.I)
#: A year right after these words is a regulation's ("PermenPAN-RB Nomor 90 Tahun 2021"), not the unit's.
_CITATION = re.compile(r"(?:nomor|no\.|permen\S*|peraturan|pp)\s*[\w/.-]*\s*(?:tahun\s*)?$", re.I)
_NAME = re.compile(
    r"\b(?:unit(?: kerja)?|satuan kerja|satker|nama unit|instansi)\s*:\s*(.+?)(?:\s+[-—]\s+|$)", re.I
)


_TYPES = frozenset(TYPE_LABEL.values())
_TYPE_WORDS = frozenset(norm(v) for v in TYPE_LABEL.values()) - {""}


@dataclass
class UnitParts:
    """The sheet and its matches in; findings, row map and stored values out."""

    path: str
    sheet: Sheet
    columns: Columns
    rows: list[SheetRow]
    matches: dict[int, Match]
    #: the evidence cells name records of the workbook's own evidence sheet (zi-eval wrote it)
    names_records: bool = False
    #: the unit's year as the user gave it (``zi-eval import --year``): it overrides the title's
    year: int | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)
    stored: dict[str, tuple[int, float]] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=dict)
    row_map: list[dict[str, Any]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    #: 0-based row → the answer a merged answer cell shows on it (its own cell is empty)
    spread: dict[int, Any] = field(default_factory=dict)
    #: 0-based row → the first row of the merged evidence cell it shows (its own cell is empty)
    spread_evidence: dict[int, int] = field(default_factory=dict)
    #: 0-based ``(row, col)`` → the address a cell of the sheet hides behind its text (xlsx, xls, ods)
    links: dict[tuple[int, int], str] = field(default_factory=dict)
    #: 0-based row left unmatched → the rubric row it is, which another row was matched to first
    claims: dict[int, Claim] = field(default_factory=dict)

    def cell(self, row: int, role: str) -> Any:
        if role == "answer" and row in self.spread:
            return self.spread[row]
        c = self.columns.roles.get(role)
        return self.sheet.value(row, c) if c is not None else ""

    def source(self, row: int, role: str) -> str:
        return str(Location(Path(self.path).name, row + 1, self.sheet.name, self.columns.roles.get(role)))

    def finding(self, code: str, row: int, role: str, **kw: Any) -> None:
        self.findings.append({"code": code, "line": row + 1, "source": self.source(row, role), **kw})


def _cell_records(
    parts: UnitParts, row: int, key: str, text: str, beside: list[int]
) -> tuple[list[Evidence], list[tuple[int, Evidence]]]:
    """The records of the evidence cell of 0-based ``row`` showing ``text`` for item ``key`` (see
    :func:`row_evidence`)."""
    return row_evidence(
        parts.sheet,
        row,
        key,
        text,
        beside,
        named=parts.names_records,
        col=parts.columns.roles.get("evidence"),
        links=parts.links,
    )


def _reading(parts: UnitParts, row: int, code: str, reading: Reading, options: str) -> Any:
    """The value of a reading, with its finding when the cell said it differently or wrongly."""
    raw = cell_text(parts.cell(row, "answer")).strip()
    if reading.bad:
        parts.finding("IMPORT_WORKBOOK_BAD_ANSWER", row, "answer", item=code, theirs=raw, ours=options)
        return None
    if reading.changed and reading.value is not None:
        shown = cell_text(reading.value) if not isinstance(reading.value, float) else f"{reading.value:g}"
        parts.finding("IMPORT_WORKBOOK_NORMALISED", row, "answer", item=code, theirs=raw, ours=shown)
    return reading.value


def build_unit(parts: UnitParts, rubric: Rubric, info: UnitInfo | None = None) -> Unit:
    """The unit the sheet describes; ``parts`` collects the findings and maps on the way. ``info`` is the
    unit's when known (a later sheet of an LKE cut into sheets: its own title need not name the year)."""
    answers: dict[str, dict[str, Any]] = {}
    hasil: dict[str, Any] = {}
    percent: dict[str, tuple[int, Reading]] = {}
    refused: set[str] = set()  # items with a count cell refused (IMPORT_WORKBOOK_BAD_ANSWER)
    sums: dict[str, tuple[int, int]] = {}
    evidence: list[Evidence] = []
    beside = [] if parts.names_records else columns_beside(parts.sheet, parts.columns)
    extra: list[tuple[int, int]] = []  # (0-based row, column) of each link read beside the evidence column
    made: dict[int, list[Evidence]] = {}  # 0-based row -> the records of its evidence cell
    also: dict[str, list[str]] = {}  # record id -> the items a merged evidence cell also gives it to
    for row in parts.rows:
        m = parts.matches.get(row.index)
        if m is None:
            _unmatched(parts, row)
            continue
        kind, _, key = m.key.partition(":")
        parts.row_map.append(
            {"row": row.index + 1, "kind": kind, "code": key, "how": m.how, "text": row.text[:80]}
        )
        if kind in ("sum", "input", "indicator") and not parts.names_records:
            # a link on a count row supports its item, on an indicator row the indicator's items (the
            # rule evidence scan reads an LKE copy by); they were dropped without a word
            code = key.partition("/")[0]
            items = (
                [code]
                if kind != "indicator"
                else [c for c, fl in rubric.items.items() if fl.indicator.code == code]
            )
            evidence += _row_links(parts, row.index, items, answers, also, beside, rubric)
        if kind == "sum":
            total = _reading(parts, row.index, key, read_count(parts.cell(row.index, "answer")), COUNT_SPAN)
            if total is not None:
                sums[key] = (row.index, int(total))
            continue
        parts.matched[m.key] = row.index + 1
        if kind in ("indicator", "area", "aspect", "component", "total"):
            v = parse_number(parts.cell(row.index, "value"))
            if v is not None and "value" in parts.columns.roles:
                parts.stored[m.key] = (row.index + 1, v)
            continue
        if kind == "input":
            code, _, inp = key.partition("/")
            n = read_count(parts.cell(row.index, "answer"))
            value = _reading(parts, row.index, code, n, COUNT_SPAN)
            if value is not None:
                answers.setdefault(code, {}).setdefault("counts", {})[inp] = int(value)
            elif n.bad:
                refused.add(code)  # its % cell was computed from the refused count: no answer either
            continue
        _item(parts, rubric, row, key, answers, hasil, percent)
        note = cell_text(parts.cell(row.index, "catatan")).strip() if "catatan" in parts.columns.roles else ""
        if note and rubric.items[key].item.hasil_field is None:
            answers.setdefault(key, {})["note"] = note  # the unit's remark on its answer (Catatan)
        origin = parts.spread_evidence.get(row.index)
        shared: list[Evidence] = []  # the records of an evidence cell merged down from a row above
        if origin is not None:
            got = made.get(origin)
            if got is None:  # its first row is no item row: its records are made here
                text = cell_text(parts.sheet.value(origin, parts.columns.roles["evidence"])).strip()
                shared = made[origin] = _cell_records(parts, origin, key, text, [])[0]
                evidence += shared
            else:
                shared = got
                for e in shared:
                    also.setdefault(e.id, []).append(key)
        ev = "" if origin is not None else cell_text(parts.cell(row.index, "evidence")).strip()
        own, more = _cell_records(parts, row.index, key, ev, beside)  # links beside are the row's own
        made[row.index] = own
        if ev and not own and not more:
            # "belum ada", "menyusul", "N/A", a bare "ada": said, never counted as evidence ("Terlampir"
            # beside links in the next columns points at them)
            parts.finding("IMPORT_WORKBOOK_NO_EVIDENCE", row.index, "evidence", item=key, theirs=ev[:80])
        records = own + [e for _, e in more]
        evidence += records
        extra += [(row.index, c) for c, _ in more]
        if (shared or records) and rubric.items[key].item.hasil_field is None:
            answers.setdefault(key, {}).setdefault("evidence", []).extend(e.id for e in shared + records)
        # a hasil row's evidence supports that item alone (through ``supports``)
    _said_beside(parts, extra)
    _sum_rows(parts, rubric, answers, sums, percent)
    _percent_rows(parts, rubric, answers, {k: v for k, v in percent.items() if k not in refused})
    for code, flat in rubric.items.items():
        # an item whose own row is gone but whose count rows are there is answered, not missing
        counts = answers.get(code, {}).get("counts")
        gone: list[str] = []
        if not counts:
            gone = [] if f"item:{code}" in parts.matched else [flat.item.question]
        elif flat.item.formula is not None and ratio_value(flat.item.formula, counts)[0] is None:
            # some count rows there and one gone (deleted, or not recognised): the item lacks a count
            gone = [i.label for i in flat.item.inputs if f"input:{code}/{i.id}" not in parts.matched]
        for text in gone:
            parts.missing.append(code)
            parts.findings.append(
                {
                    "code": "IMPORT_WORKBOOK_ITEM_MISSING",
                    "line": None,
                    "source": str(Location(Path(parts.path).name, sheet=parts.sheet.name)),
                    "item": code,
                    "value": text[:80],
                }
            )
    info = info or _unit_info(parts)
    valid = {code: Answer(**a) for code, a in answers.items()}
    if also:
        evidence = [
            e.model_copy(update={"supports": (*e.supports, *also[e.id])}) if e.id in also else e
            for e in evidence
        ]
    return Unit(unit=info, answers=valid, evidence=tuple(evidence), hasil=Hasil(**hasil))


def _said_beside(parts: UnitParts, extra: list[tuple[int, int]]) -> None:
    """IMPORT_WORKBOOK_EXTRA_LINKS once: links were read as evidence from the columns beside the
    evidence column (their header does not say so: a person must know)."""
    if not extra:
        return
    row, col = extra[0]
    parts.findings.append(
        {
            "code": "IMPORT_WORKBOOK_EXTRA_LINKS",
            "line": row + 1,
            "source": str(Location(Path(parts.path).name, row + 1, parts.sheet.name, col)),
            "theirs": ", ".join(column_letter(c) for c in sorted({c for _, c in extra})),
            "ours": column_letter(parts.columns.roles["evidence"]),
            "value": str(len(extra)),
        }
    )


def _item(
    parts: UnitParts,
    rubric: Rubric,
    row: SheetRow,
    code: str,
    answers: dict[str, dict[str, Any]],
    hasil: dict[str, Any],
    percent: dict[str, tuple[int, Reading]],
) -> None:
    item = rubric.items[code].item
    expected = TYPE_LABEL.get(item.answer_type, "")
    if row.type and norm(row.type) != norm(expected):
        parts.finding(
            "IMPORT_WORKBOOK_MISMATCH",
            row.index,
            "type",
            item=code,
            what=f"{code} (Pilihan Jawaban)",
            theirs=row.type,
            ours=expected,
        )
    raw = parts.cell(row.index, "answer")
    if item.hasil_field is not None:
        if item.survey is not None:
            # the LKE accepts 0..max whatever the survey's own scale starts at
            r = read_survey(raw, 0.0, item.survey.max)
            span = f"0–{item.survey.max:g}"
            on_100 = parse_number(raw) if r.bad else None
            if on_100 is not None and 10 < on_100 <= 100:  # 4.5 is a typo on 0–4; 85.5 a 0–100 index
                # the survey report's 0–100 index typed where the LKE wants 0–4: the largest share of
                # the total rides on it, so it is said as an error with the 0–4 value it may mean
                parts.finding(
                    "IMPORT_WORKBOOK_SURVEY_SCALE",
                    row.index,
                    "answer",
                    item=code,
                    theirs=r.value,
                    ours=span,
                    what=f"{on_100 * item.survey.max / 100:.2f}",  # the value it may mean
                )
                value = None
            else:
                value = _reading(parts, row.index, code, r, span)
        else:
            value = _reading(
                parts,
                row.index,
                code,
                read_option(raw, item.options or {}, item.criteria),
                _opts(item.options),
            )
        if value is not None:
            hasil[item.hasil_field] = value
    elif item.options is not None:
        if is_blank(raw) and "value" in parts.columns.roles:
            value = _answer_from_value(parts, row.index, code, item.options)
        else:
            value = _reading(
                parts, row.index, code, read_option(raw, item.options, item.criteria), _opts(item.options)
            )
        if value is not None:
            answers.setdefault(code, {})["answer"] = value
    elif item.formula is not None and not is_blank(raw):
        # judged after the count rows are read: with counts, this cell is only the workbook's formula
        # result (possibly #DIV/0!), which the engine recomputes
        percent[code] = (row.index, read_percent(raw))


def _answer_from_value(parts: UnitParts, row: int, code: str, options: dict[str, float]) -> str | None:
    """The option an empty answer cell's row gives in its value (Nilai) column, said as a finding.

    Units fill the Nilai column by hand too ("1" for Ya, "0,5" for B): read as the one option of
    that value, never silently; a value no option has leaves the item unanswered, also said. A zero
    is left alone: the LKE's formulas show it for an empty answer, and it scores as unanswered does.
    """
    value = parse_number(parts.cell(row, "value"))
    if value is None or value <= 0:
        return None  # a 0 is what the LKE's own formulas show for an empty answer: still unanswered
    shown = f"{value:g}"
    fits = [k for k, v in options.items() if abs(v - value) < 1e-9]
    if len(fits) != 1:
        listed = ", ".join(f"{k}={v:g}" for k, v in options.items())
        parts.finding(
            "IMPORT_WORKBOOK_VALUE_WITHOUT_ANSWER", row, "value", item=code, theirs=shown, ours=listed
        )
        return None
    parts.finding("IMPORT_WORKBOOK_ANSWER_FROM_VALUE", row, "value", item=code, theirs=shown, ours=fits[0])
    return fits[0]


def _opts(options: dict[str, float] | None) -> str:
    return "/".join(options or {})


def _row_links(
    parts: UnitParts,
    row: int,
    items: list[str],
    answers: dict[str, dict[str, Any]],
    also: dict[str, list[str]],
    beside: list[int],
    rubric: Rubric,
) -> list[Evidence]:
    """The records of the evidence cell (and the cells beside it) of a row that is no item's own (a
    count or an indicator row), given to ``items`` as an item row's are."""
    if not items or row in parts.spread_evidence or row in parts.spread_evidence.values():
        return []  # a cell merged over item rows gives its records to the items it covers (build_unit)
    text = cell_text(parts.cell(row, "evidence")).strip() if "evidence" in parts.columns.roles else ""
    own, more = _cell_records(parts, row, items[0], text, beside)
    records = [*own, *(e for _, e in more)]
    for e in records:
        also.setdefault(e.id, []).extend(items[1:])
        for code in items:
            if rubric.items[code].item.hasil_field is None:
                answers.setdefault(code, {}).setdefault("evidence", []).append(e.id)
    return records


def _sum_rows(
    parts: UnitParts,
    rubric: Rubric,
    answers: dict[str, dict[str, Any]],
    sums: dict[str, tuple[int, int]],
    percent: dict[str, tuple[int, Reading]],
) -> None:
    """A denominator row summing detail rows: the entered value wins, unless the item's % agrees with
    the details and not with it (a total typed over the SUM, the % formula still on the details); a
    finding when they differ."""
    for code, (row, total) in sums.items():
        f = rubric.items[code].item.formula
        if f is None:
            continue
        counts = answers.setdefault(code, {}).setdefault("counts", {})
        details = [counts[k] for k in f.denominator if k in counts]
        if details and sum(details) == total:
            for k in f.denominator:  # the workbook's SUM counts a blank detail row as 0
                counts.setdefault(k, 0)
            continue
        shown = percent.get(code, (0, Reading(None)))[1].value
        by_details = ratio_value(f, {**{k: 0 for k in f.denominator}, **counts})[0]
        by_total = ratio_value(f, {**counts, **{k: 0 for k in f.denominator}, f.denominator[0]: total})[0]
        details_win = (
            bool(details)
            and isinstance(shown, float)
            and by_details is not None
            and abs(shown - by_details) <= 0.005
            and (by_total is None or abs(shown - by_total) > 0.005)
        )
        if details:
            parts.finding(
                "IMPORT_WORKBOOK_COUNT_SUM",
                row,
                "answer",
                item=code,
                what=str(sum(details) if details_win else total),  # the denominator used
                theirs=str(total),
                ours=str(sum(details)),
            )
        if details_win:
            for k in f.denominator:
                counts.setdefault(k, 0)
            continue
        # the rubric holds only detail counts: the entered total goes to the first, the rest to 0
        for k in f.denominator:
            counts[k] = 0
        counts[f.denominator[0]] = total


def _percent_rows(
    parts: UnitParts,
    rubric: Rubric,
    answers: dict[str, dict[str, Any]],
    percent: dict[str, tuple[int, Reading]],
) -> None:
    """A percentage typed with no counts: stored as counts that give it (the unit file's only form)."""
    _mixed_percent_conventions(parts, percent, answers)
    fractions = _writes_fractions(parts, percent)
    for code, (row, reading) in percent.items():
        f = rubric.items[code].item.formula
        assert f is not None
        given = answers.get(code, {}).get("counts")
        if given:
            computed, _ = ratio_value(f, given)
            if computed is not None:
                # every count is there: they decide (the % cell is the workbook's formula result, or
                # typed over it); a % that says otherwise is said
                if (
                    not reading.bad
                    and reading.value is not None
                    and abs(float(reading.value) - computed) > 0.005
                ):
                    parts.finding(
                        "IMPORT_WORKBOOK_MISMATCH",
                        row,
                        "answer",
                        item=code,
                        what=f"% {code}",
                        theirs=f"{float(reading.value):.2%}",
                        ours=f"{computed:.2%} ({counts_shown(f, given)})",
                    )
                continue
            if reading.value is None:
                continue  # some counts, no %: the item misses counts (the item table says which)
            # some counts missing (a count row deleted or left blank) and a %: the % is the answer
        if reading.bad or reading.value is None:
            theirs = cell_text(parts.cell(row, "answer"))
            parts.finding(
                "IMPORT_WORKBOOK_BAD_ANSWER", row, "answer", item=code, theirs=theirs, ours="0–100%"
            )
            continue
        fraction = float(reading.value)
        typed = _plain(parts, row)
        if fractions and typed is not None and 1 < typed < 2:
            # 1.1667 in a sheet whose % cells hold fractions (0.8, 0.4667): 116.67 %, not 1.17 %; the
            # rubric counts any share above all as all
            fraction = 1.0
        counts, _ = counts_for_percent(f, fraction)
        answers.setdefault(code, {})["counts"] = counts
        shown = ", ".join(f"{k}={v}" for k, v in counts.items())
        parts.finding(
            "IMPORT_WORKBOOK_PERCENT_AS_COUNTS",
            row,
            "answer",
            item=code,
            theirs=cell_text(parts.cell(row, "answer")).strip(),  # as typed; the counts show any rounding
            ours=shown,
        )


def _plain(parts: UnitParts, row: int) -> float | None:
    """The number a % cell holds without a % sign ("85", 0.8), or ``None``."""
    text = cell_text(parts.cell(row, "answer")).strip()
    return None if text.endswith("%") else parse_number(text)


def _writes_fractions(parts: UnitParts, percent: dict[str, tuple[int, Reading]]) -> bool:
    """Whether the sheet's % cells hold fractions (0.8 for 80 %, as Excel stores a %-formatted cell and
    as the LKE's formulas compute): two of them or more strictly between 0 and 1 and none from 2 up."""
    plain = [n for row, _ in percent.values() if (n := _plain(parts, row)) is not None]
    return sum(1 for n in plain if 0 < n < 1) >= 2 and not any(n >= 2 for n in plain)


def _mixed_percent_conventions(
    parts: UnitParts, percent: dict[str, tuple[int, Reading]], answers: dict[str, dict[str, Any]]
) -> None:
    """Say so when plain numbers in % rows follow two conventions: "85" (points) beside "1" (a fraction
    or 1 %?). Each cell is read on its own, which is a guess for the small ones."""
    plain: list[tuple[str, int, float]] = []
    for code, (row, reading) in percent.items():
        if answers.get(code, {}).get("counts") or reading.bad or reading.value is None:
            continue
        n = _plain(parts, row)
        if n is not None:
            plain.append((code, row, n))
    if any(n > 1 for _, _, n in plain):
        for code, row, n in plain:
            if n <= 1:
                parts.finding(
                    "IMPORT_WORKBOOK_PERCENT_MIXED",
                    row,
                    "answer",
                    item=code,
                    theirs=f"{n:g}",
                    ours=f"{n * 100:g}%",
                )


def _unmatched(parts: UnitParts, row: SheetRow) -> None:
    raw = parts.cell(row.index, "answer")
    answered = not is_blank(raw)
    header = norm(row.type) in ("pilihan jawaban", "pilihan") or norm(cell_text(raw)) == "jawaban"
    known_type = bool(row.type) and row.type.strip() in _TYPES or norm(row.type) in _TYPE_WORDS
    if not (row.text and not header and (known_type or answered)):
        return
    claim = parts.claims.get(row.index)
    if claim is None:
        parts.finding("IMPORT_WORKBOOK_UNMATCHED", row.index, "answer", value=row.text[:60])
        return
    # the row is an item (a count) another row was read as first: its answer would have replaced that
    # row's, or lost to it, in silence; neither is guessed, both rows are named
    parts.finding(
        "IMPORT_WORKBOOK_ROW_TWICE",
        row.index,
        "answer",
        item=claim.key.partition(":")[2].partition("/")[0],
        value=row.text[:60],
        theirs=cell_text(raw).strip()[:40] or "-",
        ours=str(claim.row + 1),
    )


def _title_lines(sheet: Sheet, columns: Columns) -> list[str]:
    """The lines of a sheet's title block (the rows above its header)."""
    return [
        " ".join(t for t in (sheet.text(r, c).strip() for c in range(sheet.width)) if t)
        for r in range(0, columns.header_row + 1 - columns.header_rows)
    ]


def title_year(sheet: Sheet, columns: Columns) -> int | None:
    """The year a sheet's title block names ("Tahun 2025"; else a year in it not cited from a regulation)."""
    title = _title_lines(sheet, columns)
    for line in title:
        m = next((m for m in _YEAR.finditer(line) if not _CITATION.search(line[: m.start()])), None)
        if m:
            return int(m.group(1))
    for line in title:
        m = next((m for m in YEAR_IN_TEXT.finditer(line) if not _CITATION.search(line[: m.start()])), None)
        if m:
            return int(m.group(1))
    return None


def title_unit(sheet: Sheet, columns: Columns) -> str | None:
    """The unit a sheet's title block names: after "Unit:" ("Unit kerja: …", "Satker: …"), else a line
    naming a unit as a plan's title does ("KANTOR PELAYANAN PAJAK PRATAMA PALOPO", :func:`unit_line`)."""
    lines = _title_lines(sheet, columns)
    named = [n for line in lines if (n := _NAME.search(line))]
    # the unit's own line before its parent's ("Instansi: Kementerian …" above "Unit kerja: …")
    named.sort(key=lambda n: n.group(0).lower().startswith("instansi"))
    return named[0].group(1).strip() if named else unit_line(lines)


def _unit_info(parts: UnitParts) -> UnitInfo:
    """Unit name and year from the title block; the file name's year only when the title has none."""
    year = parts.year or title_year(parts.sheet, parts.columns)
    name = title_unit(parts.sheet, parts.columns)
    stem = Path(parts.path).stem
    if year is None:
        m = YEAR_IN_TEXT.search(stem)
        if m is None:
            raise fail(
                parts.path,
                None,
                "year",
                "a year in the LKE title block (e.g. 'Tahun 2025') or in the file name (or zi-eval import --year)",
                "none found",
            )
        year = int(m.group(1))
        parts.findings.append(
            {
                "code": "IMPORT_WORKBOOK_YEAR_FROM_NAME",
                "line": None,
                "source": str(Location(Path(parts.path).name, sheet=parts.sheet.name)),
                "ours": str(year),
            }
        )
    name = name or stem
    return UnitInfo(id=(slug(name)[:90] or "unit") + f"-{year}", name=name, year=year)
