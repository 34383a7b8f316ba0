"""``zi-eval import LKE.xlsx``: a filled LKE workbook (any copy a unit has) → unit YAML, report, summary."""

from __future__ import annotations

import argparse
import json

from rich.console import Console

from zi_eval.errors import InputError, Problem
from zi_eval.flags.catalogue import finding_args, render, severity
from zi_eval.io.textfile import write_atomic
from zi_eval.lke.reader import LkeWorkbook
from zi_eval.lke.summary import summary_lines
from zi_eval.messages import msg
from zi_eval.models.serialize import dump_unit
from zi_eval.report.terminal import shown


def run_import_lke(args: argparse.Namespace, wb: LkeWorkbook, out: Console) -> int:
    """Write the unit read from ``wb``; ``--strict`` turns the reader's warnings into exit 3."""
    lang = args.lang
    if args.report is not None:
        text = json.dumps(wb.report(lang), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        write_atomic(args.report, text)
    if getattr(args, "strict", False):
        warned = [f for f in wb.findings() if severity(f["code"]) in ("error", "warning")]
        if warned:
            raise InputError(
                Problem(
                    f.get("source", wb.path),
                    None,
                    f["code"],
                    msg("import_strict", "en"),
                    render(f["code"], lang, **finding_args(f)),
                )
                for f in warned
            )
    text = dump_unit(wb.unit, header=msg("import_header_lke", lang, source=wb.path))
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    if args.output is not None:
        write_atomic(args.output, text)
    else:
        out.file.write(text)
    for line in summary_lines(wb, lang):
        err.print(shown(line))
    if args.report is not None:
        err.print(shown(msg("import_report_at", lang, path=args.report)))
    if args.output is not None:
        err.print(shown(msg("import_written", lang, path=args.output)))
    return 0
