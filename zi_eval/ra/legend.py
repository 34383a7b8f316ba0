"""Read a plan's colour legend: which fill colour marks the plan and which marks what was done.

Plans that track themselves colour the month grid twice: one colour for the planned months, another for
the months an activity was actually carried out ("Keterangan: warna hijau = rencana, warna kuning =
realisasi"; "JADWAL (hijau: rencana, kuning: realisasi)"; a legend sheet of two coloured cells with
their words). Read as marks, every fill scheduled an activity in the months it was done late too.

The caller (:func:`zi_eval.ra.build.import_plan`) gives the rows of the sheets read as the plan and of
sheets holding no table: another table's legend is that table's. Each colour word
(:data:`zi_eval.io.colours.HUE_WORDS`, and ``abu``/``hitam``) is paired with the plan's words
(``rencana``, ``jadwal``, ``target`` unless a status) or a realisation's (``realisasi``, ``capaian``,
``aktual``, ``done``), and swatches (filled empty cells) with the words beside them. A legend must say
both meanings (:func:`colour_legend`), and a legend naming a status of planned months ("Belum
terealisasi", "Sesuai jadwal", "Di bawah target": traffic lights of how the plan went) is none: there no
colour marks a month done instead of planned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from zi_eval.io.colours import colour_names
from zi_eval.io.words import clean
from zi_eval.ra.rows import RawRow

#: A colour word as legends write it, by the name :func:`zi_eval.io.colours.colour_names` gives.
_COLOUR_WORDS = {
    "hijau": "hijau",
    "green": "hijau",
    "kuning": "kuning",
    "yellow": "kuning",
    "oranye": "oranye",
    "orange": "oranye",
    "oren": "oranye",
    "jingga": "oranye",
    "merah": "merah",
    "red": "merah",
    "biru": "biru",
    "blue": "biru",
    "ungu": "ungu",
    "purple": "ungu",
    "abu": "abu",
    "abu abu": "abu",
    "grey": "abu",
    "gray": "abu",
    "hitam": "hitam",
    "black": "hitam",
}
_COLOUR = re.compile(r"(?<![a-z])(" + "|".join(sorted(_COLOUR_WORDS, key=len, reverse=True)) + r")(?![a-z])")
#: The plan's words. Not "target": status legends say "Target tercapai".
_PLAN = re.compile(
    r"(?<![a-z])(?<!sesuai )(?:rencana|direncanakan|jadwal|plan|planned|renc"
    # "Target pelaksanaan" is the plan; "Target tercapai", "di bawah target" a status
    r"|(?<!bawah )(?<!atas )(?<!dari )(?<!melebihi )target(?!\s+(?:tercapai|terpenuhi|terlampaui|belum|tidak)))(?![a-z])"
)
#: A realisation's words. Not "selesai", "terlaksana", "dilaksanakan": status legends colour planned
#: months by them ("Hijau: selesai sesuai jadwal; Kuning: dalam proses").
_DONE = re.compile(r"(?<![a-z])(?:realisasi|terealisasi|capaian|actual|aktual|done)(?![a-z])")
#: A legend pairs a colour with its meaning within this many characters.
_NEAR = 40


@dataclass(frozen=True)
class ColourLegend:
    """What a plan's legend says its fill colours mean."""

    #: colour words whose fills mark the planned months
    plan: frozenset[str]
    #: colour words whose fills mark what was done (no planned month)
    done: frozenset[str]
    #: the legend's text, as written (for the finding)
    text: str
    #: fill colours of swatches beside the plan's words, and beside a realisation's ("■ | Rencana")
    plan_fills: frozenset[str] = frozenset()
    done_fills: frozenset[str] = frozenset()
    #: the rows the legend was read from (sheet, line): no activities
    rows: frozenset[tuple[str | None, int]] = frozenset()

    def marks_done(self, colour: str | None) -> bool:
        """Whether a fill of ``colour`` marks what was done, not the plan: a done swatch's very colour,
        or a colour bearing a done colour's name and none of the plan's (``FFC000`` is *kuning* and
        *oranye*: under "kuning = rencana, oranye = realisasi" it is told neither way, and stays a mark)."""
        if colour in self.done_fills:
            return True
        if colour in self.plan_fills:
            return False
        names = colour_names(colour)
        return bool(names & self.done) and not names & self.plan

    def said(self, colours: Iterable[str]) -> str:
        """The done colours, as the legend names them and as the cells hold them: ``kuning (FFFFFF00)``."""
        words = ", ".join(sorted(self.done))
        codes = ", ".join(sorted(colours))
        return f"{words} ({codes})" if words else codes


