"""The official LKE worksheet layout (docs/architecture.md §2) and the rubric's rows in their order.

Columns: B–G hierarchy (labels in B–F by depth, names and questions in G), H Bobot,
I Penjelasan, J Pilihan Jawaban, K Jawaban, L Nilai, M %; N holds the evidence link.
"""

from __future__ import annotations

from dataclasses import dataclass

from zi_eval.models.rubric import Rubric

COL = {
    "comp": 2,
    "aspect": 3,
    "area": 4,
    "indicator": 5,
    "item": 6,
    "text": 7,
    "bobot": 8,
    "penjelasan": 9,
    "type": 10,
    "answer": 11,
    "value": 12,
    "percent": 13,
    "evidence": 14,
}
SHEET = "LKE ZI"
HEADER_ROW = 3
FIRST_ROW = 4

#: How each answer type is written in column J of the official workbook.
TYPE_LABEL = {
    "YA_TIDAK": "Ya/Tidak",
    "ABC": "A/B/C",
    "ABCD": "A/B/C/D",
    "ABCDE": "A/B/C/D/E",
    "PERSEN": "%",
    "NILAI_0_4": "Nilai (0-4)",
    "JUMLAH": "Jumlah",
}
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


@dataclass(frozen=True)
class Entity:
    """One row of the LKE in rubric order."""

    kind: str  # total | component | aspect | area | indicator | item | input
    key: str  # component id, aspect id, "area/aspect", indicator code, item code, "item/input"
    text: str
    label: str
    weight: float | None = None


def entities(rubric: Rubric) -> list[Entity]:
    """The rows of the LKE in the order the official workbook lists them."""
    out = []
    for ci, comp in enumerate(rubric.components):
        out.append(Entity("component", comp.id, comp.name.upper(), chr(ord("A") + ci), comp.weight))
        for ai, asp in enumerate(comp.aspects):
            out.append(
                Entity("aspect", f"{comp.id}/{asp.id}", asp.name.upper(), ROMAN[ai].upper(), asp.weight)
            )
            for ri, area in enumerate(asp.areas):
                info = rubric.area(area.id)
                out.append(
                    Entity(
                        "area",
                        f"{area.id}/{asp.id}",
                        info.name if info else area.id,
                        f"{ri + 1}",
                        area.weight,
                    )
                )
                for ii, ind in enumerate(area.indicators):
                    out.append(
                        Entity(
                            "indicator",
                            ind.code,
                            ind.name,
                            ROMAN[ii] if ii < len(ROMAN) else str(ii),
                            ind.weight,
                        )
                    )
                    for ti, it in enumerate(ind.items):
                        out.append(Entity("item", it.code, it.question, chr(ord("a") + ti)))
                        for inp in it.inputs:
                            out.append(Entity("input", f"{it.code}/{inp.id}", inp.label, ""))
    out.append(Entity("total", "total", "NILAI EVALUASI ZONA INTEGRITAS", "", 100.0))
    return out
