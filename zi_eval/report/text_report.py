"""A readable summary of an evaluation for the terminal: verdict first, then criteria, areas, flags."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from zi_eval.flags.derive import Flag
from zi_eval.messages import msg
from zi_eval.report.numbers import margin, value_against
from zi_eval.report.numbers import num as _num
from zi_eval.report.result_text import criterion_label, criterion_note
from zi_eval.report.terminal import shown
from zi_eval.scoring.engine import Evaluation

TOP_FLAGS = 15


def summary(ev: Evaluation, flags: list[Flag], lang: str = "id", top: int | None = TOP_FLAGS) -> Group:
    """Build the renderables of the text report."""
    parts: list[RenderableType] = []
    info = ev.unit.unit
    # every text that holds what a user or a rubric wrote goes through shown(): no markup, no escapes
    parts.append(
        shown(
            msg("txt_title", lang, name=info.name, year=info.year, mode=msg("mode_" + ev.mode, lang)),
            style="bold",
        )
    )
    for pid, r in ev.readiness.items():
        crit = next((c for c in r.criteria if c.id == r.binding), None)
        verdict = msg("txt_eligible" if r.eligible else "txt_not_eligible", lang, pred=pid)
        line = Text(verdict, style="bold green" if r.eligible else "bold red")
        if crit is not None:
            line.append_text(
                shown(
                    "  "
                    + msg(
                        "txt_binding",
                        lang,
                        label=criterion_label(ev.rubric, pid, crit.id, lang),
                        value=value_against(crit.value, crit.threshold),
                        threshold=_num(crit.threshold),
                        margin=margin(crit.margin),
                    ),
                    style="default",
                )
            )
        parts.append(line)
    totals = ", ".join(f"{msg('mode_' + m, lang)} {_num(v)}" for m, v in ev.totals_by_mode.items())
    parts.append(Text(msg("txt_totals", lang, total=_num(ev.total), totals=totals)))

    crit_table = Table(title=msg("txt_criteria", lang), show_lines=False)
    for col in ("col_criterion", "col_value", "col_threshold", "col_margin", "col_met"):
        crit_table.add_column(msg(col, lang), justify="left" if col == "col_criterion" else "right")
    for pid, r in ev.readiness.items():
        crit_table.add_row(shown(pid, style="bold"), "", "", "", "")
        for c in r.criteria:
            mark = Text("✓", style="green") if c.met else Text("✗", style="red")
            note = criterion_note(c, lang)
            label = criterion_label(ev.rubric, pid, c.id, lang) + (f" ({note})" if note else "")
            crit_table.add_row(
                shown(label), value_against(c.value, c.threshold), _num(c.threshold), margin(c.margin), mark
            )
    parts.append(crit_table)

    area_table = Table(title=msg("txt_areas", lang))
    for col in ("col_area", "col_weight", "col_pemenuhan", "col_reform", "col_score", "col_percent"):
        area_table.add_column(msg(col, lang), justify="left" if col == "col_area" else "right")
    for a in ev.scores.areas:
        area_table.add_row(
            shown(a.name),
            _num(a.weight),
            _num(a.pemenuhan),
            _num(a.reform),
            _num(a.score),
            f"{a.percent:.1f}%",
        )
    parts.append(area_table)

    counts = Counter(f.severity for f in flags)
    flag_table = Table(
        title=msg(
            "txt_flags",
            lang,
            errors=counts["error"],
            warnings=counts["warning"],
            infos=counts["info"],
            shown=len(flags) if top is None else min(top, len(flags)),
        )
    )
    for col in ("col_severity", "col_code", "col_message", "col_source"):
        flag_table.add_column(msg(col, lang))
    listed = flags if top is None else flags[:top]
    for f in listed:
        style = {"error": "red", "warning": "yellow"}.get(f.severity, "")
        flag_table.add_row(
            shown(f.severity, style=style), shown(f.code), shown(f.message), shown(f.source or "")
        )
    parts.append(flag_table)
    # what to do, once per code shown (one line each, not one per flag: 37 ITEM_NOT_PLANNED say the same)
    advice = {f.code: f.remediation for f in listed if f.remediation}
    if advice:
        parts.append(shown(msg("txt_flag_advice", lang)))
        parts += [shown(f"  → {code}: {text}") for code, text in advice.items()]
    return Group(*parts)


def render_text(
    ev: Evaluation,
    flags: list[Flag],
    lang: str = "id",
    width: int = 120,
    top: int | None = TOP_FLAGS,
    extra: Sequence[RenderableType] = (),
) -> str:
    """Render the summary as plain text (for ``-o FILE`` or a pipe); ``top`` flags shown (``None``: all).

    ``extra`` renderables (the next-steps table) follow the summary.
    """
    console = Console(width=width, record=True, color_system=None, force_terminal=False, file=io.StringIO())
    console.print(summary(ev, flags, lang, top))
    for part in extra:
        console.print(part)
    return console.export_text()
