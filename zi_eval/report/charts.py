"""Charts: each takes a DataFrame (see :mod:`zi_eval.report.frames`) and returns a matplotlib Figure.

Colours come from the Okabe–Ito colour-blind-safe palette, and every series also differs by
hatch or lightness so the charts stay readable in grayscale. Saving is the caller's job.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from zi_eval import limits
from zi_eval.messages import msg

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}
GREY = "#BBBBBB"


def chart_dpi(fig: Figure, dpi: float = 100.0) -> float:
    """The resolution at which ``fig`` stays within the pixel budget of one chart (``limits.CHART_PIXELS``):
    ``dpi`` for every chart of a usual report, less for a figure that grew too large to draw."""
    w, h = fig.get_size_inches()
    budget = limits.CHART_PIXELS.value()
    if w * h * dpi * dpi <= budget:
        return dpi
    return max(1.0, math.floor(math.sqrt(budget / (w * h))))


def _fig(w: float, h: float) -> tuple[Figure, Axes]:
    fig = Figure(figsize=(w, h), dpi=100, layout="constrained")
    return fig, fig.add_subplot()


def plot_area_radar(areas: pd.DataFrame, lang: str = "id", wbk: float = 60.0, wbbm: float = 75.0) -> Figure:
    """Radar of each ZI area's percent of its weight, with the WBK and WBBM rings."""
    fig = Figure(figsize=(7, 6.5), dpi=100, layout="constrained")
    ax = fig.add_subplot(projection="polar")
    n = len(areas)
    angles = [2 * math.pi * i / n for i in range(n)] + [0.0]
    values = list(areas["percent"]) + [float(areas["percent"].iloc[0])] if n else []
    for level, colour, style, name in (
        (wbk, OKABE_ITO["orange"], "--", "WBK"),
        (wbbm, OKABE_ITO["vermillion"], ":", "WBBM"),
    ):
        ax.plot(
            angles,
            [level] * (n + 1),
            linestyle=style,
            color=colour,
            linewidth=1.6,
            label=f"{name} {level:g}%",
        )
    ax.plot(angles, values, color=OKABE_ITO["blue"], linewidth=2.2, marker="o", label=msg("ch_score", lang))
    ax.fill(angles, values, color=OKABE_ITO["sky"], alpha=0.35)
    ax.set_xticks(angles[:-1])
    ax.set_xticklabels([_wrap(x, 16) for x in areas["name"]], fontsize=8)
    ax.set_ylim(0, 100)
    ax.set_yticks([20, 40, 60, 80, 100])
    ax.set_yticklabels(["20", "40", "60", "80", "100%"], fontsize=7)
    ax.set_title(msg("ch_radar", lang), fontsize=11, pad=18)
    ax.legend(loc="lower right", bbox_to_anchor=(1.15, -0.08), fontsize=8)
    return fig


def plot_area_bars(areas: pd.DataFrame, lang: str = "id") -> Figure:
    """Stacked pemenuhan and reform per area, against the WBK and WBBM minimums in points."""
    fig, ax = _fig(8, 4.5)
    y = np.arange(len(areas))
    ax.barh(
        y,
        areas["pemenuhan"],
        color=OKABE_ITO["blue"],
        label=msg("col_pemenuhan", lang),
        edgecolor="black",
        linewidth=0.5,
    )
    ax.barh(
        y,
        areas["reform"],
        left=areas["pemenuhan"],
        color=OKABE_ITO["sky"],
        hatch="//",
        label=msg("col_reform", lang),
        edgecolor="black",
        linewidth=0.5,
    )
    ax.barh(y, areas["weight"], color="none", edgecolor=GREY, linewidth=1.0, label=msg("ch_weight", lang))
    for i, (wmin, bmin) in enumerate(zip(areas["wbk_min"], areas["wbbm_min"], strict=True)):
        ax.plot(
            [wmin, wmin],
            [i - 0.4, i + 0.4],
            color=OKABE_ITO["orange"],
            linewidth=2.2,
            label=msg("ch_wbk_min", lang) if i == 0 else None,
        )
        ax.plot(
            [bmin, bmin],
            [i - 0.4, i + 0.4],
            color=OKABE_ITO["vermillion"],
            linewidth=2.2,
            linestyle=":",
            label=msg("ch_wbbm_min", lang) if i == 0 else None,
        )
    ax.set_yticks(y, [_wrap(x, 28) for x in areas["name"]], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(msg("ch_points", lang))
    ax.set_title(msg("ch_bars", lang), fontsize=11)
    # below the axes: inside them it covered the longest bar (Penguatan Pengawasan, 15 points)
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3, frameon=False)
    return fig