#: What may stand between a colour and its meaning in a tight pair: "hijau = rencana", "Rencana (hijau)",
#: "hijau: rencana", "■ Hijau – Rencana".
_TIGHT = re.compile(r"[ \t:=()\[\]–—>→-]*(?:warna[ \t]*)?")
#: A meaning denied ("belum ada realisasi", "tidak ada realisasi"): a planned month's status, no meaning.
_DENIED = re.compile(r"(?<![a-z])(?:belum|blm|tidak|tdk|tanpa)(?:\s+ada)?\s*$")
#: A legend's line: a colour or a meaning first (after a bullet, a swatch sign or "warna"), few words.
_LEGEND_LINE = re.compile(
    r"^[\s■□●•▪\-*:]*(?:(?:kolom|sel|cell)\s+)?(?:(?:warna|berwarna|colou?r)\s+)?(?:"
    + _COLOUR.pattern
    + "|"
    + _PLAN.pattern
    + "|"
    + _DONE.pattern
    + ")"
)
#: Words at most in a legend's line ("Warna hijau menunjukkan rencana waktu pelaksanaan kegiatan").
_LINE_WORDS = 10
#: A status of planned months in a legend ("Belum terealisasi", "Tidak terlaksana", "Not done", "Sesuai
#: jadwal", "Di bawah target", "Capaian belum optimal"): the legend colours planned months by how they
#: went, and no colour marks a month done instead of planned.
_STATUS = re.compile(
    r"(?<![a-z])(?:(?:belum|blm|tidak|tdk|tanpa|not|no|non)\s+(?:ada\s+)?"
    r"(?:terealisasi|realisasi|terlaksana|dilaksanakan|done|tercapai|optimal|sesuai)"
    r"|sesuai\s+(?:jadwal|rencana|target)|(?:di\s+)?bawah\s+target|melebihi\s+target|target\s+tercapai"
    r"|terlambat|tertunda|mundur)(?![a-z])"
)
#: Rows apart within which the lines or swatches of one legend stand.
_ROWS_APART = 3


def _pairs(text: str) -> tuple[set[str], set[str]]:
    """The colour words of one text paired with their meanings (the plan's words or a realisation's).

    A colour takes the meaning written tight against it, after it ("hijau = rencana") or else before it
    ("Rencana (hijau)"); failing that, the meaning on the side the legend opens with, before the next
    (or after the last) colour. A denied meaning ("belum terlaksana") is a planned month's status and
    pairs with nothing.
    """
    plan: set[str] = set()
    done: set[str] = set()
    meanings = sorted(
        [(m.start(), m.end(), "plan") for m in _PLAN.finditer(text)]
        + [(m.start(), m.end(), "done") for m in _DONE.finditer(text)]
    )
    colours = list(_COLOUR.finditer(text))
    if not meanings or not colours:
        return plan, done
    colour_first = colours[0].start() < meanings[0][0]
    for k, m in enumerate(colours):
        after = [x for x in meanings if x[0] >= m.end() and _TIGHT.fullmatch(text[m.end() : x[0]])]
        before = [x for x in meanings if x[1] <= m.start() and _TIGHT.fullmatch(text[x[1] : m.start()])]
        found = after[:1] or before[-1:]
        if not found and colour_first:
            hi = min(colours[k + 1].start() if k + 1 < len(colours) else len(text), m.end() + _NEAR)
            found = [x for x in meanings if m.end() <= x[0] < hi][:1]
        elif not found:
            lo = max(colours[k - 1].end() if k else 0, m.start() - _NEAR)
            found = [x for x in meanings if lo <= x[0] and x[1] <= m.start()][-1:]
        for start, _, kind in found:
            if not _DENIED.search(text[max(0, start - 8) : start]):
                (plan if kind == "plan" else done).add(_COLOUR_WORDS[m.group(1)])
    return plan, done


#: A legend's heading row ("Keterangan warna:", "KETERANGAN", "Legend").
_HEADING = re.compile(r"^(?:keterangan|ket|legenda?|catatan)(?:\s+warna)?\s*:?$")


def _meaning(text: str) -> str | None:
    """``plan`` or ``done`` for a swatch's words ("Rencana", "= Realisasi pelaksanaan", "Bulan rencana",
    "Target"): three words at most, the meaning among the first two; else None."""
    words = clean(text).lower().lstrip("■□●•▪-*:= ")
    if not words or len(words.split()) > 3 or _COLOUR.search(words):
        return None
    head = " ".join(words.split()[:2])
    plan, done = _PLAN.search(head), _DONE.search(head)
    if bool(plan) == bool(done):
        return None
    return "plan" if plan else "done"


#: Columns right of a swatch its words may stand in ("■ | Rencana", "■ | | Rencana" across a merge).
_SWATCH_REACH = 3


def _side_by_side(r: RawRow, swatch: list[int]) -> list[tuple[str, str, str]] | None:
    """A legend written along one row, each swatch followed by its words (``■ | Rencana | ■ |
    Realisasi``): ``(kind, fill, words)`` per swatch, when every swatch has words and the row names the
    plan and a realisation both; else None."""
    if len(swatch) < 2:
        return None
    out: list[tuple[str, str, str]] = []
    cols = sorted(swatch)
    for n, c in enumerate(cols):
        stop = min(c + 1 + _SWATCH_REACH, cols[n + 1] if n + 1 < len(cols) else len(r.cells))
        words = next((r.cells[x] for x in range(c + 1, min(stop, len(r.cells))) if r.cells[x].strip()), "")
        kind = _meaning(words) if words else None
        if kind is None:
            return None
        out.append((kind, r.colours[c], clean(words)))
    kinds = {k for k, _, _ in out}
    return out if kinds == {"plan", "done"} else None


