"""Match the rows of an LKE sheet to the rubric's rows by meaning, never by row number.

A row is matched, in this order, by an item or indicator code written in its hierarchy
cells (``P.1.i.a``), by its text (normalised words weighted by how rare they are, so a
reworded question still matches and a short label does not match everything), and by its
letter label inside the indicator block it sits in (``b.`` under P.1.i is P.1.i.b). The
letter also weighs against the text: a row labelled ``d.`` in P.2.ii's block whose question
is cut short ("Telah dilakukan monitoring dan dan evaluasi t") is P.2.ii.d, not the short
question of another area its words fit better (P.5.iii.c); only a near-exact text
(:data:`DECISIVE`) takes a lettered row out of its block. Count rows (``Jumlah …``,
``- Kepala satuan kerja``) are matched among the inputs of the percentage item above them
by their words; when the words cannot tell this year's count from last year's, the years the
rows name do (the later one, or the sheet's year, is this year); a denominator row that sums
detail rows ("Jumlah yang harus melaporkan") is recognised as such. Ties between rows with
the same text (the six area names appear twice) are broken by order: the nearest rubric row
after the last match. A row whose item another row already took is never read over it: it
is a :class:`Claim`, said by the reader. Words are looked up in an inverted index, so a
sheet of thousands of rows stays fast.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass, field

import numpy as np

from zi_eval.io.words import YEAR_IN_TEXT, norm
from zi_eval.lke.codes import item_refs
from zi_eval.lke.layout import Entity
from zi_eval.models.rubric import Rubric

#: Lowest text score that matches a row to a rubric row.
THRESHOLD = 0.5
#: Candidates scoring below this are not kept (the cache stays small on hostile sheets).
MIN_KEPT = 0.3
#: Scores this close to the best are ties, broken by order.
TIE = 0.03
#: Lowest score that matches a count row to one of its item's inputs.
INPUT_THRESHOLD = 0.3
#: Lowest text score with which a row lettered inside an indicator's block is matched to an item of
#: another indicator rather than to its block's item of that letter: a near-exact question, above
#: the 0.85 a shortened question scores with a short one it shares every word with
#: (:meth:`EntityIndex.scored`: "Telah dilakukan monitoring dan evaluasi" is most of P.5.iii.c).
DECISIVE = 0.9
#: How much better the text of another item of the same block must fit than the item a row's letter
#: names for the text to win: a question cut short fits a long question of its block a little less
#: than a shorter one it shares every word with (R.2.ii.a/b, the same up to their last words).
LABEL_MARGIN = 0.1

STOP = frozenset(
    (
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "dalam",
        "untuk",
        "pada",
        "atau",
        "dengan",
        "oleh",
        "serta",
        "the",
        "of",
    )
)
#: Words of a denominator row that only sums detail rows ("Jumlah yang harus melaporkan").
SUM_WORDS = frozenset(
    (
        *("jumlah", "yang", "harus", "wajib", "diwajibkan", "melaporkan", "menyampaikan", "lapor"),
        *("total", "seluruh", "non", "lhkpn", "lhkasn", "laporan", "harta", "kekayaan", "pegawai"),
    )
)
CODE = re.compile(r"^[PRH]\.[0-9IV]+(?:\.[ivx]+)?(?:\.[a-z])?$")
#: A code written as a label: a rubric code (``P.1.i.a``) or the workbook's own (``A.1.I.i``, ``A.2.IV.i.b``).
CODE_LABEL = re.compile(
    r"[PRH]\.[0-9IVivx.a-z]+|A\s?\.\s?[12](?:\s?\.\s?[IVXivx]{1,4}){1,2}(?:\s?[.\s]\s?[a-z])?"
)
LKE_CODE = re.compile(r"^A\s?\.\s?[12]\s?\.")
#: A code of the workbook's own numbering without its component: area, indicator, item ("2.ii.d",
#: "1.i"), Pemenuhan's or Reform's by the aspect heading above it.
SHORT_CODE = re.compile(r"[1-6]\s?\.\s?[ivx]{1,4}(?:\s?[.\s]\s?[a-z])?")
#: The short names units give the Hasil rows (normalised), by the unit field each answers: "IPAK",
#: "Nilai IPAK", "Indeks Persepsi Anti Korupsi", "IPKP", "Capaian Kinerja" (the rubric's wording is
#: a sentence these share too few words with to be matched by text).
_HASIL_NAME = re.compile(
    r"(?:nilai |indeks |skor )?(?:"
    r"(?P<ipak>ipak|indeks persepsi anti korupsi|survei persepsi anti korupsi|persepsi anti korupsi)"
    r"|(?P<ipkp>ipkp|indeks persepsi kualitas pelayanan(?: publik)?|survei persepsi kualitas pelayanan"
    r"(?: publik)?|persepsi kualitas pelayanan(?: publik)?)"
    r"|(?P<capaian_kinerja>capaian kinerja(?: utama)?(?: unit)?))(?: \d{4})?"
)
#: A hierarchy label: a letter, a Roman numeral, a number, a bracketed one, a dash (not "IPAK": a name).
LABEL = re.compile(r"^(?:[A-Za-z]|[IVXivx]{1,4}|\d{1,2})[.)]?$|^\(?[a-zA-Z0-9]{1,4}\)$|^[-–•]$")


@dataclass
class SheetRow:
    """One sheet row as the matcher sees it."""

    index: int  # 0-based row index in the sheet
    text: str  # the row's name or question (last non-label hierarchy cell)
    labels: tuple[str, ...]  # short label cells of the hierarchy (``a.``, ``ii``, ``-``, a code)
    type: str  # the Pilihan Jawaban cell
    bears: bool  # the row holds an answer type or an answer


@dataclass(frozen=True)
class Match:
    """What one row is: ``key`` is ``kind:key`` of the rubric row, or ``sum:<item>``."""

    key: str
    how: str  # code | text | label | input | sum
    score: float


@dataclass(frozen=True)
class Claim:
    """A row left unmatched because what it is (by code or text) was taken by another row first."""

    key: str  # ``kind:key`` of the rubric row both rows are
    row: int  # 0-based index of the row that holds it


def tokens(text: str) -> tuple[str, ...]:
    """The content words of ``text`` (normalised, stop words out)."""
    return content_words(norm(text))


def content_words(normed: str) -> tuple[str, ...]:
    """The content words of an already normalised text (stop words out)."""
    return tuple(w for w in normed.split() if w not in STOP)


@dataclass
class EntityIndex:
    """The rubric's rows with their words in an inverted index."""

    ents: list[Entity]
    words: list[frozenset[str]] = field(default_factory=list)
    idf: dict[str, float] = field(default_factory=dict)
    by_word: dict[str, list[int]] = field(default_factory=dict)
    totals: list[float] = field(default_factory=list)  # each rubric row's word weight
    cache: dict[str, list[tuple[float, int]]] = field(default_factory=dict)
    #: characters of a row's text compared: twice the longest rubric text (a question followed by
    #: pages of explanation is matched by its start)
    longest: int = 0
    #: the idf of each word (row, by :attr:`vocab`) in each rubric row (column): a sheet row's shared
    #: weight with every rubric row is one sum of rows, so 19,000 long rows take seconds, not minutes
    matrix: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    vocab: dict[str, int] = field(default_factory=dict)
    matrix_totals: np.ndarray = field(default_factory=lambda: np.zeros(0))  # :attr:`totals` as an array

    @classmethod
    def build(cls, ents: list[Entity]) -> EntityIndex:
        idx = cls(ents)
        for j, e in enumerate(ents):
            ws = frozenset(tokens(e.text))
            idx.words.append(ws)
            for w in ws:
                idx.by_word.setdefault(w, []).append(j)
        n = len(ents)
        idx.idf = {w: math.log(1 + n / len(js)) for w, js in idx.by_word.items()}
        idx.totals = [idx.weight(ws) for ws in idx.words]
        idx.longest = 2 * max((len(e.text) for e in ents), default=200)
        idx.vocab = {w: i for i, w in enumerate(idx.by_word)}
        idx.matrix = np.zeros((len(idx.vocab), n))
        for w, js in idx.by_word.items():
            idx.matrix[idx.vocab[w], js] = idx.idf[w]
        idx.matrix_totals = np.asarray(idx.totals)
        return idx

    def weight(self, words: frozenset[str] | set[str]) -> float:
        return sum(self.idf.get(w, math.log(1 + len(self.ents))) for w in words)

    def scored(self, text: str) -> list[tuple[float, int]]:
        """Rubric rows sharing a word with ``text`` (its first :attr:`longest` characters), with their
        scores, best first."""
        text = text[: self.longest]
        key = norm(text)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        mine = frozenset(content_words(key))  # tokens(text), normalised once
        ids = [self.vocab[w] for w in mine if w in self.vocab]
        if not ids:
            self.cache[key] = []
            return []
        common = self.matrix[ids].sum(axis=0)  # the shared weight of every rubric row
        js = np.flatnonzero(common)
        c = common[js]
        wa = self.weight(mine)
        wb = self.matrix_totals[js]
        score = 2 * c / (wa + wb)  # wb ≥ c > 0: never a division by zero
        if len(mine) >= 3 and wa:
            # a question shortened in the sheet still matches its full rubric wording
            score = np.maximum(score, 0.85 * c / wa * np.sqrt(np.minimum(1.0, 2 * c / wb)))
        kept = score >= MIN_KEPT
        out = [(float(v), int(j)) for v, j in zip(score[kept], js[kept], strict=True)]
        out.sort(key=lambda t: (-t[0], t[1]))
        self.cache[key] = out
        return out


