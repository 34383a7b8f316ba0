"""Find an LKE sheet's header row and the role of each column from the header words.

Real copies move columns (a Google-Sheets export shifts everything one column left and drops
Nilai), so columns are never taken by letter: the header row is the row, among the first
rows of the sheet, whose cells name the most roles, and a header written over two rows
(a merged "Jawaban" above "Pilihan" / "Isian") is read as the two rows joined cell by cell.
Everything left of the first role column holds the hierarchy (labels and question text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zi_eval.io.location import column_letter as letter
from zi_eval.io.sheets import Sheet
from zi_eval.io.words import YEAR_IN_TEXT, norm

#: How many rows from the top of a sheet may hold the header.
HEADER_SCAN = 40

#: role -> words that name it in a header cell (normalised; first match in ROLE_ORDER wins)
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "type": ("pilihan jawaban", "pilihan", "jenis jawaban", "tipe jawaban", "answer options", "options"),
    "bobot": ("bobot", "weight"),
    "penjelasan": ("penjelasan", "kriteria", "uraian kriteria", "explanation", "criteria"),
    "evidence": (
        "data dukung",
        "link bukti",
        "bukti dukung",
        "link",
        "eviden",
        "evidence",
        "bukti",
        "data pendukung",
        "dokumen pendukung",
        "tautan",
        "lampiran",
        "url",
        "dokumen",
    ),
    "catatan": ("catatan", "keterangan", "komentar", "notes", "remarks"),
    "answer": (
        "jawaban",
        "jawab",
        "jwb",
        "isian",
        "answer",
        "penilaian mandiri",
        "nilai mandiri",
        "penilaian unit",
        "self assessment",
        "penilaian",
    ),
    "value": ("nilai", "skor", "score", "value", "final score", "nilai akhir"),
    "percent": ("%", "persen", "persentase"),
}
ROLE_ORDER = ("type", "bobot", "penjelasan", "evidence", "catatan", "answer", "value", "percent")


@dataclass
class Columns:
    """Where the header is and which 0-based column holds each role."""

    header_row: int  # 0-based index of the (last) header row
    header_rows: int  # 1 or 2
    roles: dict[str, int] = field(default_factory=dict)
    #: every column whose header names an answer ("Jawaban Unit Kerja", "Jawaban TPI"), when several do
    answers: list[int] = field(default_factory=list)
    headers: dict[int, str] = field(default_factory=dict)  # column -> its header text (for findings)

    @property
    def first_data_row(self) -> int:
        return self.header_row + 1

    @property
    def hierarchy(self) -> range:
        """The columns left of the first role column: labels, names and questions."""
        return range(0, min(self.roles.values()) if self.roles else 0)

    def letters(self) -> dict[str, str]:
        """The column map as letters (what a person checks in the spreadsheet)."""
        return {role: letter(c) for role, c in sorted(self.roles.items(), key=lambda kv: kv[1])}


def role_of(text: str) -> str | None:
    """The role a header cell names, or ``None``."""
    raw = text.strip()
    if raw == "%":
        return "percent"
    t = norm(raw)
    if not t or len(t) > 40 or ":" in raw:
        return None  # a sentence ("Keterangan: diisi oleh TPI") is a note, not a column's name
    words = f" {t} "
    if _IN_CHARGE.search(t):
        return None  # "Penanggung Jawab", "PJ": who does it (a plan's column), never the answer's
    if _QUESTION_HEADER.search(t) and not _ANSWER_NAMED.search(t):
        return None  # "Komponen Penilaian", "Pertanyaan / Kriteria": the question's column, a hierarchy one
    for role in ROLE_ORDER:
        for w in ROLE_WORDS[role]:
            if w == "%":
                continue
            if f" {w} " in words:
                # "nilai" names the value column only as the whole cell ("Nilai", "Nilai Unit"),
                # never inside a longer phrase such as "Nilai Evaluasi Zona Integritas"
                if role == "value" and not (t == w or t.startswith(w) and len(t.split()) <= 2):
                    continue
                return role
    return None


#: Words of a header naming the question's column, which may hold a role's word too ("Komponen
#: Penilaian", "Pertanyaan / Kriteria"): read as one of the hierarchy's columns, not as the answer's or
#: the criteria's.
_QUESTION_HEADER = re.compile(r"\b(?:pertanyaan|komponen|sub komponen|question|component)\b")
#: A header naming who is in charge: it holds "jawab" without naming an answer.
_IN_CHARGE = re.compile(r"\b(?:penanggung ?jawab|pj|pic|person in charge)\b")
#: Words only an answer column's header holds: with them a header is the answer's whatever else it says.
_ANSWER_NAMED = re.compile(r"\b(?:jawaban|jawab|jwb|isian|answer)\b")

#: Words of an answer column's header that say it is the unit's own answer (not the TPI's or TPN's).
UNIT_ANSWER = re.compile(r"\b(unit|satker|satuan kerja|mandiri)\b")


def _roles(cells: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for c, text in enumerate(cells):
        role = role_of(text) if text else None
        if role is not None and role not in found:
            found[role] = c
    answers = _answer_columns(cells)
    if len(answers) > 1:
        # several answer columns (the unit's and the TPI's): the unit's own, when one header says so
        own = [c for c in answers if UNIT_ANSWER.search(norm(cells[c]))]
        found["answer"] = own[0] if len(own) == 1 else answers[0]
    if "answer" not in found:
        answer = _value_answering(cells)
        if answer is not None:
            found["answer"] = answer
            found["value"] = next(
                c for c, t in enumerate(cells) if t and c != answer and role_of(t) == "value"
            )
    return found


#: Words of a value column's header saying it computes from the answer: "Nilai Tertimbang", "Nilai x Bobot".
_WEIGHTED = re.compile(r"\b(?:tertimbang|weighted|x bobot|kali bobot|akhir|final)\b")


def _value_answering(cells: list[str]) -> int | None:
    """With no column headed as an answer, the value column that holds the answers, when two are headed
    "Nilai": the unit's own ("Nilai Unit" beside "Nilai Tertimbang"), else the only one that does not
    compute from it ("Nilai" beside "Nilai Tertimbang"). A Hasil sheet written so was not read, and its
    items were said to have no row."""
    values = [c for c, t in enumerate(cells) if t and role_of(t) == "value"]
    if len(values) != 2:
        return None
    own = [c for c in values if UNIT_ANSWER.search(norm(cells[c]))]
    plain = [c for c in values if not _WEIGHTED.search(norm(cells[c]))]
    for among in (own, plain):
        if len(among) == 1:
            return among[0]
    return None


def _answer_columns(cells: list[str]) -> list[int]:
    return [c for c, text in enumerate(cells) if text and role_of(text) == "answer"]


def _good(roles: dict[str, int]) -> bool:
    # an LKE header names the answer column and at least one of Bobot / Pilihan Jawaban / Nilai
    return "answer" in roles and bool({"bobot", "type", "value"} & roles.keys())


#: A header naming the column of item codes ("Kode", "Kode Butir", "No. Butir").
_CODE_HEADER = re.compile(r"(?:kode|kode butir|kode item|kode soal|no butir|nomor butir|item|code)")


def _compact(roles: dict[str, int], cells: list[str]) -> bool:
    """A compact answer sheet: a code column, the question's perhaps, and an answer column ("Kode |
    Pertanyaan | Jawaban", a recap exported from the LKE); its rows are matched by their codes like any
    LKE's (a sheet whose rows hold no item is no LKE: the caller reads it as a plan)."""
    answer = roles.get("answer")
    return answer is not None and any(_CODE_HEADER.fullmatch(norm(t)) for t in cells[:answer])