#: Overdue (due, no evidence) is near-black brown: darker than every other state, so it stays apart in grayscale.
OVERDUE = "#4D1A00"
CAL_COLOURS = [
    "#FFFFFF",
    OKABE_ITO["vermillion"],
    OKABE_ITO["sky"],
    OKABE_ITO["blue"],
    OKABE_ITO["yellow"],
    OVERDUE,
]


#: Rows one calendar draws at most: a plan of 5,000 activities made a 160,000-pixel-tall image.
CALENDAR_MAX_ROWS = limits.CALENDAR_ROWS.value()


def plot_calendar(calendar: pd.DataFrame, lang: str = "id", title: str | None = None) -> Figure:
    """Rows × months 1–12: planned, planned with evidence, gaps and empty SPIP sub-steps highlighted.

    At most :data:`CALENDAR_MAX_ROWS` rows are drawn, the first in plan order; the title says how many
    more there are.
    """
    title = title or msg("ch_calendar", lang)
    if len(calendar) > CALENDAR_MAX_ROWS:
        more = len(calendar) - CALENDAR_MAX_ROWS
        title += "\n" + msg("ch_not_drawn", lang, shown=CALENDAR_MAX_ROWS, n=more)
        calendar = calendar.head(CALENDAR_MAX_ROWS)
    h = max(2.5, 0.32 * len(calendar) + 1.6)
    fig, ax = _fig(10, h)
    data = calendar.to_numpy(dtype=float) if len(calendar) else np.zeros((1, 12))
    ax.imshow(data, cmap=ListedColormap(CAL_COLOURS), vmin=-0.5, vmax=5.5, aspect="auto")
    for (r, c), v in np.ndenumerate(data):
        mark = {1: "!", 3: "✓", 4: "?", 5: "✗"}.get(int(v))
        if mark:
            ax.text(
                c,
                r,
                mark,
                ha="center",
                va="center",
                fontsize=8,
                color="white" if int(v) in (1, 3, 5) else "black",
                fontweight="bold",
            )
    ax.set_xticks(range(12), [msg(f"month_{m}", lang) for m in range(1, 13)], fontsize=8)
    ax.set_yticks(range(len(calendar)), [_wrap(str(x), 48) for x in calendar.index], fontsize=7)
    ax.set_xticks(np.arange(-0.5, 12, 1), minor=True)
    ax.set_yticks(np.arange(-0.5, len(calendar), 1), minor=True)
    ax.grid(which="minor", color=GREY, linewidth=0.5)
    ax.tick_params(which="minor", length=0)
    ax.set_title(title, fontsize=11)
    legend = [
        Patch(facecolor=CAL_COLOURS[2], edgecolor=GREY, label=msg("cal_planned", lang)),
        Patch(facecolor=CAL_COLOURS[3], edgecolor=GREY, label=msg("cal_evidenced", lang) + " (✓)"),
        Patch(facecolor=CAL_COLOURS[1], edgecolor=GREY, label=msg("cal_gap", lang) + " (!)"),
        Patch(facecolor=CAL_COLOURS[4], edgecolor=GREY, label=msg("cal_spip", lang) + " (?)"),
    ]
    if (data == 5).any():
        legend.append(Patch(facecolor=OVERDUE, edgecolor=GREY, label=msg("cal_overdue", lang) + " (✗)"))
    fig.legend(handles=legend, loc="outside lower center", ncol=min(len(legend), 3), fontsize=8)
    return fig


