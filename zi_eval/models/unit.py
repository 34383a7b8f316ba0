"""The unit file: a unit's Rencana Aksi (activities), evidence, LKE answers and survey results."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, PrivateAttr, StrictInt
from pydantic_core import PydanticCustomError

from zi_eval.io.location import Location
from zi_eval.models.base import Strict

Month = Annotated[StrictInt, Field(ge=1, le=12)]
#: A count of people, targets or complaints: a billion is more than any unit has.
#: The largest count a unit file holds (people, documents, complaints): a NIP typed in a count cell is no count.
COUNT_MAX = 1_000_000_000
Count = Annotated[StrictInt, Field(ge=0, le=COUNT_MAX)]


#: A survey index written as text, as a spreadsheet's Indonesian locale copies it: "3,65", "3.65".
_INDEX_TEXT = re.compile(r"\s*(\d{1,3})(?:[.,](\d+))?\s*")


def _number(value: object) -> object:
    """A number as written, or a text that is one with a decimal comma or point ("3,65", read as 3.65);
    a YAML boolean (``true``, ``on``, ``yes``: read as 1.0 before) or any other text is none."""
    if isinstance(value, str) and (m := _INDEX_TEXT.fullmatch(value)):
        return float(f"{m.group(1)}.{m.group(2) or 0}")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("float_type", "Input should be a valid number")
    return value


def _grade(value: object) -> object:
    """A capaian kinerja grade as written: "b" and " B " are B."""
    return value.strip().upper() if isinstance(value, str) else value


#: A survey index 0-4 (IPAK, IPKP): a number.
Index = Annotated[float, Field(ge=0, le=4), BeforeValidator(_number)]
Ident = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=120)]
Predicate = Literal["WBK", "WBBM"]
#: The years a unit file accepts.
YEAR_MIN, YEAR_MAX = 2000, 2100
CODE_PATTERN = r"^[PRH]\.[0-9IV]+(\.[ivx]+)?(\.[a-z])?$"
ItemCode = Annotated[str, Field(pattern=CODE_PATTERN)]


@lru_cache(maxsize=8192)
def _months(value: tuple[int, ...]) -> tuple[int, ...]:
    """Months are a set: keep them sorted and unique.

    Kept per written tuple: a unit file has a hundred month lists drawn from a few hundred
    shapes, and a cached answer costs a third of sorting anew (this ran once per field, ~15% of
    validating a unit).
    """
    return tuple(sorted(set(value)))


Months = Annotated[tuple[Month, ...], AfterValidator(_months)]


class UnitInfo(Strict):
    """Who the unit is and what it aims for."""

    id: Ident
    name: str = Field(min_length=1)
    instansi: str | None = None
    year: StrictInt = Field(ge=YEAR_MIN, le=YEAR_MAX)
    target_predicate: Predicate = "WBK"
    prior_predicate: Predicate | None = None
    decree: str | None = None
    decree_date: dt.date | None = None


class Source(Strict):
    """Where a record came from: file and line, or sheet and cells, with the raw text."""

    file: str
    line: StrictInt | None = None
    sheet: str | None = None
    cells: str | None = None
    raw: str | None = None
    notes: tuple[str, ...] = ()
    #: PDF: the page the row starts on (``line`` then counts the rows read from the document)
    page: StrictInt | None = Field(default=None, ge=1)

    def location(self) -> Location:
        """Where the record is, written the one way (a PDF/Word row by its place in ``cells``)."""
        if self.sheet:
            return Location(self.file, self.line, self.sheet, cells=self.cells)
        return Location(self.file, self.line, place=self.cells)


class LkeLink(Strict):
    """A link from an activity to an LKE item: explicit, or inferred with its reason."""

    code: ItemCode
    #: ``explicit``: written in the unit file; ``code``: read from an LKE code column of the plan
    #: document; ``inferred``: found by the matcher, with its reason.
    how: Literal["explicit", "code", "inferred"] = "explicit"
    reason: str | None = None


class Substep(Strict):
    """A lettered sub-step (a., b., …) under an activity, with its own months."""

    label: str
    text: str
    months: Months = ()
    source: Source | None = None


class Activity(Strict):
    """One line of the Rencana Aksi."""

    id: Ident
    ra_area: str
    area: str | None = None
    kegiatan: str | None = None
    sub_kegiatan: str | None = None
    indicators: tuple[str, ...] = ()
    months: Months = ()
    substeps: tuple[Substep, ...] = ()
    lke: tuple[LkeLink, ...] = ()
    #: LKE items the matcher must never link this activity to (an assessor's "not this one").
    lke_reject: tuple[ItemCode, ...] = ()
    #: The plan's schedule as written when it was free text ("Januari s/d Desember 2021").
    timing: str | None = None
    #: Target / output / volume as written ("1 SK", "4 Laporan", "100%").
    output: str | None = None
    #: The evidence the plan says the activity will produce (BUKTI FISIK / DOKUMEN / DATA DUKUNG).
    expected_evidence: tuple[str, ...] = ()
    #: Penanggung jawab / PIC / pelaksana.
    pic: str | None = None
    #: Sumber dana / anggaran as written ("DIPA 2025").
    budget: str | None = None
    #: Realisasi / status as written ("100", "50%", "selesai").
    realisation: str | None = None
    #: Keterangan.
    notes: str | None = None
    source: Source | None = None

    @property
    def texts(self) -> tuple[str, ...]:
        """The activity's texts that hold its words, in order: kegiatan, sub-kegiatan, indicators, sub-steps."""
        parts = (self.kegiatan, self.sub_kegiatan, *self.indicators, *(s.text for s in self.substeps))
        return tuple(p for p in parts if p)

    @property
    def text(self) -> str:
        """All the activity's words, for keyword matching."""
        return " ".join(self.texts)


class Evidence(Strict):
    """One piece of data dukung and what it supports."""

    id: Ident
    title: str = Field(min_length=1)
    kind: str = "dokumen"
    path: str | None = None
    url: str | None = Field(default=None, pattern=r"^(https?://\S+)$")
    date: dt.date | None = None
    months: Months = ()
    supports: tuple[str, ...] = ()


class Answer(Strict):
    """The unit's answer to one LKE item (an option, or counts for a percentage item)."""

    answer: str | None = None
    counts: dict[str, Count] = Field(default_factory=dict)
    evidence: tuple[Ident, ...] = ()
    note: str | None = None


class Hasil(Strict):
    """Results component: survey indices (0-4) and capaian kinerja (A-E)."""

    ipak: Index | None = None
    ipkp: Index | None = None
    capaian_kinerja: Annotated[Literal["A", "B", "C", "D", "E"] | None, BeforeValidator(_grade)] = None
    evidence: tuple[Ident, ...] = ()


class Unit(Strict):
    """A complete unit file (load it with :func:`zi_eval.models.loading.load_unit`)."""

    unit: UnitInfo
    activities: tuple[Activity, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    answers: dict[ItemCode, Answer] = Field(default_factory=dict)
    hasil: Hasil = Field(default_factory=Hasil)
    #: Evidence ids whose ``path`` named no file when the unit was loaded from its folder (set by the
    #: loader; such records support nothing and are flagged EVIDENCE_PATH_MISSING).
    _missing_files: frozenset[str] = PrivateAttr(default_factory=frozenset)

    @property
    def missing_files(self) -> frozenset[str]:
        """Evidence ids whose file was not found next to the unit file when it was loaded."""
        got: frozenset[str] = self.__pydantic_private__["_missing_files"]  # type: ignore[index]
        return got  # read from pydantic's slot: ``self._missing_files`` goes through __getattr__
