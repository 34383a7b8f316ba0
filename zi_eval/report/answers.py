"""An answer as a person reads it: "8 dari 10 agen perubahan (80 %)", not "jumlah_agen_perubahan=10, …"."""

from __future__ import annotations

from zi_eval.messages import msg
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Answer
from zi_eval.scoring.values import ratio_parts


def _noun(label: str) -> str:
    """A count's label without its "Jumlah" ("Jumlah Agen Perubahan" → "agen perubahan")."""
    words = label.split()
    if words and words[0].lower() == "jumlah":
        words = words[1:]
    return " ".join(words).lower()


def answer_text(rubric: Rubric, code: str, answer: Answer | None, lang: str = "id") -> str:
    """The unit's answer to item ``code`` in words (an option as given; counts as "n of m (p %)")."""
    flat = rubric.items.get(code)
    if answer is None or flat is None:
        return msg("answer_none", lang)
    item = flat.item
    if item.options is not None or item.formula is None:
        return answer.answer if answer.answer else msg("answer_none", lang)
    if not answer.counts:
        return msg("answer_none", lang)
    f, counts = item.formula, answer.counts
    labels = {i.id: i.label for i in item.inputs}
    if f.kind == "reduction" and f.previous and f.current:
        prev, cur = counts.get(f.previous, 0), counts.get(f.current, 0)
        return msg(
            "answer_reduction", lang, previous=prev, current=cur, noun=_noun(labels.get(f.current, ""))
        )
    num, den = ratio_parts(f, counts)
    noun = _noun(labels[f.denominator[0]]) if len(f.denominator) == 1 else ""
    pct = f"{100 * num / den:.0f}" if den else "—"
    return msg("answer_ratio", lang, num=num, den=den, noun=noun, pct=pct).replace("  ", " ")
