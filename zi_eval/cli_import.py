"""``zi-eval import``: the summary table, the unit YAML and the JSON report."""

from __future__ import annotations

import argparse
import json

from rich.console import Console
from rich.table import Table

from zi_eval.errors import fail
from zi_eval.io.textfile import write_atomic
from zi_eval.messages import msg
from zi_eval.models.loading import load_rubric
from zi_eval.models.serialize import dump_unit
from zi_eval.ra import import_plan


def run_import(args: argparse.Namespace, out: Console) -> int:
    """Import ``args.source``; exit 3 when the document holds no plan table."""
    rubric = load_rubric(args.rubric)
    result = import_plan(args.source, rubric, unit_name=args.unit_name, year=args.year)
    lang = args.lang
    if args.report is not None:
        write_atomic(
            args.report, json.dumps(result.report(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        )
    if not result.unit.activities:
        raise fail(
            str(args.source), None, "table", msg("import_need_table", lang), msg("import_no_table", lang)
        )
    header = msg("import_header", lang, source=result.document.name)
    text = dump_unit(result.unit, header=header)
    # the summary goes to stderr so that stdout carries only the unit YAML (pipe-friendly)
    target = Console(stderr=True, highlight=False, soft_wrap=True)
    if args.output is not None:
        write_atomic(args.output, text)
    else:
        out.print(text, markup=False, end="")
    u = result.unit
    target.print(
        msg(
            "import_summary",
            lang,
            source=result.document.name,
            fmt=result.document.format,
            acts=len(u.activities),
            subs=sum(len(a.substeps) for a in u.activities),
            areas=len({a.ra_area for a in u.activities}),
        ),
        markup=False,
    )
    counts = Table(title=msg("import_counts_title", lang), show_header=True)
    counts.add_column(msg("col_kind", lang))
    counts.add_column(msg("col_lines", lang), justify="right")
    for kind, n in result.counts().items():
        counts.add_row(msg("kind_" + kind, lang), str(n))
    target.print(counts)
    if result.findings:
        table = Table(title=msg("import_findings_title", lang, n=len(result.findings)))
        for col in ("code", "line", "column", "content", "action"):
            table.add_column(msg("col_" + col, lang))
        for f in result.findings:
            where = f"{f.sheet}!{f.line}" if f.sheet else str(f.line)
            table.add_row(f.code, where, str(f.column or ""), f.value, f.action)
        target.print(table)
    if args.output is not None:
        target.print(msg("import_written", lang, path=args.output), markup=False)
    return 0
