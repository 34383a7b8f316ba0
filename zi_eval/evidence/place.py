"""Place a data-dukung file: the LKE items its folders and name point to, and the plan activities it fits.

Items, in this order (the first that answers decides):

1. :func:`zi_eval.lke.codes.item_refs` (else :func:`zi_eval.evidence.names.bps_refs`, BPS's question
   ids ``PPA1A``) on the whole path, folders and name together
   (``AREA I/i. Penyusunan Tim Kerja/1.i.a SK TIM`` → ``P.1.i.a``): the folders give the context that
   ``1.i.a`` or ``a.`` alone lack.
2. When the whole path names nothing (the name is numbered ``2. Daftar Hadir``, say): the folders
   alone, or the name alone. Before all this: when the folders and the name both name items and
   share none (``P.1.i.b/P.1.ii.a Rencana.pdf``), the file fits two places: EVIDENCE_AMBIGUOUS, no
   support.
3. Failing both, the matcher of :mod:`zi_eval.scoring.linking` on the file's title, restricted to the
   ZI area its folders name (if any): a code or question match, or the best lexical score when it
   reaches :data:`~zi_eval.scoring.linking.LINK_THRESHOLD` and the runner-up stays under
   :data:`~zi_eval.scoring.linking.SECOND_LINK_RATIO` of it. A close runner-up makes the file ambiguous.

Rules on what a reference gives:

- ``1.i.a`` that nothing around it settles (Pemenuhan or Reform) is **ambiguous**: the file supports
  neither, and EVIDENCE_AMBIGUOUS names both.
- A folder that names an indicator with several items and no item letter (``AREA I/i. Penyusunan Tim
  Kerja/SK Tim.pdf``): the matcher decides among that indicator's items only (same thresholds); when it
  cannot, the file is ambiguous among them. A file is never spread over every item of an indicator:
  that would count evidence for items nobody showed it for. A folder naming one indicator in both
  aspects (``AREA II/ii. SPBE``: P.2.ii or R.2.ii) is settled by the title only when the title says more
  than the other aspect's indicator name ("Dokumentasi SPBE" is ambiguous).
- ``item_refs`` reads ``6. Pelayanan Publik`` as the Hasil area *Pelayanan Publik yang Prima*; under a
  folder that names a pengungkit area, Hasil items are dropped (the area folder is the stronger sign).
- Several distinct items named together (``P.1.i.a dan P.1.i.b``) are all supported (one indicator in
  both aspects, ``P.1.i.a`` and ``R.1.i.a``, is the ``1.i.a`` ambiguity above), and so are items
  named by folders nested one in the other (``P.1.i.b/lihat P.1.i.a/…``, a folder linked or copied under
  a second item: deliberate filing). Only a file whose own name disagrees with its folders is ambiguous
  (a file copied or dropped into another item's folder: the unit must say which it means).
- An item named inside the indicator also named (``P.1.i/P.1.i.b/Notulen.pdf``, ``P.1.i/P.1.i.b
  Notulen.pdf``) is the one meant: the indicator does not widen it to its other items.
- The matcher chooses only among the items of the letter the path labels the file with (the outermost
  lettered folder or name: ``AREA III/c. SKP.pdf``, ``…/c. Sosialisasi/Foto.jpg``), and under a HASIL
  folder only among the Hasil items, under a PEMENUHAN or REFORM folder only among that aspect's. When
  the title fits an item of another letter best, the letter and
  the title disagree: EVIDENCE_AMBIGUOUS names that item and the item of the path's letter in its
  indicator (else the best of that letter), and the file supports neither.
- The ZI area a path names is its deepest folder's that names one, save that under a folder naming one
  area, a folder naming another counts only when it is written as that area's folder: ``AREA n``, or
  the area's own label (``F. PELAYANAN PUBLIK``, ``6. Pelayanan Publik``, ``VI. Pelayanan Publik``). Any
  other (a bare name, or a label of another place) is the topic of an indicator or item of the outer
  area: ``B. PENATAAN TATALAKSANA/2. SPBE/c. Pelayanan publik`` is SPBE's item c (public services run
  on IT), not the sixth area, whose label would be F, 6 or VI; ``b. Manajemen SDM`` there is SPBE's
  item b. Such a lettered folder is the path's item letter (below). A wrapper folder named like an area
  above the area folders keeps its area under a bare name (``SDM/Manajemen Perubahan/…``), not under
  one written as an area's (``SDM/AREA I/…``).
- Under a HASIL folder no folder names a ZI area (``B. HASIL/II. Pelayanan Prima`` is the second Hasil
  component, though *Pelayanan Prima* also names the sixth area).

Speed: a name that cannot name an item (no code, label, aspect word, indicator or area name, question
head, nor a misspelling of one: :meth:`Placer.may_name_item`, tested to accept everything ``item_refs``
reads) is placed from its folders alone, read once per folder.

Activities (only with a unit): a file fits an activity when

- its months share a month with the activity's schedule (its own months and its sub-steps') AND the
  activity is linked to one of the file's items (``link_unit(unit, rubric).by_activity``); or
- every content word (two at least) of one of the activity's expected-evidence texts, or of its kegiatan
  or sub-kegiatan, is in the file's title, and the file's months (when it has any) meet the activity's
  schedule (when it has one).

Only months read from the file's name or folders count here: a month guessed from its modification time
(EVIDENCE_MONTHS_FROM_MTIME), or a dated name in another year than the unit's (``Notulen 12-01-2024``
in a 2025 plan), ties a file to no activity by its month.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from zi_eval.evidence.names import area_folder, bps_refs
from zi_eval.io.words import norm
from zi_eval.lke.codes import item_refs, lettered_indicator
from zi_eval.matching.matcher import Candidate
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit
from zi_eval.scoring.linking import LINK_THRESHOLD, SECOND_LINK_RATIO, link_unit, matcher

#: Signs that a name may hold an item reference: a code (``P.1``, ``A.1``, ``B.I``, ``1.i``, ``1.a``), a
#: hierarchy label at its start (``a.``, ``iv)``, ``2.``), the word AREA, or an aspect (which settles ``1.i.a``).
_REF_SIGN = re.compile(
    r"(?<![A-Za-z0-9])(?:[PRHAB]\s?\.\s?[0-9IVXivx]|\d{1,2}\s?\.\s?[a-zA-Z])|^\s*(?:\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])\s?[.)]"
    r"|(?<![a-z])(?:area|pemenuhan|reform)(?![a-z])|P[PR][A-F][1-9][A-H]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Placement:
    """Where a file belongs: the items it supports, or the candidates it could not choose between."""

    items: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    #: ``path`` (folders and name), ``folder``, ``name``, ``matcher``, or ``""`` (not placed)
    how: str = ""


@dataclass(frozen=True)
class Ask:
    """A question for the matcher: which of ``allowed`` (or any item) does ``title`` fit."""

    title: str
    area: str | None
    allowed: tuple[str, ...] | None
    how: str
    #: the item letter the path gives (``c. SKP.pdf``, ``c. Sosialisasi/Foto.jpg``): only items so lettered
    letter: str | None = None
    #: ``H`` under a HASIL folder, ``P`` or ``R`` under a PEMENUHAN or REFORM one: only those items
    aspect: str | None = None


#: An item's letter label at the start of a folder or file name: ``c. SKP``, ``c) Laporan``, ``c.``.
_LETTER_LABEL = re.compile(r"^\s*([a-hA-H])\s?[.)](?:\s|$)")
#: Folder names of the LKE's components and aspects, which start like a lettered label ("B. HASIL").
_COMPONENT = re.compile(r"^(?:[ab] )?(?:komponen )?(?:pengungkit|hasil|pemenuhan|reform)(?: |$)")
#: A folder of one pengungkit aspect: "PEMENUHAN", "I. PEMENUHAN", "A.2 REFORM", "Komponen Reform".
_ASPECT_FOLDER = re.compile(r"^(?:(?:[ivx]+|[ab] ?[12]?|[12])\s)?(?:komponen\s|aspek\s)?(pemenuhan|reform)$")
#: An item's code written in a name: ``R.3.iii.a``, ``P.1``, ``A.2.III``.
_WRITTEN_CODE = re.compile(r"(?<![A-Za-z0-9])[PRA]\s?\.\s?[0-9IVXivx]")
_HASIL_FOLDER = frozenset(("hasil", "b hasil", "komponen hasil", "b komponen hasil"))


def nested_area(segment: str, outer: str | None, rubric: Rubric) -> str | None:
    """The ZI area a folder sets under folders whose area is ``outer`` (None: none named yet), or None.

    Under another area's folder, a folder naming an area sets it only when it is written as that area's
    folder (``AREA n``, or the area's own label: ``F. PELAYANAN PUBLIK``, ``6. Pelayanan Publik``); any
    other (``B. PENATAAN TATALAKSANA/2. SPBE/c. Pelayanan publik``) is an indicator's or item's topic in
    the outer area. See the module docstring.
    """
    found = area_folder(segment, rubric)
    if found is None:
        return None
    area, written = found
    return area if outer is None or area == outer or written else None


def path_letter(segments: Sequence[str], rubric: Rubric) -> str | None:
    """The item letter the outermost lettered folder or name gives (``AREA III/iv. …/c. SKP`` → ``c``).

    As :func:`zi_eval.lke.codes.item_refs` reads a path, what follows an item's label is the item's own
    (its documents may be lettered too: ``c. Sosialisasi/a. Undangan.pdf`` is item c's). A lettered
    component (``B. HASIL``) or area folder (``A. Manajemen Perubahan``) is no item's label; a lettered
    folder naming another area under an area's folder is (``B. PENATAAN TATALAKSANA/2. SPBE/c. Pelayanan
    publik``: item c, :func:`nested_area`).
    """
    area: str | None = None
    after_area = False  # the segment right under the area's folder
    for seg in segments:
        own = nested_area(seg, area, rubric)
        m = _LETTER_LABEL.match(seg)
        if m and not _COMPONENT.match(norm(seg)) and own is None:
            if after_area and area is not None and lettered_indicator(seg, area, rubric):
                # "1. Manajemen Perubahan/b. Rencana Pembangunan ZI": indicator ii, not item b
                after_area = False
                continue
            return m.group(1).lower()
        area = own or area
        after_area = own is not None
    return None


def _letter_of(code: str) -> str:
    """An item's letter: ``P.1.i.b`` → b, ``H.II.a`` → a; a single-item indicator's item is written ``a``."""
    parts = code.split(".")
    return parts[-1] if len(parts) == 4 or parts[0] == "H" else "a"


#: The characters of normalised text (``norm``): what difflib's quick ratio counts.
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 "


def _pr_pairs(items: list[str]) -> bool:
    """Tell whether the items hold one indicator in both Pemenuhan and Reform (``1.i.a`` read both ways)."""
    seen: dict[str, set[str]] = {}
    for code in items:
        parts = code.split(".")
        if parts[0] in ("P", "R") and len(parts) >= 3:
            seen.setdefault(".".join(parts[1:3]), set()).add(parts[0])
    return any(len(aspects) == 2 for aspects in seen.values())


class Placer:
    """Place files in one rubric; folder readings are cached (a tree repeats its folders)."""

    def __init__(self, rubric: Rubric) -> None:
        self.rubric = rubric
        self.items = rubric.items
        self._folder: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._area: dict[tuple[str, ...], str | None] = {}
        self._hasil: dict[tuple[str, ...], bool] = {}
        self._of_indicator: dict[str, tuple[str, ...]] = {}
        names = {norm(f.indicator.name) for f in rubric.items.values()} | {norm(a.name) for a in rubric.areas}
        # one SequenceMatcher per rubric name: its index of the name is built once, not once per file
        self._names = tuple((n, difflib.SequenceMatcher(None, "", n)) for n in sorted(names) if n)
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
        self._name_in = re.compile(rf"^(?:{alt})|(?<![^ ])(?:{alt})(?![^ ])")
        self._names_joined = "".join(f"\n {n} \n" for n, _ in self._names)
        self._name_counts = np.array([[n.count(c) for c in _ALPHABET] for n, _ in self._names])
        self._name_lengths = np.array([len(n) for n, _ in self._names])
        # item_refs reads a quoted question from its first 30 characters on, and a question's first 40
        # characters anywhere settle 1.i.a: a name holding none of the heads holds no question
        questions = {norm(f.item.question) for f in rubric.items.values()}
        heads = sorted({q[:30] for q in questions if len(q) >= 20}, key=len, reverse=True)
        self._question_in = re.compile("|".join(re.escape(h) for h in heads))
        for code, flat in rubric.items.items():
            ind = flat.indicator.code
            self._of_indicator[ind] = (*self._of_indicator.get(ind, ()), code)

    def folder_refs(self, folders: tuple[str, ...]) -> tuple[str, ...]:
        """What ``item_refs`` reads in a folder path (cached)."""
        got = self._folder.get(folders)
        if got is None:
            got = self._folder[folders] = (
                self._refs("/".join(folders), self.folder_area(folders)) if folders else ()
            )
        return got

    def folder_area(self, folders: tuple[str, ...]) -> str | None:
        """The ZI area the deepest folder that names one names (``AREA I``, ``1. Manajemen Perubahan``).

        Under another area's folder, only a folder written as an area's (:func:`nested_area`): in
        ``B. PENATAAN TATALAKSANA/2. SPBE/c. Pelayanan publik`` the area is Penataan Tatalaksana.
        Under a HASIL folder there is none: ``B. HASIL/II. Pelayanan Prima`` is the second Hasil
        component, though *Pelayanan Prima* is also a name of the sixth ZI area.
        """
        missing: list[tuple[str, ...]] = []
        while folders and folders not in self._area:  # a loop, not recursion: trees nest deep
            missing.append(folders)
            folders = folders[:-1]
        area = self._area.get(folders) if folders else None
        hasil = self._hasil.get(folders, False) if folders else False
        for f in reversed(missing):  # from the top down: a folder's own area, else its parent's
            if norm(f[-1]) in _HASIL_FOLDER:
                hasil, area = True, None
            own = None if hasil else nested_area(f[-1], area, self.rubric)
            area = self._area[f] = own if own is not None else area
            self._hasil[f] = hasil
        return area

    def under_hasil(self, folders: tuple[str, ...]) -> bool:
        """Tell whether a folder is a HASIL folder or lies under one (``B. HASIL/…``)."""
        self.folder_area(folders)
        return bool(folders) and self._hasil[folders]

    def _resolve(self, refs: tuple[str, ...], title: str, area: str | None, how: str) -> Placement | Ask:
        """Turn what ``item_refs`` returned into a placement (or a question for the matcher)."""
        items = [c for c in refs if c in self.items]
        # "P.1.i/P.1.i.b/Notulen.pdf": the item folder inside its indicator's folder says which item
        within = {self.items[c].indicator.code for c in items}
        indicators = [c for c in refs if c not in self.items and c not in within]
        if _pr_pairs(items):
            return Placement(ambiguous=tuple(items), how=how)
        if indicators:
            # an indicator folder, or one ("AREA V/ii") that is Pemenuhan's indicator or Reform's
            # single item: the title chooses among all of them, or the file is ambiguous
            allowed = (*items, *(c for ind in indicators for c in self._of_indicator.get(ind, ())))
            return Ask(title, area, tuple(dict.fromkeys(allowed)), how)
        return Placement(items=tuple(items), how=how)

    def _refs(self, text: str, area: str | None, aside: str | None = None) -> tuple[str, ...]:
        """``item_refs``, without Hasil items under a folder that names a pengungkit area, nor items of
        the aspect ``aside`` (``"R."`` under a PEMENUHAN folder: :meth:`_other_aspect`).

        ``item_refs`` reads ``6. Pelayanan Publik`` as the Hasil area *Pelayanan Publik yang Prima*
        (H.II.a, the survey); a pengungkit area folder is the stronger sign, so that reading is dropped.
        Likewise a name read as the other aspect's indicator ("Rekap Pelanggaran Disiplin Pegawai":
        Reform's *penurunan pelanggaran disiplin*) under a PEMENUHAN folder.
        """
        refs = item_refs(text, self.rubric) or bps_refs(text, self.rubric)
        if area is not None and any(c.startswith("H.") for c in refs):
            refs = tuple(c for c in refs if not c.startswith("H."))
        if aside is not None:
            refs = tuple(c for c in refs if not c.startswith(aside))
        return refs

    def _other_aspect(self, folders: tuple[str, ...], name: str) -> str | None:
        """The item prefix a PEMENUHAN (``"R."``) or REFORM (``"P."``) folder rules out for a file's name,
        unless the name writes an item's code itself (``R.3.iii.a …`` filed under PEMENUHAN: the code the
        name writes is the item meant)."""
        aspect = self.folder_aspect(folders)
        if aspect not in ("P", "R") or _WRITTEN_CODE.search(name):
            return None
        return "R." if aspect == "P" else "P."

    def may_name_item(self, text: str) -> bool:
        """Tell whether a file name may name an item at all (a code, a label, an indicator name, a question).

        Most names ("SK Tim ZI 2025") name none: then the folders alone are read, once per folder,
        instead of reading the whole path again for every file (what makes 10,000 files fast).
        """
        if "/" in text or _REF_SIGN.search(text):
            return True
        words = norm(text)
        if self._question_in.search(words) or self._names_whole(words):
            return True
        # a misspelt name: difflib's quick ratio (shared characters) for every name at once, then the
        # exact ratio for the few that pass, as item_refs compares them
        counts = np.array([words.count(c) for c in _ALPHABET])
        shared = np.minimum(self._name_counts, counts).sum(axis=1)
        total = self._name_lengths + len(words)
        close = (2 * np.minimum(self._name_lengths, len(words)) >= 0.88 * total) & (
            2 * shared >= 0.88 * total
        )
        for i in np.flatnonzero(close):
            sm = self._names[i][1]
            sm.set_seq1(words)
            if sm.ratio() >= 0.88:
                return True
        return False

    def _names_whole(self, words: str) -> bool:
        """Tell whether normalised ``words`` hold a rubric name whole, cut or lengthened, the way
        ``item_refs`` reads names (one search over all names; misspellings are tested apart)."""
        if self._name_in.search(words):  # the name within the words, or the words starting with it
            return True
        # the words cut from a name's start, or (two words at least) within it: "Unit Kerja"
        return len(words) >= 8 and (
            f"\n {words}" in self._names_joined or (" " in words and f" {words} " in self._names_joined)
        )

    def place(self, folders: tuple[str, ...], name: str, title: str) -> Placement | Ask:
        """Place one file from its folders, its name (without extension) and its title."""
        got = self._place(folders, name, title)
        if isinstance(got, Ask):
            # the matcher chooses among the items the path's letter and HASIL, PEMENUHAN or REFORM
            # folder allow
            letter = path_letter((*folders, name.replace("_", " ")), self.rubric)
            return replace(got, letter=letter, aspect=self.folder_aspect(folders))
        return got

    def folder_aspect(self, folders: tuple[str, ...]) -> str | None:
        """The items a folder files: ``H`` under a HASIL folder, else ``P`` or ``R`` under the deepest
        folder naming Pemenuhan or Reform (``A. PENGUNGKIT/I. PEMENUHAN/3. Penataan SDM``), else None.

        A unit files a document under PEMENUHAN for a Pemenuhan item: matched on its title alone,
        "Rekap Pelanggaran Disiplin Pegawai" there went to Reform's R.3.iii.a (and P.3.v lost it).
        """
        if self.under_hasil(folders):
            return "H"
        for f in reversed(folders):
            named = _ASPECT_FOLDER.match(norm(f))
            if named:
                return "P" if named.group(1) == "pemenuhan" else "R"
        return None

    def _place(self, folders: tuple[str, ...], name: str, title: str) -> Placement | Ask:
        text = name.replace("_", " ")
        area = self.folder_area(folders)
        in_folders = self.folder_refs(folders)
        if not self.may_name_item(text):
            return (
                self._resolve(in_folders, title, area, "folder")
                if in_folders
                else Ask(title, area, None, "matcher")
            )
        aside = self._other_aspect(folders, text)
        in_name = self._refs(text, area, aside)
        if in_folders and in_name and not set(self._expand(in_folders)) & set(self._expand(in_name)):
            # the folder says one item, the name another: the file sits in the wrong place, or names a
            # second item; either way it is not ours to choose
            return Placement(ambiguous=tuple(dict.fromkeys((*in_folders, *in_name))), how="path")
        full = self._refs("/".join((*folders, text)), area, aside)
        if full:
            return self._resolve(full, title, area, "path")
        if in_folders:
            return self._resolve(in_folders, title, area, "folder")
        if in_name:
            return self._resolve(in_name, title, area, "name")
        return Ask(title, area, None, "matcher")

    def _specific_words(self, title: str) -> set[str]:
        """The words of a title beyond what kind of document it is ("SK", "Notulen", "Foto 1"), as terms."""
        analyse = matcher(self.rubric).analyse
        generic = {t for t in analyse(_GENERIC)[0] if "_" not in t}
        return {t for t in analyse(title)[0] if "_" not in t and t not in generic}

    def _says_enough(self, title: str) -> bool:
        """Tell whether a title says more than what kind of document it is ("SK", "Notulen", "Foto 1")."""
        return bool(self._specific_words(title))

    def _expand(self, refs: tuple[str, ...]) -> list[str]:
        return [c for r in refs for c in ((r,) if r in self.items else self._of_indicator.get(r, ()))]

    def answer(self, asks: Sequence[Ask]) -> list[Placement]:
        """Ask the matcher every question at once (one sparse product) and decide each."""
        ranked = matcher(self.rubric).rank([((("kegiatan", a.title),), a.area) for a in asks])
        return [self._decide(a, cands) for a, cands in zip(asks, ranked, strict=True)]

    def _decide(self, ask: Ask, cands: list[Candidate]) -> Placement:
        placed = self._choose(ask, cands, ask.letter)
        if ask.letter is None or placed.items or placed.ambiguous:
            return placed
        # "c. Laporan.pdf" whose title fits an item of another letter: the title and the letter disagree,
        # and which one is meant is not ours to choose. The candidates: the title's item, and the item of
        # that letter in its indicator, else the best item of that letter the title fits at all
        other = self._choose(ask, cands, None)
        best = other.items or other.ambiguous
        if not best:
            return placed
        lettered = [
            code
            for top in best
            for code in self._of_indicator.get(self.items[top].indicator.code, ())
            if _letter_of(code) == ask.letter
        ] or [c.code for c in self._eligible(ask, cands, ask.letter)[:1]]
        return Placement(ambiguous=tuple(dict.fromkeys((*best, *lettered))), how=ask.how)

    def _eligible(self, ask: Ask, cands: list[Candidate], letter: str | None) -> list[Candidate]:
        """The candidates the question allows: its items, its area, its aspect and its letter."""
        allowed = set(ask.allowed) if ask.allowed is not None else None
        return [
            c
            for c in cands
            if (allowed is None or c.code in allowed)
            and (ask.area is None or self.items[c.code].area == ask.area)
            and (ask.aspect is None or c.code.startswith(ask.aspect + "."))
            and (letter is None or _letter_of(c.code) == letter)
        ]

    def _choose(self, ask: Ask, cands: list[Candidate], letter: str | None) -> Placement:
        allowed = ask.allowed
        cs = self._eligible(ask, cands, letter)
        sure = [c.code for c in cs if c.how in ("code", "question")]
        if sure:
            return Placement(items=tuple(sure), how=ask.how)
        lexical = [c for c in cs if c.how == "lexical"]
        if allowed is None and not self._says_enough(ask.title):
            # "SK.pdf", "Notulen.pdf", "Foto 1.jpg": a kind of document says no item by itself
            return Placement()
        if lexical and lexical[0].score >= LINK_THRESHOLD:
            top = lexical[0]
            close = [c.code for c in lexical[1:] if c.score >= SECOND_LINK_RATIO * top.score]
            if close:
                return Placement(ambiguous=(top.code, *close), how=ask.how)
            if ask.allowed is not None and self._aspect_unsettled(ask.title, top.code, ask.allowed):
                return Placement(ambiguous=ask.allowed, how=ask.how)
            return Placement(items=(top.code,), how=ask.how)
        if ask.allowed is not None:  # an indicator folder whose item the title does not tell
            return Placement(ambiguous=ask.allowed, how=ask.how)
        return Placement()

    def _aspect_unsettled(self, title: str, top: str, allowed: tuple[str, ...]) -> bool:
        """Whether a folder naming one indicator in both aspects ("AREA II/ii. SPBE": Pemenuhan's SPBE and
        Reform's) is left unsettled by the file's title: the title says nothing beyond the other aspect's
        indicator name ("Dokumentasi SPBE"; "Dokumentasi integrasi SPBE layanan publik" says more)."""
        others = {self.items[c].indicator.name for c in allowed if c[:2] != top[:2]}
        if not others:
            return False
        said = self._specific_words(title)
        analyse = matcher(self.rubric).analyse
        return any(said <= set(analyse(name)[0]) for name in others)


#: Words that name a kind of document any item may have: a title of these alone places nothing.
_GENERIC = (
    "sk surat keputusan notulen notulensi risalah undangan daftar hadir absensi presensi dokumentasi foto "
    "gambar video laporan berita acara scan pindaian file dokumen berkas lampiran bukti data dukung rekap "
    "copy salinan baru final revisi"
)

#: Words that say nothing of which activity a file belongs to.
_STOP = frozenset(
    [
        "dan",
        "atau",
        "yang",
        "di",
        "ke",
        "dari",
        "untuk",
        "pada",
        "dengan",
        "tentang",
        "dalam",
        "oleh",
        "serta",
        "tahun",
        "th",
        "ta",
        "the",
        "of",
        "and",
        "for",
        "in",
        "pelaksanaan",
        "penyusunan",
        "pembuatan",
        "kegiatan",
        "melakukan",
        "melaksanakan",
        "dilaksanakan",
        "menyusun",
        "membuat",
        "terkait",
        "bagi",
        "secara",
    ]
)


def content_words(text: str) -> frozenset[str]:
    """The words of ``text`` that can tell one activity from another (no stop words, no numbers)."""
    return frozenset(w for w in norm(text).split() if len(w) > 1 and not w.isdigit() and w not in _STOP)


class ActivityFit:
    """Which plan activities a file fits (the rule is in this module's docstring)."""

    def __init__(self, unit: Unit, rubric: Rubric) -> None:
        links = link_unit(unit, rubric).by_activity
        self.by_item: dict[str, list[int]] = {}
        self.ids: list[str] = []
        self.months: list[frozenset[int]] = []
        self.phrases: list[tuple[frozenset[str], ...]] = []
        for i, act in enumerate(unit.activities):
            self.ids.append(act.id)
            months = set(act.months)
            for step in act.substeps:
                months.update(step.months)
            self.months.append(frozenset(months))
            texts = [*act.expected_evidence, act.kegiatan or "", act.sub_kegiatan or ""]
            self.phrases.append(tuple(w for w in map(content_words, texts) if len(w) >= 2))
            for ln in links.get(act.id, ()):
                self.by_item.setdefault(ln.code, []).append(i)

    def fit(self, items: Sequence[str], months: Sequence[int], title: str) -> tuple[str, ...]:
        """Return the ids of the activities a file with these items, months and title fits (plan order)."""
        got: set[int] = set()
        file_months = set(months)
        for code in items:
            got.update(i for i in self.by_item.get(code, ()) if file_months & self.months[i])
        words = content_words(title)
        if len(words) >= 2:
            for i, phrases in enumerate(self.phrases):
                if i in got or (file_months and self.months[i] and not file_months & self.months[i]):
                    continue
                if any(p <= words for p in phrases):
                    got.add(i)
        return tuple(self.ids[i] for i in sorted(got))
