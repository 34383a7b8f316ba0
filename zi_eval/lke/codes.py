"""Read LKE item references in the notations units write (``P.1.i.a``, ``A.1.I.i`` + ``a``, labels, paths).

Notations read (every result is checked against the rubric: a code it does not hold is never returned):

- Rubric codes: ``P.1.i.a``, ``R.5.iii.b``, ``R.1.ii``, ``H.I.a`` (any case, spaces around dots).
- The LKE workbook's hierarchy: ``A.1`` = Pengungkit/Pemenuhan (P), ``A.2`` = Pengungkit/Reform (R),
  ``B`` = Hasil (H); upper-case Roman = area I..VI, lower-case Roman = indicator, letter = item:
  ``A.1.I.i.a``, ``A.1.I.i a``, or ``A.1.I.i`` with the letter in its own column (``extra``).
- Area number, indicator numeral, item letter: ``1.i.a`` (the Eviden paths of one court's LKE:
  ``AREA I\\i. Penyusunan Tim Kerja\\1.i.a SK TIM.pdf``).
- Labels of the hierarchy joined by `` / `` or path separators: ``1. Manajemen Perubahan / i. Penyusunan
  Tim Kerja / a. Unit kerja telah …``, ``A. PENGUNGKIT/I. PEMENUHAN/…``, ``AREA I/i. …/1.a SK Tim``; an
  indicator name alone (``Komitmen Pimpinan``); the item's question quoted (30 characters or more).
- Under a ``B. HASIL`` / ``HASIL`` label: a numeral counts the Hasil components (``II``, ``II. Pelayanan
  Prima``, ``2.``), and a survey's short name gives the Hasil item it scores (``IPAK`` → H.I.a;
  ``IPKP``, and the unit's own ``SKM``/``IKM`` filed under HASIL → H.II.a).

Choices:

- ``1.i.a`` names no aspect, and most areas have an indicator ``i`` in both Pemenuhan and Reform. The
  rest of the text decides (an indicator name such as ``Penyusunan Tim Kerja``, the words
  ``Pemenuhan``/``Reform``, the item's question); when nothing decides, **both** candidates are
  returned (``P`` first) so the caller can report the ambiguity instead of picking one.
- A reference to an indicator without an item letter returns the indicator's only item when it has
  one (``A.2.I.ii`` → ``R.1.ii``), else the indicator code itself (``A.1.I.i`` → ``P.1.i``), which is
  not an item code: the caller links it to all the indicator's items or reports it.
- ``1.a.1`` is not read: it fits two numberings (indicator by letter and item by number, or the
  reverse), and a wrong link is worse than none.
- A bare ``1.i`` (no item letter) counts only as a whole cell or at the start of a path segment:
  inside other words (``SK No. 1.i/2025``) it is too weak a sign.
- Codes the rubric does not hold are dropped (``P.1.i.a, P.1.i.z`` → ``P.1.i.a``).
- A numeral and a name agree when the numeral's indicator is called by that name, even cut
  (``AREA III/iv. Kinerja Individu`` is P.3.iv *Penetapan Kinerja Individu*, though the name is exactly
  Reform's R.3.i); an aspect that has no indicator of that numeral is not read (Reform has no ``iv`` in
  area III).
- Conflicts (a numeral and a name that point to different indicators, an item letter in the text and
  another in ``extra``) return ``()``, as do an ``AREA`` folder that is
  not the code's area and an item letter whose quoted question is another item's.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from zi_eval.io.words import clean, contains_phrase, norm
from zi_eval.matching.terms import Analyzer, shipped_vocabulary
from zi_eval.models.rubric import Rubric

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_NUMERALS = tuple(_ROMAN)  # "i" … "x", in order
_HASIL_AREAS = {"bersih-dan-akuntabel": "I", "pelayanan-prima": "II"}
#: The surveys a Hasil folder is named after, as the matcher's vocabulary writes them (``Indeks Persepsi
#: Anti Korupsi`` is ``ipak``), by the Hasil field each scores. Under a HASIL folder the unit's own
#: service survey (SKM, IKM) is filed as the evidence of the service-quality index.
_SURVEY_WORDS = {"ipak": "ipak", "ipkp": "ipkp", "skm": "ipkp", "ikm": "ipkp"}

_SEP = r"\s?\.\s?"
_END = r"(?![A-Za-z0-9])"
_CODE = re.compile(
    rf"(?<![A-Za-z0-9])([PRH]){_SEP}(\d{{1,2}}|[IVX]{{1,4}}){_SEP}([ivx]{{1,4}}|[a-z])(?:{_SEP}([a-z]))?{_END}",
    re.IGNORECASE,
)
_A_CODE = re.compile(
    rf"(?<![A-Za-z0-9])A{_SEP}([12]){_SEP}([IVX]{{1,4}}|\d{{1,2}}){_SEP}([ivx]{{1,4}})"
    rf"(?:(?:{_SEP}|\s)([a-z]))?{_END}",
    re.IGNORECASE,
)
_B_CODE = re.compile(rf"(?<![A-Za-z0-9])B{_SEP}(I{{1,2}}|[12])(?:{_SEP}([a-z]))?{_END}", re.IGNORECASE)
_NUMERIC = re.compile(rf"(?<![A-Za-z0-9.])(\d{{1,2}}){_SEP}([ivx]{{1,4}})(?:{_SEP}([a-z]))?{_END}")
_LETTER_NUMBER = re.compile(rf"(?<![A-Za-z0-9.])\d{{1,2}}{_SEP}[a-z]{_SEP}\d{{1,2}}{_END}")
_LABEL = re.compile(r"^(\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])\s{0,3}[.)]?(?:\s+(.*)|$)", re.DOTALL)
_AREA_WORD = re.compile(r"^area\s{1,3}(\d{1,2}|[IVXivx]{1,4})\b\s*[.:)-]?\s*(.*)$", re.DOTALL | re.IGNORECASE)
_AREA_FOLDER = re.compile(r"(?<![a-z])area\s{1,3}(\d{1,2}|[IVX]{1,4})(?![a-z0-9])", re.IGNORECASE)
_EXTRA = re.compile(r"^\(?([a-z])[.)]?$")
_SPLIT = re.compile(r"\s/\s|[\\>|\n]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Index:
    items: frozenset[str]
    indicators: dict[str, tuple[str, tuple[str, ...]]]  # code → (normalised name, item codes)
    questions: dict[str, str]  # item code → normalised question
    area_names: dict[str, int]  # normalised area name or alias → area number 1..6
    hasil_names: dict[str, str]  # normalised Hasil area name → "I"/"II"
    slash_pairs: frozenset[str]  # "wbk/wbbm", "dan/atau": a "/" inside a rubric name, not a path separator
    acronyms: dict[str, tuple[str, ...]]  # indicator code → its abbreviations in brackets ("sop", "spbe")
    surveys: dict[str, str]  # a survey's short name ("ipak", "ipkp", "skm") → the Hasil item it scores
    area_numbers: dict[str, int]  # ZI area id → its number 1..6


def _build_index(rubric: Rubric) -> _Index:
    indicators: dict[str, tuple[str, tuple[str, ...]]] = {}
    questions: dict[str, str] = {}
    number_of: dict[str, int] = {}
    for flat in rubric.items.values():
        ind = flat.indicator
        indicators[ind.code] = (norm(ind.name), tuple(i.code for i in ind.items))
        questions[flat.code] = norm(flat.item.question)
        parts = flat.code.split(".")
        if parts[0] == "P" and parts[1].isdigit():
            number_of[flat.area] = int(parts[1])
    names = {norm(a.name): number_of[a.id] for a in rubric.areas if a.id in number_of}
    for ra in rubric.ra_areas:
        if ra.area in number_of:
            names.update({norm(alias): number_of[ra.area] for alias in ra.aliases})
    hasil = {norm(a.name): _HASIL_AREAS[a.id] for a in rubric.areas if a.id in _HASIL_AREAS}
    official = [a.name for a in rubric.areas] + [f.indicator.name for f in rubric.items.values()]
    pairs = frozenset(
        f"{a}/{b}" for name in official for a, b in re.findall(r"(\w+)\s?/\s?(\w+)", name.lower())
    )
    acronyms = {
        f.indicator.code: tuple(
            norm(a) for a in re.findall(r"\(([A-Z][A-Za-z0-9-]{1,9})\)", f.indicator.name)
        )
        for f in rubric.items.values()
    }
    by_field = {f.item.hasil_field: f.code for f in rubric.items.values() if f.item.hasil_field}
    surveys = {word: by_field[field] for word, field in _SURVEY_WORDS.items() if field in by_field}
    return _Index(
        frozenset(rubric.items), indicators, questions, names, hasil, pairs, acronyms, surveys, number_of
    )


def _index(rubric: Rubric) -> _Index:
    found: _Index = rubric.derived("lke_code_index", _build_index)
    return found


def _similar(label: str, official: str) -> bool:
    """Tell whether a normalised label names an official (normalised) name.

    Units shorten names ("Tim Kerja"), cut them ("Penyusunan Tim…"), add to them ("Penyusunan Tim Kerja
    (0,5)") and mistype them; a longer text that merely contains the name (a file name) does not count.
    """
    if not label or not official:
        return False
    if label == official or label.startswith(official):
        return True
    if len(label) >= 8 and (
        official.startswith(label) or (" " in label and contains_phrase(official, label))
    ):
        return True
    if 2 * min(len(label), len(official)) < 0.88 * (len(label) + len(official)):
        return False  # lengths too far apart for a typo: skip the quadratic comparison
    matcher = difflib.SequenceMatcher(None, label, official)
    return matcher.quick_ratio() >= 0.88 and matcher.ratio() >= 0.88


def _area_number(token: str) -> int | None:
    return int(token) if token.isdigit() else _ROMAN.get(token.lower())


def _resolve(ix: _Index, indicator: str, letter: str | None) -> tuple[str, ...]:
    """Return the item (or indicator) code for an indicator code and an optional item letter."""
    found = ix.indicators.get(indicator)
    if found is None:
        return ()
    items = found[1]
    if letter is None:
        return (items[0],) if len(items) == 1 else (indicator,)
    code = f"{indicator}.{letter}"
    if code in ix.items:
        return (code,)
    if len(items) == 1 and letter == "a":  # a single-item indicator's item written as "a"
        return items
    return ()


def _merge_letter(own: str | None, extra: str | None) -> tuple[bool, str | None]:
    """Combine the item letter written in the code with the one in the letter column."""
    own = own.lower() if own else None
    if own and extra and own != extra:
        return False, None
    return True, own or extra


def _indicator_of(code: str) -> str:
    return code if code.count(".") == 2 or code.startswith("H.") else code.rsplit(".", 1)[0]


def _narrow(ix: _Index, codes: list[str], context: str) -> list[str]:
    """Keep the candidates the rest of the text points to (aspect words, indicator names, questions)."""
    if len(codes) < 2:
        return codes
    tests = []
    if contains_phrase(context, "pemenuhan"):
        tests.append(lambda c: c.startswith("P."))
    if contains_phrase(context, "reform"):
        tests.append(lambda c: c.startswith("R."))
    named = [c for c in codes if contains_phrase(context, ix.indicators[_indicator_of(c)][0])]
    # an indicator's own abbreviation ("Prosedur operasional tetap (SOP) …"): "AREA II/i. SOP" is P.2.i
    short = [
        c for c in codes if any(contains_phrase(context, a) for a in ix.acronyms.get(_indicator_of(c), ()))
    ]
    tests.append(lambda c: c in short)
    # the indicator's name in the unit's own words ("Rencana Pembangunan ZI" for "… Zona Integritas")
    words = _name_words(context)
    close = [c for c in codes if _covers(words, _name_words(ix.indicators[_indicator_of(c)][0]))]
    tests.append(lambda c: c in close)
    longest = max((len(ix.indicators[_indicator_of(c)][0]) for c in named), default=0)
    # "… (SPBE) yang Terintegrasi" contains the shorter "… (SPBE)" too: the longest name is the one meant
    tests.append(lambda c: c in named and len(ix.indicators[_indicator_of(c)][0]) == longest)
    tests.append(
        lambda c: c in ix.questions and len(ix.questions[c]) > 20 and ix.questions[c][:40] in context
    )
    for test in tests:
        kept = [c for c in codes if test(c)]
        if kept and len(kept) < len(codes):
            codes = kept
    return codes


@functools.lru_cache(maxsize=4096)
def _name_words(text: str) -> frozenset[str]:
    """A name's words as the matcher reads them (stems, abbreviations resolved: ZI = zona integritas)."""
    return frozenset(t for t in _analyzer().terms(text)[0] if "_" not in t)


@functools.lru_cache(maxsize=1)
def _analyzer() -> Analyzer:
    return Analyzer(shipped_vocabulary(), {}, mend=False)


def _covers(words: frozenset[str], name: frozenset[str]) -> bool:
    """Tell whether ``words`` hold at least three quarters of a name's words (and two at least)."""
    return len(name) >= 2 and len(words & name) >= max(2, 0.75 * len(name))


def _explicit(ix: _Index, text: str, extra: str | None) -> list[str] | None:
    """Read rubric codes and LKE workbook codes; ``None`` when the text holds none."""
    out: list[str] = []
    seen = False
    for m in _CODE.finditer(text):
        seen = True
        kind, area, ind, letter = m.group(1).upper(), m.group(2), m.group(3), m.group(4)
        if kind == "H":
            if area.upper() in ("I", "II") and ind.isalpha() and len(ind) == 1:
                out += _resolve(ix, f"H.{area.upper()}.{ind.lower()}", None)
            continue
        if not area.isdigit() or ind.lower() not in _ROMAN:
            continue
        ok, letter = _merge_letter(letter, extra)
        if ok:
            out += _resolve(ix, f"{kind}.{int(area)}.{ind.lower()}", letter)
    for m in _A_CODE.finditer(text):
        seen = True
        aspect = "P" if m.group(1) == "1" else "R"
        area = _area_number(m.group(2))
        ok, letter = _merge_letter(m.group(4), extra)
        if ok and area is not None:
            out += _resolve(ix, f"{aspect}.{area}.{m.group(3).lower()}", letter)
    for m in _B_CODE.finditer(text):
        seen = True
        area_roman = {"1": "I", "2": "II"}.get(m.group(1), m.group(1).upper())
        ok, letter = _merge_letter(m.group(2), extra)
        if ok and letter:
            out += _resolve(ix, f"H.{area_roman}.{letter}", None)
    return out if seen else None


def _numeric(ix: _Index, text: str, extra: str | None, context: str) -> list[str] | None:
    """Read ``1.i.a`` / ``1.i`` + letter: candidates in Pemenuhan and Reform, narrowed by the context."""
    out: list[str] = []
    seen = False
    folder = _AREA_FOLDER.search(text)  # "AREA I\…\1.i.a": the folder's area must be the code's
    for m in _NUMERIC.finditer(text):
        starts_segment = text[: m.start()].rstrip(" ").endswith(("\\", "/")) or not text[: m.start()].strip()
        if m.group(3) is None and extra is None and not starts_segment:
            continue  # a bare "1.i" inside other words ("SK No. 1.i/2025") is too weak a sign
        seen = True
        ok, letter = _merge_letter(m.group(3), extra)
        if not ok or (folder and _area_number(folder.group(1)) != int(m.group(1))):
            continue
        found = [
            c for aspect in "PR" for c in _resolve(ix, f"{aspect}.{int(m.group(1))}.{m.group(2)}", letter)
        ]
        out += _narrow(ix, found, context)
    return out if seen else None


@dataclass
class _Path:
    aspect: str | None = None
    area: int | None = None
    hasil: str | None = None
    numeral: str | None = None
    ind_name: str | None = None
    letter: str | None = None
    item_text: str | None = None
    survey: str | None = None  # the Hasil item a survey's name gives ("HASIL/IPKP" → H.II.a)
    conflict: bool = False

    def set(self, field: str, value: object) -> None:
        old = getattr(self, field)
        if old is not None and old != value:
            self.conflict = True
        setattr(self, field, value)


def _indicator_named(ix: _Index, name: str, area: int | None, aspect: str | None) -> list[str]:
    """Return the indicators called ``name`` (exact names first, then similar ones) in an area/aspect."""
    codes = [
        code
        for code in ix.indicators
        if (area is None or code.split(".")[1] == str(area))
        and (aspect is None or code.startswith(aspect + "."))
    ]
    exact = [c for c in codes if ix.indicators[c][0] == name]
    return exact or _indicators_like(ix, name, codes)


def _indicators_like(ix: _Index, name: str, codes: list[str]) -> list[str]:
    """Return those of ``codes`` whose indicator name ``name`` is similar to (cut, shortened, mistyped)."""
    return [c for c in codes if _similar(name, ix.indicators[c][0])]


def _areas_named(ix: _Index, name: str) -> set[int]:
    exact = {n for alias, n in ix.area_names.items() if alias == name}
    return exact or {n for alias, n in ix.area_names.items() if _similar(name, alias)}


def _split_label(seg: str) -> tuple[str | None, str, bool]:
    """Split a label into its numeral and its name; say whether it starts with the word AREA."""
    m = _AREA_WORD.match(seg)
    if m:
        return m.group(1), norm(m.group(2)), True
    m = _LABEL.match(seg)
    if m:
        return m.group(1), norm(m.group(2) or ""), False
    return None, norm(seg), False


def _read_segment(ix: _Index, seg: str, path: _Path) -> None:
    """Read one label of the hierarchy (aspect, area, indicator or item) into ``path``."""
    words = norm(seg)
    if not words or words in ("a pengungkit", "pengungkit", "komponen pengungkit"):
        return
    for word, aspect in (("pemenuhan", "P"), ("reform", "R")):
        if contains_phrase(words, word) and len(words.split()) <= 4:
            path.set("aspect", aspect)
            return
    if words in ("b hasil", "hasil", "komponen hasil"):
        path.set("aspect", "H")
        return
    num, rest, area_word = _split_label(seg)
    if num is not None and len(num) == 1 and num.isalpha() and num.lower() not in "ivx" and not area_word:
        if path.numeral is None and path.ind_name is None and path.letter is None and path.area is not None:
            numeral = _lettered_indicator(ix, num, rest, path.area, path.aspect)
            if numeral is not None:  # "1. Manajemen Perubahan/b. Rencana Pembangunan ZI": indicator ii
                path.set("numeral", numeral)
                path.ind_name = rest
                return
        path.set("letter", num.lower())  # "a. Unit kerja telah …": an item, whatever its words resemble
        path.item_text = rest or None
        return
    if path.aspect == "H" and not area_word and _read_hasil(ix, num, rest, path):
        return
    # "6. Pelayanan Publik" or "Area 6 Pelayanan Publik" is the sixth ZI area, not the Hasil of that name
    area_label = path.aspect != "H" and (
        area_word or (num is not None and num.isdigit()) or norm(rest or "") in ix.area_names
    )
    hasil = [r for name, r in ix.hasil_names.items() if rest and not area_label and _similar(rest, name)]
    if hasil:
        path.set("hasil", hasil[0])
        return
    areas = _areas_named(ix, rest) if rest else set()
    indicators = _indicator_named(ix, rest, path.area, path.aspect) if rest else []
    number = _area_number(num) if num is not None and (num.isdigit() or num.isupper() or area_word) else None
    if not area_word and rest not in ix.area_names and any(ix.indicators[c][0] == rest for c in indicators):
        areas = set()  # "II. PENGELOLAAN AKUNTABILITAS KINERJA" is exactly an indicator's name
    if (
        num is not None
        and num.isdigit()
        and not area_word
        and not areas
        and path.area is not None
        and path.numeral is None
        and 1 <= int(num) <= len(_NUMERALS)
    ):
        # "AREA II/1. SOP": under a named area an Arabic number counts its indicators (folders often
        # number them so); the name, when it fits one, must agree (see _labels)
        path.set("numeral", _NUMERALS[int(num) - 1])
        if indicators:
            path.ind_name = rest
        return
    if area_word or (number is not None and not (indicators and not areas)) or (num is None and areas):
        if len(areas) == 1:
            path.set("area", next(iter(areas)))
        if number is not None:
            path.set("area", number)
        return
    if indicators:
        path.ind_name = rest
        if num is not None and num.lower() in _ROMAN:
            path.set("numeral", num.lower())
        return
    if num is None:
        return
    if rest and num in _ROMAN and _indicator_named(ix, rest, None, path.aspect):
        path.conflict = True  # "AREA II/i. Penyusunan Tim Kerja": that indicator is another area's
        return
    if num in _ROMAN and path.numeral is None and path.letter is None:
        path.set("numeral", num)
    elif len(num) == 1 and num.isalpha():
        path.set("letter", num.lower())
        path.item_text = rest or None


def _lettered_indicator(ix: _Index, letter: str, name: str, area: int, aspect: str | None) -> str | None:
    """The indicator numeral a letter gives when it numbers an area's indicators, or None.

    Folders filed straight under an area often letter its indicators (``1. Manajemen Perubahan/b. Rencana
    Pembangunan ZI``: the second indicator, *Rencana Pembangunan Zona Integritas*, not an item b). A letter
    counts so only when the name after it is that very indicator's name (cut, shortened, or in the unit's
    words and no more), so that a lettered item's question (``a. Unit kerja telah …``) stays an item.
    """
    rank = ord(letter.lower()) - ord("a")
    if not name or not 0 <= rank < len(_NUMERALS):
        return None
    numeral = _NUMERALS[rank]
    words = _name_words(name)
    for asp in (aspect,) if aspect in ("P", "R") else ("P", "R"):
        official = ix.indicators.get(f"{asp}.{area}.{numeral}")
        if official is None:
            continue
        own = _name_words(official[0])
        if _similar(name, official[0]) or (_covers(words, own) and len(words - own) <= 1):
            return numeral
    return None


def lettered_indicator(segment: str, area: str, rubric: Rubric) -> bool:
    """Tell whether a folder's letter numbers the indicators of the ZI area ``area`` (an area id) rather
    than labelling an item (``b. Rencana Pembangunan ZI`` under *Manajemen Perubahan*)."""
    ix = _index(rubric)
    num, rest, area_word = _split_label(segment.strip())
    number = ix.area_numbers.get(area)
    if num is None or area_word or number is None or len(num) != 1 or not num.isalpha():
        return False
    return _lettered_indicator(ix, num, rest, number, None) is not None


def _read_hasil(ix: _Index, num: str | None, rest: str, path: _Path) -> bool:
    """Read a label under a HASIL folder; tell whether it was one of the Hasil's.

    Under ``B. HASIL`` a numeral counts the Hasil components (``II``, ``II. Pelayanan Prima``, ``2.``: the
    second, *Pelayanan Publik yang Prima*), whatever the words after it resemble (``Pelayanan Prima`` is
    also a name of the sixth pengungkit area); a name the other component's fits is a conflict. A survey's
    short name (``IPKP``, ``Laporan SKM 2025``) names the Hasil item that survey scores.
    """
    # the first numeral under HASIL is the component's; a later one numbers documents ("1. Laporan")
    first = num is not None and path.hasil is None and (num.isdigit() or num.lower() in ("i", "ii"))
    number = _area_number(num) if num is not None and first else None
    named = [r for name, r in ix.hasil_names.items() if rest and _similar(rest, name)]
    if number in (1, 2):
        path.set("hasil", ("I", "II")[number - 1])
        for r in named[:1]:
            path.set("hasil", r)
    words = _name_words(rest) if rest else frozenset()
    surveys = {code for word, code in ix.surveys.items() if word in words}
    if len(surveys) > 1:
        path.conflict = True  # "IPAK dan IPKP": two surveys, two items
    elif surveys:
        code = next(iter(surveys))
        path.set("hasil", code.split(".")[1])
        path.set("survey", code)
    return number in (1, 2) or bool(surveys)


def _segments(ix: _Index, text: str) -> list[str]:
    """Split labels and paths into segments; a "/" inside a rubric name ("WBK/WBBM") does not split."""
    out: list[str] = []
    for part in _SPLIT.split(text):
        start = 0
        for m in re.finditer("/", part):
            before = _WORD.findall(part[max(0, m.start() - 40) : m.start()])
            after = _WORD.findall(part[m.end() : m.end() + 40])
            if before and after and f"{before[-1].lower()}/{after[0].lower()}" in ix.slash_pairs:
                continue
            out.append(part[start : m.start()])
            start = m.end()
        out.append(part[start:])
    return out


def _asked(ix: _Index, words: str, letter: str | None) -> list[str]:
    """Find the one item whose question the text quotes (at least 30 characters of it)."""
    if len(words) < 30:
        return []
    head = words[:60]
    found = [
        c for c, q in ix.questions.items() if q.startswith(head) or (len(q) >= 30 and words.startswith(q))
    ]
    if len(found) != 1 or (letter and found[0].count(".") == 3 and not found[0].endswith("." + letter)):
        return []
    return found


def _labels(ix: _Index, text: str, extra: str | None) -> list[str]:
    """Read the hierarchy from labels and path segments."""
    path = _Path()
    for seg in _segments(ix, text):
        if path.letter is not None:
            break  # what follows the item's label is its question ("… pada: / 1. Kesesuaian …")
        seg = seg.strip()
        short = re.match(r"^(\d{1,2})\s?\.\s?([a-z])(?:\s+(.*))?$", seg)  # "1.a SK Tim": area and item
        if short:
            path.set("area", int(short.group(1)))
            path.set("letter", short.group(2))
            continue
        _read_segment(ix, seg, path)
    ok, letter = _merge_letter(path.letter, extra)
    if path.conflict or not ok:
        return []
    if path.hasil is not None:
        if path.survey is not None:
            return [] if letter and not path.survey.endswith("." + letter) else [path.survey]
        if letter:
            return list(_resolve(ix, f"H.{path.hasil}.{letter}", None))
        only = [c for c in ix.indicators if c.startswith(f"H.{path.hasil}.")]
        return [ix.indicators[only[0]][1][0]] if len(only) == 1 else []  # H.II holds one item only
    if path.area is None and not path.ind_name:
        if path.numeral is None and not path.conflict:
            return _asked(ix, path.item_text or norm(text), letter)
        return []
    aspect = path.aspect if path.aspect in ("P", "R") else None
    # names are compared across both aspects at once, so an exact name beats a similar one in the other
    named = _indicator_named(ix, path.ind_name, path.area, aspect) if path.ind_name else []
    indicators: list[str] = []
    for asp in [aspect] if aspect else ["P", "R"]:
        by_numeral = f"{asp}.{path.area}.{path.numeral}" if path.numeral and path.area else None
        if by_numeral is not None and by_numeral not in ix.indicators:
            continue  # "iv." in area III of Reform, which has three indicators: not this aspect's label
        mine = [c for c in named if c.startswith(asp + ".")]
        if by_numeral and by_numeral not in mine and _indicators_like(ix, path.ind_name or "", [by_numeral]):
            # "AREA III/iv. Kinerja Individu": the name is exactly Reform's R.3.i, and Pemenuhan's indicator
            # iv is "Penetapan Kinerja Individu", which it names too: numeral and name agree there
            indicators.append(by_numeral)
            continue
        if mine and by_numeral and by_numeral not in mine:
            return []  # the numeral and the name point to different indicators
        if mine and by_numeral:
            indicators.append(by_numeral)  # "i. Komitmen": the numeral picks among the names it fits
        elif mine:
            indicators += mine
        elif by_numeral and by_numeral in ix.indicators and not named:
            indicators.append(by_numeral)
    found = [c for ind in indicators for c in _resolve(ix, ind, letter)]
    if len(found) > 1 and aspect is None:
        found = _narrow(ix, found, norm(text))  # "AREA II/i. SOP": the SOP indicator, not Reform's i
    if path.item_text and len(path.item_text) >= 20:
        # "b. Unit kerja telah membentuk tim": the question is item a's, so the letter is not to be trusted
        head = path.item_text[:30]
        asked = [
            code
            for ind in indicators
            for code in ix.indicators[ind][1]
            if ix.questions[code].startswith(head) or path.item_text.startswith(ix.questions[code][:30])
        ]
        if asked and not set(found) & set(asked):
            return []
        found = [c for c in found if c in asked] or found
    return found


def item_refs(text: str, rubric: Rubric, extra: str | None = None) -> tuple[str, ...]:
    """Return the codes of the rubric items named by ``text`` (``()`` when it names none for sure).

    ``extra`` is an item letter kept in its own column (``A.1.I.i`` + ``a``). A result that is not an
    item code is an indicator code (the text named a multi-item indicator, not one of its items).
    More than one code means the text names several items, or (``1.i.a``) could not tell Pemenuhan
    from Reform.
    """
    ix = _index(rubric)
    raw = clean(text or "")[:2000]
    letter: str | None = None
    if extra is not None and clean(extra):
        m = _EXTRA.match(clean(extra).lower())
        if m is None:
            return ()  # a letter column holding something else: refuse rather than guess
        letter = m.group(1)
    if not raw or _LETTER_NUMBER.search(raw):
        return ()
    context = norm(raw)
    found = _explicit(ix, raw, letter)
    if found is None:
        found = _numeric(ix, raw, letter, context)
    if found is None:
        # the text quotes one item's question whole ("Penanganan Benturan Kepentingan telah
        # diimplementasikan"): that item, though it starts with its indicator's name (read as a path,
        # it named the indicator, and the link went to all its items)
        found = _asked(ix, context, letter) or None
    if found is None:
        found = _labels(ix, raw, letter)
    return tuple(dict.fromkeys(found))
