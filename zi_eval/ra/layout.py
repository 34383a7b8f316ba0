"""Find a plan table's header (one to three rows) and give each column its role or its months.

Roles come from the vocabulary (``vocabulary.yaml``); month columns from any month header
(``Jan``, ``Agst``, ``1``, ``B3``, ``XII``, ``TW I``) found in the header rows, several columns
per month when weeks sit under a month group; a "Bulan" or "Jadwal" header without months under it
is twelve month columns or one column of times in words, as the rows under it show. A column whose
header names no role keeps its header text (its cells go to the activity's notes); a column without
any header text is "unheaded".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from zi_eval.io.symbols import STORED_TICKS
from zi_eval.io.words import clean, norm
from zi_eval.ra.timing import (
    MONTH_NAMES,
    NAME_TO_MONTH,
    REALISED_WORDS,
    group_period,
    header_number,
    month_header,
    parse_timing,
)
from zi_eval.ra.vocabulary import ROLES, Vocabulary, phrase_key

#: Cell contents that mark a month as scheduled.
MARKS = frozenset("✓✔√vVxX1●•■☑☒✅")  # ☒: the ticked state of a Word checkbox control
#: A month cell holding only the stored codes of a symbol font's tick, read without the font
#: (:data:`zi_eval.io.symbols.STORED_TICKS`: "ü", "þ", "Ö"); said when read (IMPORT_SYMBOL_TICK).
SYMBOL_TICK = re.compile(f"[{''.join(sorted(STORED_TICKS))}]+")
#: Whole cells that mark a month too: a spreadsheet checkbox that is ticked, a "ya" (the "tidak" of
#: :data:`NO_MARKS` says the opposite).
MARK_WORDS = frozenset({"true", "ya"})
#: Cells that say "not this month" in a grid of marks (a 1/0 grid, an unticked checkbox): no mark, no finding.
NO_MARKS = frozenset({"0", "false", "-", "☐", "tidak"})
#: A month cell saying how much happens that month ("2", "3x", "2 kali", a target "25%"): scheduled.
_VOLUME = re.compile(r"[1-9]\d{0,2}\s*(?:x|kali)?|[1-9]\d{0,2}(?:[.,]\d+)?\s*%", re.I)
_NUMBERING = re.compile(r"^\(?(\d{1,2})\)?$")
#: Words of a header that sits over the month columns: without a month row under it, the twelve
#: columns from it on are read as months (the seed's ``PELAKSANAAN (BULAN)`` layout), unless the rows
#: under it show one column of times in words ("Bulan | Output | PJ"): see :func:`_group_or_timing`.
_MONTH_GROUP_WORDS = ("bulan", "pelaksanaan", "jadwal")

__all__ = [
    "MARKS",
    "SYMBOL_TICK",
    "MONTH_NAMES",
    "SAMPLE_ROWS",
    "Layout",
    "clean",
    "find_header",
    "header_months",
    "is_mark",
    "is_no_mark",
    "is_numbering",
    "is_volume",
    "month_header",
    "month_of",
    "norm",
]


def is_mark(cell: str) -> bool:
    """Tell whether a cell's content is a month mark (✓ ✔ √ v V x X 1 ● • ■ ☑ ☒ ✅, possibly repeated, or a
    ticked checkbox ``TRUE``)."""
    s = clean(cell).replace(" ", "").replace("\ufe0f", "")  # ✔️: the emoji form carries a selector
    if s.lower() in MARK_WORDS:
        return True
    return bool(s) and all(ch in MARKS for ch in s) and (s.count("1") in (0, len(s)))


def is_no_mark(cell: str) -> bool:
    """Tell whether a month cell says "not scheduled" (``0``, ``FALSE``, ``-``, an empty checkbox)."""
    return clean(cell).replace(" ", "").lower() in NO_MARKS


def is_volume(cell: str) -> bool:
    """Tell whether a month cell says how much happens that month (``2``, ``3x``, ``2 kali``, ``25%``)."""
    return bool(_VOLUME.fullmatch(clean(cell)))


def month_of(cell: str) -> int | None:
    """Return the month a header cell names (``1``…``12``, ``Jan``, ``Januari``…) or ``None``."""
    s = norm(cell)
    if s.isdigit() and 1 <= int(s) <= 12 and str(int(s)) == s:
        return int(s)
    return NAME_TO_MONTH.get(s)


def header_months(cell: str) -> tuple[int, ...] | None:
    """The months a header cell names (:func:`month_header`), also when the name was broken over two
    lines of a narrow column by hand ("Janu-⏎ari", "Sep⏎tember") or by a PDF's narrow column inside its
    year ("Jan-2⏎5": ``Jan-25``)."""
    found = month_header(cell)
    if found is None and re.search(r"\w[-\s]+\w", cell.strip()):
        joined = re.sub(r"-?\s+", "", cell.strip())
        if joined.isalpha():
            found = month_header(joined)
        elif _MONTH_YEAR_BROKEN.fullmatch(cell.strip()):
            whole = re.sub(r"(?<=\d)\s+(?=\d)", "", cell.strip())
            year = int(re.findall(r"\d+", whole)[-1])
            found = month_header(whole) if 18 <= year < 40 or 2018 <= year < 2040 else None
    return found


#: A month and its year with the year's digits broken over two lines ("Jan-2⏎5", "Mar 20⏎25").
_MONTH_YEAR_BROKEN = re.compile(r"[A-Za-z]{3,9}\.?[-\s/']?\d{1,3}\s+\d{1,3}")


def is_numbering(cells: list[str]) -> bool:
    """Tell whether a row only numbers the columns: ``(1) (2) (3) …`` or ``1 2 3 …`` from the first column."""
    filled = [(i, c.strip()) for i, c in enumerate(cells) if c.strip()]
    if len(filled) < 3 or filled[0][0] > 1:
        return False
    nums = []
    for _, text in filled:
        m = _NUMBERING.match(text)
        if not m:
            return False
        nums.append(int(m.group(1)))
    return nums[0] == 1 and all(b == a + 1 for a, b in zip(nums, nums[1:], strict=False))


#: Roles of which a plan table names at least one besides its activity text (or it has month columns).
PLAN_ROLES = frozenset(
    {"schedule", "start", "end", "area", "indicator", "output", "evidence", "code", "pic", "realisation"}
)


@dataclass(frozen=True)
class Layout:
    """Column roles and month columns of one table block (0-based column indexes)."""

    roles: dict[str, int]  # role -> its column (the first one)
    months: dict[int, tuple[int, ...]]  # column -> the months a mark in it schedules
    headers: dict[int, str]  # column -> its header text as written (all header rows joined)
    combined: dict[int, tuple[str, ...]] = field(default_factory=dict)  # column -> the roles it holds
    width: int = 0
    rows: int = 1  # how many source rows the header takes
    #: blocks of month columns that are not the schedule: (first column, last column, why), why being
    #: ``hidden`` (the sheet hides it), ``year`` (its heading names another year), ``earlier``/``later``
    skipped: tuple[tuple[int, int, str], ...] = ()
    #: the schedule column read as the first of twelve month columns (its header says so, no month row
    #: under it) although the rows under it disagree: (its column, a cell that reads as a time in words)
    unsure_group: tuple[int, str] | None = None

    def col(self, role: str) -> int | None:
        """The column of ``role``, or ``None``."""
        return self.roles.get(role)

    @property
    def text_columns(self) -> tuple[int, ...]:
        """Columns whose text makes a row an activity (never read as marks)."""
        keys = ("no", "area", "kegiatan", "sub", "indicator")
        return tuple(sorted({self.roles[k] for k in keys if k in self.roles}))

    @property
    def extra(self) -> dict[int, str]:
        """Columns with a header naming no role: their cells are kept in notes as ``HEADER: value``."""
        used = set(self.roles.values()) | set(self.months)
        return {c: h for c, h in self.headers.items() if c not in used and h}

    def guessed_months(self) -> list[tuple[int, str, int]]:
        """Month columns whose header names no month, or another month (a typo read from its
        neighbours): (col, text, month)."""
        out = []
        for c, ms in sorted(self.months.items()):
            parts = [p for p in self.headers.get(c, "").split(" / ") if p]
            named = [header_months(p) for p in parts]
            if (
                len(ms) == 1
                and parts
                and ms not in named
                and not any(n is not None and len(n) > 1 for n in named)
            ):
                out.append((c, parts[-1], ms[0]))
        return out

    def months_out_of_order(self) -> tuple[int, int, str] | None:
        """The month columns when they do not run January to December left to right ("Jul … Jun"):
        (first column, last column, the months as they run), else ``None``."""
        cols = sorted(c for c, ms in self.months.items() if len(ms) == 1)
        firsts = [self.months[c][0] for c in cols]
        if len(firsts) < 2 or firsts == sorted(firsts):
            return None
        return cols[0], cols[-1], f"{firsts[0]}, {firsts[1]} … {firsts[-1]}"

    def months_left_out(self) -> list[int]:
        """Columns named by a month that are not schedule columns: a second block of months (a second
        year, or realisation beside the plan), whose marks are kept in notes but schedule nothing.

        A block before the schedule (left out for being hidden or of another year: :attr:`skipped`
        says why) counts too.
        """
        if not self.months:
            return []
        used = set(self.roles.values()) | set(self.months)
        last = max(self.months)  # a realisation column inside each month (T | R) is no second block
        named: dict[int, tuple[int, ...]] = {}
        for c, h in sorted(self.headers.items()):
            if c > last and c not in used:
                found = [m for m in (header_months(p) for p in h.split(" / ") if p) if m is not None]
                if found and not _is_subtotal(c, found[0], self.months):
                    named[c] = found[0]
        # a block: three months or more (one month's trailing realisation column is not one)
        after = set(named) if len({m for ms in named.values() for m in ms}) >= 3 else set()
        before = {c for lo, hi, _ in self.skipped for c in range(lo, hi + 1) if c in self.headers}
        return sorted((after | before) - used)

    def column_map(self, lang: str = "id") -> dict[str, str]:
        """Each role (and the month columns) with the header it was read from, for the report; a column
        without a header, and the month columns, are described in ``lang``."""
        from zi_eval.messages import msg

        out = {
            r: self.headers.get(c, "") or msg("import_column_n", lang, n=c + 1) for r, c in self.roles.items()
        }
        if self.months:
            first, last = min(self.months), max(self.months)
            covered = sorted({m for ms in self.months.values() for m in ms})
            out["months"] = msg(
                "import_month_columns", lang, first=first + 1, last=last + 1, lo=covered[0], hi=covered[-1]
            )
        return {r: out[r] for r in (*ROLES, "months") if r in out}


#: The lowest header of a realisation sub-column under a month ("T | R", "Rencana | Realisasi").
_REALISED = re.compile(rf"r|real|{REALISED_WORDS}")
#: Sub-column labels under a month: plan (T, P, Rencana, Target) and realisation (R, Realisasi).
_PLAN_OR_REAL = re.compile(r"t|p|r|rencana|target|plan|real|realisasi|capaian")
#: First words of a header that counts things rather than naming them.
_COUNT_WORDS = frozenset({"jumlah", "jml", "total", "banyaknya", "banyak"})


def _resolve(text: str, vocab: Vocabulary) -> tuple[tuple[str, ...], bool]:
    """Roles a header cell names and whether it names two (a combined column)."""
    roles, combined, _ = _resolve_how(text, vocab)
    return roles, combined


def _resolve_how(text: str, vocab: Vocabulary) -> tuple[tuple[str, ...], bool, bool]:
    """Roles a header cell names, whether it names two, and whether the match is whole (not a guess)."""
    key = phrase_key(text)
    if not key:
        return (), False, False
    whole = vocab.roles_of(key) or vocab.roles_of(phrase_key(re.sub(r"\([^)]*\)", " ", text)))
    if whole:
        return whole, False, True
    if key.split()[0] in _COUNT_WORDS:
        return (), False, False  # "JUMLAH KEGIATAN" counts activities (a summary table), it lists none
    parts = [phrase_key(p) for p in re.split(r"[/&+]|\bdan\b", clean(text), flags=re.I)]
    found: list[str] = []
    for p in parts:
        roles = vocab.roles_of(p)
        if roles and roles[0] not in found:
            found.append(roles[0])
    if len(found) >= 2:
        return tuple(found), True, True
    # a short header with a known phrase and a few more words ("Indikator Keberhasilan (Outcome)")
    words = key.split()
    best: tuple[int, tuple[str, ...]] | None = None
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            roles = vocab.roles_of(" ".join(words[i : i + n]))
            if roles and len(words) <= n + 2 and (best is None or n > best[0]):
                best = (n, roles)
        if best:
            break
    return (best[1] if best else ()), False, False


def _is_subtotal(col: int, months: tuple[int, ...], named: dict[int, tuple[int, ...]]) -> bool:
    """Whether a quarter or semester column sums the month columns right beside it.

    ``Jan … Jun | Smt I | Jul … Des | Smt II`` or ``Jan Feb Mar | TW I``: the semester's cells count the
    marks beside them, so the column is no month column and the months on both sides are one block.
    ``named`` maps the row's columns to the months their headers name.
    """
    if len(months) < 2:
        return False
    for step in (-1, 1):
        seen: set[int] = set()
        c = col + step
        while c in named and len(named[c]) == 1 and named[c][0] in months:
            seen.add(named[c][0])
            c += step
        if seen == set(months):
            return True
    return False


def _month_row(
    cells: list[str],
    least: int = 3,
    hidden: Collection[int] = (),
    year: int | None = None,
    above: Sequence[list[str]] = (),
) -> tuple[dict[int, tuple[int, ...]], tuple[tuple[int, int, str], ...]] | None:
    """The month columns of a row of month headers (``least`` months, in calendar order), else ``None``;
    with the blocks of months left out as ``(first column, last column, why)``.

    A header that names no month between two months one apart ("Agustus | Septemper | Oktober") is
    the month between them; the importer says so (IMPORT_MONTH_HEADER_GUESSED). A row with several
    blocks of months (a second year, REALISASI after RENCANA) schedules by one of them: see
    :func:`_pick_block`; ``above`` are the header rows over this one (a block's heading is there).
    """
    found: dict[int, tuple[int, ...]] = {}
    for idx, cell in enumerate(cells):
        if not cell.strip():
            continue
        ms = header_months(cell)
        if ms is not None:
            found[idx] = ms
    cols = sorted(found)
    for a, b in zip(cols, cols[1:], strict=False):
        # "Agustus | Septemper | Oktober": a misspelt month between its neighbours is that month
        gap = found[b][0] - found[a][-1]
        if b == a + 2 and gap == 2 and len(found[a]) == len(found[b]) == 1 and cells[a + 1].strip():
            found[a + 1] = (found[a][0] + 1,)
        elif (
            b - a == gap > 2
            and len(found[a]) == len(found[b]) == 1
            and all(_resembles(cells[a + k], found[a][0] + k) for k in range(1, gap))
        ):
            # "Mei | Juini | Agustsu | Sepember": several misspelt months in a row, each like its month
            for k in range(1, gap):
                found[a + k] = (found[a][0] + k,)
    _guess_run_ends(cells, found)
    for c in sorted(found):
        # "Apr | Mar | Jun": a month typed twice between two months two apart is the month between them
        # (said as guessed: its header names another month)
        before, after = found.get(c - 1), found.get(c + 1)
        if (
            before is not None
            and after is not None
            and len(before) == len(after) == len(found[c]) == 1
            and after[0] - before[0] == 2
            and found[c][0] != before[0] + 1
            and sum(1 for ms in found.values() if ms == found[c]) > 1
        ):
            found[c] = (before[0] + 1,)
    for c in [c for c, ms in found.items() if _is_subtotal(c, ms, found)]:
        del found[c]
    cols = sorted(found)
    if (
        len(cols) == 12
        and cols[-1] - cols[0] == 11
        and {ms for ms in found.values()} == {(m,) for m in range(1, 13)}
        and len({int(y) for lv in (cells, *above) for c in cols if c < len(lv) for y in _YEAR.findall(lv[c])})
        < 2
    ):
        # twelve month columns side by side naming each month once, in another order ("Jul … Jun",
        # "Des … Jan") and under no two years: one grid, each column its own month (said)
        return found, ()
    blocks: list[dict[int, tuple[int, ...]]] = []
    for c in sorted(found):
        if not blocks or found[c][0] < found[max(blocks[-1])][0]:
            blocks.append({})  # the months start again: a second block of months
        blocks[-1][c] = found[c]
    blocks = [b for b in blocks if len({m for ms in b.values() for m in ms}) >= least]
    if not blocks:
        return None
    chosen, skipped = _pick_block(blocks, hidden, year, [cells, *above])
    return chosen, skipped


#: Whole month names a misspelling is compared with (not "jan", "des": "Desa" is no misspelt "Des").
_WHOLE_NAMES = tuple((name, m) for name, m in NAME_TO_MONTH.items() if len(name) >= 4)


def _resembles(cell: str, month: int) -> bool:
    """Whether a header that names no month is a misspelling of ``month``'s name ("Desmber", "Janurai",
    "Apri"; "Jna", "Dse": a short name's letters swapped): a word of four letters or more, starting with the name's letter, closer to one of its whole
    names than to any other month's, and close (difflib ≥ 0.8). A column beside the months named
    otherwise ("Target" before April, "Jumlah" after June, "Desa") is no month."""
    words = norm(cell)
    if len(words) == 3 and words.isalpha() and header_months(cell) is None:
        # "Jna", "Dse": the month's three letters, two of them swapped
        return any(sorted(words) == sorted(n) and n[0] == words[0] for n in MONTH_NAMES[month] if len(n) == 3)
    if len(words) < 4 or not words.isalpha() or header_months(cell) is not None:
        return False
    best, best_month = 0.0, 0
    for name, m in _WHOLE_NAMES:
        if name[0] != words[0]:
            continue
        ratio = difflib.SequenceMatcher(None, words, name).ratio()
        if ratio > best or (ratio == best and m == month):
            best, best_month = ratio, m
    return best >= 0.8 and best_month == month


def _guess_run_ends(cells: list[str], found: dict[int, tuple[int, ...]]) -> None:
    """Extend a run of month columns over misspelt months at its ends ("Janurai | Februari …",
    "… November | Desmber"): each column before the first month or after the last whose header
    resembles the month it would be (:func:`_resembles`). Said as guessed, like a month between two."""
    cols = sorted(c for c, ms in found.items() if len(ms) == 1)
    if len(cols) < 3:
        return
    first, last = cols[0], cols[-1]
    while first > 0 and found[first][0] > 1 and _resembles(cells[first - 1], found[first][0] - 1):
        found[first - 1] = (found[first][0] - 1,)
        first -= 1
    while last + 1 < len(cells) and found[last][0] < 12 and _resembles(cells[last + 1], found[last][0] + 1):
        found[last + 1] = (found[last][0] + 1,)
        last += 1


#: A year named in a block's heading ("Jadwal 2025", "Rencana Tahun 2024").
_YEAR = re.compile(r"\b(19[5-9]\d|2[01]\d\d)\b")


#: A block heading naming what was done, not planned: "Realisasi", "Capaian", "Progres".
_REALISED_HEAD = re.compile(rf"\b(?:{REALISED_WORDS})\b")


def _pick_block(
    blocks: list[dict[int, tuple[int, ...]]],
    hidden: Collection[int],
    year: int | None,
    levels: Sequence[list[str]],
) -> tuple[dict[int, tuple[int, ...]], tuple[tuple[int, int, str], ...]]:
    """The block of months that is the schedule, and the others with why each is left out.

    A block whose columns the sheet hides all is not what a person reads when another block is shown
    (a template reused from last year, its old months hidden): ``hidden``. With the plan ``year``
    known, a block whose heading names another year is not this plan's: ``year``. Of the rest the
    first is the plan; a later one is realisation or a second year: ``later``.
    """

    def years(block: dict[int, tuple[int, ...]]) -> set[int]:
        text = " ".join(lv[c] for lv in levels for c in range(min(block), max(block) + 1) if c < len(lv))
        return {int(y) for y in _YEAR.findall(text)}

    def is_hidden(block: dict[int, tuple[int, ...]]) -> bool:
        return all(c in hidden for c in block)

    def is_realised(block: dict[int, tuple[int, ...]]) -> bool:
        text = norm(
            " ".join(lv[c] for lv in levels for c in range(min(block), max(block) + 1) if c < len(lv))
        )
        return bool(_REALISED_HEAD.search(text)) and "rencana" not in text.split()

    shown = [b for b in blocks if not is_hidden(b)] or blocks
    # "Realisasi Pelaksanaan" over the first block, "Rencana Pelaksanaan" over the next: what was done
    # is no schedule, wherever it stands
    shown = [b for b in shown if not is_realised(b)] or shown
    named = [b for b in shown if year is not None and year in years(b)]
    chosen = (named or shown)[0]
    skipped = []
    for b in blocks:
        if b is chosen or len({m for ms in b.values() for m in ms}) < 3:
            continue
        if is_hidden(b) and not is_hidden(chosen):
            why = "hidden"
        elif is_realised(b) and not is_realised(chosen):
            why = "realised"
        elif year is not None and years(b) and year not in years(b):
            why = "year"
        else:
            why = "later" if min(b) > min(chosen) else "earlier"
        skipped.append((min(b), max(b), why))
    return chosen, tuple(skipped)


def _periods_named(levels: list[list[str]], merged: list[dict[int, int]]) -> list[list[str]]:
    """The header rows with each bare number under a quarter or semester group written as what it is.

    "TRIWULAN" over ``1 2 3 4`` (or ``I … IV``) names quarters, not months 1–4; "SEMESTER" over
    ``I II`` names semesters; "TRIWULAN II" over ``1 2 3`` names its own months 4–6 (a number already
    among the quarter's months stays: ``4 5 6`` under it). Read as months, a plan marked in every
    quarter was scheduled in months 1–4 only, with no word said. A group is a merged cell over the
    numbers, or the nearest header at or left of them (a CSV keeps no merges); its numbers must run
    within the group's periods (``1 … 12`` under "TRIWULAN" are months, left as they are).
    """
    out = [list(levels[0])]
    for n in range(1, len(levels)):
        upper, lower, spread = out[-1], list(levels[n]), merged[n - 1]
        groups: dict[int, list[tuple[int, int]]] = {}  # the group's column -> its numbered columns
        for c, cell in enumerate(lower):
            k = header_number(cell) if cell.strip() else None
            if k is None:
                continue
            g = spread.get(
                c, next((u for u in range(min(c, len(upper) - 1), -1, -1) if upper[u].strip()), None)
            )
            if g is not None:
                groups.setdefault(spread.get(g, g), []).append((c, k))
        for g, numbered in groups.items():
            period = group_period(upper[g]) if g < len(upper) else None
            if period is None:
                continue
            kind, which = period
            size = 3 if kind == "quarter" else 6
            ks = [k for _, k in numbered]
            if which is None and max(ks) <= 12 // size and ks == sorted(set(ks)):
                for c, k in numbered:
                    lower[c] = f"{'Triwulan' if kind == 'quarter' else 'Semester'} {k}"
            elif which is not None and max(ks) <= size and any(k <= size * (which - 1) for k in ks):
                for c, k in numbered:
                    lower[c] = str(size * (which - 1) + k)
        out.append(lower)
    return out


#: A block heading of how far the work got, not when it is done: "REALISASI (%)", "TARGET CAPAIAN (%)",
#: "Persentase Capaian", "Progres".
_PROGRESS_HEAD = re.compile(rf"\b(?:{REALISED_WORDS}|persentase|persen)\b")


def _progress_block(levels: list[list[str]], months: dict[int, tuple[int, ...]]) -> bool:
    """Whether the header rows over the month columns say they hold progress: a realisation or a target
    in percent (a "%" in the heading, or its words)."""
    text = " ".join(lv[c] for lv in levels for c in months if c < len(lv))
    return "%" in text or bool(_PROGRESS_HEAD.search(norm(text)))


def _refines(lower: dict[int, tuple[int, ...]], upper: dict[int, tuple[int, ...]]) -> bool:
    """Whether each month column of a lower header row lies within the group above it.

    The group of a column is the nearest month group at or left of it (a quarter label written once
    over its three months); week numbers under a month (1 2 3 4 under Januari) do not refine it.
    """
    for c, ms in lower.items():
        left = [u for u in upper if u <= c]
        if not left or not set(ms) <= set(upper[max(left)]):
            return False
    return True


def _is_subheader(cells: list[str], vocab: Vocabulary) -> bool:
    """A row under the header that only holds month, week or role words (no data, no marks)."""
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2:
        return False
    for c in filled:
        roles, _, whole = _resolve_how(c, vocab)
        if roles and whole or header_months(c) is not None:
            continue
        if re.fullmatch(r"(minggu|mg|m|w|week|pekan)?\s*-?\s*(ke\s*-?\s*)?[1-5ivIV]{1,3}", norm(c) or c):
            continue
        if _PLAN_OR_REAL.fullmatch(norm(c)):
            continue  # "T | R" or "Rencana | Realisasi" under each month
        if _YEAR.fullmatch(c.strip()):
            continue  # "Januari ⏎ 2025": the year written under each month
        return False
    return not is_numbering(cells)


def _is_bridge(
    cells: list[str], spread: dict[int, int], below: Sequence[list[str]], vocab: Vocabulary
) -> bool:
    """A header row of one cell (merged over the months or not) between the header's first row and its
    row of months: "Waktu Pelaksanaan" over "Tahun 2025" (or "Bulan", "Bulan ke-") over "Jan … Des";
    ``spread``: the row's columns whose value a merged cell spread from another."""
    filled = [c for i, c in enumerate(cells) if c.strip() and i not in spread]
    if len(filled) != 1 or not below or _month_row(below[0]) is None:
        return False
    text = filled[0].strip()
    roles, _, whole = _resolve_how(text, vocab)
    return bool(
        _YEAR.search(text) and len(text) <= 20 or roles and whole or _MONTH_WORD.fullmatch(norm(text))
    )


#: A one-cell row over the month names: "Bulan", "Bulan ke-", "Jadwal", "Waktu".
_MONTH_WORD = re.compile(r"(bulan|jadwal|waktu|tahun)( ke)?")


#: How many rows under a header are read to tell a timing column from a group of month columns.
SAMPLE_ROWS = 20


def _month_cell_like(text: str) -> bool:
    """Whether a filled cell is what a month column holds: a mark or a volume."""
    return is_mark(text) or is_volume(text)


def _group_or_timing(
    sched: int, data: Sequence[list[str]], merged: Sequence[dict[int, int]], last_header: int
) -> tuple[str, str]:
    """Whether the rows under a schedule column with no month row are a grid of marks or times in words.

    ``("timing", "")`` when the schedule column holds times in words that :func:`parse_timing` reads
    ("Maret", "Januari - Desember", "TW II") and no marks, and the columns to its right hold other words
    (an output, a person in charge) and no month names, or the twelve columns would reach past the
    table (its ``last_header`` column and its rows' last filled one); ``("group", "")`` when the
    schedule column and the eleven to its right hold marks (✓, x, 1, a volume) and no words, or more
    marks than a few unknown words (each said as an unknown mark); ``("none", "")`` when no cell is
    filled (``-`` and ``0`` fill none); else ``("unsure", cell)`` with the cell that disagrees with the
    marks. A value spread from a merged cell (an area heading across the row) is no column's own and
    is not read; a cell merged over the columns after it is a bar of a Gantt chart, never a timing cell.
    """
    words = marks = text = 0  # the schedule column's cells
    right_marks = right_words = right_text = 0  # the cells of the eleven columns to its right
    reach = last_header  # the table's last column with something in it
    bars = 0  # cells merged over the next column: a Gantt bar with its label, never a cell of a timing column
    example = ""
    for cells, spread in zip(data, merged, strict=False):
        if is_numbering(cells):
            continue
        # "-" or "0" says "nothing here" in a grid of marks and in a column of times alike
        own = [clean(c) if i not in spread and not is_no_mark(c) else "" for i, c in enumerate(cells)]
        filled = [i for i, c in enumerate(own) if c]
        if len(filled) < 2:
            continue  # a heading or a line carried on: no row of the table's columns
        reach = max(reach, filled[-1])
        bars += sum(1 for c in range(sched, sched + 12) if c < len(own) and own[c] and spread.get(c + 1) == c)
        here = own[sched] if sched < len(own) else ""
        if here and _month_cell_like(here):
            marks += 1
        elif here:
            understood = parse_timing(here).understood
            words += understood
            text += not understood
            example = example or here
        for c in own[sched + 1 : sched + 12]:
            if not c:
                continue
            if _month_cell_like(c):
                right_marks += 1
            elif header_months(c) is not None:  # "Jan" written in a month column instead of a mark
                right_words += 1
                example = example or c
            else:
                right_text += 1
                example = example or c
    if words and not marks and not right_words and not bars and (right_text or reach < sched + 11):
        return "timing", ""
    if not (words or text or right_words or right_text):
        return ("group", "") if marks or right_marks else ("none", "")
    if not (words or right_words) and marks + right_marks > text + right_text:
        return "group", ""
    return "unsure", example


#: A row's number or label as a plan writes it in its first column: "2", "12.", "3)", "1.1", "1.a", "a.",
#: "(2)", "ii.", "-", "•".
_ROW_NUMBER = re.compile(r"\(?\d{1,3}(?:\.\d{1,2}|\.[a-z])*[.)]?|\(?[a-z][.)]|[ivx]{1,4}[.)]|[-–•*·▪]", re.I)


def _is_data_row(top: list[str]) -> bool:
    """A row of the table, whatever header words it holds ("2 | Rencana kerja | Dok | Tim | v": an
    activity whose kegiatan and PIC are header words): a mark that names no month, marks ("v", "x": May
    and October in Roman numerals) in a row naming fewer than three distinct months, or a row number or
    label first."""
    marks = [c for c in top if is_mark(c)]
    if any(month_header(c) is None for c in marks):
        return True
    named = {month_header(c) for c in top if c.strip()} - {None}
    if marks and len(named) < 3:
        return True
    first = next((c.strip() for c in top if c.strip()), "")
    return bool(_ROW_NUMBER.fullmatch(first))


def find_header(
    rows: list[list[str]],
    merged: list[dict[int, int]],
    vocab: Vocabulary,
    overrides: dict[str, str] | None = None,
    *,
    hidden: Collection[int] = (),
    year: int | None = None,
) -> Layout | None:
    """Read the header starting at ``rows[0]`` (with up to two rows under it), or ``None``.

    ``merged[i]`` maps a column of row ``i`` to the column its value was spread from (a merged cell).
    Rows after the header's (give up to :data:`SAMPLE_ROWS` of them) are read only to tell a schedule
    column without a month row under it ("Bulan") from a group of twelve month columns: a grid of marks
    is a group, a column of times in words ("Maret", "TW II") beside columns of other words is a
    timing column (read by :func:`parse_timing`).
    ``overrides`` maps a role to the (normalised) header text of the column the user chose for it.
    ``hidden`` are the columns the sheet hides and ``year`` the plan year, when known: they choose
    between blocks of months (a hidden block of last year's months is not the schedule).
    """
    top = rows[0]
    if is_numbering(top) or _is_data_row(top):
        return None
    top_roles = {i: _resolve_how(c, vocab) for i, c in enumerate(top) if c.strip()}
    named = {r for roles, comb, _ in top_roles.values() for r in (roles if comb else roles[:1])}
    # a data row can contain header words ("Penyusunan rencana kerja"): two whole matches make a header
    strong = {r for roles, comb, whole in top_roles.values() if whole for r in (roles if comb else roles[:1])}
    over = {phrase_key(h): r for r, h in (overrides or {}).items()}
    # a header the user named (--column ROLE=HEADER) is a whole match, in the row that holds it only:
    # any row with two header-like words (a data row "Penyusunan rencana kerja | Dokumen") is no header
    given = {over[phrase_key(c)] for c in top if phrase_key(c) in over}
    named |= given
    strong |= given
    if len(named) < 2 or len(strong) < 2 or not named & {"kegiatan", "sub", "indicator"}:
        return None
    depth = 1
    for at, nxt in enumerate(rows[1:3], start=1):
        if _is_subheader(nxt, vocab) or _is_bridge(nxt, merged[at], rows[at + 1 : at + 2], vocab):
            depth += 1
        else:
            break
    levels = rows[:depth]
    width = max(len(r) for r in levels)
    months: dict[int, tuple[int, ...]] = {}
    skipped: tuple[tuple[int, int, str], ...] = ()
    timed = _periods_named(levels, merged[:depth])
    for n, level in enumerate(timed):
        # under the header's first row, a row of month groups may name only a few months
        row = _month_row(level, 3 if n == 0 else 1, hidden, year, timed[:n])
        if row and not months or row and _refines(row[0], months):
            # a lower row is more specific (months under quarters) where it stays within the row
            # above; week numbers under a month (1 2 3 4 under Januari) are not months
            months, skipped = row
    headers: dict[int, str] = {}
    for c in range(width):
        parts: list[str] = []
        for lv in levels:
            t = clean(lv[c]) if c < len(lv) else ""
            if t and t not in parts:
                parts.append(t)
        if parts:
            headers[c] = " / ".join(parts)
    # the most specific (lowest) header text of each column decides its role
    own: dict[int, str] = {}
    for c in range(width):
        for lv_i in range(depth - 1, -1, -1):
            lv = levels[lv_i]
            t = clean(lv[c]) if c < len(lv) else ""
            if t and not (lv_i < depth - 1 and c in merged[lv_i] and c in months):
                own[c] = t
                break
    roles: dict[str, int] = {}
    combined: dict[int, tuple[str, ...]] = {}
    ambiguous: list[tuple[int, tuple[str, ...]]] = []
    second_sub: int | None = None  # "Uraian Kegiatan" | "Langkah/Tahapan": two sub-kegiatan words
    second_kegiatan: int | None = None  # "Kegiatan" | "Langkah Aksi": two kegiatan words
    for c in sorted(own):
        if c in months or c in merged[0] and not any(c < len(lv) and lv[c].strip() for lv in levels[1:]):
            continue
        text = own[c]
        if phrase_key(text) in over:
            continue
        cand, is_combined = _resolve(text, vocab)
        if is_combined:
            fresh = tuple(r for r in cand if r not in roles)
            for r in fresh:
                roles[r] = c
            combined[c] = cand
        elif len(cand) == 1 and cand[0] not in roles:
            roles[cand[0]] = c
        elif cand == ("sub",) and second_sub is None:
            second_sub = c
        elif cand == ("kegiatan",) and second_kegiatan is None:
            second_kegiatan = c
        elif len(cand) > 1:
            ambiguous.append((c, cand))
    for c, cand in ambiguous:
        free = [r for r in cand if r not in roles]
        if free:
            roles[free[0]] = c
    if second_sub is not None and "kegiatan" not in roles and "sub" in roles:
        # no KEGIATAN column and two that describe steps: the left one is the kegiatan they break down
        roles["kegiatan"], roles["sub"] = roles["sub"], second_sub
    if second_kegiatan is not None and "sub" not in roles and second_kegiatan > roles["kegiatan"]:
        # "Kegiatan | Langkah Aksi", "Program | Kegiatan | Rencana Aksi": no SUB KEGIATAN column and
        # two that name activities: the right one breaks the left one down (it was left out, as a note)
        roles["sub"] = second_kegiatan
    chosen: set[str] = set()  # the roles the user gave a column (--column)
    for c, text in own.items():
        role = over.get(phrase_key(text)) or over.get(phrase_key(headers.get(c, "")))
        if role is not None:
            roles = {r: col for r, col in roles.items() if col != c}
            roles[role] = c
            chosen.add(role)
            months.pop(c, None)
            combined.pop(c, None)
    for c in [c for c in months if _REALISED.fullmatch(norm(own.get(c, "")))]:
        # "T | R" under each month: the realisation column is no schedule (kept as a note)
        del months[c]
    sched = roles.get("schedule")
    if months and sched is not None and sched not in months and _progress_block(levels, months):
        # "WAKTU | REALISASI (%) / TW I … TW IV" (or "TARGET CAPAIAN (%)"): the quarters under the percent
        # are how far the work got, the schedule is the WAKTU column (its percents read as ticks gave
        # every activity the wrong months); the block's cells stay as notes
        months = {}
    unsure: tuple[int, str] | None = None
    if not months and sched is not None and "schedule" not in chosen:
        # (a schedule column the user chose is that one column of times in words: --column schedule=Bulan)
        text = norm(own.get(sched, ""))
        spans = sched + 1 < len(top) and not top[sched + 1].strip() or (sched + 1) in merged[0]
        if any(w in text for w in _MONTH_GROUP_WORDS) and (spans or "bulan" in text and sched + 1 < len(top)):
            # a month group with no month row under it: the twelve columns from it on; unless the rows
            # under it hold times in words beside other words ("Bulan | Output | PJ": a timing column)
            last_header = max(c for lv in levels for c, t in enumerate(lv) if t.strip())
            verdict, example = _group_or_timing(sched, rows[depth:], merged[depth:], last_header)
            if verdict != "timing":
                months = {sched + i: (i + 1,) for i in range(12)}
            if verdict == "unsure":
                unsure = (sched, example)
    if sched is not None and sched in months:
        del roles["schedule"]
    for r, c in list(roles.items()):
        if c in months and r != "schedule":
            del roles[r]
    width = max(width, max(months, default=-1) + 1)
    if not months and not set(roles) & PLAN_ROLES and not chosen:
        # "No | Uraian | Pagu" is a list of things, not a plan: a plan says when, where or to what end
        return None
    return Layout(roles, months, headers, combined, width, depth, skipped, unsure)
