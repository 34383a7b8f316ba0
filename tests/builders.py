"""Build units for tests from the rubric itself (so expectations never retype the rubric)."""

from __future__ import annotations

from typing import Any

from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Answer, Evidence, Hasil, Unit, UnitInfo


def best_answer(rubric: Rubric, code: str) -> Answer:
    """The answer that gives an item its full value (option A/Ya, or counts at 100%)."""
    item = rubric.items[code].item
    if item.options is not None:
        label = max(item.options, key=lambda k: item.options[k])  # type: ignore[index]
        return Answer(answer=label, evidence=("e-all",))
    f = item.formula
    assert f is not None
    counts = {i.id: 10 for i in item.inputs}
    for k in f.numerator:
        counts[k] = 10 * len(f.denominator)
    if f.kind == "reduction":
        counts[f.previous or ""], counts[f.current or ""] = 10, 0
    return Answer(counts=counts, evidence=("e-all",))


def make_unit(
    rubric: Rubric,
    answers: dict[str, Answer] | None = None,
    hasil: Hasil | None = None,
    activities: tuple[Activity, ...] = (),
    evidence: bool = True,
    **info: Any,
) -> Unit:
    """A unit with the given answers (default: every pengungkit item at its best) and one evidence record."""
    if answers is None:
        answers = {c: best_answer(rubric, c) for c, f in rubric.items.items() if f.component == "pengungkit"}
    ev = (Evidence(id="e-all", title="Bundel data dukung"),) if evidence else ()
    if not evidence:
        answers = {c: a.model_copy(update={"evidence": ()}) for c, a in answers.items()}
    hasil = hasil or Hasil(ipak=4.0, ipkp=4.0, capaian_kinerja="A", evidence=("e-all",) if evidence else ())
    base = {"id": "uji", "name": "Unit Uji", "year": 2025}
    base.update(info)
    return Unit(unit=UnitInfo(**base), activities=activities, evidence=ev, answers=answers, hasil=hasil)


def with_answers(unit: Unit, **changes: Answer) -> Unit:
    """A copy of ``unit`` with some answers replaced (keyword names use '_' for '.')."""
    answers = dict(unit.answers)
    for key, ans in changes.items():
        answers[key.replace("_", ".")] = ans
    return unit.model_copy(update={"answers": answers})


def shade_docx_cell(cell: object, fill: str) -> None:
    """Shade a python-docx table cell with ``fill`` (``RRGGBB``), as Word's cell shading writes it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]
