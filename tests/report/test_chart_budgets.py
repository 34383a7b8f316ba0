"""Charts stay within their budgets whatever the plan's size: a calendar draws at most
``limits.CALENDAR_ROWS`` rows and says how many it left out; every PNG stays within
``limits.CHART_PIXELS``. A plan of 5,000 activities once made a 1,000 × 160,160 px calendar (6.8 GB)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from PIL import Image

from tests.bounded_cli import cli_bounded
from zi_eval import limits
from zi_eval.messages import msg
from zi_eval.report import charts as C

AREAS = [
    ("Manajemen Perubahan", "manajemen-perubahan"),
    ("Penataan Tatalaksana", "penataan-tatalaksana"),
    ("Penataan SDM", "penataan-sdm"),
    ("Penguatan Akuntabilitas", "penguatan-akuntabilitas"),
    ("Penguatan Pengawasan", "penguatan-pengawasan"),
    ("Pelayanan Publik", "pelayanan-publik"),
]


def _calendar(rows: int) -> pd.DataFrame:
    states = np.resize(np.array([0, 1, 2, 3, 4, 5]), (rows, 12))
    return pd.DataFrame(
        states, index=[f"k{i} Rapat koordinasi {i}" for i in range(rows)], columns=range(1, 13)
    )


def _labels(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.axes[0].get_yticklabels()]


def _png_size(fig: Figure) -> tuple[int, int]:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=C.chart_dpi(fig))
    with Image.open(io.BytesIO(buf.getvalue())) as img:
        return img.size


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_calendar_draws_the_first_rows_and_says_how_many_more(lang: str) -> None:
    fig = C.plot_calendar(_calendar(5_000), lang)
    cap = C.CALENDAR_MAX_ROWS
    assert _labels(fig) == [f"k{i} Rapat koordinasi {i}" for i in range(cap)]
    note = msg("ch_not_drawn", lang, shown=cap, n=5_000 - cap)
    assert note in fig.axes[0].get_title()
    assert str(5_000 - cap) in note and str(cap) in note
    w, h = _png_size(fig)
    assert w * h <= limits.CHART_PIXELS.value()
    assert h <= 100 * (0.32 * cap + 1.6) + 1


def test_a_calendar_within_the_cap_is_drawn_whole_without_a_note() -> None:
    fig = C.plot_calendar(_calendar(12), "en", title="Per activity")
    assert len(_labels(fig)) == 12
    assert fig.axes[0].get_title() == "Per activity"


def test_the_cap_is_exact() -> None:
    cap = C.CALENDAR_MAX_ROWS
    assert len(_labels(C.plot_calendar(_calendar(cap), "en"))) == cap
    over = C.plot_calendar(_calendar(cap + 1), "en")
    assert len(_labels(over)) == cap
    assert msg("ch_not_drawn", "en", shown=cap, n=1) in over.axes[0].get_title()


def test_a_figure_over_the_pixel_budget_is_saved_smaller_and_whole() -> None:
    fig = Figure(figsize=(10, 1_600), dpi=100)  # 160 million pixels at 100 dpi
    fig.add_subplot().plot([0, 1], [0, 1])
    dpi = C.chart_dpi(fig)
    assert dpi < 100
    w, h = _png_size(fig)
    assert w * h <= limits.CHART_PIXELS.value()
    assert h > 10 * w  # the same figure, smaller: its shape is kept


def test_a_usual_figure_keeps_its_resolution() -> None:
    assert C.chart_dpi(Figure(figsize=(10, 6))) == 100


def _plan(n: int) -> str:
    out = ["unit:", "  id: besar", "  name: Satker Besar", "  year: 2025", "  target_predicate: WBK"]
    out.append("activities:")
    for i in range(n):
        ra, area = AREAS[i % 6]
        out += [
            f"  - id: k{i}",
            f"    ra_area: {ra}",
            f"    area: {area}",
            f"    kegiatan: Rapat koordinasi nomor {i}",
            f"    sub_kegiatan: Notulen rapat {i}",
            f"    months: [{1 + i % 12}, {1 + (i * 5) % 12}]",
        ]
    return "\n".join(out) + "\n"


def test_a_report_of_5000_activities_is_written_within_4_gib(tmp_path: Path) -> None:
    plan = tmp_path / "besar.yaml"
    plan.write_text(_plan(5_000), encoding="utf-8")
    out = tmp_path / "laporan"
    proc = cli_bounded("--lang", "en", "report", str(plan), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    budget = limits.CHART_PIXELS.value()
    for png in out.glob("*.png"):
        with Image.open(png) as img:
            assert img.size[0] * img.size[1] <= budget, png.name
    with Image.open(out / "calendar-activities.png") as img:
        assert img.size[1] <= 100 * (0.32 * C.CALENDAR_MAX_ROWS + 1.6) + 1
    html = (out / "index.html").read_text(encoding="utf-8")
    assert 'alt="calendar_activities"' in html  # the same PNG, embedded
