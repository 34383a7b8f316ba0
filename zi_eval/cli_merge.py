"""``zi-eval merge``: copy a workbook's answers, counts, hasil and evidence links into a unit file."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from zi_eval.errors import InputError, Problem, fail, show
from zi_eval.flags.catalogue import finding_args, render
from zi_eval.io.textfile import decode_text, read_bytes, write_atomic
from zi_eval.lke.merge import merge_workbook
from zi_eval.lke.reader import LkeWorkbook, read_if_lke, read_lke_workbook
from zi_eval.messages import msg
from zi_eval.models.loading import load_rubric, load_unit
from zi_eval.models.serialize import dump_unit, leading_comments, parse_unit
from zi_eval.models.unit import UnitInfo
from zi_eval.ra.parts import other_unit
from zi_eval.report.terminal import shown


def _check_same_unit(book: LkeWorkbook, unit: UnitInfo, force: bool) -> None:
    """Refuse a workbook of another unit or year unless ``force``: its Unit sheet names another unit id
    (zi-eval wrote it), or its title or file name another year, or its title another unit
    (:func:`~zi_eval.ra.parts.other_unit`: another office, not the same one written otherwise)."""
    if force:
        return
    theirs = book.unit.unit
    name = Path(book.path).name
    if "unit" in book.own_sheets:
        # zi-eval's own workbook: its Unit sheet says whose and which year's (a unit keeps its id
        # from year to year, so last year's workbook has the same id)
        own: list[Problem] = []
        where = f"{name}:{book.own_sheets['unit']}"
        if theirs.id != unit.id:
            own.append(
                Problem(
                    where,
                    None,
                    "unit.id",
                    f"the unit file's id {unit.id!r} (merge --force merges anyway)",
                    show(theirs.id),
                )
            )
        if theirs.year != unit.year:
            own.append(
                Problem(
                    where,
                    None,
                    "unit.year",
                    f"the unit file's year {unit.year} (merge --force merges anyway)",
                    str(theirs.year),
                )
            )
        if own:
            raise InputError(own)
        return
    problems = []
    if theirs.year != unit.year:
        from_name = any(f["code"] == "IMPORT_WORKBOOK_YEAR_FROM_NAME" for f in book.findings())
        where = "its file name" if from_name else "its title"
        problems.append(
            Problem(
                f"{name}:{book.sheet}",
                None,
                "year",
                f"the unit file's year {unit.year} (merge --force merges anyway)",
                f"{theirs.year} ({where})",
            )
        )
    if book.named_unit and other_unit([book.named_unit], unit.name):
        problems.append(
            Problem(
                f"{name}:{book.sheet}",
                None,
                "unit",
                f"the unit file's unit {show(unit.name)} (merge --force merges anyway)",
                f"{show(book.named_unit)} (its title)",
            )
        )
    if problems:
        raise InputError(problems)


def run_merge(args: argparse.Namespace, out: Console) -> int:
    """Merge ``args.workbook`` into ``args.into``; conflicts exit 3 and change nothing unless ``--force``."""
    lang = args.lang
    rubric = load_rubric(args.rubric)
    target = args.into
    if target.suffix.lower() not in (".yaml", ".yml"):
        raise fail(str(target), None, "--into", "a unit file (.yaml)", show(target.name))
    unit = load_unit(target, rubric)
    book = read_if_lke(args.workbook, rubric)
    if book is None:
        # say why: a file over a budget or unreadable, or the columns an LKE sheet lacks
        read_lke_workbook(args.workbook, rubric)
        raise fail(str(args.workbook), None, "file", "an LKE workbook (.xlsx)", "no LKE sheet")
    _check_same_unit(book, unit.unit, args.force)
    merged = merge_workbook(unit, book, rubric, force=args.force)
    # what the reader could not take (an answer outside the options, say) is said, not merged silently
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    for f in book.findings():
        err.print(
            shown(
                msg(
                    "merge_finding",
                    lang,
                    source=f.get("source", ""),
                    code=f["code"],
                    value=render(f["code"], lang, **finding_args(f)),
                )
            ),
        )
    if merged.conflicts:
        raise InputError(merged.conflicts)
    if merged.kept:
        shown_codes = ", ".join(merged.kept[:10]) + (" …" if len(merged.kept) > 10 else "")
        err.print(shown(msg("merge_kept", lang, n=len(merged.kept), items=shown_codes)))
    if not merged.changes:
        out.print(shown(msg("merge_nothing", lang, path=target)))
        return 0
    original, _ = decode_text(read_bytes(target))
    text = dump_unit(merged.unit, header=leading_comments(original))
    # validated as the unit file it becomes: references, and evidence paths against its folder
    parse_unit(text, str(target), rubric, target.resolve().parent)
    write_atomic(target, text)
    for c in merged.changes:
        out.print(
            shown(
                msg(
                    "merge_change_" + c.field.split(":")[0],
                    lang,
                    what=c.what,
                    field=c.field,
                    before=c.before or "—",
                    after=c.after,
                )
            ),
        )
    out.print(shown(msg("merge_done", lang, path=target, n=len(merged.changes))))
    return 0