def _header_like(cells: list[str], values: list[object]) -> bool:
    """A row that can be the second line of a header: short words, no numbers, one role at least."""
    texts = [t for t in cells if t]
    if not texts or any(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return False
    return all(len(t.split()) <= 4 for t in texts) and any(role_of(t) for t in texts)


def header_line(sheet: Sheet, r: int, width: int) -> list[str]:
    """Row ``r`` as header words: a header merged across columns ("Jawaban" over "Unit Kerja" | "TPI")
    names each column it covers, so the line under it tells them apart."""
    cells = [sheet.text(r, c) for c in range(width)]
    for r0, c0, r1, c1 in sheet.merged:
        if r0 <= r <= r1 and c0 < c1 and c0 < width and cells[c0]:
            for c in range(c0 + 1, min(c1, width - 1) + 1):
                cells[c] = cells[c] or cells[c0]
    return cells


def _under_merge(sheet: Sheet, r: int, width: int) -> set[int]:
    """The columns a header of row ``r`` merged across two columns or more covers."""
    return {
        c
        for r0, c0, r1, c1 in sheet.merged
        if r0 <= r <= r1 and c0 < c1
        for c in range(c0, min(c1, width - 1) + 1)
    }


def _sub_headers(sheet: Sheet, best: Columns, texts: list[str]) -> None:
    """Read the line under a merged "Jawaban" that names its columns ("Unit Kerja" | "TPI").

    That line is header, not data: the header ends there, each answer column is named with it, and
    the unit's own column is the one scored when its name says so.
    """
    width = len(texts)
    nxt = header_line(sheet, best.first_data_row, width)
    named = [c for c in range(width) if nxt[c]]
    under = _under_merge(sheet, best.header_row, width)
    if not all(nxt[c] for c in best.answers) or not set(named) <= under:
        return
    if any(isinstance(sheet.value(best.first_data_row, c), int | float) for c in named):
        return
    for c in named:
        texts[c] = f"{texts[c]} {nxt[c]}".strip()
    best.header_row += 1
    best.header_rows += 1
    own = [c for c in best.answers if UNIT_ANSWER.search(norm(texts[c]))]
    if len(own) == 1:
        best.roles["answer"] = own[0]


def find_columns(sheet: Sheet) -> Columns | None:
    """The header row and column map of ``sheet``, or ``None`` when no LKE header is found."""
    best: Columns | None = None
    limit = min(HEADER_SCAN, len(sheet.rows))
    width = sheet.width
    for r in range(limit):
        one = header_line(sheet, r, width)
        roles = _roles(one)
        found = [Columns(r, 1, roles)]
        if roles and r + 1 < len(sheet.rows):
            nxt = header_line(sheet, r + 1, width)
            if _header_like(nxt, [sheet.value(r + 1, c) for c in range(width)]):
                joined = _roles([f"{one[c]} {nxt[c]}".strip() for c in range(width)])
                # the second line names columns under the first line's, never in the hierarchy
                # (a note row right under the header is not a header line)
                left = min(joined.values(), default=0) >= min(roles.values())
                if left and joined != roles and joined != _roles(nxt):
                    found.append(Columns(r + 1, 2, joined))
        for cand in found:
            good = _good(cand.roles) or _compact(cand.roles, one)
            if good and (best is None or len(cand.roles) > len(best.roles)):
                best = cand
    if best is not None:
        lines = [
            header_line(sheet, r, width)
            for r in range(best.header_row - best.header_rows + 1, best.header_row + 1)
        ]
        texts = [" ".join(ln[c] for ln in lines if ln[c]).strip() for c in range(width)]
        best.answers = _answer_columns(texts)
        if len(best.answers) > 1 and best.first_data_row < len(sheet.rows):
            _sub_headers(sheet, best, texts)
        best.headers = {c: texts[c] for c in best.answers}
        if len(best.answers) > 1 and not UNIT_ANSWER.search(norm(texts[best.roles["answer"]])):
            best.roles["answer"] = _answer_column(sheet, best, texts)
    return best


#: A period of the year an answer column's header names: "Semester II", "Smt 1", "TW III", "Triwulan 4".
_PERIOD = re.compile(
    r"\b(?:(?P<s>semester|smt|sem)|(?P<q>triwulan|tw|trw))\s*(?:ke\s*-?\s*)?(?P<n>iv|iii|ii|i|[1-4])\b"
)
_ROMAN_N = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
#: A period's answer column answered at least this share of the fullest one's cells counts as full.
_AS_FULL = 0.9


def _period(text: str) -> tuple[str, int] | None:
    """The kind (``s`` semester, ``q`` quarter) and number of the period a header names, or None."""
    m = _PERIOD.search(norm(text))
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _ROMAN_N[m.group("n")]
    return ("s" if m.group("s") else "q"), n


#: Rows above a header read for the years of its answer columns (a group header "TAHUN 2025").
_GROUP_ROWS = 2


def _answer_column(sheet: Sheet, best: Columns, texts: list[str]) -> int:
    """Of several answer columns none of which says it is the unit's own, the one scored.

    Units keep last year's answers beside this year's ("Jawaban 2024 | Jawaban 2025"), hide them, or
    merge one "Jawaban" header over an empty column and the one they fill: the column of the latest
    year its header names, else of the visible ones holding answers the latest period of the year
    ("Semester II" after "Semester I"), else the only visible one, else the only one, else the first
    (as before); IMPORT_WORKBOOK_ANSWER_COLUMNS always says which one is scored. A year
    may also stand in a group header over the columns' own (``TAHUN 2024`` over Jawaban | Nilai).
    """
    years = {c: max(map(int, YEAR_IN_TEXT.findall(texts[c])), default=0) for c in best.answers}
    if not any(years.values()):
        # the years in a group header above the header ("TAHUN 2024" merged over Jawaban | Nilai, then
        # "TAHUN 2025"): read where the columns' own headers name none, and only when two columns name
        # two years ("HASIL TPI 2024" over one column alone is last year's evaluation, no year's answers)
        top = best.header_row - best.header_rows + 1
        above = [header_line(sheet, r, sheet.width) for r in range(max(0, top - _GROUP_ROWS), top)]
        grouped = {
            c: max((int(y) for ln in above for y in YEAR_IN_TEXT.findall(ln[c])), default=0)
            for c in best.answers
        }
        if len({y for y in grouped.values() if y}) >= 2:
            years = grouped
    latest = max(years.values())
    if latest and sum(1 for y in years.values() if y == latest) == 1:
        return next(c for c, y in years.items() if y == latest)
    rows = range(best.first_data_row, len(sheet.rows))
    filled = [c for c in best.answers if any(sheet.text(r, c).strip() for r in rows)]
    shown = [c for c in filled if c not in sheet.hidden_cols]
    # "Jawaban Semester I | Jawaban Semester II" (or TW I … IV) of one year: the latest period filled
    periods = {c: p for c in shown if (p := _period(texts[c])) is not None}
    if len(shown) >= 2 and len(periods) == len(shown) and len({k for k, _ in periods.values()}) == 1:
        # of the columns answered (nearly) as fully as the fullest, the latest period's: a semester
        # in progress, a few answers typed, leaves the one before it scored
        answered = {c: sum(1 for r in rows if sheet.text(r, c).strip()) for c in periods}
        full = [c for c in periods if answered[c] >= _AS_FULL * max(answered.values())]
        last = max(periods[c][1] for c in full)
        latest_cols = [c for c in full if periods[c][1] == last]
        if len(latest_cols) == 1:
            return latest_cols[0]
    for among in (shown, filled):
        if len(among) == 1:
            return among[0]
    return best.roles["answer"]