#: A row that only heads a component's aspect: "PEMENUHAN", "A. REFORM", "I. Pemenuhan".
_ASPECT_ROW = re.compile(r"^(?:[a-z0-9]{1,4}\s+)?(pemenuhan|reform)$")


def _aspect_of(row: SheetRow) -> str | None:
    """The code letter of the aspect a heading row opens ("P" under PEMENUHAN, "R" under REFORM), or None."""
    m = _ASPECT_ROW.match(norm(" ".join([*row.labels, row.text])))
    return None if m is None else "P" if m.group(1) == "pemenuhan" else "R"


def _code_of(row: SheetRow, rubric: Rubric, aspect: str | None = None) -> str | None:
    """The item or indicator code a row's labels or text write; a code of the workbook's own numbering
    ("2.ii.d", "A.1.II.ii d") that fits both aspects is read under the aspect heading above it
    (``aspect``: "P" or "R")."""
    for lab in row.labels:
        if CODE.match(lab.rstrip(".")):
            return lab.rstrip(".")
    first = row.text.split(" ", 1)[0].rstrip(".:") if row.text else ""
    if CODE.match(first):
        return first
    for lab in row.labels:
        if LKE_CODE.match(lab) or SHORT_CODE.fullmatch(lab):
            # the workbook's own numbering, read by the one reader of notations
            k = _letter(row)
            refs = item_refs(lab, rubric, chr(ord("a") + k) if k is not None else None)
            if len(refs) > 1 and aspect is not None:
                refs = tuple(r for r in refs if r.startswith(aspect + "."))
            if len(refs) == 1:
                return refs[0]
    return None


