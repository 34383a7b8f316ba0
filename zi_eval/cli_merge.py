"""``zi-eval merge``: copy a workbook's answers, counts, hasil and evidence links into a unit file."""

from __future__ import annotations

import argparse

from rich.console import Console

from zi_eval.errors import InputError, fail
from zi_eval.io.textfile import decode_text, read_bytes, write_atomic
from zi_eval.lke.merge import merge_workbook
from zi_eval.lke.reader import looks_like_lke, read_lke_workbook
from zi_eval.messages import msg
from zi_eval.models.loading import load_rubric, load_unit
from zi_eval.models.serialize import dump_unit, parse_unit


def _leading_comments(text: str) -> str:
    """The comment lines at the top of a YAML file (kept: re-dumping loses the others)."""
    out = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        out.append(line)
    return "".join(out)


def run_merge(args: argparse.Namespace, out: Console) -> int:
    """Merge ``args.workbook`` into ``args.into``; conflicts exit 3 and change nothing unless ``--force``."""
    lang = args.lang
    rubric = load_rubric(args.rubric)
    target = args.into
    if target.suffix.lower() not in (".yaml", ".yml"):
        raise fail(str(target), None, "--into", "a unit file (.yaml)", target.name)
    unit = load_unit(target, rubric)
    if not looks_like_lke(args.workbook):
        raise fail(str(args.workbook), None, "file", "an LKE workbook (.xlsx)", "no LKE sheet")
    book = read_lke_workbook(args.workbook, rubric)
    merged = merge_workbook(unit, book, rubric, force=args.force)
    if merged.conflicts:
        raise InputError(merged.conflicts)
    if not merged.changes:
        out.print(msg("merge_nothing", lang, path=target), markup=False)
        return 0
    original, _ = decode_text(read_bytes(target))
    text = dump_unit(merged.unit, header=_leading_comments(original))
    # validated as the unit file it becomes: references, and evidence paths against its folder
    parse_unit(text, str(target), rubric, target.resolve().parent)
    write_atomic(target, text)
    for c in merged.changes:
        out.print(
            msg(
                "merge_change_" + c.field.split(":")[0],
                lang,
                what=c.what,
                field=c.field,
                before=c.before or "—",
                after=c.after,
            ),
            markup=False,
        )
    out.print(msg("merge_done", lang, path=target, n=len(merged.changes)), markup=False)
    return 0