def plot_evidence_coverage(coverage: pd.DataFrame, lang: str = "id") -> Figure:
    """Share of activities and of answered items with evidence, per area."""
    fig, ax = _fig(8, 4)
    y = np.arange(len(coverage))
    ax.barh(
        y - 0.2,
        100 * coverage["activity_share"],
        height=0.38,
        color=OKABE_ITO["green"],
        label=msg("ch_cov_activities", lang),
        edgecolor="black",
        linewidth=0.5,
    )
    ax.barh(
        y + 0.2,
        100 * coverage["item_share"],
        height=0.38,
        color=OKABE_ITO["orange"],
        hatch="..",
        label=msg("ch_cov_items", lang),
        edgecolor="black",
        linewidth=0.5,
    )
    # the counts behind each share, at the bar's end (the share alone hides 1 of 1 versus 9 of 10)
    for dy, num, den in (
        (-0.2, "activities_with_evidence", "activities"),
        (0.2, "items_with_evidence", "answered_items"),
    ):
        for yi, k, n in zip(y, coverage[num], coverage[den], strict=True):
            if n:
                ax.text(min(100 * k / n, 100) + 1, yi + dy, f"{k}/{n}", va="center", fontsize=7)
    ax.set_yticks(y, [_wrap(x, 28) for x in coverage["name"]], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 112)
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel("%")
    ax.set_title(msg("ch_coverage", lang), fontsize=11)
    # below the axes, never over a bar that reaches 100 %
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncol=2, fontsize=8)
    return fig


def plot_readiness(criteria: pd.DataFrame, lang: str = "id") -> Figure:
    """Each criterion's margin relative to its threshold (met right of zero), binding criterion marked."""
    preds = list(dict.fromkeys(criteria["predicate"])) or ["WBK"]
    fig = Figure(
        figsize=(10, max(3.5, 0.3 * len(criteria) / max(1, len(preds)) + 2)), dpi=100, layout="constrained"
    )
    axes = fig.subplots(1, len(preds), sharey=False, squeeze=False)[0]
    for ax, pid in zip(axes, preds, strict=True):
        sub = criteria[criteria["predicate"] == pid]
        y = np.arange(len(sub))
        rel = (100 * sub["relative"]).clip(-100, 100)
        colours = [OKABE_ITO["blue"] if m else OKABE_ITO["vermillion"] for m in sub["met"]]
        hatches = ["" if m else "xx" for m in sub["met"]]
        bars = ax.barh(y, rel, color=colours, edgecolor="black", linewidth=0.5)
        for bar, hatch in zip(bars, hatches, strict=True):
            bar.set_hatch(hatch)
        ax.axvline(0, color="black", linewidth=1)
        labels = [
            ("➤ " if b else "") + _wrap(lb, 34) for lb, b in zip(sub["label"], sub["binding"], strict=True)
        ]
        ax.set_yticks(y, labels, fontsize=7)
        for tick, b in zip(ax.get_yticklabels(), sub["binding"], strict=True):
            if b:
                tick.set_fontweight("bold")
        ax.invert_yaxis()
        ax.set_xlim(-105, 105)
        ax.set_xlabel(msg("ch_margin", lang), fontsize=8)
        ax.set_title(pid, fontsize=11)
    fig.suptitle(msg("ch_readiness", lang), fontsize=11)
    return fig


def plot_mode_totals(totals: pd.DataFrame, lang: str = "id") -> Figure:
    """The three mode totals against the 75 (WBK) and 85 (WBBM) lines."""
    fig, ax = _fig(6, 4)
    colours = [OKABE_ITO["sky"], OKABE_ITO["blue"], OKABE_ITO["green"]]
    hatches = ["", "//", ".."]
    x = np.arange(len(totals))
    bars = ax.bar(x, totals["total"], color=colours[: len(totals)], edgecolor="black", linewidth=0.5)
    for bar, hatch, v in zip(bars, hatches, totals["total"], strict=False):
        bar.set_hatch(hatch)
        ax.text(bar.get_x() + bar.get_width() / 2, v + 1, f"{v:.2f}", ha="center", fontsize=9)
    if len(totals):
        ax.axhline(float(totals["wbk"].iloc[0]), color=OKABE_ITO["orange"], linestyle="--", label="WBK")
        ax.axhline(float(totals["wbbm"].iloc[0]), color=OKABE_ITO["vermillion"], linestyle=":", label="WBBM")
    ax.set_xticks(x, list(totals["label"]))
    ax.set_ylim(0, 105)
    ax.set_ylabel(msg("ch_total", lang))
    ax.set_title(msg("ch_modes", lang), fontsize=11)
    ax.legend(fontsize=8)
    return fig


