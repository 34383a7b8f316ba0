"""Everything ``zi-eval report`` writes into a folder: index.html, the PNG charts and the LKE workbook."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Sequence
from pathlib import Path

from matplotlib.figure import Figure

from zi_eval.errors import fail
from zi_eval.flags.derive import Flag
from zi_eval.io.textfile import os_error_words, write_all
from zi_eval.messages import msg
from zi_eval.report import charts as C
from zi_eval.report import frames as F
from zi_eval.report.html_report import render_html
from zi_eval.report.next_steps import next_steps_dict, plan_for
from zi_eval.report.workbook import write_lke_workbook
from zi_eval.scoring.engine import Evaluation

CHART_FILES = {
    "radar": "area-radar.png",
    "bars": "area-bars.png",
    "calendar": "calendar-areas.png",
    "calendar_activities": "calendar-activities.png",
    "coverage": "evidence-coverage.png",
    "readiness": "readiness.png",
    "modes": "mode-totals.png",
}


def build_charts(ev: Evaluation, flags: list[Flag], lang: str = "id") -> dict[str, Figure]:
    """Every chart of the report, by name."""
    areas = F.areas_frame(ev)
    mins = {
        p.id: next((c.min for c in p.criteria if c.kind == "each_zi_area_percent"), 0.0)
        for p in ev.rubric.predicates
    }
    return {
        "radar": C.plot_area_radar(areas, lang, wbk=mins.get("WBK", 60.0), wbbm=mins.get("WBBM", 75.0)),
        "bars": C.plot_area_bars(areas, lang),
        "calendar": C.plot_calendar(F.calendar_frame(ev, flags, by="area"), lang),
        "calendar_activities": C.plot_calendar(
            F.calendar_frame(ev, flags, by="activity"), lang, title=msg("ch_calendar_acts", lang)
        ),
        "coverage": C.plot_evidence_coverage(F.coverage_frame(ev), lang),
        "readiness": C.plot_readiness(F.criteria_frame(ev, lang), lang),
        "modes": C.plot_mode_totals(F.totals_frame(ev, lang), lang),
    }


def render_charts(ev: Evaluation, flags: list[Flag], lang: str = "id") -> dict[str, bytes]:
    """Every chart rendered once to PNG bytes (the files and the HTML share them)."""
    out = {}
    for name, fig in build_charts(ev, flags, lang).items():
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=C.chart_dpi(fig))
        out[name] = buf.getvalue()
    return out


def write_report(
    ev: Evaluation,
    flags: list[Flag],
    out_dir: str | Path,
    source_name: str,
    source_sha256: str,
    lang: str = "id",
    *,
    unit_dir: Path | None = None,
    keep: Sequence[Path] = (),
) -> list[Path]:
    """Write the report folder and return the files written: all of them new, or none.

    A file of ``keep`` (the input read) is never replaced: a report folder holding it under a name the
    report writes ("report rep/x-lke.xlsx -o rep") is refused before anything is written.

    Everything is rendered first (the workbook in a private temporary folder, never in ``out_dir``),
    then the files are written together (:func:`write_all`): a stop or an error while rendering
    leaves the folder as it was, and no temporary file behind. ``unit_dir`` is the unit file's
    folder: evidence paths are relative to it, and the report's links to them are made relative to
    ``out_dir``.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        # the report is a folder of files: an existing file named by -o is never replaced by it
        raise fail(str(out), None, "output", "a folder", "an existing file")
    images = render_charts(ev, flags, lang)
    files: dict[Path, bytes | str] = {out / CHART_FILES[name]: png for name, png in images.items()}
    files[out / "index.html"] = render_html(
        ev,
        flags,
        images,
        source_name,
        source_sha256,
        lang,
        unit_dir=unit_dir,
        out_dir=out,
        next_steps=next_steps_dict(plan_for(ev.unit, ev.rubric, ev.mode), ev.rubric, lang),
    )
    with tempfile.TemporaryDirectory(prefix="zi-eval-report-") as tmp:
        book = Path(tmp) / "lke.xlsx"
        write_lke_workbook(ev, flags, book, lang, unit_dir=unit_dir, out_dir=out)
        files[out / f"{ev.unit.unit.id}-lke.xlsx"] = book.read_bytes()
    kept = {p.resolve() for p in keep}
    for path in files:
        if path.resolve() in kept:
            raise fail(
                str(path),
                None,
                "output",
                "a folder where the report replaces no file it reads",
                "the input file",
            )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file in the way ("berkas/sub"), no permission, a read-only disk
        raise fail(
            str(out), None, "output", "a path in a folder one may write", os_error_words(exc)
        ) from None
    write_all(files)
    return list(files)