def _is_count_row(row: SheetRow) -> bool:
    t = norm(row.text[:200])  # only its first word counts: a row of pages is not normalised whole
    return (
        norm(row.type) == "jumlah" or t.startswith("jumlah") or "-" in row.labels or row.text.startswith("-")
    )


def _letter(row: SheetRow) -> int | None:
    for lab in row.labels:
        m = re.fullmatch(r"\(?([a-z])[.)]?", lab.strip())
        if m:
            return ord(m.group(1)) - ord("a")
    return None


class Matcher:
    """Walk the sheet's rows in order, keeping the block (indicator, item) each row sits in."""

    def __init__(self, ents: list[Entity], rubric: Rubric, year: int | None = None) -> None:
        self.index = EntityIndex.build(ents)
        self.year = year  # the sheet's year: the "this year" of a count row naming a year
        self.ents = ents
        self.rubric = rubric
        self.pos = 0
        self.used: set[int] = set()
        self.indicator: str | None = None
        self.item: str | None = None
        self.aspect: str | None = None  # "P" or "R": the aspect heading the rows are under
        self.pos_of = {(e.kind, e.key): j for j, e in enumerate(ents)}
        self.items_of: dict[str, list[str]] = {}
        for code, flat in rubric.items.items():
            self.items_of.setdefault(flat.indicator.code, []).append(code)
        #: the rubric row an unmatched row would have been had another row not taken it, by sheet row
        self.claims: dict[int, int] = {}

    def _take(self, j: int, how: str, score: float) -> Match:
        e = self.ents[j]
        self.used.add(j)
        self.pos = j + 1
        if e.kind == "indicator":
            self.indicator, self.item = e.key, None
        elif e.kind == "item":
            self.item = e.key
            self.indicator = self.rubric.items[e.key].indicator.code
        elif e.kind != "input":
            self.item = None
        return Match(f"{e.kind}:{e.key}", how, round(score, 4))

    def _distance(self, j: int) -> int:
        return j - self.pos if j >= self.pos else 10_000 + (self.pos - j)

    def _pick(
        self, scored: list[tuple[float, int]], bears: bool, label: int | None = None
    ) -> tuple[float, int, str] | None:
        """The rubric row a row's text picks (score, position, how), ``label`` being the item its letter
        names in its block (:meth:`_labelled`): a text of the same block wins over it when it fits
        clearly better (:data:`LABEL_MARGIN`: the letters of a copy renumbered after a deleted row),
        a text of another indicator only when near-exact (:data:`DECISIVE`)."""
        best: list[tuple[float, int]] = []
        top: float | None = None
        for score, j in scored:
            if score < THRESHOLD:
                break
            # the window is the best text's, usable or not: a row whose best match is taken (a
            # repeated row) or is no answer row (an indicator heading with a stray answer) must
            # not fall through to a much weaker item and take it from its own row
            top = score if top is None else top
            if score < top - TIE:
                break
            j2 = self._answer_row(j) if bears else j
            if j2 is None or j2 in self.used:
                continue
            best.append((score, j2))
        if label is not None and label not in self.used:
            if any(j == label for _, j in best):
                return self._own(scored, bears, label), label, "text"
            own = self._own(scored, bears, label)
            if best:
                score, j = min(best, key=lambda t: (self._distance(t[1]), -t[0]))
                if score >= DECISIVE or (self._in_block(j) and score > own + LABEL_MARGIN):
                    return score, j, "text"
            return own, label, "label"
        if not best:
            return None
        score, j = min(best, key=lambda t: (self._distance(t[1]), -t[0]))
        return score, j, "text"

    def _own(self, scored: list[tuple[float, int]], bears: bool, j: int) -> float:
        """The text score of rubric row ``j`` (0 when it shares too little)."""
        return next((s for s, k in scored if (self._answer_row(k) if bears else k) == j), 0.0)

    def _in_block(self, j: int) -> bool:
        """Whether rubric row ``j`` is an item of the indicator block the walk is in."""
        e = self.ents[j]
        return e.kind == "item" and self.rubric.items[e.key].indicator.code == self.indicator

    def _labelled(self, row: SheetRow) -> int | None:
        """The item a row's letter names in the indicator block it sits in (``d.`` under P.2.ii is
        P.2.ii.d), taken or not; ``None`` for a row with no letter, no answer or no block."""
        k = _letter(row)
        if k is None or not row.bears or self.indicator is None:
            return None
        items = self.items_of.get(self.indicator, [])
        return self.pos_of.get(("item", items[k])) if k < len(items) else None

    def _answer_row(self, j: int) -> int | None:
        """A row with an answer is an item or a count; an indicator with one item stands for it."""
        e = self.ents[j]
        if e.kind in ("item", "input"):
            return j
        if e.kind == "indicator":
            items = self.items_of.get(e.key, [])
            if len(items) == 1:
                return self.pos_of.get(("item", items[0]))
        return None

    def _input(self, row: SheetRow, years: Collection[int] = ()) -> Match | None:
        """The count of the item above ``row`` it is, by its words; ``years``: those its run of count
        rows names (see :meth:`_by_year`)."""
        code = self.item
        if code is None:
            return None
        item = self.rubric.items[code].item
        if not item.inputs:
            return None
        # a year the row names is no word of any count's label: it is read apart (:meth:`_by_year`)
        mine = {w for w in tokens(row.text) if not YEAR_IN_TEXT.fullmatch(w)} - {"jumlah"}
        f = item.formula
        summing = f is not None and len(f.denominator) >= 2 and bool(mine) and mine <= SUM_WORDS
        if summing and mine & {"harus", "wajib", "diwajibkan"}:
            return Match(f"sum:{code}", "sum", 1.0)
        best: tuple[float, int] | None = None
        scores: dict[str, float] = {}
        for inp in item.inputs:
            j = self.pos_of[("input", f"{code}/{inp.id}")]
            if j in self.used:
                continue
            theirs = set(tokens(inp.label)) - {"jumlah"}
            common = self.index.weight(mine & theirs)
            union = self.index.weight(mine | theirs)
            own = self.index.weight(mine)
            score = 0.5 * (common / own if own else 0.0) + 0.5 * (common / union if union else 0.0)
            if mine == theirs:
                score = 1.0
            scores[inp.id] = score
            if score >= INPUT_THRESHOLD and (best is None or score > best[0]):
                best = (score, j)
        if best is None:
            return None
        dated = self._by_year(row, code, scores, years)
        if dated is not None:
            return self._take(self.pos_of[("input", f"{code}/{dated}")], "input", scores[dated])
        return self._take(best[1], "input", best[0])

    def _by_year(
        self, row: SheetRow, code: str, scores: dict[str, float], years: Collection[int]
    ) -> str | None:
        """This year's or last year's count of a reduction item (R.3.iii.a), by the year ``row`` names,
        when its words fit both alike ("Jumlah pelanggaran disiplin tahun 2025" and "… tahun 2024", in
        either order): the latest year its run of count rows names (``years``) is this year, an earlier
        one last year's; a run naming one year is read against the sheet's year. ``None`` when no year
        decides (the words do: "tahun ini", "tahun sebelumnya")."""
        f = self.rubric.items[code].item.formula
        if f is None or f.previous is None or f.current is None:
            return None
        prev, cur = scores.get(f.previous), scores.get(f.current)
        if (
            prev is None
            or cur is None
            or abs(prev - cur) > TIE
            or max(scores.values()) - max(prev, cur) > TIE
        ):
            return None  # one of them taken, or the words tell them apart, or fit another count better
        named = {int(y) for y in YEAR_IN_TEXT.findall(row.text)}
        if len(named) != 1:
            return None
        (year,) = named
        now = max(years) if len(set(years)) >= 2 else self.year
        if now is None or year > now:
            return None
        return f.current if year == now else f.previous

    def match(self, row: SheetRow, years: Collection[int] = ()) -> Match | None:
        """The rubric row ``row`` is, or ``None`` (a row whose rubric row another row took first is
        kept in :attr:`claims`); ``years``: those its run of count rows names."""
        self.aspect = _aspect_of(row) or self.aspect
        code = _code_of(row, self.rubric, self.aspect)
        if code is not None:
            # a single-item indicator shares its code with its item (R.4.i): the row with the
            # answer is the item, the row without it the indicator
            first, second = ("item", "indicator") if row.bears else ("indicator", "item")
            flat = self.rubric.items.get(code)
            if not row.bears and flat is not None and len(self.items_of[flat.indicator.code]) == 1:
                code = flat.indicator.code  # "A.2.III.iii" reads as its only item R.3.iii.a
            j = self.pos_of.get((first, code), self.pos_of.get((second, code)))
            if j is not None and row.bears:
                j = self._answer_row(j)
            if j is not None and j not in self.used:
                return self._take(j, "code", 1.0)
            if j is not None and row.bears:
                self.claims[row.index] = j
        if row.text and _is_count_row(row):
            m = self._input(row, years)
            if m is not None:
                return m
        named = _HASIL_NAME.fullmatch(norm(row.text)) if row.text and row.bears else None
        if named is not None:
            # "IPAK", "Nilai IPKP", "Capaian Kinerja": a Hasil row by the short name units give it
            field = next(f for f, hit in named.groupdict().items() if hit)
            code = next((c for c, fl in self.rubric.items.items() if fl.item.hasil_field == field), None)
            j = self.pos_of.get(("item", code)) if code is not None else None
            if j is not None and j not in self.used:
                return self._take(j, "text", 1.0)
        label = self._labelled(row)
        if row.text:
            scored = self.index.scored(row.text)
            picked = self._pick(scored, row.bears, label)
            if picked is not None:
                self.claims.pop(row.index, None)
                return self._take(picked[1], picked[2], picked[0])
            if row.bears and row.index not in self.claims:
                taken = self._taken(scored)
                if taken is not None:
                    self.claims[row.index] = taken
        if label is not None and label not in self.used:
            self.claims.pop(row.index, None)
            return self._take(label, "label", 0.0)
        return None

    def _taken(self, scored: list[tuple[float, int]]) -> int | None:
        """The item an answered row's best text is, when another row took it (``None`` otherwise)."""
        if not scored or scored[0][0] < THRESHOLD:
            return None
        j = self._answer_row(scored[0][1])
        return j if j is not None and j in self.used else None


