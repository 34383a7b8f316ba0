"""Everything ``zi-eval report`` writes into a folder: index.html, the PNG charts and the LKE workbook."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from matplotlib.figure import Figure

from zi_eval.flags.derive import Flag
from zi_eval.io.textfile import publish, write_atomic
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
        fig.savefig(buf, format="png", dpi=100)
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
) -> list[Path]:
    """Write the report folder and return the files written (each written atomically).

    ``unit_dir`` is the unit file's folder: evidence paths are relative to it, and the report's
    links to them are made relative to ``out_dir``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    images = render_charts(ev, flags, lang)
    written = []
    for name, png in images.items():
        target = out / CHART_FILES[name]
        write_atomic(target, png)
        written.append(target)
    page = out / "index.html"
    write_atomic(
        page,
        render_html(
            ev,
            flags,
            images,
            source_name,
            source_sha256,
            lang,
            unit_dir=unit_dir,
            out_dir=out,
            next_steps=next_steps_dict(plan_for(ev.unit, ev.rubric, ev.mode), ev.rubric, lang),
        ),
    )
    written.append(page)
    xlsx = out / f"{ev.unit.unit.id}-lke.xlsx"
    fd, tmp = tempfile.mkstemp(prefix=".lke.", suffix=".xlsx", dir=str(out))
    os.close(fd)
    try:
        write_lke_workbook(ev, flags, tmp, lang, unit_dir=unit_dir, out_dir=out)
        publish(tmp, xlsx)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    written.append(xlsx)
    return written
