"""``zi-eval template``: the official LKE layout ready to fill in Excel or LibreOffice."""

from __future__ import annotations

import argparse
import os
import tempfile
from dataclasses import replace
from pathlib import Path

from rich.console import Console

from zi_eval.api import evaluate
from zi_eval.errors import fail, show
from zi_eval.io.textfile import write_atomic
from zi_eval.messages import msg
from zi_eval.models.loading import load_rubric
from zi_eval.models.unit import Hasil
from zi_eval.report.terminal import shown
from zi_eval.report.workbook import write_lke_workbook
from zi_eval.sources import load_input


def run_template(args: argparse.Namespace, out: Console) -> int:
    """Write the fillable workbook of ``args.input`` to ``args.output`` (only ever the finished file)."""
    target = args.output
    if target.is_dir():
        raise fail(str(target), None, "-o", "a file name for the workbook (.xlsx)", "a directory")
    if target.suffix.lower() != ".xlsx":
        raise fail(str(target), None, "-o", "a file name ending in .xlsx", show(target.name))
    rubric = load_rubric(args.rubric)
    loaded = load_input(args.input, rubric)
    if args.blank:
        blank = loaded.unit.model_copy(update={"answers": {}, "hasil": Hasil()})
        loaded = replace(loaded, unit=blank, workbook=None)  # no answers: nothing to compare
    # the LKE's own formulas compute the claimed score: the template's cached values agree with them
    result = evaluate(loaded, rubric, mode="claimed", lang=args.lang)
    ev, flags = result.core, list(result.flag_list)
    # the workbook is made apart, then written to -o as any output is (write_atomic: a link followed,
    # a read-only file or a path under a file refused with exit 3, never replaced)
    fd, tmp = tempfile.mkstemp(prefix="zi-template-", suffix=".xlsx")
    os.close(fd)
    try:
        write_lke_workbook(
            ev,
            flags,
            tmp,
            args.lang,
            template=True,
            unit_dir=args.input.resolve().parent,
            out_dir=Path(os.path.realpath(target)).parent,  # a link: its links read from where it is written
        )
        write_atomic(target, Path(tmp).read_bytes())
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    out.print(shown(msg("tpl_written", args.lang, path=target, items=len(rubric.items))))
    return 0
