"""``zi-eval evidence scan``: evidence records from a data-dukung folder or a table of links.

SOURCE is a folder (walked by :func:`zi_eval.evidence.scan.scan_tree`), a table of links (.xlsx, .xls,
.ods, .csv: :func:`zi_eval.evidence.table.read_links_table`) or an evidence YAML an earlier ``-o``
wrote. The records go to ``-o FILE.yaml`` (a YAML list of evidence records, the same fields as a unit
file's ``evidence`` entries, read back by :func:`zi_eval.evidence.merge.load_records`), into a unit
file with ``--into`` (:func:`zi_eval.evidence.merge.merge_records`), or, with neither, to the screen
as that same YAML list. The summary (what was read, items covered per ZI area, activities covered,
each finding on one line) goes to the screen; to stderr when stdout carries the records.

Paths in the records are relative to the unit file's folder (``--into``), else to the ``-o`` file's
folder, else to the folder holding SOURCE (a folder scanned) or the table's own folder.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from rich.console import Console

from zi_eval.errors import fail, show
from zi_eval.evidence.merge import MergeResult, load_records, merge_records, read_unit_lenient
from zi_eval.evidence.result import EvidenceScan
from zi_eval.evidence.table import read_links_table
from zi_eval.flags.catalogue import FLAGS, finding_args, render
from zi_eval.io.location import Location
from zi_eval.io.sheets import SPREADSHEET_SUFFIXES
from zi_eval.io.textfile import write_atomic
from zi_eval.messages import msg
from zi_eval.models.loading import load_rubric
from zi_eval.models.rubric import Rubric
from zi_eval.models.serialize import dump_records
from zi_eval.models.unit import Evidence, Hasil, Unit
from zi_eval.report.terminal import shown

#: How many findings the terminal lists one per line (the rest is in ``--report``).
SHOWN_FINDINGS = 40
_YAML = (".yaml", ".yml")
_SOURCE_MUST = "an existing folder, a table of links (.xlsx, .xls, .ods, .csv) or an evidence YAML"


def _check_args(args: argparse.Namespace) -> None:
    """Refuse what would write somewhere not asked for, or read what is not there (exit 3)."""
    src: Path = args.source
    if not src.exists():
        raise fail(str(src), None, "SOURCE", _SOURCE_MUST, "no such file or folder")
    if src.is_file() and src.suffix.lower() not in (*SPREADSHEET_SUFFIXES, *_YAML):
        raise fail(str(src), None, "SOURCE", _SOURCE_MUST, show(src.name))
    if args.base_url is not None and not re.match(r"^https?://\S+$", args.base_url):
        raise fail("--base-url", None, "URL", "an http:// or https:// address", show(args.base_url))
    if args.base_url is not None and not src.is_dir():
        # a table carries its own links; a base URL given for it would be silently ignored
        raise fail("--base-url", None, "SOURCE", "a folder (a table carries its own links)", show(src.name))
    if args.into is not None and args.into.suffix.lower() not in _YAML:
        raise fail(str(args.into), None, "--into", "a unit file (.yaml)", show(args.into.name))
    out: Path | None = args.output
    if out is None:
        return
    if out.is_dir():
        raise fail(str(out), None, "-o", "a file path for the evidence YAML", "an existing folder")
    if out.suffix.lower() not in _YAML:
        raise fail(str(out), None, "-o", "an evidence YAML file (.yaml)", show(out.name))
    # -o over SOURCE or --into is refused for every command alike (cli._outputs_apart)
    if out.is_file() and _is_unit_file(out):
        # a list of records written over a unit file would lose its plan and answers
        raise fail(
            str(out), None, "-o", "an evidence file, not a unit file (use --into to merge)", "a unit file"
        )


def _is_unit_file(path: Path) -> bool:
    """Tell whether ``path`` holds a unit file (a top-level ``unit:`` key), without reading it all."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    return re.search(rb"(?m)^unit\s*:", head) is not None


def _unit_dir(args: argparse.Namespace) -> Path:
    if args.into is not None:
        return Path(args.into).resolve().parent
    if args.output is not None:
        return Path(args.output).resolve().parent
    src = Path(args.source).resolve()
    return src.parent


