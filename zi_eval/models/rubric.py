"""The rubric: LKE components, aspects, areas, indicators and items, thresholds and aliases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from pydantic import Field, PrivateAttr

from zi_eval.models.base import Strict

Effort = Literal["low", "medium", "high"]
#: Cost of an effort level in the cheapest-path search.
EFFORT_COST = {"low": 1, "medium": 2, "high": 4}


class CountInput(Strict):
    """One count ("Jumlah") a percentage item is computed from."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str
    source_code: str | None = None


class Formula(Strict):
    """How a percentage item turns counts into a value in [0, 1].

    ``ratio``: min(1, sum(numerator) / sum(denominator)); a zero denominator gives
    ``zero_denominator``. ``reduction``: (previous - current) / previous clipped to [0, 1];
    both zero gives 1, previous zero and current above zero gives ``zero_denominator``.
    """

    kind: Literal["ratio", "reduction"]
    numerator: tuple[str, ...] = ()
    denominator: tuple[str, ...] = ()
    previous: str | None = None
    current: str | None = None
    zero_denominator: float = Field(ge=0.0, le=1.0)
    rule: str


class Survey(Strict):
    """A survey index item (IPAK, IPKP): points = index / max x weight."""

    min: float
    max: float
    rule: str


class Item(Strict):
    """One scored LKE question."""

    code: str = Field(pattern=r"^[PRH]\.[0-9IV]+(\.[ivx]+)?(\.[a-z])?$")
    question: str
    answer_type: str
    options: dict[str, float] | None = None
    criteria: dict[str, str] | None = None
    inputs: tuple[CountInput, ...] = ()
    formula: Formula | None = None
    survey: Survey | None = None
    hasil_field: Literal["ipak", "ipkp", "capaian_kinerja"] | None = None
    keywords: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    remediation: str
    effort: Effort


class Indicator(Strict):
    """An indicator: weight shared by the mean of its items."""

    code: str
    name: str
    weight: float = Field(gt=0)
    items: tuple[Item, ...] = Field(min_length=1)


class AspectArea(Strict):
    """The part of one area within one aspect (e.g. Manajemen Perubahan, Pemenuhan)."""

    id: str
    weight: float = Field(gt=0)
    indicators: tuple[Indicator, ...] = Field(min_length=1)


class Aspect(Strict):
    """Pemenuhan, Reform, or Hasil."""

    id: str
    name: str
    weight: float = Field(gt=0)
    areas: tuple[AspectArea, ...] = Field(min_length=1)


class Component(Strict):
    """Pengungkit (60) or Hasil (40)."""

    id: str
    name: str
    weight: float = Field(gt=0)
    aspects: tuple[Aspect, ...] = Field(min_length=1)