def _wrap(text: str, width: int) -> str:
    words, lines, cur = str(text).split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        lines.append(cur)
    return "\n".join(lines[:3])


#: Units one compare chart shows at most (the first of the ranking; the figure stays a few MB).
COMPARE_MAX_UNITS = limits.COMPARE_UNITS.value()


def plot_compare(
    table: pd.DataFrame,
    lang: str = "id",
    wbk_pct: float = 60.0,
    wbk_total: float = 75.0,
    wbbm_total: float = 85.0,
    area_names: dict[str, str] | None = None,
) -> Figure:
    """Units × areas heat map (distance to the WBK area minimum) beside a ranked bar of totals.

    ``area_names`` (area id → name) labels the heat map's columns; each total is written at its bar's
    start, clear of the WBK and WBBM lines.
    """
    area_cols = [c for c in table.columns if c.startswith("area_pct:")]
    total_units = len(table)
    table = table.head(COMPARE_MAX_UNITS)  # the table is ranked: the chart shows the best ones
    n = len(table)
    fig = Figure(figsize=(13, max(3.0, 0.45 * n + 2)), dpi=100, layout="constrained")
    left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.4, 1]})
    data = table[area_cols].to_numpy(dtype=float) - wbk_pct if n else np.zeros((1, len(area_cols)))
    im = left.imshow(data, cmap="PuOr", vmin=-40, vmax=40, aspect="auto")
    for (r, c), v in np.ndenumerate(data):
        left.text(
            c,
            r,
            f"{v + wbk_pct:.0f}",
            ha="center",
            va="center",
            fontsize=8,
            color="white" if abs(v) > 25 else "black",
        )
    names = area_names or {}
    left.set_xticks(
        range(len(area_cols)),
        [_wrap(names.get(c.split(":", 1)[1], c.split(":", 1)[1].replace("-", " ")), 14) for c in area_cols],
        fontsize=7,
    )
    left.set_yticks(range(n), list(table["name"]), fontsize=8)
    left.set_title(msg("ch_heat", lang), fontsize=10)
    fig.colorbar(im, ax=left, label=msg("ch_heat_bar", lang), shrink=0.8)
    y = np.arange(n)
    totals = (
        table["total_evidenced"] if "total_evidenced" in table else table.filter(like="total_").iloc[:, 0]
    )
    colours = [
        OKABE_ITO["blue"] if ok else OKABE_ITO["vermillion"]
        for ok in table.get("WBK_eligible", pd.Series([False] * n))
    ]
    right.barh(y, totals, color=colours, edgecolor="black", linewidth=0.5)
    for i, v in enumerate(totals):
        # at the bar's start, inside it (white): far from the WBK and WBBM lines; a bar too short to
        # hold it keeps its label just after its end, still far left of the lines
        inside = v >= 12
        right.text(
            1.0 if inside else v + 0.8,
            i,
            f"{v:.2f}",
            va="center",
            ha="left",
            fontsize=8,
            color="white" if inside else "black",
        )
    right.axvline(wbk_total, color=OKABE_ITO["orange"], linestyle="--", label=f"WBK {wbk_total:g}")
    right.axvline(wbbm_total, color=OKABE_ITO["vermillion"], linestyle=":", label=f"WBBM {wbbm_total:g}")
    right.set_yticks(y, list(table["name"]), fontsize=8)
    right.invert_yaxis()
    right.set_xlim(0, 105)
    right.set_xlabel(msg("ch_total", lang))
    right.set_title(msg("ch_rank", lang), fontsize=10)
    if total_units > n:
        fig.suptitle(msg("ch_first_of", lang, n=n, total=total_units), fontsize=9)
    right.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, frameon=False)
    return fig