def _matched(
    rows: list[SheetRow],
    ents: list[Entity],
    rubric: Rubric,
    year: int | None,
    runs: dict[int, frozenset[int]],
    hidden: Collection[int] = (),
) -> tuple[Matcher, dict[int, Match]]:
    """One matcher's pass over ``rows`` in the order given: the matches by row index. A ``hidden`` row
    whose item a row before it took leaves no item open for the count rows under it."""
    m = Matcher(ents, rubric, year)
    out: dict[int, Match] = {}
    for row in rows:
        if not row.text and not row.labels:
            continue
        hit = m.match(row, runs.get(row.index, frozenset()))
        if hit is not None:
            out[row.index] = hit
        elif row.index in hidden and row.index in m.claims:
            m.item = None
    return m, out


def _visible_first(
    rows: list[SheetRow], ents: list[Entity], hidden: Collection[int], m: Matcher, out: dict[int, Match]
) -> bool:
    """Whether a visible row with an answer is what a hidden row took, the two not side by side (the
    twin right below is given its item back in :func:`match_rows`): then the visible rows go first."""
    bears = {row.index for row in rows if row.bears and row.index not in hidden}
    held = {mt.key: i for i, mt in out.items()}
    for i, j in m.claims.items():
        h = held.get(f"{ents[j].kind}:{ents[j].key}")
        if i in bears and h is not None and h in hidden and not 0 < i - h <= 3:
            return True
    return False


