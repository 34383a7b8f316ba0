"""``zi-eval compare``: evaluate many units (files or folders) and rank them by readiness."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pandas as pd
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from zi_eval.api import readiness_order
from zi_eval.errors import fail
from zi_eval.io.cells import safe_text
from zi_eval.io.textfile import write_atomic
from zi_eval.messages import msg
from zi_eval.models.loading import load_rubric
from zi_eval.report.terminal import shown
from zi_eval.sources import INPUT_SUFFIXES


def expand_inputs(
    paths: list[Path], skipped: list[Path] | None = None, folders: list[Path] | None = None
) -> list[Path]:
    """Files as given; folders expanded to the files :func:`~zi_eval.sources.load_input` reads, sorted.
    Other files of a folder (photos, archives) go to ``skipped`` and its subfolders to ``folders``, to be
    said: a subfolder is not read (a unit's folder may hold its data dukung, whose workbooks are no units)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            entries = sorted(x for x in p.iterdir() if not x.name.startswith("."))
            files = [x for x in entries if x.is_file()]
            out += [x for x in files if x.suffix.lower() in INPUT_SUFFIXES]
            if skipped is not None:
                skipped += [x for x in files if x.suffix.lower() not in INPUT_SUFFIXES]
            if folders is not None:
                folders += [x for x in entries if x.is_dir()]
        elif p.exists():
            out.append(p)
        else:
            raise fail(str(p), None, "file", "an existing file or folder", "no such file")
    return out


def compare_table(
    paths: list[Path],
    mode: str,
    as_of: str | None,
    rubric_ref: str | None,
    out: Console,
    lang: str,
    jobs: int = 1,
) -> pd.DataFrame:
    """Load every path through the API's batch loader (a progress bar on a terminal; ``jobs`` worker
    processes), score them column-wise and return the table ranked by readiness. Every file's
    problems are reported together."""
    from zi_eval.api import _as_of, batch_table, load_batch

    rubric = load_rubric(rubric_ref)
    with Progress(
        console=Console(stderr=True), transient=True, disable=not out.is_terminal or len(paths) < 2
    ) as progress:
        task = progress.add_task(msg("cmp_progress", lang), total=len(paths))
        batch = load_batch(
            paths,
            rubric,
            jobs,
            keep_units=False,
            flags=True,
            every_problem=True,
            progress=lambda n: progress.advance(task, n),
        )
    table = batch_table(batch.stacked, rubric, mode, _as_of(as_of), flags=True)
    table["file"] = [p.name for p in paths]
    return readiness_order(table)


def _doubts(table: pd.DataFrame, lang: str) -> list[str]:
    """What makes a ranking doubtful: one unit id in several files (the same unit twice, or a copy not
    renamed: the text table cannot tell the rows apart), and units of several years."""
    out = []
    files = table.groupby("unit")["file"].apply(list)
    for unit, names in files.items():
        if len(names) > 1:
            out.append(
                msg("cmp_same_unit", lang, unit=unit, n=len(names), names=", ".join(map(str, names[:5])))
            )
    years = sorted({int(y) for y in table["year"]})
    if len(years) > 1:
        out.append(msg("cmp_years", lang, years=", ".join(map(str, years))))
    return out


def _csv(table: pd.DataFrame) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(list(table.columns))
    for rec in table.itertuples(index=False):
        w.writerow([safe_text(v) if isinstance(v, str) else ("" if v is None else v) for v in rec])
    return buf.getvalue()


def _text(table: pd.DataFrame, mode: str, lang: str, labels: dict[str, str] | None = None) -> Table:
    """The ranking as a terminal table; binding criteria by name (``labels``: id → label)."""
    labels = labels or {}
    t = Table(title=msg("cmp_title", lang, n=len(table), mode=msg("mode_" + mode, lang)))
    for col in (
        "#",
        "Unit",
        msg("mode_claimed", lang),
        msg("mode_evidenced", lang),
        msg("mode_projected", lang),
        "WBK",
        "WBBM",
        msg("txt_binding_short", lang),
        msg("col_flags", lang),
    ):
        t.add_column(col)
    for r in table.to_dict("records"):
        t.add_row(
            str(r["rank"]),
            shown(f"{r['name']} ({r['unit']})"),
            f"{r['total_claimed']:.2f}",
            f"{r['total_evidenced']:.2f}",
            f"{r['total_projected']:.2f}",
            "✓" if r["WBK_eligible"] else "✗",
            "✓" if r["WBBM_eligible"] else "✗",
            shown(labels.get(str(r["WBK_binding"]), str(r["WBK_binding"]))),
            f"{r['flags_error']}/{r['flags_warning']}/{r['flags_info']}",
        )
    return t


def run_compare(args: argparse.Namespace, out: Console) -> int:
    skipped: list[Path] = []
    folders: list[Path] = []
    paths = expand_inputs(args.inputs, skipped, folders)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    for left, key in ((skipped, "cmp_skipped"), (folders, "cmp_subfolders")):
        if left:  # said, never silently left out of the comparison
            few = ", ".join(x.name for x in left[:5]) + (", …" if len(left) > 5 else "")
            err.print(shown(msg(key, args.lang, n=len(left), names=few)))
    if not paths:
        raise fail(", ".join(map(str, args.inputs)), None, "inputs", "at least one unit file", "none found")
    table = compare_table(paths, args.mode, args.as_of, args.rubric, out, args.lang, args.jobs)
    for line in _doubts(table, args.lang):  # ranked side by side all the same, never silently
        err.print(shown(line))
    if args.chart is not None:
        from zi_eval.report.charts import chart_dpi, plot_compare

        buf = io.BytesIO()
        rubric = load_rubric(args.rubric)
        names = {a.id: (a.name_en if args.lang == "en" else a.name) for a in rubric.areas}
        fig = plot_compare(table, args.lang, area_names=names)
        fig.savefig(buf, format="png", dpi=chart_dpi(fig))
        write_atomic(args.chart, buf.getvalue())
    if args.format == "csv":
        text = _csv(table)
    elif args.format == "json":
        text = json.dumps(table.to_dict("records"), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    else:
        from zi_eval.report.result_text import criterion_labels

        labels = criterion_labels(load_rubric(args.rubric), args.lang)
        if args.output is None:
            out.print(_text(table, args.mode, args.lang, labels))
            return 0
        rec = Console(record=True, width=160, file=io.StringIO(), color_system=None)
        rec.print(_text(table, args.mode, args.lang, labels))
        text = rec.export_text()
    if args.output is not None:
        write_atomic(args.output, text)
    else:
        out.file.write(text)
    return 0