def colour_legend(rows: Iterable[RawRow]) -> ColourLegend | None:
    """The colour legend the rows of a document hold, or ``None``: none naming a colour for the plan and
    another for what was done (or one colour for both).

    Read, in the rows' order:

    - one text (a cell, a paragraph) pairing a colour with the plan's words and another with a
      realisation's ("Keterangan: warna hijau = rencana; warna kuning = realisasi");
    - short legend lines (ten words at most, opening with a colour or a meaning) a few rows apart, one
      pairing the plan and one a realisation ("Hijau : Rencana" | "Oranye : Realisasi");
    - swatches a few rows apart: a row holding one filled empty cell and the plan's or a realisation's
      words alone (``■ | Rencana pelaksanaan``, ``■ | Realisasi``), with the heading right above them;
      or one row of swatches each followed by its words (``Keterangan : | ■ | Rencana | ■ | Realisasi``).

    An activity's words ("ruangan bendera hijau = capaian kebersihan", "jadwal piket (kuning)") are none
    of these: a legend says both meanings.
    """
    plan: set[str] = set()
    done: set[str] = set()
    fills: dict[str, set[str]] = {"plan": set(), "done": set()}
    said: list[str] = []
    used: set[tuple[str | None, int]] = set()
    # the last short legend line and swatch of each kind: (sheet, index, colour words or fill, row)
    lines: dict[str, tuple[str | None, int, str, RawRow]] = {}
    swatches: dict[str, tuple[str | None, int, str, RawRow]] = {}
    seen = list(rows)
    status = False  # a legend of statuses seen: no plan/realisation legend (see _STATUS)
    for k, r in enumerate(seen):
        texts = [t for t in r.cells if t.strip()]
        swatch = [c for c in r.colours if c >= len(r.cells) or not r.cells[c].strip()]
        if (swatch and len(texts) <= 4) or any(_COLOUR.search(clean(t).lower()) for t in texts):
            status = status or any(_STATUS.search(clean(t).lower()) for t in texts if len(t) <= 300)
        side = _side_by_side(r, swatch)
        if side is not None:
            # "Keterangan : | ■ | Rencana | ■ | Realisasi": one row saying both meanings
            for kind_of, colour, words in side:
                fills[kind_of].add(colour)
                said.append(f"{colour}: {words}")
            used.add((r.sheet, r.line))
            continue
        kind = _meaning(texts[0]) if len(texts) == 1 and len(swatch) == 1 else None
        if kind is not None:
            swatches[kind] = (r.sheet, k, r.colours[swatch[0]], r)
            other = swatches.get("done" if kind == "plan" else "plan")
            if other is not None and other[0] == r.sheet and k - other[1] <= _ROWS_APART:
                for swatch_kind, (_, _, colour, row) in swatches.items():
                    fills[swatch_kind].add(colour)
                    said.append(f"{colour}: {clean(' '.join(t for t in row.cells if t.strip()))}")
                    used.add((row.sheet, row.line))
                first = min(k, other[1])
                if first > 0 and _HEADING.match(clean(" ".join(seen[first - 1].cells)).lower()):
                    used.add((seen[first - 1].sheet, seen[first - 1].line))  # "Keterangan warna:"
        for raw in texts:
            text = clean(raw).lower()
            if len(text) > 300 or not _COLOUR.search(text):
                continue
            p, d = _pairs(text)
            if p and d:  # one text saying both meanings
                plan |= p
                done |= d
                said.append(" ".join(raw.split()))
            elif (p or d) and len(text.split()) <= _LINE_WORDS and _LEGEND_LINE.match(text):
                line_kind = "plan" if p else "done"
                lines[line_kind] = (r.sheet, k, " ".join(raw.split()), r)
                other = lines.get("done" if line_kind == "plan" else "plan")
                if other is not None and other[0] == r.sheet and k - other[1] <= _ROWS_APART:
                    plan |= p
                    done |= d
                    mine, theirs = _pairs(clean(other[2]).lower())
                    plan |= mine
                    done |= theirs
                    said += [other[2], " ".join(raw.split())]
                    used.update({(r.sheet, r.line), (other[3].sheet, other[3].line)})
    if status or fills["plan"] & fills["done"] or plan & done:
        return None
    if not (plan or fills["plan"]) or not (done or fills["done"]):
        return None
    return ColourLegend(
        frozenset(plan),
        frozenset(done),
        "; ".join(dict.fromkeys(said))[:120],
        frozenset(fills["plan"]),
        frozenset(fills["done"]),
        frozenset(used),
    )
