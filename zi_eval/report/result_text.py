"""Results in words: item reasons, criterion labels and notes, in Indonesian or English.

Scoring returns codes and arguments (``zi_eval.scoring.results``); every renderer (text, HTML, xlsx,
JSON, DataFrames) says them through this module, so a reason reads the same everywhere. Criterion
labels come from the rubric (a criterion's ``label``/``label_en``, else the component, area or
indicator it reads), so any valid rubric can be reported.
"""

from __future__ import annotations

from zi_eval.messages import MESSAGES, msg
from zi_eval.models.rubric import Criterion as RubricCriterion
from zi_eval.models.rubric import Rubric
from zi_eval.scoring.linking import Link
from zi_eval.scoring.results import Criterion, ItemResult

#: How many of a projected item's activities its reason names.
SHOWN_ACTIVITIES = 3


def item_reason(i: ItemResult, lang: str = "id") -> str:
    """The one-sentence reason of an item result."""
    detail = msg("detail_" + i.detail, lang) if i.detail else ""
    if i.reason == "projected":
        acts = ", ".join(i.activities[:SHOWN_ACTIVITIES]) + (
            "…" if len(i.activities) > SHOWN_ACTIVITIES else ""
        )
        return msg("reason_projected", lang, activities=acts)
    if i.reason == "no_evidence":
        return msg("reason_no_evidence", lang, answer=i.answer, claimed=i.claimed or 0.0)
    if i.reason == "unanswered":
        return msg("reason_unanswered", lang, detail=detail)
    return msg("reason_" + i.reason, lang, answer=i.answer, detail=detail)


def criterion_note(c: Criterion, lang: str = "id") -> str:
    """Why a criterion may be unmet, in words ("ipak belum diisi"), or ``""``."""
    return msg("note_" + c.note, lang, **dict(c.note_args)) if c.note else ""


def _indicator_name(rubric: Rubric, code: str) -> str | None:
    ind = rubric.indicator(code)
    return ind.name if ind is not None else None


def _own_label(c: RubricCriterion, lang: str) -> str | None:
    """The label the rubric gives a criterion, in ``lang`` (Indonesian when it has no English one)."""
    if lang == "en" and c.label_en:
        return c.label_en
    return c.label


def criterion_labels(rubric: Rubric, lang: str = "id") -> dict[str, str]:
    """Every criterion id of the rubric's predicates with its label ("area:pelayanan-publik" → "Area …").

    A criterion's own label in the rubric comes first; without one, a label is built from what it
    reads: its component, hasil area or indicator (by name), else its id. Never fails on a valid rubric.
    """
    out: dict[str, str] = {"total": msg("crit_total", lang)}
    for pred in rubric.predicates:
        for c in pred.criteria:
            own = _own_label(c, lang)
            if c.kind == "each_zi_area_percent":
                out.update({f"area:{a.id}": msg("crit_area", lang, name=a.name) for a in rubric.zi_areas})
            elif own is not None:
                out[c.id] = own
            elif c.kind == "total":
                out[c.id] = msg("crit_total", lang)
            elif c.kind == "component":
                key = f"comp_{c.ref}"
                out[c.id] = msg("crit_component", lang, ref=msg(key, lang) if key in MESSAGES else c.ref)
            elif c.kind == "area":
                info = rubric.area(c.ref or "")
                out[c.id] = msg("crit_hasil_area", lang, name=info.name if info else c.ref)
            else:
                out[c.id] = _indicator_name(rubric, c.ref or "") or c.id
        if pred.prior_predicate:
            out["prior-predicate"] = msg("crit_prior", lang, prior=pred.prior_predicate)
    return out


def criterion_label(rubric: Rubric, predicate: str, criterion: str, lang: str = "id") -> str:
    """The label of one criterion of ``predicate`` (the prior-predicate one names this predicate's prior)."""
    if criterion == "prior-predicate":
        prior = next((p.prior_predicate for p in rubric.predicates if p.id == predicate), None)
        return msg("crit_prior", lang, prior=prior)
    labels: dict[str, str] = rubric.derived(f"criterion_labels:{lang}", lambda r: criterion_labels(r, lang))
    return labels.get(criterion, criterion)


#: Remediation hints of the shipped rubric that are its own words, by their message (see :func:`remediation`).
_REMEDIES = ("remedy_counts", "remedy_survey")


def remediation(rubric: Rubric, code: str, lang: str = "id") -> str:
    """The rubric's remediation hint for item ``code`` in ``lang``.

    The hints are Indonesian: "Untuk nilai penuh: <criterion>" quotes the regulation's criterion, which
    stays as the regulation words it; the rubric's own words around it, and its few hints of its own
    words alone (:data:`_REMEDIES`), are given in ``lang``. A hint of another rubric stays as written.
    """
    text = rubric.items[code].item.remediation
    if lang == "id":
        return text
    full = msg("remedy_full_marks", "id", criterion="")
    if text.startswith(full):
        return msg("remedy_full_marks", lang, criterion=text[len(full) :])
    own = next((key for key in _REMEDIES if msg(key, "id") == text), None)
    return msg(own, lang) if own is not None else text


def link_reason(link: Link, lang: str = "id") -> str:
    """Why an activity is linked to an item, in words: the unit file's own reason, else how it was found."""
    if link.note:
        return link.note
    text = msg("link_" + link.how, lang, score=f"{link.score:.2f}", words=", ".join(link.words))
    return msg("link_substep", lang, label=link.substep, text=text) if link.substep else text


def link_dict(link: Link, lang: str = "id") -> dict[str, object]:
    """A link as JSON: item, how, score, matched words and the reason in ``lang``."""
    return {
        "item": link.code,
        "how": link.how,
        "score": link.score,
        "words": list(link.words),
        "reason": link_reason(link, lang),
    }
