"""What an assessor reads (issue 16): what to fix first, answers in words, names not ids, charts that do not overlap."""

from __future__ import annotations

import json
from pathlib import Path

import zi_eval as zi
from zi_eval.cli import main
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Answer
from zi_eval.report.answers import answer_text
from zi_eval.report.next_steps import next_steps_dict, plan_for

PLANS = Path(__file__).resolve().parents[2] / "plans"


def test_percentage_answers_read_as_counts_of_a_total(rubric: Rubric) -> None:
    a = Answer(counts={"jumlah_agen_perubahan": 10, "jumlah_perubahan_dibuat": 8})
    assert answer_text(rubric, "R.1.i.a", a) == "8 dari 10 agen perubahan (80 %)"
    assert answer_text(rubric, "R.1.i.a", a, "en") == "8 of 10 agen perubahan (80 %)"
    assert answer_text(rubric, "R.1.i.a", None) == "belum diisi"
    assert answer_text(rubric, "P.1.i.b", Answer(answer="B"), "en") == "B"
    lhk = Answer(
        counts={"jumlah_kepala_satker": 1, "jumlah_pejabat_wajib_lhkpn": 3, "jumlah_sudah_melapor": 2}
    )
    text = answer_text(rubric, "R.5.iii.a", lhk)
    assert "dari" in text and "%" in text and "=" not in text


def test_the_plan_lists_items_with_question_answers_points_and_what_no_plan_can_change(
    rubric: Rubric,
) -> None:
    unit = zi.load_unit(PLANS / "pn-contoh-2025.yaml")
    plan = plan_for(unit, rubric, "evidenced")
    data = next_steps_dict(plan, rubric)
    assert data["target"] == unit.unit.target_predicate and data["feasible"] and not data["already_eligible"]
    assert data["eligible_after"]  # the upgrades are enough
    assert abs(sum(a["points"] for a in data["actions"]) - data["points"]) < 1e-6
    for a in data["actions"]:
        assert a["question"] == rubric.items[a["item"]].item.question
        assert a["remediation"] == rubric.items[a["item"]].item.remediation
        assert a["answer_before"] != a["answer_after"] or a["kind"] == "evidence"
    # a unit that needs hasil points no plan can move says which criteria those are
    seed = next_steps_dict(plan_for(zi.load_unit(PLANS / "kpu-luwu-2025.yaml"), rubric, "evidenced"), rubric)
    assert {"ipak", "ipkp"} <= {c["id"] for c in seed["cannot_change"]}
    assert all(c["label"] != c["id"] for c in seed["cannot_change"])


def test_evaluate_next_in_text_and_json(capsys) -> None:  # type: ignore[no-untyped-def]
    unit = str(PLANS / "pn-contoh-2025.yaml")
    assert main(["evaluate", unit, "--next", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["next_actions"]["actions"][0]["item"]
    assert main(["evaluate", unit, "--next", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "What to fix first for WBK" in text and first in text
    assert main(["evaluate", unit, "--format", "json"]) == 0
    assert "next_actions" not in json.loads(capsys.readouterr().out)  # only when asked


def test_compare_names_the_binding_criterion(tmp_path: Path, rubric: Rubric) -> None:
    from zi_eval.report.result_text import criterion_labels

    out = tmp_path / "cmp.txt"
    assert main(["compare", str(PLANS), "-o", str(out), "--lang", "en"]) == 0
    text = out.read_text(encoding="utf-8")
    labels = criterion_labels(rubric, "en")
    assert "area:" not in text and labels["ipak"] in text
    assert set(labels) >= {"total", "ipak", "prior-predicate"} | {f"area:{a.id}" for a in rubric.zi_areas}


def test_the_compare_chart_stays_bounded_and_names_areas(rubric: Rubric) -> None:
    import pandas as pd

    from zi_eval.report.charts import COMPARE_MAX_UNITS, plot_compare

    rows = [
        {"name": f"Unit {i}", "total_evidenced": 90 - i * 0.01, "WBK_eligible": True}
        | {f"area_pct:{a.id}": 70.0 for a in rubric.zi_areas}
        for i in range(2000)
    ]
    names = {a.id: a.name for a in rubric.areas}
    fig = plot_compare(pd.DataFrame(rows), area_names=names)
    width, height = fig.get_size_inches()
    assert height <= 0.45 * COMPARE_MAX_UNITS + 2.5  # not 900 inches for 2,000 units
    labels = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_xticklabels()]
    assert labels[0] == rubric.zi_areas[0].name and "2000" in fig._suptitle.get_text()  # type: ignore[union-attr]


def test_english_report_words_and_readable_answers(rubric: Rubric) -> None:
    from zi_eval.report.html_report import render_html
    from zi_eval.scoring.engine import evaluate_unit

    unit = zi.load_unit(PLANS / "pn-contoh-2025.yaml")
    ev = evaluate_unit(unit, rubric)
    page = render_html(ev, [], {}, "x.yaml", "0" * 64, "en")
    assert "Fulfilment (Pemenuhan)" in page and "<th>Pemenuhan</th>" not in page
    assert "pengungkit score" not in page
    coded = next(c for c, a in unit.answers.items() if a.counts)
    assert answer_text(rubric, coded, unit.answers[coded], "en") in page  # counts in words
    raw = ", ".join(f"{k}={v}" for k, v in sorted(unit.answers[coded].counts.items()))
    assert raw not in page  # never the raw count ids


def test_the_area_chart_legend_covers_no_bar() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.patches import Rectangle

    from zi_eval.report.charts import plot_area_bars

    fig = plot_area_bars(zi.evaluate(PLANS / "pn-contoh-2025.yaml").areas)
    FigureCanvasAgg(fig).draw()
    ax = fig.axes[0]
    legend = ax.get_legend().get_window_extent()
    bars = [p.get_window_extent() for p in ax.patches if isinstance(p, Rectangle) and p.get_width() > 0]
    assert bars and not [b for b in bars if b.overlaps(legend)]


def test_the_report_says_what_to_fix_first_right_after_the_verdict(tmp_path: Path) -> None:
    assert (
        main(["report", str(PLANS / "pn-contoh-2025.yaml"), "-o", str(tmp_path / "r"), "--lang", "en"]) == 0
    )
    page = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    at = page.index("<h2>What to fix first</h2>")
    assert page.index('class="verdict"') < at < page.index("<h2>", at + 10)
    section = page[at : page.index("</table>", at)]
    assert "R.4.ii" in section and "→" in section and "Evidence needed" in section


def test_flag_groups_follow_the_rubric_area_order(rubric: Rubric) -> None:
    from zi_eval.flags.derive import derive_flags
    from zi_eval.report.html_report import render_html
    from zi_eval.scoring.engine import evaluate_unit

    ev = evaluate_unit(zi.load_unit(PLANS / "kpu-luwu-2025.yaml"), rubric)
    page = render_html(ev, derive_flags(ev), {}, "x", "0" * 64)
    errors = page[page.index('class="sev-error"') : page.index('class="sev-warning"')]
    names = [a.name for a in rubric.areas if f"<b>{a.name}</b>" in errors]
    assert len(names) > 2  # names in the rubric's order; their groups must appear in that order
    assert [errors.index(f"<b>{n}</b>") for n in names] == sorted(errors.index(f"<b>{n}</b>") for n in names)
