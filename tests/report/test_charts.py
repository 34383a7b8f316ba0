"""Charts are functions DataFrame → Figure with Indonesian labels; they render to PNG."""

from __future__ import annotations

import io

import pytest
from matplotlib.figure import Figure

from zi_eval.report import charts as C
from zi_eval.report import frames as F
from zi_eval.report.frames import CAL_EVIDENCED, CAL_GAP, CAL_PLANNED, CAL_SPIP_EMPTY
from zi_eval.report.result_text import criterion_label


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def _texts(fig: Figure) -> str:
    out = []
    for ax in fig.axes:
        out += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        out += [t.get_text() for t in ax.get_yticklabels() + ax.get_xticklabels()]
        leg = ax.get_legend()
        if leg:
            out += [t.get_text() for t in leg.get_texts()]
    out += [t.get_text() for leg in fig.legends for t in leg.get_texts()]
    if fig._suptitle is not None:  # noqa: SLF001
        out.append(fig._suptitle.get_text())  # noqa: SLF001
    return " | ".join(out).replace("\n", " ")


def test_every_chart_renders_with_indonesian_labels(seed_eval) -> None:  # type: ignore[no-untyped-def]
    ev, flags = seed_eval
    figs = {
        "radar": C.plot_area_radar(F.areas_frame(ev)),
        "bars": C.plot_area_bars(F.areas_frame(ev)),
        "cal": C.plot_calendar(F.calendar_frame(ev, flags)),
        "cal_act": C.plot_calendar(F.calendar_frame(ev, flags, by="activity")),
        "cov": C.plot_evidence_coverage(F.coverage_frame(ev)),
        "ready": C.plot_readiness(F.criteria_frame(ev)),
        "modes": C.plot_mode_totals(F.totals_frame(ev)),
    }
    for fig in figs.values():
        assert isinstance(fig, Figure)
        assert _png(fig).startswith(b"\x89PNG")
    assert "Capaian per area (% bobot)" in _texts(figs["radar"]) and "WBK 60%" in _texts(figs["radar"])
    assert "Minimum WBK" in _texts(figs["bars"])
    assert "sub-langkah SPIP kosong (?)" in _texts(figs["cal"]) and "Agu" in _texts(figs["cal"])
    assert "Kesiapan WBK/WBBM" in _texts(figs["ready"])
    binding = ev.readiness["WBK"].binding
    label = criterion_label(ev.rubric, "WBK", binding, "id")
    assert "➤ " + label.split(" (")[0] in _texts(figs["ready"])  # the binding criterion is marked
    assert "terbukti" in _texts(figs["modes"])


def test_english_labels(seed_eval) -> None:  # type: ignore[no-untyped-def]
    ev, _ = seed_eval
    assert "Score per area" in _texts(C.plot_area_radar(F.areas_frame(ev), lang="en"))


def test_calendar_frame_marks_gaps_evidence_and_empty_spip(seed_eval, rubric) -> None:  # type: ignore[no-untyped-def]
    ev, flags = seed_eval
    areas = F.calendar_frame(ev, flags)
    assert list(areas.loc["Manajemen Perubahan"]) == [CAL_PLANNED] * 3 + [CAL_GAP] * 3 + [CAL_PLANNED] * 6
    assert list(areas.loc["Penguatan Akuntabilitas Kinerja"]) == [CAL_PLANNED] * 2 + [CAL_GAP] * 10
    acts = F.calendar_frame(ev, flags, by="activity")
    spip_rows = [r for r in acts.index if r.strip().startswith(("a.", "b.", "c.", "d.", "e.", "f."))]
    assert len(spip_rows) == 6
    assert all(list(acts.loc[r]) == [CAL_SPIP_EMPTY] * 12 for r in spip_rows)
    assert CAL_EVIDENCED not in acts.to_numpy()


def test_area_frame_carries_the_minimums(full_eval) -> None:  # type: ignore[no-untyped-def]
    ev, _ = full_eval
    df = F.areas_frame(ev)
    row = df.set_index("id").loc["penguatan-pengawasan"]
    assert row["wbk_min"] == pytest.approx(9.0) and row["wbbm_min"] == pytest.approx(11.25)
    assert list(df["percent"]) == pytest.approx([100.0] * 6)
