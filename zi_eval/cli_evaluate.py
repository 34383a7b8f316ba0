"""``zi-eval evaluate``: load any input, score it, print the text summary or the JSON contract."""

from __future__ import annotations

import argparse
import re
from typing import Any

from rich.console import Console

from zi_eval.errors import UsageError
from zi_eval.flags import Flag, derive_flags
from zi_eval.io.textfile import write_atomic
from zi_eval.messages import msg
from zi_eval.models.loading import load_rubric
from zi_eval.report.json_report import evaluation_to_dict, to_json
from zi_eval.report.text_report import render_text, summary
from zi_eval.scoring.engine import Evaluation, evaluate_unit
from zi_eval.sources import LoadedInput, load_input


def parse_as_of(text: str | None) -> tuple[int, int] | None:
    """Parse ``YYYY-MM``; a malformed value is a usage problem reported like input errors."""
    if text is None:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise UsageError(f"--as-of: must be a month as YYYY-MM (e.g. 2025-06); got {text!r}")
    return int(m.group(1)), int(m.group(2))


def evaluate_input(
    loaded: LoadedInput, mode: str, as_of: tuple[int, int] | None, lang: str, rubric_ref: str | None = None
) -> tuple[Evaluation, list[Flag]]:
    """Evaluate a loaded input and derive its flags (with importer and workbook findings)."""
    rubric = load_rubric(rubric_ref)
    ev = evaluate_unit(loaded.unit, rubric, mode=mode, as_of=as_of)
    findings: list[dict[str, Any]] = list(loaded.findings)
    if loaded.workbook is not None:
        # the workbook's stored values are what its formulas compute: compare them in that mode
        own = getattr(loaded.workbook, "mode", "claimed")
        s = ev.scores if own == mode else evaluate_unit(loaded.unit, rubric, mode=own, as_of=as_of).scores
        findings += loaded.workbook.compare(s.indicators, s.area_aspect, s.components, s.total)
    return ev, derive_flags(ev, findings, lang=lang)


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
    return "\n".join(lines) + "\n"


def _shown(answer: Any, lang: str) -> str:
    """An answer as a person reads it: "belum diisi" for none (never ``nan`` or ``None``)."""
    if answer is None or (isinstance(answer, float) and answer != answer) or answer == "":
        return msg("answer_none", lang)
    return str(answer)


def run_evaluate(args: argparse.Namespace, out: Console) -> int:
    as_of = parse_as_of(args.as_of)
    rubric = load_rubric(args.rubric)
    loaded = load_input(args.input, rubric)
    scenario_info: dict[str, Any] | None = None
    if getattr(args, "scenario", None) is not None:
        from zi_eval.scenario import Scenario

        scenario = Scenario.from_yaml(loaded.unit, args.scenario, rubric)
        result = scenario.evaluate(args.mode, args.as_of, args.lang)
        scenario_info = {
            "file": args.scenario.name,
            "changes": len(scenario.changes),
            **result.summary(),
            "items": result.items.to_dict("records"),
        }
        loaded = LoadedInput(scenario.unit, loaded.kind, loaded.path, loaded.sha256, loaded.findings)
    ev, flags = evaluate_input(loaded, args.mode, as_of, args.lang, args.rubric)
    plan = None
    if getattr(args, "next", False):
        from zi_eval.report.next_steps import plan_for

        plan = plan_for(ev.unit, ev.rubric, args.mode)
    if args.format == "json":
        source = {"file": args.input.name, "kind": loaded.kind, "sha256": loaded.sha256}
        data = evaluation_to_dict(ev, flags, source, args.lang)
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
            out.print(_scenario_text(scenario_info, args.lang), markup=False, end="")
            return 0
    if args.output is not None:
        write_atomic(args.output, text)
    else:
        out.file.write(text)
    return 0
