"""What to fix first: the cheapest set of upgrades to the target predicate, as data and as a terminal table.

The search is :func:`zi_eval.planning.best_next_actions` (an exact 0/1 programme over evidence-backed
answer upgrades); this module only says its result in words a head of office acts on: per item its
question, the answer now and the one proposed, the points gained, the effort, the rubric's
remediation hint and the evidence it needs, then the criteria no plan can change.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table

from zi_eval.messages import msg
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit
from zi_eval.planning import ActionPlan, best_next_actions
from zi_eval.report.answers import answer_text
from zi_eval.report.result_text import criterion_label, remediation
from zi_eval.report.terminal import shown


def plan_for(unit: Unit, rubric: Rubric, mode: str, target: str | None = None) -> ActionPlan:
    """The cheapest plan to ``target`` (default: the unit's own target predicate) in ``mode``."""
    return best_next_actions(unit, target or unit.unit.target_predicate, mode=mode, rubric=rubric)


def _before(plan: ActionPlan, rubric: Rubric, code: str, lang: str) -> str:
    return answer_text(rubric, code, plan.before.unit.answers.get(code), lang)


def _after(plan: ActionPlan, rubric: Rubric, code: str, lang: str) -> str:
    if plan.scenario is None:
        return msg("answer_none", lang)
    return answer_text(rubric, code, plan.scenario.unit.answers.get(code), lang)


def next_steps_dict(plan: ActionPlan, rubric: Rubric, lang: str = "id") -> dict[str, Any]:
    """The plan as JSON data (``next_actions`` of ``evaluate --next --format json``)."""
    before = plan.before.readiness[plan.target]
    areas = {a.id: a.name for a in rubric.areas}
    return {
        "target": plan.target,
        "already_eligible": before.eligible,
        "feasible": plan.feasible,
        "eligible_after": plan.eligible,
        "effort": plan.cost,
        "points": round(plan.points, 4),
        "message": msg("plan_why_" + plan.why, lang) if plan.why else "",
        "actions": [
            {
                "item": a.item,
                "question": rubric.items[a.item].item.question,
                "area": a.area,
                "area_name": areas.get(a.area, a.area),
                "kind": a.kind,
                "answer_before": _before(plan, rubric, a.item, lang),
                "answer_after": _after(plan, rubric, a.item, lang),
                "points": round(a.points, 4),
                "effort": a.effort,
                "remediation": remediation(rubric, a.item, lang),
                "evidence_needed": list(rubric.items[a.item].item.evidence),
            }
            for a in plan.actions
        ],
        "cannot_change": [
            {"id": cid, "label": criterion_label(rubric, plan.target, cid, lang)} for cid in plan.unfixable
        ],
    }


def next_steps_table(plan: ActionPlan, rubric: Rubric, lang: str = "id", limit: int | None = 10) -> Table:
    """The plan as a terminal table, best gain per effort first (``limit`` rows; ``None``: all)."""
    data = next_steps_dict(plan, rubric, lang)
    if data["already_eligible"]:
        title = msg("next_already", lang, target=plan.target)
    elif not plan.feasible:
        title = msg("next_none", lang, target=plan.target, why=msg("plan_why_" + plan.why, lang))
    else:
        title = msg(
            "next_title",
            lang,
            target=plan.target,
            n=len(data["actions"]),
            points=f"{plan.points:.2f}",
            effort=plan.cost,
        )
    table = Table(title=shown(title), title_justify="left", show_lines=False)
    for key in ("html_code", "next_question", "next_change", "next_points", "next_effort", "next_hint"):
        table.add_column(msg(key, lang))
    actions = data["actions"] if limit is None else data["actions"][:limit]
    for a in actions:
        change = (
            msg("next_evidence", lang)
            if a["kind"] == "evidence"
            else f"{a['answer_before']} → {a['answer_after']}"
        )
        table.add_row(
            shown(a["item"]),
            shown(a["question"]),
            shown(change),
            f"+{a['points']:.2f}",
            shown(msg("effort_" + a["effort"], lang)),
            # the rubric's remediation hint, then the evidence it needs (the HTML lists it all)
            shown(
                a["remediation"]
                + (f" — {'; '.join(a['evidence_needed'][:2])}" if a["evidence_needed"] else "")
            ),
        )
    if data["cannot_change"]:
        names = ", ".join(c["label"] for c in data["cannot_change"])
        table.caption = shown(msg("next_cannot", lang, names=names))
        table.caption_justify = "left"
    return table
