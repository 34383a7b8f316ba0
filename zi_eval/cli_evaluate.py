"""``zi-eval evaluate``: load any input, score it, print the text summary or the JSON contract."""

from __future__ import annotations

import argparse
from typing import Any

from rich.console import Console

from zi_eval.api import evaluate
from zi_eval.io.textfile import write_atomic
from zi_eval.io.words import printable
from zi_eval.messages import msg
from zi_eval.models.loading import load_rubric
from zi_eval.report.json_report import to_json
from zi_eval.report.terminal import shown
from zi_eval.report.text_report import render_text, summary
from zi_eval.sources import LoadedInput, load_input


def parse_as_of(text: str | None, lang: str = "id") -> tuple[int, int] | None:
    """Parse ``YYYY-MM``; a malformed value is a usage problem reported like input errors."""
    from zi_eval.api import parse_as_of as parse_month

    return parse_month(text, "--as-of", lang)


def _scenario_text(info: dict[str, Any] | None, lang: str) -> str:
    if info is None:
        return ""
    from zi_eval.messages import msg

    lines = [
        msg(
            "scn_head",
            lang,
            file=info["file"],
            n=info["changes"],
            before=f"{info['total_before']:.2f}",
            after=f"{info['total_after']:.2f}",
            delta=f"{info['delta']:+.2f}",
        )
    ]
    for pid, v in info["verdict"].items():
        lines.append(f"  {pid}: {'✓' if v['before'] else '✗'} → {'✓' if v['after'] else '✗'}")
    for it in info["items"]:
        before, after = _shown(it["answer_before"], lang), _shown(it["answer_after"], lang)
        lines.append(f"  {it['code']}: {before} → {after} ({it['delta']:+.3f})")
    return printable("\n".join(lines) + "\n", keep="\n")


def _shown(answer: Any, lang: str) -> str:
    """An answer as a person reads it: "belum diisi" for none (never ``nan`` or ``None``)."""
    if answer is None or (isinstance(answer, float) and answer != answer) or answer == "":
        return msg("answer_none", lang)
    return str(answer)


def run_evaluate(args: argparse.Namespace, out: Console) -> int:
    as_of = parse_as_of(args.as_of, args.lang)
    rubric = load_rubric(args.rubric)
    loaded = load_input(args.input, rubric)
    scenario_info: dict[str, Any] | None = None
    if getattr(args, "scenario", None) is not None:
        from zi_eval.scenario import Scenario

        scenario = Scenario.from_yaml(
            loaded.unit, args.scenario, rubric, base_dir=args.input.resolve().parent
        )
        result = scenario.evaluate(args.mode, args.as_of, args.lang)
        scenario_info = {
            "file": args.scenario.name,
            "changes": len(scenario.changes),
            **result.summary(),
            "items": result.items.to_dict("records"),
        }
        loaded = LoadedInput(scenario.unit, loaded.kind, loaded.path, loaded.sha256, loaded.findings)
    evaluation = evaluate(loaded, rubric, args.mode, as_of, args.lang)
    ev, flags = evaluation.core, list(evaluation.flag_list)
    plan = None
    if getattr(args, "next", False):
        from zi_eval.report.next_steps import plan_for

        plan = plan_for(ev.unit, ev.rubric, args.mode)
    if args.format == "json":
        data = evaluation.to_dict()
        if scenario_info is not None:
            data["scenario"] = scenario_info
        if plan is not None:
            from zi_eval.report.next_steps import next_steps_dict

            data["next_actions"] = next_steps_dict(plan, ev.rubric, args.lang)
        text = to_json(data)
    else:
        extra = []
        if plan is not None:
            from zi_eval.report.next_steps import next_steps_table

            extra.append(next_steps_table(plan, ev.rubric, args.lang))
        if args.output is not None or not out.is_terminal:
            text = render_text(ev, flags, args.lang, top=args.flags, extra=extra)
            text += _scenario_text(scenario_info, args.lang)
        else:
            out.print(summary(ev, flags, args.lang, top=args.flags))
            for part in extra:
                out.print(part)
            out.print(shown(_scenario_text(scenario_info, args.lang)), end="")
            return 0
    if args.output is not None:
        write_atomic(args.output, text)
    else:
        out.file.write(text)
    return 0