def read_source(args: argparse.Namespace, rubric: Rubric, unit: Unit | None) -> tuple[EvidenceScan, str]:
    """Read SOURCE into records; the second value names what ``files`` counts (a message key)."""
    src: Path = args.source
    unit_dir = _unit_dir(args)
    if src.is_dir():
        try:
            from zi_eval.evidence.scan import scan_tree
        except ModuleNotFoundError:  # the folder scanner is its own module (see the evidence package)
            raise fail(
                str(src), None, "SOURCE", "a table of links (folder scanning is not installed)", "a folder"
            ) from None
        scan = scan_tree(
            src, rubric, unit=unit, unit_dir=unit_dir, base_url=args.base_url, progress=sys.stderr.isatty()
        )
        return scan, "ev_unit_files"
    if src.suffix.lower() in _YAML:
        records = load_records(src)
        findings: list[dict[str, Any]] = []
        if unit is not None:
            from zi_eval.evidence.scan import other_year

            records, findings = other_year(records, unit.unit.year)
        return EvidenceScan(records, findings, files=len(records)), "ev_unit_records"
    year = unit.unit.year if unit is not None else None
    return read_links_table(src, rubric, unit_dir=unit_dir, year=year), "ev_unit_rows"


def _where(f: dict[str, Any]) -> str:
    where = str(f.get("path") or "")
    line = f.get("line")
    return str(Location(where, line)) if where and isinstance(line, int) else where


def finding_line(f: dict[str, Any], lang: str) -> str:
    """One finding on one line: code, where, and its message in ``lang``."""
    code = str(f.get("code", "?"))
    try:
        text = render(code, lang, **finding_args(f)) if code in FLAGS else ""
    except (KeyError, IndexError):
        text = ""  # a template asking for an argument this finding lacks: the code and place still say it
    if not text:
        text = ", ".join(f"{k}={v}" for k, v in f.items() if k not in ("code", "path", "line"))
    return f"  {code} {_where(f)}: {text}"[:300]


def coverage(records: tuple[Evidence, ...], rubric: Rubric, unit: Unit | None = None) -> dict[str, list[str]]:
    """Item codes the records support, per ZI area id (``""``: items outside the ZI areas): those they
    name, and with the unit they go into, those its activities they name link to (the one evidence rule,
    :func:`~zi_eval.scoring.linking.evidence_claims`, on the records alone)."""
    out: dict[str, list[str]] = {a.id: [] for a in rubric.zi_areas}
    if unit is None:
        supported = {c for e in records for c in e.supports if c in rubric.items}
    else:
        from zi_eval.scoring.linking import evidence_claims, link_unit

        alone = unit.model_copy(update={"evidence": tuple(records), "answers": {}, "hasil": Hasil()})
        supported = set(evidence_claims(alone, rubric, link_unit(unit, rubric).codes_of)[0])
    for code, flat in rubric.items.items():
        if code in supported:
            out.setdefault(flat.area if flat.area in out else "", []).append(code)
    return out