def count_runs(rows: list[SheetRow]) -> dict[int, frozenset[int]]:
    """The years each count row's run names: the count rows one under the other (blank rows between
    them allowed) are read together, so "tahun 2025" above "tahun 2024" is known as the later year."""
    out: dict[int, frozenset[int]] = {}
    run: list[SheetRow] = []

    def close() -> None:
        years = frozenset(int(y) for r in run for y in YEAR_IN_TEXT.findall(r.text))
        out.update((r.index, years) for r in run)
        run.clear()

    for row in rows:
        if not row.text and not row.labels:
            continue
        if row.text and _is_count_row(row):
            run.append(row)
        else:
            close()
    close()
    return out


def match_rows(
    rows: list[SheetRow],
    ents: list[Entity],
    rubric: Rubric,
    hidden: Collection[int] = (),
    year: int | None = None,
    claims: dict[int, Claim] | None = None,
) -> dict[int, Match]:
    """Match every row of a sheet (in order) to a rubric row; unmatched rows are absent.

    A hidden row (``hidden``: 0-based indexes) that took an item a visible row with the same text
    right after it asks for (last year's row kept and hidden above this year's) gives it up: a person
    reads the visible one. When visible rows further down are what hidden rows took (last year's
    whole LKE kept hidden above this year's), the visible rows are matched first and the hidden ones
    after them, taking only what no visible row is (:func:`_visible_first`). ``year`` is the sheet's
    (a count row's "this year"). ``claims``, when given, receives the unmatched rows that are what
    another row was matched to, with that row.
    """
    runs = count_runs(rows)
    m, out = _matched(rows, ents, rubric, year, runs)
    if hidden and _visible_first(rows, ents, hidden, m, out):
        visible = [r for r in rows if r.index not in hidden]
        m, out = _matched(visible + [r for r in rows if r.index in hidden], ents, rubric, year, runs, hidden)
    if hidden:
        for i, row in enumerate(rows):
            if row.index not in hidden or row.index not in out or not row.text:
                continue
            twin = next(
                (
                    v
                    for v in rows[i + 1 : i + 4]
                    if v.index not in hidden
                    and v.index not in out
                    and v.bears
                    and norm(v.text) == norm(row.text)
                ),
                None,
            )
            if twin is not None:
                out[twin.index] = out.pop(row.index)
    if claims is not None:
        held = {mt.key: i for i, mt in out.items()}
        for i, j in m.claims.items():
            e = ents[j]
            key = f"{e.kind}:{e.key}"
            if i not in out and key in held:
                claims[i] = Claim(key, held[key])
    return out