class AreaInfo(Strict):
    """Name and total weight of an area; ``zi`` marks the six ZI (pengungkit) areas."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    name: str
    name_en: str
    weight: float = Field(gt=0)
    zi: bool


class AnswerType(Strict):
    """A kind of answer: a map of options, a percentage, or a survey index."""

    kind: Literal["options", "percent", "survey"]
    options: dict[str, float] | None = None


class Criterion(Strict):
    """One threshold of a predicate.

    ``label`` (Indonesian) and ``label_en`` name it in reports; without them a report builds a
    label from the rubric (the component, area or indicator it reads), never fails for want of one.
    """

    id: str
    kind: Literal["total", "component", "area", "indicator", "each_zi_area_percent"]
    ref: str | None = None
    min: float = Field(ge=0)
    label: str | None = Field(default=None, min_length=1)
    label_en: str | None = Field(default=None, min_length=1)


class Predicate(Strict):
    """WBK or WBBM: its criteria and the predicate that must already be held."""

    id: str
    name: str
    prior_predicate: str | None = None
    criteria: tuple[Criterion, ...] = Field(min_length=1)


class RaArea(Strict):
    """An area as Rencana Aksi documents name it, mapped to a ZI area (or ``None``: not ZI)."""

    name: str
    area: str | None
    note: str | None = None
    aliases: tuple[str, ...] = Field(min_length=1)


class SpipElement(Strict):
    """One of the five SPIP elements of PP 60/2008 and the LKE item it corresponds to."""

    id: str
    name: str
    item: str | None = None
    keywords: tuple[str, ...] = Field(min_length=1)
    #: Words that, just before a keyword, make it something else: "teknologi informasi dan
    #: komunikasi" (TIK) is not the element "informasi dan komunikasi".
    not_after: tuple[str, ...] = ()

    def named_in(self, normalised_text: str) -> bool:
        """Tell whether ``normalised_text`` (see :func:`zi_eval.io.words.norm`) names this element:
        a keyword as whole words, not right after a word of :attr:`not_after`."""
        text = f" {normalised_text} "
        for kw in self.keywords:
            needle = f" {kw} "
            at = text.find(needle)
            while at >= 0:
                before = text[:at].rsplit(" ", 1)[-1]
                if before not in self.not_after:
                    return True
                at = text.find(needle, at + 1)
        return False


@dataclass(frozen=True)
class FlatItem:
    """An item with its place in the hierarchy and its maximum points, for quick lookup."""

    item: Item
    component: str
    aspect: str
    area: str
    indicator: Indicator
    max_points: float

    @property
    def code(self) -> str:
        return self.item.code


class Rubric(Strict):
    """A complete, validated rubric (load it with :func:`zi_eval.models.loading.load_rubric`)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    version: str
    title: str
    legal_basis: str
    amendment_note: str | None = None
    policy_notes: tuple[str, ...] = ()
    answer_types: dict[str, AnswerType]
    areas: tuple[AreaInfo, ...] = Field(min_length=1)
    components: tuple[Component, ...] = Field(min_length=1)
    predicates: tuple[Predicate, ...] = Field(min_length=1)
    ra_areas: tuple[RaArea, ...] = ()
    spip_elements: tuple[SpipElement, ...] = ()
    spip_keywords: tuple[str, ...] = ()

    _derived: dict[str, Any] = PrivateAttr(default_factory=dict)

    @cached_property
    def items(self) -> dict[str, FlatItem]:
        """Every scored item by code, in rubric order (computed once: the rubric is immutable)."""
        flat: dict[str, FlatItem] = {}
        for comp in self.components:
            for asp in comp.aspects:
                for area in asp.areas:
                    for ind in area.indicators:
                        for it in ind.items:
                            flat.setdefault(
                                it.code,
                                FlatItem(it, comp.id, asp.id, area.id, ind, ind.weight / len(ind.items)),
                            )
        return flat

    def derived(self, key: str, build: Callable[[Rubric], Any]) -> Any:
        """Compute something from this (immutable) rubric once and keep it (indexes, matchers)."""
        # pydantic keeps private attributes in a slot's dict; ``self._derived`` would go through its
        # ``__getattr__`` in Python (this runs several times per unit linked)
        cache: dict[str, Any] = self.__pydantic_private__["_derived"]  # type: ignore[index]
        found = cache.get(key)
        if found is None:
            found = cache[key] = build(self)
        return found

    def item_index(self) -> dict[str, int]:
        """Each item code's position in the rubric's order (a column of the item matrices), built once."""
        index: dict[str, int] = self.derived("item_index", lambda r: {c: i for i, c in enumerate(r.items)})
        return index

    def area(self, area_id: str) -> AreaInfo | None:
        """Return the area named ``area_id`` or ``None``."""
        return next((a for a in self.areas if a.id == area_id), None)

    @property
    def zi_areas(self) -> tuple[AreaInfo, ...]:
        """The six pengungkit (ZI) areas."""
        return tuple(a for a in self.areas if a.zi)

    def indicator(self, code: str) -> Indicator | None:
        """Return the indicator ``code`` (``P.1.i``) or ``None``."""
        for comp in self.components:
            for asp in comp.aspects:
                for area in asp.areas:
                    for ind in area.indicators:
                        if ind.code == code:
                            return ind
        return None

    def predicate(self, pid: str) -> Predicate | None:
        """Return the predicate ``pid`` (``WBK``/``WBBM``) or ``None``."""
        return next((p for p in self.predicates if p.id == pid), None)
