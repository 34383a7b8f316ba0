"""``zi-eval import``: the unit YAML, the JSON report and a summary that fits on a screen."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from rich.console import Console

from zi_eval.errors import InputError, Problem, fail, show
from zi_eval.flags.catalogue import finding_args, render, severity
from zi_eval.io.textfile import write_atomic
from zi_eval.lke.reader import LkeWorkbook
from zi_eval.messages import msg
from zi_eval.models.loading import load_rubric
from zi_eval.models.serialize import dump_unit
from zi_eval.ra import ImportResult, import_plan
from zi_eval.ra.build import why_no_plan
from zi_eval.ra.parse import Finding
from zi_eval.ra.vocabulary import ROLES, load_vocabulary
from zi_eval.report.terminal import shown
from zi_eval.sources import lke_or_plan

#: Findings about the plan as a whole come first among findings of the same severity.
_PLAN_FIRST = (
    "IMPORT_NO_ACTIVITY",
    "IMPORT_AREA_MISSING",
    "IMPORT_NO_SCHEDULE",
    "IMPORT_COLUMN_UNUSED",
    "IMPORT_NAME_FROM_FILE",
    "IMPORT_KEGIATAN_IS_AREA",
)
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
#: How many kinds of finding the terminal summary lists (the rest is in ``--report``).
SHOWN_FINDINGS = 5


def parse_columns(items: list[str], lang: str) -> dict[str, str]:
    """Read ``--column ROLE=HEADER`` choices; a malformed one is a usage error (exit 3)."""
    out: dict[str, str] = {}
    for item in items:
        role, sep, header = item.partition("=")
        role = role.strip().lower()
        if not sep or role not in ROLES or not header.strip():
            raise fail(
                "--column",
                None,
                "ROLE=HEADER",
                msg("import_bad_column", "en", roles=", ".join(ROLES)),
                show(item),
            )
        out[role] = header.strip()
    return out


def _rank(f: Finding) -> tuple[int, int]:
    plan = _PLAN_FIRST.index(f.code) if f.code in _PLAN_FIRST else len(_PLAN_FIRST)
    return _SEVERITY_ORDER.get(severity(f.code), 3), plan


def summary_lines(result: ImportResult, lang: str, report: str | None) -> list[str]:
    """The terminal summary: counts, the column map, the most important findings, where the rest is."""
    u = result.unit
    lines = [
        msg(
            "import_summary",
            lang,
            source=result.document.name,
            fmt=result.document.format,
            acts=len(u.activities),
            subs=sum(len(a.substeps) for a in u.activities),
            areas=len({a.ra_area for a in u.activities}),
        ),
        msg(
            "import_lines",
            lang,
            counts=", ".join(f"{msg('kind_' + k, lang)} {n}" for k, n in result.counts().items()),
        ),
    ]
    seen: list[dict[str, str]] = []
    for cols in result.column_maps(lang):
        if cols not in seen:
            seen.append(cols)
    for cols in seen[:3]:
        text = ", ".join(f"{role}={header!r}" for role, header in cols.items())
        lines.append(msg("import_columns", lang, cols=text[:300]))
    if result.findings:
        by_code: dict[str, list[Finding]] = {}
        for f in sorted(result.findings, key=_rank):
            by_code.setdefault(f.code, []).append(f)
        sev = Counter(severity(f.code) for f in result.findings)
        lines.append(
            msg(
                "import_top_findings",
                lang,
                n=len(result.findings),
                sev=", ".join(f"{k} {v}" for k, v in sorted(sev.items())),
            )
        )
        for code, group in list(by_code.items())[:SHOWN_FINDINGS]:
            f = group[0]
            where = result.location(f)
            more = f" (×{len(group)})" if len(group) > 1 else ""
            text = render(code, lang, **finding_args(f.as_dict()))
            lines.append(f"  {code}{more} {where}: {text}"[:220])
        rest = len(result.findings) - min(SHOWN_FINDINGS, len(by_code))
        if report is None and rest > 0:
            lines.append(msg("import_more_findings", lang, n=rest))
    if report is not None:
        lines.append(msg("import_report_at", lang, path=report))
    return lines


def run_import(args: argparse.Namespace, out: Console) -> int:
    """Import ``args.source``; exit 3 when the document holds no plan table (or, with ``--strict``, warnings)."""
    lang = args.lang
    rubric = load_rubric(args.rubric)
    vocabulary = load_vocabulary(getattr(args, "vocabulary", None))
    columns = parse_columns(getattr(args, "column", None) or [], lang)

    def read_plan() -> ImportResult:
        result = import_plan(
            args.source,
            rubric,
            unit_name=args.unit_name,
            year=args.year,
            vocabulary=vocabulary,
            columns=columns,
        )
        if args.report is not None:
            write_atomic(
                args.report, json.dumps(result.report(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
            )
        return result

    got = lke_or_plan(Path(args.source), rubric, read_plan, args.year)
    if isinstance(got, LkeWorkbook):
        from zi_eval.cli_import_lke import run_import_lke

        return run_import_lke(args, got, out)
    result = got
    if not result.unit.activities:
        # a problem is written in English and put into the chosen language when printed (Problem.text)
        raise fail(str(args.source), None, "table", msg("import_need_table", "en"), why_no_plan(result))
    if getattr(args, "strict", False):
        warned = [f for f in result.findings if severity(f.code) in ("error", "warning")]
        if warned:
            where = str(args.source)
            raise InputError(
                [
                    Problem(
                        str(result.location(f, where)),
                        None,
                        f.code,
                        msg("import_strict", "en"),
                        render(
                            f.code, lang, **finding_args(f.as_dict())
                        ),  # the finding, as the summary says it
                    )
                    for f in warned
                ]
            )
    header = msg("import_header", lang, source=result.document.name)
    text = dump_unit(result.unit, header=header)
    # the summary goes to stderr so that stdout carries only the unit YAML (pipe-friendly)
    target = Console(stderr=True, highlight=False, soft_wrap=True)
    if args.output is not None:
        write_atomic(args.output, text)
    else:
        out.file.write(text)
    report = str(args.report) if args.report is not None else None
    for line in summary_lines(result, lang, report):
        target.print(shown(line))
    if args.output is not None:
        target.print(shown(msg("import_written", lang, path=args.output)))
    return 0