def summary_lines(
    scan: EvidenceScan,
    *,
    source: str,
    counts: str,
    rubric: Rubric,
    unit: Unit | None,
    merged: MergeResult | None,
    into: Path | None,
    report: Path | None,
    lang: str,
) -> list[str]:
    """The terminal summary: what was read, coverage per area and of the plan, findings, the merge."""
    lines = [
        msg(
            "ev_summary",
            lang,
            source=source,
            files=scan.files,
            unit=msg(counts, lang),
            records=len(scan.records),
            skipped=scan.skipped,
        ),
        msg("ev_items_head", lang),
    ]
    cov = coverage(scan.records, rubric, unit)
    for area in rubric.zi_areas:
        total = sum(1 for f in rubric.items.values() if f.area == area.id)
        name = area.name_en if lang == "en" else area.name
        lines.append(msg("ev_items_area", lang, area=name, n=len(cov[area.id]), total=total))
    other = sum(len(v) for k, v in cov.items() if k not in {a.id for a in rubric.zi_areas})
    if other:
        lines.append(msg("ev_items_other", lang, n=other))
    if unit is None:
        # records naming a plan's activities (a01) support the items those link to: known with the plan
        named = sum(1 for e in scan.records if any(s not in rubric.items for s in e.supports))
        if named:
            lines.append(msg("ev_activity_refs", lang, n=named))
    elif unit.activities:
        acts = {a.id for a in unit.activities}
        covered = {s for e in scan.records for s in e.supports if s in acts}
        lines.append(msg("ev_activities", lang, n=len(covered), total=len(acts)))
    findings = [*scan.findings, *(merged.findings if merged is not None else [])]
    if findings:
        lines.append(msg("ev_findings", lang, n=len(findings)))
        lines += [finding_line(f, lang) for f in findings[:SHOWN_FINDINGS]]
        if len(findings) > SHOWN_FINDINGS and report is None:
            lines.append(msg("ev_more", lang, n=len(findings) - SHOWN_FINDINGS))
    if merged is not None and into is not None:
        if merged.written:
            lines.append(
                msg(
                    "ev_merged",
                    lang,
                    path=into,
                    added=len(merged.added),
                    same=len(merged.same) - len(merged.conflicts),
                    conflicts=len(merged.conflicts),
                    gone=len(merged.gone),
                )
            )
        else:
            lines.append(msg("ev_nothing", lang, path=into, same=len(merged.same)))
    if report is not None:
        lines.append(msg("import_report_at", lang, path=report))
    return lines


def _report(
    scan: EvidenceScan, rubric: Rubric, unit: Unit | None, merged: MergeResult | None, source: str
) -> str:
    data = {
        "source": source,
        "files": scan.files,
        "skipped": scan.skipped,
        "records": [e.model_dump(mode="json", exclude_defaults=True) for e in scan.records],
        "coverage": coverage(scan.records, rubric, unit),
        "findings": scan.findings,
        "merge": None
        if merged is None
        else {
            "written": merged.written,
            "added": list(merged.added),
            "same": list(merged.same),
            "conflicts": merged.conflicts,
            "gone": merged.gone,
        },
    }
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True, default=str) + "\n"


def run_evidence_scan(args: argparse.Namespace, out: Console) -> int:
    """Scan SOURCE; write ``-o``, merge ``--into``, or print the records; then the summary."""
    lang = args.lang
    _check_args(args)
    rubric = load_rubric(args.rubric)
    unit = read_unit_lenient(args.into, rubric)[0] if args.into is not None else None
    scan, counts = read_source(args, rubric, unit)
    merged: MergeResult | None = None
    if args.into is not None:
        root = args.source if Path(args.source).is_dir() else None
        merged = merge_records(args.into, scan.records, rubric=rubric, root=root)
    if args.output is not None:
        header = msg("ev_header", lang, source=_shown_name(args.source), name=args.output.name)
        write_atomic(args.output, header + dump_records(scan.records))
    if args.report is not None:
        write_atomic(args.report, _report(scan, rubric, unit, merged, str(args.source)))
    # with neither -o nor --into stdout carries the records (pipe-friendly) and the summary goes to stderr
    to_screen = args.output is None and args.into is None
    target = Console(stderr=True, highlight=False, soft_wrap=True) if to_screen else out
    if to_screen:
        out.file.write(dump_records(scan.records))
    lines = summary_lines(
        scan,
        source=_shown_name(args.source),
        counts=counts,
        rubric=rubric,
        unit=unit,
        merged=merged,
        into=args.into,
        report=args.report,
        lang=lang,
    )
    for line in lines:
        target.print(shown(line))
    if args.output is not None:
        target.print(shown(msg("import_written", lang, path=args.output)))
    return 0


def _shown_name(source: str | Path) -> str:
    """The scanned folder's or table's name as a person knows it (``.`` is the folder's own name)."""
    path = Path(source)
    return path.name or path.resolve().name or str(path)


def run_evidence(args: argparse.Namespace, out: Console) -> int:
    """Dispatch ``zi-eval evidence`` sub-commands."""
    return run_evidence_scan(args, out)
